"""Production serving: `gunicorn -c gunicorn.conf.py 'webapp:create_app()'`."""

import logging
import os
import re

from gunicorn import glogging

from webapp.logs import without_queries

bind = os.environ.get("BIND", "127.0.0.1:5000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = 30

# Every gunicorn on a host would share one control socket (gunicornc's), and each one that
# stops removes it from under the others: one per instance, named after its address.
_runtime = os.environ.get("XDG_RUNTIME_DIR") or os.path.join(os.path.expanduser("~"), ".gunicorn")
control_socket = os.environ.get("CONTROL_SOCKET") or os.path.join(
    _runtime, "gunicorn-" + re.sub(r"[^A-Za-z0-9.]+", "-", bind).strip("-") + ".ctl")
accesslog = "-"
# The query string holds what a person marked, which is health data: log the path only.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(L)ss'

# Whatever fails, the error log must not hold a query string either: gunicorn writes the
# request's URI on an unhandled error, and an exception's message may quote it.
class _WithoutQueries(logging.Formatter):
    def __init__(self, inner: logging.Formatter):
        super().__init__()
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        return without_queries(self.inner.format(record))


class QuerylessLogger(glogging.Logger):
    def setup(self, cfg):
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.setFormatter(_WithoutQueries(handler.formatter or logging.Formatter()))


logger_class = QuerylessLogger
