"""gunicorn settings, from the same FAQSVC_* settings as the app.

No log line carries a query string, a client address or a user agent: a query is health data
and an address can identify a person (faqsvc.gunicorn_log, faqsvc.logs).
"""

from faqsvc import metrics_dir
from faqsvc.settings import Settings

# Before the app (and prometheus_client) is loaded: each worker writes its metrics there.
metrics_dir.prepare()

_settings = Settings.from_env()

bind = _settings.bind
workers = _settings.workers
# gthread and gevent were slower or erratic on /search (shared/notes/measured.md)
worker_class = "sync"
preload_app = True
timeout = 30
graceful_timeout = 10
limit_request_line = 8190
limit_request_fields = 50
accesslog = "-"
errorlog = "-"
logger_class = "faqsvc.gunicorn_log.PrivateLogger"
# gunicorn's control socket would sit at a path shared by every gunicorn of the user: off.
control_socket_disable = True
loglevel = _settings.log_level


def child_exit(server, worker) -> None:
    metrics_dir.worker_exited(worker.pid)


def on_exit(server) -> None:
    metrics_dir.remove()
