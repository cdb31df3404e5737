# A slim image that serves one index, built here, read-only, as a non-root user.
#   docker build -t faqsvc .
#   docker run --read-only --tmpfs /tmp -p 8000:8000 faqsvc
# compose.yaml runs several replicas behind nginx.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# The locked, hashed dependencies first: this layer is reused until the lock changes.
COPY requirements.lock requirements.lock
RUN python -m venv /venv && /venv/bin/pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY faqsvc faqsvc
RUN /venv/bin/pip install --no-deps --no-build-isolation . && rm -rf faqsvc build
# The index is built once, here, from the corpus and catalogs in the image: every replica
# started from this image serves exactly the same build.
COPY corpus corpus
COPY translations translations
RUN /venv/bin/faqsvc i18n compile \
 && /venv/bin/faqsvc build \
 && chmod -R a+rX,go-w /app /venv

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin faqsvc
COPY --from=build /venv /venv
COPY --from=build /app /app
WORKDIR /app
ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    FAQSVC_BIND=0.0.0.0:8000 \
    FAQSVC_INDEX_DIR=/app/index
# Root owns the code and the index; the service only reads them (and /tmp, a tmpfs).
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
CMD ["faqsvc", "serve"]
