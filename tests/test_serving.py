"""Production serving: headers, compression, static caching, health, and logs free of health data."""

import gzip
import json
import multiprocessing
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import brotli
import pytest

from support.first_view import BUDGET, first_view
from support.serving import gunicorn, worker_pids
from support.slow_clients import under_slow_clients
from webapp import create_app

from . import contract

PAGES = ["/", "/?region=right-big-toe&finding=fever", "/info/", "/info/dermatomes", "/api/assess",
         "/api/regions", "/api/openapi.json", "/diagram.svg", "/healthz", "/nowhere", "/api/assess?region=x"]


@pytest.mark.parametrize("path", PAGES)
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    policy = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "script-src 'self'" in policy and "frame-ancestors 'self'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "Set-Cookie" not in response.headers
    assert "Strict-Transport-Security" not in response.headers


def test_hsts_over_https(client):
    response = client.get("/", base_url="https://map.example")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


@pytest.mark.parametrize("encoding, expected", [("gzip", "gzip"), ("gzip, deflate, br", "br"), ("identity", None)])
def test_responses_are_compressed(client, encoding, expected):
    response = client.get("/", headers={"Accept-Encoding": encoding})
    assert response.headers.get("Content-Encoding") == expected
    assert "Accept-Encoding" in response.vary


@pytest.mark.parametrize("encoding, decompress", [("br", brotli.decompress), ("gzip", gzip.decompress)])
def test_static_text_files_come_compressed_at_their_smallest(client, encoding, decompress):
    url = re.search(r'src="(/static/js/map\.[0-9a-f]+\.js)"', client.get("/").get_data(as_text=True)).group(1)
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    answer = client.get(url, headers={"Accept-Encoding": f"{encoding}, identity"})
    assert answer.headers["Content-Encoding"] == encoding and "Accept-Encoding" in answer.vary
    assert decompress(answer.data) == plain.data
    smallest = brotli.compress(plain.data, quality=11) if encoding == "br" else gzip.compress(plain.data, 9)
    assert len(answer.data) <= len(smallest) + 20
    assert client.get(url, headers={"Accept-Encoding": encoding, "If-None-Match": answer.headers["ETag"]}).status_code == 304


