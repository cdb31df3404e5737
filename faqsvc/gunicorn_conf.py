"""gunicorn settings, from the same FAQSVC_* settings as the app.

No ``preload_app``: each worker opens the newest intact build when it starts, so ``kill -HUP``
and a replaced worker serve the current index, and the app moves to newer builds by itself
between requests (faqsvc/live.py).
No log line carries a query string, a client address or a user agent: a query is health data
and an address can identify a person (faqsvc.gunicorn_log, faqsvc.logs).
"""

from faqsvc import metrics_dir
from faqsvc.settings import Settings
from faqsvc.web import limits
from faqsvc.web.worker import REQUEST_LINE_BYTES

# Before the app (and prometheus_client) is loaded: each worker writes its metrics there.
metrics_dir.prepare()

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
logger_class = "faqsvc.gunicorn_log.PrivateLogger"
# gunicorn's control socket would sit at a path shared by every gunicorn of the user: off.
control_socket_disable = True
loglevel = _settings.log_level

# The master makes the rate limiter's table before forking, so every worker counts in it.
limits.share_between_workers()


def child_exit(server, worker) -> None:
    metrics_dir.worker_exited(worker.pid)


def on_exit(server) -> None:
    metrics_dir.remove()


def post_worker_init(worker) -> None:
    """Warm the index in each worker (it opens its own files after the fork)."""
    from faqsvc.web.startup import warm_worker

    warm_worker()
