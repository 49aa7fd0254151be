"""Every page, in both languages: valid HTML and SVG (the Nu checker), no accessibility
violation (axe-core in Chromium)."""

import pytest

from .checkers import axe_violations, nu_check

SELECTION = ("region=right-buttock&region=right-thigh-back-outer&numb=right-big-toe&numb=left-heel"
             "&finding=fair-positive&finding=sitting-worse&finding=fever")
PAGES = [
    "/", f"/?{SELECTION}", "/practitioner", f"/practitioner?segment=L4-5&{SELECTION}",
    "/embed", f"/embed?theme=dark&accent=ffcc00&{SELECTION}", "/clinics",
    "/info/", "/info/sciatica", "/info/causes", "/info/dermatomes", "/info/piriformis", "/info/care",
    "/info/urgent", "/info/nerves", "/info/hip", "/nowhere",
    "/?numb=right-thigh-outer&finding=normal-big-toe-extension&finding=weak-ankle-plantarflexion",
    "/?region=right-groin&region=right-thigh-front&finding=bladder-bowel&finding=fever&finding=weight-loss",
    "/practitioner?compare=L5&compare=common-peroneal&numb=right-foot-top&region=right-buttock"
    "&finding=foot-drop&finding=normal-hip-abduction&finding=ankle-reflex-reduced",
    "/embed?theme=dark&numb=right-thigh-outer&region=left-groin",
]
LANGUAGES = ["en", "es"]


def with_language(path: str, lang: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}lang={lang}"


def test_every_page_is_valid_html_in_both_languages(client):
    documents = {with_language(path, lang): client.get(with_language(path, lang)).get_data(as_text=True)
                 for path in PAGES for lang in LANGUAGES}
    errors = {page: found for page, found in nu_check(documents).items() if found}
    assert errors == {}


def test_the_svg_files_are_valid(client):
    documents = {path: client.get(path).get_data(as_text=True)
                 for path in ("/diagram.svg", f"/diagram.svg?segment=S1&{SELECTION}", "/static/favicon.svg")
                 if client.get(path).status_code == 200}
    # The Nu checker reads a standalone SVG when it ends in .svg; wrap each in a page instead.
    pages = {path: "<!doctype html><html lang=en><head><title>svg</title></head><body>"
             + svg.split("?>", 1)[-1] + "</body></html>" for path, svg in documents.items()}
    assert len(pages) == 2
    assert {page: found for page, found in nu_check(pages).items() if found} == {}


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_no_accessibility_violation_on_any_page(audit_page, live_server, path, lang):
    audit_page.goto(live_server + with_language(path, lang))
    assert axe_violations(audit_page) == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_scrolls_sideways_on_a_phone(phone_page, live_server, lang):
    wider = {}
    for path in PAGES:
        phone_page.goto(live_server + with_language(path, lang))
        width = phone_page.evaluate("document.documentElement.scrollWidth")
        if width > phone_page.viewport_size["width"]:
            wider[path] = width
    assert wider == {}
