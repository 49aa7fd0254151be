"""The htmx loop in Debian's Chromium: click where it hurts, see the segment."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from .browsing import updated
from .checkers import axe_violations
from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser


def region(page, region_id: str):
    return page.locator(f'.body-diagram .region[data-region="{region_id}"]').first


def click_regions(page, *region_ids: str) -> None:
    for region_id in region_ids:
        updated(page, region(page, region_id).click)


def headline(page) -> str:
    return page.locator("#result-heading").inner_text()


def marked(page) -> set[tuple[str, str]]:
    return {(k, v) for k, v in parse_qsl(urlsplit(page.url).query)}


@pytest.mark.parametrize("areas, root, disc", [
    (("big-toe", "foot-top", "shin-outer"), "L5", "L4-5"),
    (("little-toe", "foot-outer"), "S1", "L5-S1"),
    (("thigh-front", "knee-inner", "shin-inner", "ankle-inner"), "L4", "L3-4"),
])
def test_clicks_name_the_segment(page, live_server, areas, root, disc):
    page.goto(live_server + "/")
    click_regions(page, *[f"right-{a}" for a in areas])
    text = headline(page)
    assert root in text and disc in text and "right side" in text
    for area in areas:
        assert region(page, f"right-{area}").get_attribute("data-mark") == "pain"


def test_the_url_follows_each_click_and_survives_reload(page, live_server):
    page.goto(live_server + "/")
    click_regions(page, "right-little-toe")
    assert marked(page) == {("region", "right-little-toe")}
    click_regions(page, "right-foot-outer")
    assert marked(page) == {("region", "right-little-toe"), ("region", "right-foot-outer")}
    page.reload()
    assert "S1" in headline(page)
    assert region(page, "right-foot-outer").get_attribute("data-mark") == "pain"


def test_each_tap_moves_a_region_on_from_none_to_pain_to_numb_to_none(page, live_server):
    page.goto(live_server + "/")
    click_regions(page, "left-heel")
    assert marked(page) == {("region", "left-heel")}
    assert region(page, "left-heel").get_attribute("aria-label") == "Left heel: pain"
    click_regions(page, "left-heel")
    assert marked(page) == {("numb", "left-heel")}
    assert "is-numb" in region(page, "left-heel").get_attribute("class")
    assert region(page, "left-heel").get_attribute("aria-label") == "Left heel: numb"
    assert page.locator("#numb-left-heel").is_checked()
    assert "S1" in headline(page)
    click_regions(page, "left-heel")
    assert marked(page) == set()
    assert region(page, "left-heel").get_attribute("data-mark") == "none"


def test_back_leaves_the_map_in_one_press_after_a_burst_of_marks(page, live_server):
    page.goto(live_server + "/info/")
    page.goto(live_server + "/")
    click_regions(page, "right-little-toe", "right-foot-outer", "right-heel", "right-heel")
    assert marked(page) == {("region", "right-little-toe"), ("region", "right-foot-outer"), ("numb", "right-heel")}
    page.go_back()
    page.wait_for_url(live_server + "/info/")


def test_keyboard_only(page, live_server):
    page.goto(live_server + "/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.region')"):
            break
    first = page.evaluate("document.activeElement.getAttribute('data-region')")
    assert first, "Tab never reached the figure"
    page.keyboard.press("ArrowRight")
    second = page.evaluate("document.activeElement.getAttribute('data-region')")
    assert second and second != first
    updated(page, lambda: page.keyboard.press("Space"))
    assert page.evaluate("document.activeElement.getAttribute('data-region')") == second
    assert page.evaluate("document.activeElement.getAttribute('data-mark')") == "pain"
    updated(page, lambda: page.keyboard.press("Enter"))
    assert page.evaluate("document.activeElement.getAttribute('data-region')") == second
    assert page.evaluate("document.activeElement.getAttribute('data-mark')") == "numb"
    # One tab stop for the whole figure.
    assert page.locator(".body-diagram .region[tabindex='0']").count() == 1


def test_without_javascript_the_form_gives_the_same_answer(browser, live_server):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    page.goto(live_server + "/")
    assert page.locator("[tabindex='0']").count() == 0  # the figure is no tab stop here
    assert "list below" in page.locator(".instruction:visible").inner_text()
    for area in ("big-toe", "foot-top", "shin-outer"):
        page.locator(f"#pain-right-{area}").check()
    page.locator("#numb-right-big-toe").check()
    assert not page.locator("#pain-right-big-toe").is_checked()  # one mark per region
    page.get_by_role("button", name="Show the result").click()
    page.wait_for_load_state()
    text = headline(page)
    url = page.url
    context.close()
    assert "L5" in text and "L4-5" in text
    # The form's answer is the clean link, which can be shared.
    assert urlsplit(url).query == "region=right-shin-outer&region=right-foot-top&numb=right-big-toe"


def test_questions_go_through_htmx_too(page, live_server):
    page.goto(live_server + "/?region=right-buttock&region=right-thigh-back")
    updated(page, page.get_by_label("Has a practitioner bent your hip").check)
    assert page.locator(".piriformis").is_visible()
    updated(page, page.get_by_label("Any new trouble passing urine").check)
    assert page.locator("#red-flags").is_visible()
    # It wins the screen without taking the question out of view: the figure stays above
    # the question, so a link beside it leads to the advice.
    echo = page.locator("#urgent-echo a")
    assert echo.is_visible() and echo.inner_text() == "Go to an emergency department now"
    assert page.get_by_label("Any new trouble passing urine").is_visible()
    echo.click()
    top = page.evaluate("document.getElementById('red-flags').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2
    assert "emergency" in page.locator("#red-flags").inner_text()


def test_no_accessibility_violations_before_and_after_a_selection(audit_page, live_server):
    page = audit_page
    page.goto(live_server + "/")
    assert axe_violations(page) == []
    click_regions(page, "right-big-toe", "left-heel")
    page.get_by_label("Do you have a fever").check()
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []


@pytest.mark.parametrize("name, viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_screenshots_after_a_selection(browser, live_server, output_dir, name, viewport):
    context = browser.new_context(viewport=viewport, device_scale_factor=1)
    page = context.new_page()
    page.goto(live_server + "/?region=right-buttock&region=right-thigh-back-outer&region=right-shin-outer"
              "&numb=right-big-toe&numb=right-foot-top")
    path = output_dir / f"map-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    context.close()
    assert path.stat().st_size > 10_000


def test_a_session_of_clicks_breaks_no_policy_and_stays_on_the_origin(page, live_server):
    problems, requests = [], []
    page.on("console", lambda message: message.type in ("error", "warning") and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(live_server + "/")
    click_regions(page, "right-big-toe", "left-calf", "right-big-toe")
    page.get_by_label("Is the pain worse when you sit").check()
    page.wait_for_load_state("networkidle")
    assert problems == []
    assert len(requests) > 5 and all(url.startswith(live_server + "/") for url in requests)
    assert page.context.cookies() == []


def test_copy_link_and_clear(browser, live_server):
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    page = context.new_page()
    page.goto(live_server + "/")
    click_regions(page, "right-heel")
    page.get_by_role("button", name="Copy link").click()
    page.wait_for_function("() => document.getElementById('announce').textContent === 'Link copied'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.url and "region=right-heel" in copied
    page.get_by_role("link", name="Clear").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).query == ""
    assert page.locator(".body-diagram .region[data-mark='pain']").count() == 0
    context.close()


def test_the_svg_file_opens_styled_under_the_policy(page, live_server):
    problems = []
    page.on("console", lambda message: problems.append(message.text))
    page.goto(live_server + "/diagram.svg?region=right-calf")
    fill = page.evaluate("getComputedStyle(document.querySelector('[data-region=\"right-calf\"][role=button]')).fill")
    plain = page.evaluate("getComputedStyle(document.querySelector('[data-region=\"left-calf\"][role=button]')).fill")
    assert problems == []
    assert fill.startswith("url(") and fill != plain
