"""gunicorn settings, from the same FAQSVC_* settings as the app.

The access log leaves out the query string, the client address and the user agent: a query is
health data and an address can identify a person.
"""

from faqsvc.settings import Settings

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
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
loglevel = _settings.log_level


def post_worker_init(worker) -> None:
    """Warm the index in each worker (it opens its own files after the fork)."""
    from faqsvc.web.startup import warm_worker

    warm_worker()
