"""Production serving: `gunicorn -c gunicorn.conf.py 'webapp:create_app()'`."""

import json
import logging
import os
import re

from gunicorn import glogging, util
from gunicorn.http import message

from webapp.headers import server_answer_headers
from webapp.logs import without_queries

bind = os.environ.get("BIND", "127.0.0.1:5000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# gevent: a connection costs a greenlet, not a worker or a thread, and gunicorn reads each
# request's headers under a deadline of `keepalive` seconds, however slowly they come; so
# slow clients are dropped after 5 s and cannot hold the workers. Up to
# `worker_connections` connections each. Connections are served in turn (see the class).
worker_class = "deploy.workers.FairGeventWorker"
worker_connections = 1000
keepalive = 5
timeout = 30
# X-Forwarded-Proto (https, hence HSTS) is believed only from these addresses: the proxy's,
# when one is in front on this machine. Over a unix socket, only the proxy can connect.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# gunicorn's own limits sit above the app's (a query over 8 KB answers 400 JSON) and
# match nginx's: a request line or a header over 16 KB, more than 100 headers. gunicorn
# caps limit_request_line at 8,190 bytes unless told otherwise here.
LIMIT = 16 * 1024
message.MAX_REQUEST_LINE = LIMIT
limit_request_line = LIMIT
limit_request_field_size = LIMIT
limit_request_fields = 100

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

_MESSAGES = {
    400: "The request could not be read.",
    414: "The request line is over 16 KB.",
    431: "A request header is over 16 KB, or there are more than 100.",
}


def _write_error(sock, status_int, reason, mesg):
    """What gunicorn answers itself, before the app (a request it cannot read, or over its
    limits): the API's error shape with the app's headers, echoing nothing of the request."""
    body = json.dumps({"error": {"message": _MESSAGES.get(status_int, reason + "."),
                                 "status": status_int}}).encode() + b"\n"
    head = [f"HTTP/1.1 {status_int} {reason}", "Connection: close", "Content-Type: application/json",
            f"Content-Length: {len(body)}", *(f"{name}: {value}" for name, value in server_answer_headers())]
    util.write_nonblock(sock, ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)


util.write_error = _write_error
