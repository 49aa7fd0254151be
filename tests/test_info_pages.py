"""The patient information pages under /info: content, links, validity and accessibility."""

import html as html_lib
import re
from pathlib import Path

import pytest

from webapp.knowledge.dermatomes import ROOTS, SEED_DISCS, root_pressed_by
from webapp.knowledge.findings import FAIR_TEST
from webapp.knowledge.red_flags import EMERGENCY_HOW, RED_FLAG_RULES, URGENCY_HEADINGS
from webapp.views import info

from .checkers import axe_violations, nu_errors

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT.parent / "shared" / "seed"
TEMPLATES = ROOT / "templates" / "info"
SLUGS = [topic.slug for topic in info.TOPICS]
URLS = ["/info/", *(f"/info/{slug}" for slug in SLUGS)]


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def text_of(html: str) -> str:
    """The words of a page as a reader sees them: no tags, entities decoded, spaces folded."""
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def main_of(html: str) -> str:
    return re.search(r'<main id="main">(.*)</main>', html, re.S).group(1)


def h1_of(html: str) -> str:
    return text_of(re.search(r"<h1>(.*?)</h1>", html, re.S).group(1))


@pytest.mark.parametrize("topic", info.TOPICS, ids=SLUGS)
def test_each_page_has_its_heading_the_disclaimer_and_a_link_to_the_map(client, topic):
    html = get(client, f"/info/{topic.slug}")
    assert h1_of(html) == topic.title
    assert '<footer class="disclaimer">' in html and "does not diagnose" in html
    assert 'href="/"' in main_of(html)


@pytest.mark.parametrize("topic", info.TOPICS, ids=SLUGS)
def test_each_page_links_every_other_page_and_marks_itself(client, topic):
    nav = re.search(r'<nav class="info-nav".*?</nav>', get(client, f"/info/{topic.slug}"), re.S).group(0)
    assert 'aria-labelledby="info-nav-heading"' in nav and "More about sciatica" in nav
    for slug in SLUGS:
        assert f'href="/info/{slug}"' in nav
    assert f'href="/info/{topic.slug}" aria-current="page"' in nav
    assert nav.count('aria-current="page"') == 1
    assert 'href="/info/"' in nav


def test_the_index_links_every_page_and_the_map(client):
    html = get(client, "/info/")
    assert h1_of(html) == "About sciatica"
    for topic in info.TOPICS:
        assert f'href="/info/{topic.slug}">{topic.title}</a>' in html
    assert 'href="/"' in main_of(html)
    assert '<footer class="disclaimer">' in html


def test_endpoints_are_named_after_their_pages(app):
    with app.test_request_context():
        from flask import url_for
        assert url_for("info.index") == "/info/"
        assert {slug: url_for(f"info.{slug}") for slug in SLUGS} == {slug: f"/info/{slug}" for slug in SLUGS}


def test_the_urgent_page_lists_every_red_flag_under_what_to_do(client):
    html = get(client, "/info/urgent")
    for urgency, heading in URGENCY_HEADINGS.items():
        section = re.search(rf'<section class="red-flag-group urgency-{urgency}".*?</section>', html, re.S).group(0)
        assert heading in section
        items = [text_of(li) for li in re.findall(r"<li>(.*?)</li>", section, re.S)]
        assert items == [" ".join(rule.why.split()) for rule in RED_FLAG_RULES if rule.urgency == urgency]
    emergency = text_of(re.search(r'urgency-emergency".*?</section>', html, re.S).group(0))
    assert EMERGENCY_HOW in emergency and "do not drive yourself" in emergency


def test_the_dermatome_page_names_the_three_segments_from_the_knowledge_base(client):
    page = text_of(get(client, "/info/dermatomes"))
    assert SEED_DISCS == ("L3-4", "L4-5", "L5-S1")
    for disc, root in (("L3-4", "L4"), ("L4-5", "L5"), ("L5-S1", "S1")):
        assert root_pressed_by(disc).name == root
        assert f"The {disc} disc and the {root} nerve root" in page
        assert ROOTS[root].key_point.where in page
    assert "do not agree" in page and "spreads outside" in page


