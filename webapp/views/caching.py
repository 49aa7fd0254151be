"""Answers kept in memory by the request that asked for them.

An answer depends only on its URL, its language and whether htmx asked for a fragment:
the same marks always give the same bytes. Keeping the recent ones (API answers, map
pages and fragments), compressed as the browser asked, spares the engine, the templates
and the compressor on every repeated click or shared link: at most MAX_ENTRIES answers,
a few MB per worker. The key holds no address, time or identity, and nothing leaves the
process.
"""

import gzip
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps

import brotli
from flask import Response, current_app, make_response, request

MAX_ENTRIES = 512
MAX_BODY = 128 * 1024  # a full map page is about 70 KB before compression
ENCODINGS = ("br", "gzip")


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


answers = AnswerCache()


def compress(body: bytes, encoding: str | None) -> bytes:
    if encoding == "br":
        return brotli.compress(body, quality=current_app.config["COMPRESS_BR_LEVEL"])
    if encoding == "gzip":
        return gzip.compress(body, current_app.config["COMPRESS_LEVEL"])
    return body


def cached_answer(view: Callable) -> Callable:
    @wraps(view)
    def answer(*args, **kwargs) -> Response:
        encoding = request.accept_encodings.best_match(ENCODINGS)
        key = (request.path, request.query_string, request.headers.get("Accept-Language", ""),
               request.headers.get("HX-Request-Type", ""), encoding)
        entry = answers.get(key)
        if entry is None:
            response = make_response(view(*args, **kwargs))
            body = response.get_data()
            if len(body) > MAX_BODY:
                return response
            entry = (compress(body, encoding), response.status_code, response.mimetype)
            answers.put(key, entry)
        body, status, mimetype = entry
        headers = [("Vary", "Accept-Encoding, HX-Request, HX-Request-Type")]
        if encoding:
            headers.append(("Content-Encoding", encoding))
        return Response(body, status=status, mimetype=mimetype, headers=headers)
    return answer
