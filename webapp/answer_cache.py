"""Answers kept in memory by the request that asked for them, in front of the app.

An answer of the map (the page, its htmx fragment, the API) depends only on its URL and
on a few request headers (language, fragment or page, encoding): the same marks always
give the same bytes. Keeping the recent ones spares Flask, the engine, the templates and
the compressor on every repeated click or shared link. At most MAX_ENTRIES answers of at
most MAX_BODY bytes each; the key holds no address, time or identity, and nothing leaves
the process.
"""

import threading
from collections import OrderedDict

from .headers import ANSWER_DEPENDS_ON

MAX_ENTRIES = 512
MAX_BODY = 128 * 1024
# The request headers an answer may depend on, as WSGI names them (its Vary lists the same).
KEY_HEADERS = tuple("HTTP_" + name.upper().replace("-", "_") for name in ANSWER_DEPENDS_ON)
CONDITIONAL = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_RANGE")


class AnswerCache:
    """WSGI middleware: answers GET requests for ``paths`` from memory when it can."""

    def __init__(self, app, paths: frozenset[str], max_entries: int = MAX_ENTRIES):
        self.app = app
        self.paths = paths
        self.max_entries = max_entries
        self.entries: OrderedDict[tuple, tuple[str, list, bytes]] = OrderedDict()
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        if (environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") not in self.paths
                or any(environ.get(name) for name in CONDITIONAL)):
            return self.app(environ, start_response)
        key = (environ["PATH_INFO"], environ.get("QUERY_STRING", ""), environ.get("wsgi.url_scheme"),
               *(environ.get(name, "") for name in KEY_HEADERS))
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
        if entry is None:
            entry = self._answer(environ, key)
        status, headers, body = entry
        start_response(status, list(headers))
        return [body]

    def _answer(self, environ, key) -> tuple[str, list, bytes]:
        answered = {}

        def start(status, headers, exc_info=None):
            answered["status"], answered["headers"] = status, headers
            return lambda data: None

        iterable = self.app(environ, start)
        try:
            body = b"".join(iterable)
        finally:
            if hasattr(iterable, "close"):
                iterable.close()
        entry = (answered["status"], answered["headers"], body)
        if answered["status"].startswith("200") and len(body) <= MAX_BODY:
            with self.lock:
                self.entries[key] = entry
                while len(self.entries) > self.max_entries:
                    self.entries.popitem(last=False)
        return entry