def test_static_files_have_fingerprinted_names_and_long_lives(client):
    html = client.get("/").get_data(as_text=True)
    urls = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    assert len(urls) >= 5
    for url in urls:
        assert re.search(r"\.[0-9a-f]{12}\.(css|js|svg)$", url), url
        response = client.get(url)
        assert response.status_code == 200
        assert "immutable" in response.headers["Cache-Control"] and "max-age=31536000" in response.headers["Cache-Control"]
        assert client.get(url, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304
    assert client.get("/static/css/app.css").status_code == 404


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_openapi_describes_every_endpoint(client):
    document = client.get("/api/openapi.json").get_json()
    assert set(document["paths"]) == {"/api/assess", "/api/regions", "/api/conditions"}
    finding = next(p for p in document["paths"]["/api/assess"]["get"]["parameters"] if p["name"] == "finding")
    assert {"slr-positive", "slr-negative", "trochanter-tender"} <= set(finding["schema"]["items"]["enum"])
    assessment = document["components"]["schemas"]["Assessment"]
    assert "differential" in assessment["required"]
    names = [p["name"] for p in document["paths"]["/api/assess"]["get"]["parameters"]]
    assert names == ["region", "numb", "finding", "lang"]
    assert "400" in document["paths"]["/api/assess"]["get"]["responses"]


def test_the_document_refuses_both_words_of_a_pair_as_the_api_does(client):
    from jsonschema_rs import Draft202012Validator  # schemathesis's own validator

    document = client.get("/api/openapi.json").get_json()
    finding = next(p for p in document["paths"]["/api/assess"]["get"]["parameters"] if p["name"] == "finding")
    valid = Draft202012Validator(finding["schema"]).is_valid
    for abnormal, normal in contract.EXAM_PAIRS:
        for words in ([abnormal], [normal, "fever", normal], [abnormal, normal], [normal, "fever", abnormal]):
            answered = client.get("/api/assess?" + urlencode([("finding", word) for word in words])).status_code
            assert answered == (200 if valid(words) else 400), words


def test_the_servers_own_refusal_of_a_long_request_line_is_documented(client):
    with gunicorn("webapp:create_app()", workers=1) as server:
        try:
            urllib.request.urlopen(f"{server.base}/api/regions?x={'a' * 17 * 1024}", timeout=20)
            status = 200
        except urllib.error.HTTPError as refused:
            status = refused.code
    assert status == 414
    for path, operations in client.get("/api/openapi.json").get_json()["paths"].items():
        assert "414" in operations["get"]["responses"], path


def gunicorn_log(app: str, path: str) -> tuple[int, bytes, str]:
    """Serve ``app`` with the project's gunicorn configuration, ask for ``path`` once, and
    return the status, the body and everything gunicorn logged."""
    with gunicorn(app, workers=1, logged=True, ready=None) as server:
        try:
            with urllib.request.urlopen(server.base + path, timeout=20) as answer:
                status, body = answer.status, answer.read()
        except urllib.error.HTTPError as failed:
            status, body = failed.code, failed.read()
    return status, body, server.log


def test_gunicorn_access_log_leaves_out_what_was_marked():
    status, body, log = gunicorn_log("webapp:create_app()", "/api/assess?region=right-big-toe&finding=cancer-history")
    assert status == 200 and b"L5" in body
    assert "GET /api/assess HTTP/1.1" in log
    assert "right-big-toe" not in log and "cancer" not in log and "?" not in log.split("GET /api/assess")[1][:5]


def test_the_first_view_weighs_at_most_40_kb_with_gzip(client):
    weights = first_view(client)
    assert len(weights) >= 6 and all(size > 0 for size in weights.values())
    assert sum(weights.values()) <= BUDGET, weights


def requests_reaching_flask(app) -> list:
    """One entry per request that reaches the app behind the answer cache."""
    calls: list = []
    app.before_request(lambda: calls.append(1) and None)
    return calls


def test_repeated_answers_come_from_memory():
    app = create_app({"TESTING": True, "ANSWER_CACHE": True})  # its cache has seen nothing yet
    calls = requests_reaching_flask(app)
    client = app.test_client()
    url = "/?region=left-toes&numb=left-sole"
    headers = {"HX-Request": "true", "HX-Request-Type": "partial", "Accept-Encoding": "br"}
    first = client.get(url, headers=headers)
    again = client.get(url, headers=headers)
    assert first.headers["Content-Encoding"] == "br" and again.data == first.data
    assert again.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]
    assert len(calls) == 1
    plain = client.get(url, headers={**headers, "Accept-Encoding": ""})
    assert "Content-Encoding" not in plain.headers and b'id="map-live"' in plain.data
    client.get(url, headers={**headers, "If-None-Match": "x"})
    client.post(url)
    client.get("/info/")
    client.get("/info/")
    assert len(calls) == 6  # a new encoding, a conditional request, a POST, other pages: all reach the app


def test_without_its_answer_cache_every_request_reaches_flask():
    app = create_app({"TESTING": True, "ANSWER_CACHE": False})
    calls = requests_reaching_flask(app)
    client = app.test_client()
    first, again = (client.get("/?region=left-toes", headers={"Accept-Encoding": "br"}) for _ in range(2))
    assert first.data == again.data and len(calls) == 2


@pytest.mark.parametrize("path", ["/", "/embed", "/practitioner", "/info/", "/info/hip", "/api/assess",
                                  "/api/regions", "/api/conditions"])
def test_every_answer_names_in_vary_the_headers_it_depends_on(client, path):
    from webapp.answer_cache import KEY_HEADERS
    from webapp.headers import ANSWER_DEPENDS_ON

    response = client.get(path, headers={"Accept-Language": "es"})
    assert set(ANSWER_DEPENDS_ON) <= set(response.vary)
    assert KEY_HEADERS == tuple("HTTP_" + h.upper().replace("-", "_") for h in ANSWER_DEPENDS_ON)


@pytest.mark.parametrize("path", ["/healthz", "/", "/practitioner", "/api/assess", "/api/nowhere", "/nowhere"])
def test_a_malformed_host_is_a_400_not_a_500_and_json_under_the_api(client, path):
    response = client.get(path, headers={"Host": "a..b"})
    assert response.status_code == 400
    if path.startswith("/api/"):
        assert response.get_json() == {"error": {"message": "The Host header is not a valid host name.", "status": 400}}
    else:
        assert response.mimetype == "text/plain" and "Host header" in response.get_data(as_text=True)
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/", "/api/assess", "/info/hip"])
def test_a_wrong_method_says_which_methods_are_allowed(client, path):
    response = client.post(path)
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]


