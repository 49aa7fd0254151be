"""English and Spanish: a complete catalogue, chosen by ?lang= or the browser, kept across requests."""

import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from .browsing import updated
from .markup import Elements

ROOT = Path(__file__).resolve().parent.parent
SPANISH = ROOT / "webapp" / "translations" / "es" / "LC_MESSAGES" / "messages.po"
RICH_QUERY = ("region=right-buttock&region=right-thigh-back&region=right-calf&numb=right-little-toe"
              "&numb=left-big-toe&region=left-shin-outer&finding=fair-positive&finding=sitting-worse"
              "&finding=fever&finding=bladder-bowel")
PAGES = ["/", f"/?{RICH_QUERY}", "/practitioner?segment=L4-5&" + RICH_QUERY, "/embed?" + RICH_QUERY,
         "/info/", "/info/sciatica", "/info/causes", "/info/dermatomes", "/info/piriformis", "/info/care",
         "/info/urgent", "/clinics", "/nowhere"]


@pytest.fixture(scope="module")
def spanish():
    return read_po(SPANISH.open("rb"))


def test_the_spanish_catalogue_translates_every_message_in_the_code(tmp_path, spanish):
    template = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "--no-location", "-F", "babel.cfg",
                    "-k", "N_", "-k", "_", "-o", str(template), "."], cwd=ROOT, check=True, capture_output=True)
    wanted = {message.id for message in read_po(template.open("rb")) if message.id}
    translated = {message.id for message in spanish if message.id and message.string and not message.fuzzy}
    assert wanted - translated == set()
    assert len(wanted) > 300


def test_the_spanish_catalogue_keeps_every_placeholder(spanish):
    placeholder = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdf]")
    for message in spanish:
        if message.id:
            assert sorted(placeholder.findall(message.id)) == sorted(placeholder.findall(message.string)), message.id
    assert [error for message in spanish for error in message.check(spanish)] == []


def visible_text(html: str) -> str:
    """What a reader meets: the text, and the names given to controls and pictures."""
    labels = " ".join(re.findall(r'(?:aria-label|title|alt)="([^"]*)"', html))
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", unescape(text + " " + labels))


def english_left(text: str, spanish) -> list[str]:
    return sorted(m.id for m in spanish
                  if m.id and m.string != m.id and len(m.id.split()) >= 2 and "%(" not in m.id and m.id in text)


@pytest.mark.parametrize("path", PAGES)
def test_spanish_pages_have_no_english_left(client, spanish, path):
    response = client.get(path + ("&" if "?" in path else "?") + "lang=es")
    html = response.get_data(as_text=True)
    assert '<html lang="es"' in html
    # The printed link is an address, with the contract's ids, not prose.
    html = re.sub(r'<span id="print-link">.*?</span>', " ", html)
    text = visible_text(html)
    # Citations are written in the language of the paper; leave them out of the count.
    text = re.sub(r"\([^()]*\b(19|20)\d\d\b[^()]*\)", " ", text)
    for sources in re.findall(r'<section class="info-sources".*?</section>', html, flags=re.S):
        text = text.replace(visible_text(sources), " ")
    assert english_left(text, spanish) == []
    words = set(re.findall(r"[a-záéíóúñ]+", text.lower()))
    assert words & {"the", "your", "and", "pain", "numb", "right", "left", "with", "this"} == set()


def test_accept_language_chooses_and_lang_wins(client):
    assert '<html lang="es"' in client.get("/", headers={"Accept-Language": "es-MX,es;q=0.9"}).get_data(as_text=True)
    assert '<html lang="en"' in client.get("/?lang=en", headers={"Accept-Language": "es"}).get_data(as_text=True)
    assert '<html lang="en"' in client.get("/", headers={"Accept-Language": "fr"}).get_data(as_text=True)


def test_the_api_answers_in_the_chosen_language(client):
    body = client.get("/api/assess?numb=right-heel&lang=es").get_json()
    assert "raíz nerviosa S1" in body["segments"][0]["why"]


def test_a_chosen_language_follows_the_form_and_every_link(client):
    html = client.get("/?lang=es&region=right-heel").get_data(as_text=True)
    elements = Elements(html)
    assert ("lang", "es") in {(a.get("name"), a.get("value")) for t, a in elements.tags if t == "input"}
    links = [a["href"] for t, a in elements.tags if t == "a" and a.get("href", "").startswith("/")]
    own_pages = [href for href in links if not href.startswith("/static/")]
    assert own_pages and all("lang=" in href for href in own_pages)
    assert "/?lang=en&region=right-heel" in links


@pytest.mark.browser
def test_the_choice_survives_htmx_requests(page, live_server):
    page.goto(live_server + "/?lang=es")
    updated(page, page.locator('.body-diagram [data-region="right-heel"][role="button"]').click)
    assert "lang=es" in page.url
    assert "raíz nerviosa S1" in page.locator("#result-heading").inner_text()


def test_template_words_are_translated_and_what_they_carry_is_escaped(client):
    app = client.application
    template = '{{ _("Where does it hurt?") }} {{ _("More about %(cause)s", cause=cause) }}'
    with app.test_request_context("/?lang=es"):
        spoken = app.jinja_env.from_string(template).render(cause="<b>x</b> & 100%")
    assert spoken.startswith("¿") and "Where" not in spoken
    assert "&lt;b&gt;x&lt;/b&gt; &amp; 100%" in spoken and "<b>" not in spoken
