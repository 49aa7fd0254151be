"""The production recipe: nginx in front of gunicorn, TLS on, as `make serve-production` runs it."""

import http.client
import json
import re
import socket
from pathlib import Path

import pytest

from deploy.production import NGINX, nginx_in_front, production
from support.observatory import grade
from support.serving import UNVERIFIED, free_port
from support.slow_clients import under_slow_clients
from tests.raw_http import carries_the_apps_headers, exchange

pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed (`make nginx`)")
HSTS = "max-age=63072000; includeSubDomains"


@pytest.fixture(scope="module")
def recipe(tmp_path_factory):
    log_path = tmp_path_factory.mktemp("production") / "log"
    http_port, https_port = free_port(), free_port()
    with open(log_path, "w") as log, production(http_port=http_port, https_port=https_port, log=log) as urls:
        yield {**urls, "http_port": http_port, "https_port": https_port, "log": log_path}


def get(recipe, path: str, headers: dict | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPSConnection("127.0.0.1", recipe["https_port"], timeout=10, context=UNVERIFIED)
    connection.request("GET", path, headers=headers or {})
    answer = connection.getresponse()
    answer.body = answer.read()
    connection.close()
    return answer


@pytest.mark.parametrize("path, ancestors", [("/", "'self'"), ("/embed", "*"), ("/api/assess?region=right-heel", "'self'")])
def test_the_apps_own_headers_come_through_and_hsts_once(recipe, path, ancestors):
    answer = get(recipe, path)
    assert answer.status == 200
    assert answer.headers.get_all("Content-Security-Policy") == [answer.headers["Content-Security-Policy"]]
    assert answer.headers["Content-Security-Policy"].endswith(f"frame-ancestors {ancestors}")
    assert answer.headers.get_all("Strict-Transport-Security") == [HSTS]
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


def test_plain_http_is_sent_to_https_with_the_same_path_and_query(recipe):
    connection = http.client.HTTPConnection("127.0.0.1", recipe["http_port"], timeout=10)
    connection.request("GET", "/api/assess?region=right-heel", headers={"Host": "localhost"})
    answer = connection.getresponse()
    assert answer.status == 301
    assert answer.headers["Location"] == f"https://localhost:{recipe['https_port']}/api/assess?region=right-heel"
    assert "Strict-Transport-Security" not in answer.headers


LONG = b"a" * 17 * 1024
# What nginx refuses itself, and whether it knows the path: a request line over 16 KB, or
# one that is not HTTP, is never read, so has no path, and answers JSON as gunicorn does.
NGINXS_OWN = [
    (b"GET /api/assess?" + LONG + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", 414, "application/json"),
    (b"GET /practitioner?" + LONG + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", 414, "application/json"),
    (b"GET /api/assess HTTP/1.1\r\nHost: localhost\r\nX-Long: " + LONG + b"\r\n\r\n", 400, "application/json"),
    (b"GET /practitioner HTTP/1.1\r\nHost: localhost\r\nX-Long: " + LONG + b"\r\n\r\n", 400, "text/html"),
    (b"<script>alert(1)</script>\r\n\r\n", 400, "application/json"),
    (b"POST /api/assess HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n", 413, "application/json"),
]


@pytest.mark.parametrize("request_bytes, status, kind", NGINXS_OWN)
def test_what_nginx_refuses_itself_carries_the_apps_headers(recipe, request_bytes, status, kind):
    answered, headers, body = exchange(recipe["https_port"], request_bytes, tls=True)
    assert answered == status
    assert carries_the_apps_headers(headers) and headers["strict-transport-security"] == [HSTS]
    assert headers["content-type"][0].startswith(kind)
    assert b"script" not in body and b"aaaa" not in body
    if kind == "application/json":
        assert json.loads(body)["error"]["status"] == status


def test_through_nginx_a_long_query_meets_the_apps_own_limit(recipe):
    size = 16 * 1024 - 100
    answer = get(recipe, "/api/assess?" + ("region=right-heel&" * size)[:size])
    assert answer.status == 400
    assert json.loads(answer.body)["error"]["message"] == f"The query is {size} bytes; at most 8192 are accepted."


def test_nginx_logs_paths_but_never_what_was_marked(recipe):
    assert get(recipe, "/api/assess?region=right-big-toe&finding=cancer-history").status == 200
    access_log = (Path(recipe["prefix"]) / "logs" / "access.log").read_text()
    assert '"GET /api/assess HTTP/1.1" 200' in access_log
    assert "right-big-toe" not in access_log and "cancer" not in access_log


def test_the_clinics_snippet_names_the_public_origin_whatever_the_host(recipe):
    html = get(recipe, "/clinics", headers={"Host": "evil.example"}).body.decode()
    assert f"https://localhost:{recipe['https_port']}/embed?accent=0b5cad" in html
    assert "evil.example" not in html


def test_without_the_app_nginx_answers_502_in_the_same_shape_and_logs_no_query(tmp_path):
    log_path = tmp_path / "log"
    with open(log_path, "w") as log, nginx_in_front(tmp_path, tmp_path / "nothing.sock", free_port(),
                                                   https_port := free_port(), log=log):
        api = exchange(https_port, b"GET /api/assess?region=right-heel HTTP/1.1\r\nHost: localhost\r\n"
                                   b"Connection: close\r\n\r\n", tls=True)
        page = exchange(https_port, b"GET /?region=right-heel HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                        tls=True)
    assert api[0] == page[0] == 502
    assert json.loads(api[2]) == {"error": {"message": "The map is not answering; try again in a moment.", "status": 502}}
    assert page[1]["content-type"] == ["text/html; charset=utf-8"] and b"not answering" in page[2]
    assert carries_the_apps_headers(api[1]) and carries_the_apps_headers(page[1])
    error_log = log_path.read_text()
    assert re.search(r"connect\(\) to unix:.* failed", error_log)
    assert "right-heel" not in error_log and "/api/assess?[query left out]" in error_log


def test_nginx_refuses_to_start_on_a_port_in_use(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(RuntimeError, match="nginx stopped at start"), open(tmp_path / "log", "w") as log:
            with nginx_in_front(tmp_path, tmp_path / "app.sock", free_port(), taken.getsockname()[1], log=log):
                pass


def test_slow_clients_do_not_reach_the_app_through_nginx(recipe):
    figures = under_slow_clients(recipe["https_port"], sockets=10, seconds=8, tls=True)
    assert figures["probes"] >= 20 and figures["answered"] == figures["probes"], figures
    assert figures["max_ms"] < 500, figures


def test_the_observatory_grades_the_recipe_a_plus(recipe):
    result = grade("localhost", recipe["http_port"], recipe["https_port"], Path(recipe["certificate"]))
    assert result["grade"] == "A+", result
