"""Hostile requests replayed against every route of the app: never a 5xx, the security
headers on every answer, errors in the API's JSON shape under /api/, and Allow on a 405.

Most go through Flask's test client (or, for missing headers, werkzeug's WSGI runner);
what the test client would tidy up (raw bytes, a missing or doubled Host, an absolute
request target) goes once over a socket to a real werkzeug server.
"""

import http.client
import json
import socket
from dataclasses import dataclass

import pytest
from flask import url_for
from werkzeug.test import EnvironBuilder, run_wsgi_app
from werkzeug.wrappers import Response

from support.serving import werkzeug_server
from webapp import create_app

# The headers of every answer, as webapp/headers.py sets them (written out: the oracle).
FIXED = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
ERROR_FIELDS = {"message", "parameter", "value", "accepted", "status"}
METHODS_REFUSED = ("POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "BREW")


@dataclass(frozen=True)
class Hostile:
    name: str
    query: str = ""  # after "?", sent as written
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()
    raw_query: bytes | None = None  # bytes no client would encode this way
    headerless: bool = False  # not one HTTP_ header in the environ, not even Host


HOSTILE = [
    Hostile("unknown ids", "region=nowhere&numb=left-elbow&finding=bogus&segment=L9&compare=x&compare=y"),
    Hostile("upper-case id", "region=Right-Heel"),
    Hostile("huge query", "region=" + "a" * 9000),
    Hostile("huge query of valid marks", "region=right-heel&" * 600),
    Hostile("malformed percent-encoding", "region=%zz&%=%&numb=%e2%82&lang=%"),
    Hostile("percent-encoded bytes that are not UTF-8", "region=%ff%fe&%c3%28=1"),
    Hostile("NUL bytes", "region=right-heel%00&finding=%00&lang=en%00"),
    Hostile("raw bytes that are not UTF-8", raw_query=b"region=\xff\xfe&lang=\xc3\x28"),
    Hostile("a raw name that is not UTF-8", raw_query=b"\xff=1"),
    Hostile("raw bytes that are not UTF-8 in an htmx request", raw_query=b"region=\xff",
            headers=(("HX-Request", "true"), ("HX-Request-Type", "partial"))),
    Hostile("a raw NUL", raw_query=b"region=right-heel\x00"),
    Hostile("a parameter repeated thousands of times", "lang=en&" * 3000),
    Hostile("thousands of parameters within the byte limit", "a&" * 3000),
    Hostile("thousands of empty pairs", "&" * 5000),
    Hostile("two languages", "lang=es&lang=en&region=right-heel"),
    Hostile("an unknown language", "lang=xx"),
    Hostile("an empty language", "lang="),
    Hostile("a comment closer as the accent", "accent=**//"),
    Hostile("CSS as the accent and the theme", "accent=*/%0abody{color:red}&theme=*/"),
    Hostile("a comment closer as a name", "**//=1"),
    Hostile("markup in a value", "region=%3Cscript%3Ealert(1)%3C/script%3E"),
    Hostile("host a..b", headers=(("Host", "a..b"),)),
    Hostile("empty host", headers=(("Host", ""),)),
    Hostile("host with spaces", headers=(("Host", "a b c"),)),
    Hostile("very long host", headers=(("Host", "a" * 10000),)),
    Hostile("host label over 63 characters", headers=(("Host", "a" * 300 + ".example"),)),
    Hostile("host with a port out of range", headers=(("Host", "localhost:99999"),)),
    Hostile("host with a port that is not a number", headers=(("Host", "localhost:abc"),)),
    Hostile("host with half an IPv6 address", headers=(("Host", "[::1"),)),
    Hostile("host that is not ASCII", headers=(("Host", "ëxample.org"),)),
    Hostile("no headers at all", "region=right-heel", headerless=True),
    Hostile("every encoding refused", headers=(("Accept-Encoding", "gzip;q=0, br;q=0, identity;q=0"),)),
    Hostile("garbage encodings", headers=(("Accept-Encoding", ";;q==, ,br;q=abc, gzip;q=-1, *;q=0"),)),
    Hostile("a very long Accept-Encoding", headers=(("Accept-Encoding", "x, " * 3000),)),
    Hostile("odd languages", headers=(("Accept-Language", "xx-YY;q=abc, ;;, é, es;q=2, en;q=-1"),)),
    Hostile("thousands of languages", headers=(("Accept-Language", "en-GB;q=0.1, " * 2000),)),
    Hostile("odd Accept", headers=(("Accept", "application/json;q=x, */*;q=0"),)),
    Hostile("htmx fragment of a bad link", "region=nowhere",
            headers=(("HX-Request", "true"), ("HX-Request-Type", "partial"))),
    Hostile("htmx with odd values", headers=(("HX-Request", "\x00"), ("HX-Request-Type", "x" * 1000))),
    Hostile("conditional junk", headers=(("If-None-Match", '"' * 30), ("If-Modified-Since", "yesterday"),
                                         ("Range", "bytes=9-1"))),
    Hostile("forwarding junk", headers=(("X-Forwarded-For", "x" * 1000), ("X-Forwarded-Host", "evil.example"),
                                        ("X-Forwarded-Proto", "javascript"), ("Forwarded", "for=;;"))),
    Hostile("a huge cookie", headers=(("Cookie", "a=" + "b" * 5000),)),
    Hostile("a broken multipart body", headers=(("Content-Type", "multipart/form-data; boundary="),)),
    Hostile("HEAD", method="HEAD"),
    Hostile("HEAD of a bad link", "region=nowhere", method="HEAD"),
    Hostile("OPTIONS", method="OPTIONS"),
    *(Hostile(f"method {method}", "region=right-heel", method=method) for method in METHODS_REFUSED),
]


# A real value for each part of a path a rule takes.
PATH_VALUES = {"filename": "css/app.css", "closeup_id": "right-foot"}


def route_paths(app) -> list[str]:
    """A path for each rule of the app's url_map, with real values where it takes some."""
    paths = set()
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            wanted = rule.arguments - set(rule.defaults or ())
            paths.add(url_for(rule.endpoint, **{name: PATH_VALUES[name] for name in wanted}) if wanted else rule.rule)
    return sorted(paths)


@pytest.fixture(scope="module")
def routes(app) -> list[str]:
    return route_paths(app)


def test_every_rule_of_the_app_is_replayed(app, routes):
    assert len(routes) == len(list(app.url_map.iter_rules()))
    assert {"/", "/api/assess", "/embed/theme.css", "/healthz"} <= set(routes)
    assert any(path.startswith("/static/") for path in routes)


def ask(app, case: Hostile, path: str) -> Response:
    if case.headerless:
        environ = EnvironBuilder(path=path, query_string=case.query, method=case.method).get_environ()
        for name in [name for name in environ if name.startswith("HTTP_")]:
            del environ[name]
        body, status, headers = run_wsgi_app(app, environ, buffered=True)
        return Response(b"".join(body), status=status, headers=headers)
    overrides = {"QUERY_STRING": case.raw_query.decode("latin-1")} if case.raw_query is not None else {}
    data = b"--" if any(name == "Content-Type" for name, _ in case.headers) else None
    return app.test_client().open(f"{path}?{case.query}" if case.query else path, method=case.method,
                                  headers=list(case.headers), data=data, environ_overrides=overrides)


def problems(path: str, method: str, status: int, headers, body: bytes) -> list[str]:
    """What is wrong with one answer; empty when nothing is."""
    found = []
    if status >= 500:
        found.append(f"status {status}")
    for name, value in FIXED.items():
        if headers.get(name) != value:
            found.append(f"{name}: {headers.get(name)!r}")
    policy = headers.get("Content-Security-Policy", "")
    if "default-src 'self'" not in policy or "frame-ancestors" not in policy or "unsafe-" in policy:
        found.append(f"Content-Security-Policy: {policy!r}")
    if "camera=()" not in headers.get("Permissions-Policy", ""):
        found.append("no Permissions-Policy")
    if "Set-Cookie" in headers:
        found.append("Set-Cookie")
    if status == 405 and "GET" not in headers.get("Allow", ""):
        found.append(f"405 with Allow {headers.get('Allow')!r}")
    if method == "HEAD" and body:
        found.append("a body for HEAD")
    if path.startswith("/api/") and status >= 400:
        if not headers.get("Content-Type", "").startswith("application/json"):
            found.append(f"an API error as {headers.get('Content-Type')!r}")
        elif method != "HEAD":
            error = json.loads(body).get("error")
            if not (isinstance(error, dict) and isinstance(error.get("message"), str) and set(error) <= ERROR_FIELDS):
                found.append(f"an API error not in the API's shape: {body[:200]!r}")
    return [f"{method} {path}: {problem}" for problem in found]


@pytest.mark.parametrize("case", HOSTILE, ids=[case.name for case in HOSTILE])
def test_a_hostile_request_to_every_route(app, routes, case):
    found = []
    for path in routes:
        response = ask(app, case, path)
        found += problems(path, case.method, response.status_code, response.headers, response.get_data())
        if case.method in (*METHODS_REFUSED, "OPTIONS"):
            answered = (response.status_code, "GET" in response.headers.get("Allow", ""))
            if answered != (405 if case.method in METHODS_REFUSED else 200, True):
                found.append(f"{case.method} {path}: {answered}")
    assert not found, "\n".join(found)


def test_answers_from_memory_are_as_safe_as_the_first():
    """With the answer cache on, each hostile request twice, one after another: the
    second may come from memory, and must be as sound as the first."""
    app = create_app({"TESTING": True, "ANSWER_CACHE": True})
    found = []
    for case in HOSTILE:
        for path in ("/", "/embed", "/api/assess"):
            for _ in range(2):
                response = ask(app, case, path)
                found += problems(path, case.method, response.status_code, response.headers, response.get_data())
    assert not found, "\n".join(found)


@dataclass(frozen=True)
class Raw:
    """A request written byte by byte: ``{path}`` and ``{host}`` are filled in."""
    name: str
    request: bytes
    refused_by_the_server: bool = False  # answered before the app is reached: no app headers


CLOSE = b"Connection: close\r\n\r\n"
RAW = [
    Raw("raw bytes that are not UTF-8 in the query", b"GET {path}?region=\xff\xfe HTTP/1.1\r\nHost: {host}\r\n" + CLOSE),
    Raw("a raw NUL in the query", b"GET {path}?region=right-heel\x00 HTTP/1.1\r\nHost: {host}\r\n" + CLOSE),
    Raw("raw bytes after the path", b"GET {path}\xff\xfe HTTP/1.1\r\nHost: {host}\r\n" + CLOSE),
    Raw("no Host over HTTP/1.1", b"GET {path} HTTP/1.1\r\n" + CLOSE),
    Raw("no header at all over HTTP/1.0", b"GET {path} HTTP/1.0\r\n\r\n"),
    Raw("an empty Host", b"GET {path} HTTP/1.1\r\nHost: \r\n" + CLOSE),
    Raw("a Host with spaces", b"GET {path} HTTP/1.1\r\nHost: a b c\r\n" + CLOSE),
    Raw("host a..b", b"GET {path} HTTP/1.1\r\nHost: a..b\r\n" + CLOSE),
    Raw("two Hosts", b"GET {path} HTTP/1.1\r\nHost: {host}\r\nHost: evil.example\r\n" + CLOSE),
    Raw("a very long Host", b"GET {path} HTTP/1.1\r\nHost: " + b"a" * 8000 + b"\r\n" + CLOSE),
    Raw("an absolute request target", b"GET http://evil.example{path} HTTP/1.1\r\nHost: {host}\r\n" + CLOSE),
    Raw("a lower-case method", b"get {path} HTTP/1.1\r\nHost: {host}\r\n" + CLOSE),
    Raw("a folded header", b"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Language: es,\r\n en\r\n" + CLOSE),
    Raw("a Content-Length that is not a number", b"GET {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: abc\r\n" + CLOSE),
    Raw("a chunked body on a GET",
        b"GET {path} HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        b"zz\r\nnot a chunk\r\n0\r\n\r\n"),
    Raw("a request line over the server's limit", b"GET {path}?" + b"a" * 70000 + b" HTTP/1.1\r\nHost: {host}\r\n" + CLOSE,
        refused_by_the_server=True),
    Raw("a header over the server's limit", b"GET {path} HTTP/1.1\r\nHost: {host}\r\nX-A: " + b"a" * 70000 + b"\r\n" + CLOSE,
        refused_by_the_server=True),
]


def send(port: int, request: bytes) -> tuple[int, http.client.HTTPMessage, bytes]:
    method = request.split(b" ", 1)[0].decode()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        answer = http.client.HTTPResponse(sock, method=method.upper())
        answer.begin()
        return answer.status, answer.headers, answer.read()


@pytest.fixture(scope="module")
def real_server(app):
    with werkzeug_server(app) as base:
        yield int(base.rsplit(":", 1)[1])


@pytest.mark.parametrize("case", RAW, ids=[case.name for case in RAW])
def test_a_hostile_request_over_a_socket_to_every_route(routes, real_server, case):
    found = []
    host = f"127.0.0.1:{real_server}".encode()
    for path in routes:
        request = case.request.replace(b"{path}", path.encode()).replace(b"{host}", host)
        status, headers, body = send(real_server, request)
        if case.refused_by_the_server:
            found += [f"{path}: status {status}"] if not 400 <= status < 500 else []
        else:
            found += problems(path, request.split(b" ", 1)[0].decode().upper(), status, headers, body)
    assert not found, "\n".join(found)
