"""Clinics: the map framed by another origin, resized by its messages, in the clinic's colours."""

import re
from urllib.parse import unquote

import pytest
from werkzeug.wrappers import Response

from support.serving import werkzeug_server
from webapp import create_app
from webapp.theme import BACKGROUND, contrast, normalise

from .checkers import axe_violations, nu_errors
from .markup import Elements


class HostSite:
    """A clinic's website on a second local origin: one page, whatever HTML the test sets."""

    html = ""
    url = ""

    def __call__(self, environ, start_response):
        return Response(self.html, mimetype="text/html")(environ, start_response)


@pytest.fixture(scope="module")
def host():
    site = HostSite()
    with werkzeug_server(site) as base:
        site.url = base + "/"
        yield site


def clinic_page(map_origin: str, path: str) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head>
<body><h1>Our clinic</h1>
<iframe id="map" src="{map_origin}{path}" title="Sciatica dermatome map" width="100%" height="300"></iframe>
<script src="{map_origin}/embed.js" async></script>
<script>window.heights = []; addEventListener("message", e => {{ if (e.data && e.data.type === "dermatome-map:height") heights.push(e.data.height); }});</script>
</body></html>"""


def open_clinic(browser, host, map_origin: str, path: str):
    host.html = clinic_page(map_origin, path)
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    refusals = []
    page.on("console", lambda message: "frame-ancestors" in message.text and refusals.append(message.text))
    page.goto(host.url)
    page.wait_for_load_state("networkidle")
    return page, refusals


@pytest.mark.browser
def test_a_clinic_frames_the_map_and_the_frame_grows_to_fit(browser, host, live_server):
    page, refusals = open_clinic(browser, host, live_server, "/embed?accent=007a5e")
    page.wait_for_function("() => window.heights.length > 0")
    page.wait_for_function("() => document.getElementById('map').getBoundingClientRect().height > 600")
    frame = page.frame_locator("#map")
    history_before = page.evaluate("history.length")
    for area in ("big-toe", "foot-top", "shin-outer"):
        count = page.evaluate("window.heights.length")
        frame.locator(f'.region[role="button"][data-region="right-{area}"]').click()
        page.wait_for_function("n => window.heights.length > n", arg=count)
    frame.locator("#result-heading", has_text="L5").wait_for()
    assert "L4-5" in frame.locator("#result-heading").inner_text()
    inner = page.frames[1].evaluate("document.documentElement.getBoundingClientRect().height")
    outer = page.evaluate("document.getElementById('map').clientHeight")
    assert abs(inner - outer) <= 2 and page.evaluate("window.heights.at(-1)") == pytest.approx(inner, abs=2)
    # The clinic page's history is not stepped through by the map's changes.
    assert page.evaluate("history.length") == history_before and page.url == host.url
    assert "region=right-shin-outer" in page.frames[1].url
    assert refusals == []
    page.close()


@pytest.mark.browser
def test_only_the_embed_may_be_framed_elsewhere(browser, host, live_server):
    page, refusals = open_clinic(browser, host, live_server, "/")
    assert refusals and "frame-ancestors 'self'" in refusals[0]
    assert page.frames[1].url.startswith("chrome-error:")
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("allow_host, framed", [(False, False), (True, True)])
def test_embed_origins_limit_who_may_frame(browser, host, allow_host, framed):
    origins = "https://clinic.example" + (" " + host.url.rstrip("/") if allow_host else "")
    with werkzeug_server(create_app({"TESTING": True, "EMBED_ORIGINS": origins})) as origin:
        page, refusals = open_clinic(browser, host, origin, "/embed")
        assert bool(refusals) is not framed
        assert page.frames[1].url.startswith("chrome-error:") is not framed
        page.close()


def test_embed_origins_reach_the_header_and_a_malformed_one_stops_start_up():
    app = create_app({"TESTING": True, "EMBED_ORIGINS": "https://a.example  http://b.example:8080"})
    policy = app.test_client().get("/embed").headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://a.example http://b.example:8080;" in policy + ";"
    with pytest.raises(ValueError, match="unsafe-inline.*javascript:x"):
        create_app({"TESTING": True, "EMBED_ORIGINS": "https://a.example 'unsafe-inline' javascript:x"})


@pytest.mark.parametrize("accent, theme, kept", [
    ("0b5cad", "light", True), ("%23FFFF00", "light", False), ("fff", "dark", True), ("0b5cad", "dark", False)])
def test_the_accent_colour_becomes_a_readable_custom_property(client, accent, theme, kept):
    html = client.get(f"/embed?accent={accent}&theme={theme}&lang=en").get_data(as_text=True)
    sheet = next(a["href"] for t, a in Elements(html).tags if t == "link" and "theme.css" in a.get("href", ""))
    css = client.get(sheet).get_data(as_text=True)
    colour = re.search(r"--accent: (#[0-9a-f]{6});", css).group(1)
    assert f"--figure-focus: {colour};" in css
    assert contrast(colour, BACKGROUND[theme]) >= 4.5
    assert (colour == normalise(unquote(accent))) is kept


@pytest.mark.parametrize("query", ["accent=red", "accent=%23ff000", "accent=%3C/style%3E", "theme=neon", "accent=12345g"])
def test_anything_but_a_colour_is_refused(client, query):
    response = client.get(f"/embed?{query}")
    assert response.status_code == 400 and "theme.css" not in response.get_data(as_text=True)
    assert client.get(f"/embed/theme.css?{query}").status_code == 400


def test_dark_theme_and_language_are_kept_in_the_form(client):
    html = client.get("/embed?theme=dark&lang=es&accent=0b5cad").get_data(as_text=True)
    assert 'class="no-js theme-dark"' in html
    hidden = {(a["name"], a["value"]) for t, a in Elements(html).tags if t == "input" and a.get("type") == "hidden"}
    assert hidden == {("theme", "dark"), ("lang", "es"), ("accent", "0b5cad")}
    assert 'data-hx-replace-url="true"' in html and "data-hx-push-url" not in html


def test_the_clinics_page_shows_the_two_lines(client):
    html = client.get("/clinics").get_data(as_text=True)
    assert "&lt;iframe src=&#34;http://localhost/embed?accent=0b5cad" in html or "&lt;iframe src=\"http://localhost/embed" in html
    assert "/embed.js" in html
    assert nu_errors(html) == []


def test_the_embed_page_is_valid_and_accessible_html(client):
    assert nu_errors(client.get("/embed?region=right-heel&theme=dark").get_data(as_text=True)) == []


@pytest.mark.browser
@pytest.mark.parametrize("query", ["", "?theme=dark&accent=ffcc00&region=right-heel&finding=fever"])
def test_no_accessibility_violations_in_the_embed(audit_page, live_server, output_dir, query):
    audit_page.set_viewport_size({"width": 390, "height": 844})
    audit_page.goto(live_server + "/embed" + query)
    audit_page.screenshot(path=str(output_dir / f"embed{'-dark' if query else ''}.png"), full_page=True)
    assert axe_violations(audit_page) == []


@pytest.mark.parametrize("configured, host, origin", [
    (None, "evil.example", "https://MAP.EXAMPLE"),
    (None, "localhost.evil.example", "https://MAP.EXAMPLE"),
    (None, "127.0.0.1:5000", "http://127.0.0.1:5000"),
    ("https://map.example.org", "evil.example", "https://map.example.org"),
    ("https://map.example.org", "localhost", "https://map.example.org"),
])
def test_the_clinics_snippet_names_the_public_origin_never_a_forged_host(configured, host, origin):
    app = create_app({"TESTING": True, "PUBLIC_ORIGIN": configured})
    answer = app.test_client().get("/clinics", headers={"Host": host})
    html = answer.get_data(as_text=True)
    assert f"{origin}/embed?accent=0b5cad" in html and f"{origin}/embed.js" in html
    assert "evil" not in html
    # Only an unconfigured snippet depends on the Host header, and says so to caches.
    assert ("Host" in answer.vary) == (configured is None)


@pytest.mark.parametrize("configured", ["map.example.org", "https://map.example.org/", "javascript:alert(1)",
                                        "https://a.example https://b.example"])
def test_a_public_origin_that_is_not_an_origin_stops_start_up(configured):
    with pytest.raises(ValueError, match="PUBLIC_ORIGIN"):
        create_app({"TESTING": True, "PUBLIC_ORIGIN": configured})