def test_the_piriformis_page_says_what_was_measured_for_the_fair_test(client):
    page = text_of(get(client, "/info/piriformis")).partition(" Sources ")[0]
    assert "No study has yet measured how often this test on its own is right" in page
    assert (f"about {round(FAIR_TEST.sensitivity * 100)} of every 100" in page
            and f"about {round(FAIR_TEST.specificity * 100)} of every 100" in page)
    assert FAIR_TEST.source.short == "Martin et al. 2014" and "Martin et al. 2014" in page
    # Fishman's figures are an electrical test's: named as that, never given as the test's.
    assert "88" not in page and "83" not in page and "electrical nerve test" in page
    assert "flexion, adduction and internal rotation" in page


@pytest.mark.parametrize("url", ["/info/nope", "/info/index", "/info/sciatica/", "/info/..%2Fpages"])
def test_an_unknown_page_is_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("query", ["lang=es", "lang=en", "lang=xx", "region=right-heel&utm_source=x", "lang"])
def test_query_strings_are_ignored_except_the_language(client, query):
    for url in URLS:
        assert client.get(f"{url}?{query}").status_code == 200, (url, query)
    assert '<html lang="es"' in get(client, "/info/causes?lang=es")


def test_the_pages_carry_no_inline_script_or_style_and_never_offer_a_diagnosis(client):
    for url in URLS:
        html = get(client, url)
        assert "style=" not in html
        assert all(attrs.strip().startswith("src=") for attrs in re.findall(r"<script([^>]*)>", html)), url
    for template in TEMPLATES.glob("*.html"):
        assert "diagnos" not in template.read_text(encoding="utf-8").lower(), template.name


def test_every_visible_string_goes_through_gettext():
    """Text between tags in the templates is only Jinja expressions, never bare words."""
    for template in TEMPLATES.glob("*.html"):
        source = re.sub(r"{[{%#].*?[}%#]}", "", template.read_text(encoding="utf-8"), flags=re.S)
        bare = [words for words in re.findall(r">([^<]*)<", source) if re.search(r"[A-Za-z]", words)]
        assert not bare, (template.name, bare)


def seed_text() -> str:
    if not SEED_DIR.is_dir():
        pytest.skip("the seed article is not beside the repository")
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEED_DIR.glob("*.txt")))


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text.lower())


def test_no_sentence_of_the_seed_article_is_copied(client):
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", seed_text()) if len(s.split()) > 8]
    assert sentences
    pages = [" ".join(words(text_of(main_of(get(client, url))))) for url in URLS]
    for sentence in sentences:
        assert not any(" ".join(words(sentence)) in page for page in pages), sentence


def test_no_run_of_six_words_is_taken_from_the_seed_article(client):
    """Stricter than whole sentences: the pages say the article's facts in their own words."""
    def runs(text: str, n: int = 6) -> set[tuple[str, ...]]:
        tokens = words(text)
        return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}
    seed = runs(seed_text())
    for url in URLS:
        main = re.sub(r'<section class="info-sources".*?</section>', "", main_of(get(client, url)), flags=re.S)
        assert not runs(text_of(main)) & seed, url


@pytest.mark.parametrize("url", URLS)
def test_the_nu_checker_finds_no_error(client, url):
    assert nu_errors(get(client, url)) == []


@pytest.mark.parametrize("url", URLS)
def test_axe_finds_no_accessibility_violation(audit_page, live_server, url):
    audit_page.goto(live_server + url)
    assert audit_page.locator("h1").count() == 1
    assert axe_violations(audit_page) == []


def test_screenshot_of_the_dermatome_page_on_a_phone(browser, live_server, output_dir):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(live_server + "/info/dermatomes")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(output_dir / "info-dermatomes-phone.png"), full_page=True)
        assert errors == []
    finally:
        context.close()