def test_static_text_files_name_their_charset_once(client):
    page = client.get("/").get_data(as_text=True)
    stylesheet = page.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    assert client.get(stylesheet).headers["Content-Type"] == "text/css; charset=utf-8"


@pytest.mark.parametrize("query", ["accent=**//zz", "**//=1", "accent=*/%0abody{color:red}"])
def test_the_theme_stylesheet_never_echoes_its_input(client, query):
    response = client.get(f"/embed/theme.css?{query}")
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert body.count("*/") == 1 and body.rstrip().endswith("*/")


def test_a_repeated_language_is_read_the_same_way_everywhere(client):
    html = client.get("/?lang=es&lang=en&region=right-heel").get_data(as_text=True)
    assert '<html lang="es"' in html and 'name="lang" value="es"' in html and 'value="en"' not in html


@pytest.mark.parametrize("path, kept", [
    ("/?region=right-heel", False), ("/practitioner?numb=saddle", False), ("/embed?region=left-calf", False),
    ("/diagram.svg?region=right-heel", False), ("/api/assess?region=right-heel", False),
    ("/info/hip", True), ("/api/regions", True),
])
def test_answers_holding_what_a_person_marked_are_never_stored_by_a_cache(client, path, kept):
    cache_control = client.get(path).headers.get("Cache-Control", "")
    assert ("no-store" not in cache_control) == kept


@pytest.mark.parametrize("accept, allowed", [
    ("gzip;q=0, br;q=0, identity;q=0", {None}), ("br;q=0, gzip", {"gzip"}), ("br, gzip;q=0", {"br"}),
])
def test_an_encoding_refused_with_q_0_is_never_used(client, accept, allowed):
    response = client.get("/?region=right-heel", headers={"Accept-Encoding": accept})
    assert response.status_code == 200 and response.headers.get("Content-Encoding") in allowed


@pytest.fixture
def translations_copy(tmp_path):
    import shutil
    from pathlib import Path

    copy = tmp_path / "translations"
    shutil.copytree(Path(__file__).resolve().parents[1] / "webapp" / "translations", copy)
    return copy


@pytest.mark.parametrize("damage", ["missing", "truncated", "untranslated"])
def test_a_broken_catalogue_stops_the_app_from_starting(translations_copy, damage):
    compiled = translations_copy / "es" / "LC_MESSAGES" / "messages.mo"
    if damage == "missing":
        compiled.unlink()
    elif damage == "truncated":
        compiled.write_bytes(compiled.read_bytes()[:200])
    else:
        compiled.write_bytes(_empty_catalogue())
    with pytest.raises(RuntimeError, match="es/LC_MESSAGES/messages.mo"):
        create_app({"TESTING": True, "TRANSLATIONS_DIRECTORY": str(translations_copy)})


def test_healthz_fails_when_a_catalogue_breaks_after_start(translations_copy):
    app = create_app({"TESTING": True, "TRANSLATIONS_DIRECTORY": str(translations_copy)})
    assert app.test_client().get("/healthz").status_code == 200
    (translations_copy / "es" / "LC_MESSAGES" / "messages.mo").write_bytes(b"not a catalogue")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and "es" in response.get_json()["catalogues"]


def _empty_catalogue() -> bytes:
    """A valid compiled catalogue that translates nothing."""
    import io

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, Catalog(locale="es"))
    return out.getvalue()


def test_gunicorn_error_log_leaves_out_what_was_marked_whatever_fails():
    status, _, log = gunicorn_log("tests.failing_wsgi:app", "/x?region=right-heel&finding=cancer-history")
    assert status == 500
    assert "Error handling request" in log and "RuntimeError" in log
    assert "right-heel" not in log and "cancer" not in log


@pytest.fixture(scope="module")
def gunicorn_port():
    """The app under gunicorn with `make run`'s configuration."""
    with gunicorn("webapp:create_app()") as server:
        yield int(server.base.rsplit(":", 1)[1])


