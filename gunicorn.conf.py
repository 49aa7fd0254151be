"""Production serving: `gunicorn -c gunicorn.conf.py 'webapp:create_app()'`."""

import os

bind = os.environ.get("BIND", "127.0.0.1:5000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = 30
accesslog = "-"
# The query string holds what a person marked, which is health data: log the path only.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(L)ss'
