"""gunicorn settings, from the same FAQSVC_* settings as the app.

The access log leaves out the query string, the client address and the user agent: a query is
health data and an address can identify a person.

No ``preload_app``: each worker opens the newest intact build when it starts, so ``kill -HUP``
and a replaced worker serve the current index, and the app moves to newer builds by itself
between requests (faqsvc/live.py).
"""

from faqsvc.settings import Settings
from faqsvc.web import limits
from faqsvc.web.worker import REQUEST_LINE_BYTES

_settings = Settings.from_env()

bind = _settings.bind
workers = _settings.workers
# Threads read and write for slow clients while the app runs one request at a time per worker
# (faqsvc/web/worker.py; measured in the README, "Operating it").
worker_class = "faqsvc.web.worker.FaqWorker"
threads = _settings.threads
preload_app = False
timeout = 30
graceful_timeout = 10
keepalive = 5
limit_request_line = REQUEST_LINE_BYTES  # a documented 2,000-character query fits
limit_request_fields = 50
limit_request_field_size = 8190
accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
loglevel = _settings.log_level

# The master makes the rate limiter's table before forking, so every worker counts in it.
limits.share_between_workers()
