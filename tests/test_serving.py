"""Production serving: headers, compression, static caching, health, and logs free of health data."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_access_log_leaves_out_what_was_marked():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "webapp:create_app()"],
        cwd=ROOT, env={**os.environ, "BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        body = urllib.request.urlopen(
            f"http://127.0.0.1:{port}/api/assess?region=right-big-toe&finding=cancer-history", timeout=5).read()
        assert b"L5" in body
    finally:
        server.terminate()
        log = server.communicate(timeout=10)[0]
    assert "GET /api/assess HTTP/1.1" in log
    assert "right-big-toe" not in log and "cancer" not in log and "?" not in log.split("GET /api/assess")[1][:5]


def test_the_first_view_weighs_at_most_40_kb_with_gzip(client):
    from benchmarks.first_view import BUDGET, first_view
    weights = first_view(client)
    assert len(weights) >= 6 and all(size > 0 for size in weights.values())
    assert sum(weights.values()) <= BUDGET, weights


def test_repeated_answers_come_from_memory(app):
    calls = []
    app.before_request_funcs.setdefault(None, []).append(lambda: calls.append(1) and None)
    try:
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
    finally:
        app.before_request_funcs[None].pop()


@pytest.mark.parametrize("path", ["/", "/embed", "/practitioner", "/info/", "/info/hip", "/api/assess",
                                  "/api/regions", "/api/conditions"])
def test_every_answer_names_in_vary_the_headers_it_depends_on(client, path):
    from webapp.answer_cache import KEY_HEADERS
    from webapp.headers import ANSWER_DEPENDS_ON

    response = client.get(path, headers={"Accept-Language": "es"})
    assert set(ANSWER_DEPENDS_ON) <= set(response.vary)
    assert KEY_HEADERS == tuple("HTTP_" + h.upper().replace("-", "_") for h in ANSWER_DEPENDS_ON)
