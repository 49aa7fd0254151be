"""Answers kept in memory by the request that asked for them.

An answer depends only on its URL, its language and whether htmx asked for a fragment:
the same marks always give the same bytes. Keeping the recent ones (API answers, map
pages and fragments) spares the engine and the templates on every repeated click or
shared link; at most MAX_ENTRIES answers of MAX_BODY bytes, some 30 MB per worker.
The key holds no address, time or identity, and nothing leaves the process.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps

from flask import Response, make_response, request

MAX_ENTRIES = 256
MAX_BODY = 128 * 1024  # a full map page is about 80 KB before compression


class AnswerCache:
    def __init__(self, max_entries: int = MAX_ENTRIES):
        self.max_entries = max_entries
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key, entry) -> None:
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)


    set = put  # the name Flask-Compress's cache backend uses


answers = AnswerCache()
# Compressed bodies, a few KB each, for Flask-Compress: the same answer is not compressed twice.
compressed_answers = AnswerCache(4 * MAX_ENTRIES)


def request_key() -> tuple:
    return (request.path, request.query_string, request.headers.get("Accept-Language", ""),
            request.headers.get("HX-Request-Type", ""))


def compression_key(_request) -> str:
    return repr(request_key())


def cached_answer(view: Callable) -> Callable:
    @wraps(view)
    def answer(*args, **kwargs) -> Response:
        key = request_key()
        if (entry := answers.get(key)) is not None:
            body, status, mimetype = entry
            return Response(body, status=status, mimetype=mimetype)
        response = make_response(view(*args, **kwargs))
        if not response.direct_passthrough and len(response.get_data()) <= MAX_BODY:
            answers.put(key, (response.get_data(), response.status_code, response.mimetype))
        return response
    return answer
