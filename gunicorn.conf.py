"""Production serving: `gunicorn -c gunicorn.conf.py 'webapp:create_app()'`."""

import logging
import os

from gunicorn import glogging

from webapp.logs import without_queries

bind = os.environ.get("BIND", "127.0.0.1:5000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = 30
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