GUNICORNS_OWN = [
    (b"GET /api/assess?" + b"a" * 17 * 1024 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", 414),
    (b"GET /api/assess HTTP/1.1\r\nHost: localhost\r\nX-Long: " + b"a" * 17 * 1024 + b"\r\n\r\n", 431),
    (b"GET / HTTP/1.1\r\nHost: localhost\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(101)) + b"\r\n", 431),
    (b"GET / HTTP/1.1\r\nHost: localhost\r\n<script>: 1\r\n\r\n", 400),
    (b"<script>alert(1)</script>\r\n\r\n", 400),
]


@pytest.mark.parametrize("request_bytes, status", GUNICORNS_OWN)
def test_what_gunicorn_refuses_itself_carries_the_apps_headers_and_echoes_nothing(gunicorn_port, request_bytes,
                                                                                   status):
    from tests.raw_http import carries_the_apps_headers, exchange

    answered, headers, body = exchange(gunicorn_port, request_bytes)
    assert answered == status
    assert carries_the_apps_headers(headers)
    assert headers["content-type"] == ["application/json"]
    assert json.loads(body)["error"]["status"] == status
    assert b"script" not in body and b"aaaa" not in body


@pytest.mark.parametrize("size", [8 * 1024 + 1, 16 * 1024 - 100])
def test_under_gunicorn_a_long_query_meets_the_apps_own_limit(gunicorn_port, size):
    from tests.raw_http import exchange

    query = ("region=right-heel&" * size)[:size]
    status, headers, body = exchange(
        gunicorn_port, f"GET /api/assess?{query} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
    assert status == 400 and json.loads(body)["error"]["message"] == f"The query is {size} bytes; at most 8192 are accepted."


def test_each_gunicorn_has_a_control_socket_of_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.delenv("CONTROL_SOCKET", raising=False)

    def control_sockets(count: int) -> list[Path]:
        for _ in range(100):
            if len(found := sorted(tmp_path.glob("*.ctl"))) == count:
                return found
            time.sleep(0.05)
        return found

    with gunicorn("webapp:create_app()", workers=1) as first:
        assert len(control_sockets(1)) == 1
        with gunicorn("webapp:create_app()", workers=1):
            assert len(control_sockets(2)) == 2
        # The second has stopped: the first can still be reached.
        (remaining,) = control_sockets(1)
        answer = subprocess.run([str(Path(sys.executable).parent / "gunicornc"), "-s", str(remaining),
                                 "-c", "show workers", "-j"], capture_output=True, text=True, timeout=10)
        workers = json.loads(answer.stdout)["workers"]
        assert [worker["pid"] for worker in workers] == worker_pids(first.process)


def test_slow_clients_do_not_hold_gunicorns_workers(gunicorn_port):
    figures = under_slow_clients(gunicorn_port, sockets=10, seconds=8)
    assert figures["probes"] >= 20 and figures["answered"] == figures["probes"], figures
    assert figures["max_ms"] < 500, figures



def _ask_again_and_again(port: int, seconds: float, answered) -> None:
    """One keep-alive connection that sends its next request the moment it has an answer,
    as htmx and load generators do; ``answered`` counts the answers."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=30)
    areas = ["heel", "big-toe", "shin-outer", "calf", "foot-top", "sole"]
    deadline = time.monotonic() + seconds
    pending = b""
    while time.monotonic() < deadline:
        connection.sendall(f"GET /api/assess?region=right-{areas[answered.value % len(areas)]} HTTP/1.1\r\n"
                           "Host: localhost\r\n\r\n".encode())
        while b"\r\n\r\n" not in pending:
            pending += connection.recv(65536)
        head, _, pending = pending.partition(b"\r\n\r\n")
        length = int(re.search(rb"content-length: *(\d+)", head, re.I).group(1))
        while len(pending) < length:
            pending += connection.recv(65536)
        pending = pending[length:]
        assert head.startswith(b"HTTP/1.1 200"), head
        answered.value += 1
    connection.close()


def test_keep_alive_connections_are_served_in_turn():
    """Six such connections on one worker: each is answered about as often as the others,
    none left waiting while another is served again and again."""
    with gunicorn("webapp:create_app()", workers=1, env={"ANSWER_CACHE": "0"}) as server:
        port = int(server.base.rsplit(":", 1)[1])
        answered = [multiprocessing.Value("i", 0) for _ in range(6)]
        clients = [multiprocessing.Process(target=_ask_again_and_again, args=(port, 3, count)) for count in answered]
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=30)
    counts = [count.value for count in answered]
    assert sum(counts) >= 100, counts
    assert min(counts) >= max(counts) / 2, counts
