"""The map by keyboard and by ear, in Debian's Chromium: spatial keys, the accessibility
tree's names, what the live region says, where focus goes after a swap, the urgent
answer alone."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from webapp.assessment.wording import confidence
from webapp.knowledge.regions import REGIONS

from .browsing import updated

pytestmark = pytest.mark.browser


def focused_region(page) -> str | None:
    return page.evaluate("() => document.activeElement.getAttribute('data-region')")


def announced(page) -> str:
    page.wait_for_timeout(120)  # the live region is emptied, then filled, so a repeat is said again
    return page.locator("#announce").inner_text()


def expected_summary(client, query: str) -> str:
    """The sentence the answer should be summed up in, from the API's own scores."""
    best = client.get(f"/api/assess?{query}").get_json()["differential"][0]
    assert best["kind"] == "root"
    return f"Best fit now: the {best['id']} nerve root, {confidence(best['score'], str)}."


def test_pain_on_the_big_toe_then_numbness_on_the_heel_in_at_most_15_keystrokes(page, live_server):
    page.goto(live_server + "/")
    keys = []

    def press(key: str) -> None:
        keys.append(key)
        page.keyboard.press(key)

    while focused_region(page) is None and len(keys) < 15:
        press("Tab")
    press("b")
    assert focused_region(page) == "right-big-toe"
    updated(page, lambda: press("Space"))
    press("h")
    assert focused_region(page) == "right-heel"
    updated(page, lambda: press("Space"))
    updated(page, lambda: press("Space"))
    assert len(keys) <= 15, keys
    assert set(parse_qsl(urlsplit(page.url).query)) == {("region", "right-big-toe"), ("numb", "right-heel")}
    assert focused_region(page) == "right-heel"  # the swap kept the focus where it was


def test_arrows_move_as_the_figure_is_drawn_and_v_turns_the_figure(page, live_server):
    page.goto(live_server + "/")
    page.locator('#map-live .region[role="button"][data-region="right-knee-front"]').focus()
    page.keyboard.press("ArrowDown")
    assert focused_region(page) in {"right-shin-outer", "right-shin-inner"}
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert focused_region(page).startswith("right-thigh")
    # Left and right go across, to the other leg (drawn on the viewer's right from the front).
    page.locator('#map-live .region[role="button"][data-region="right-knee-inner"]').focus()
    page.keyboard.press("ArrowRight")
    assert focused_region(page).startswith("left-knee")
    # V: the same height of the same leg, seen from behind.
    page.locator('#map-live .region[role="button"][data-region="right-knee-front"]').focus()
    page.keyboard.press("v")
    assert focused_region(page) == "right-knee-back"
    page.keyboard.press("v")
    assert focused_region(page).startswith("right-knee")
    assert page.locator("#figure-keys").is_visible()
    assert page.locator(".body-diagram").first.get_attribute("aria-describedby") == "figure-keys"


def test_the_accessibility_tree_names_each_regions_mark(page, live_server):
    page.goto(live_server + "/?region=right-big-toe&numb=right-heel")
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    names = {node["name"]["value"] for node in nodes
             if node.get("role", {}).get("value") == "button" and "name" in node}
    for region in REGIONS.values():
        mark = {"right-big-toe": "pain", "right-heel": "numb"}.get(region.id, "not marked")
        assert f"{region.label}: {mark}" in names, region.id


def test_the_live_region_says_the_mark_and_the_new_answer_and_nothing_when_nothing_changed(
        page, live_server, client):
    page.goto(live_server + "/")
    heel = page.locator('#map-live .region[role="button"][data-region="right-heel"]')
    updated(page, heel.click)
    assert announced(page) == "Right heel marked pain. " + expected_summary(client, "region=right-heel")
    updated(page, heel.click)
    assert announced(page).startswith("Right heel marked numb.")
    updated(page, lambda: page.locator('#map-live .region[role="button"][data-region="right-little-toe"]').click())
    summary = expected_summary(client, "numb=right-heel&region=right-little-toe")
    said = announced(page)
    assert said.startswith("Right little toe marked pain.")
    assert said.endswith(summary) or summary not in said  # the answer is said only when it changed
    # A question that leaves the answer as it was: nothing new is said.
    before = page.locator("#map-live").get_attribute("data-summary")
    page.evaluate("() => { window.saidSince = []; new MutationObserver(() => window.saidSince.push("
                  "document.getElementById('announce').textContent)).observe("
                  "document.getElementById('announce'), {childList: true, characterData: true, subtree: true}); }")
    updated(page, page.get_by_label("Is the pain only in the buttock or leg").check)
    if page.locator("#map-live").get_attribute("data-summary") == before:
        page.wait_for_timeout(200)
        assert page.evaluate("window.saidSince") == []


def test_a_red_flag_never_takes_the_focused_question_out_of_view(page, live_server):
    page.goto(live_server + "/?region=right-buttock&region=right-thigh-back")
    question = page.get_by_label("Any new trouble passing urine")
    question.scroll_into_view_if_needed()
    updated(page, question.check)
    assert page.evaluate("() => document.activeElement.name") == "finding"
    box = question.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= page.viewport_size["height"]
    # The advice is at the top: seen there, or a link beside the question leads to it.
    flags_top = page.locator("#red-flags").bounding_box()["y"]
    assert 0 <= flags_top < page.viewport_size["height"] or page.locator("#urgent-echo a").is_visible()
    if page.locator("#urgent-echo a").is_visible():
        assert page.locator("#urgent-echo a").inner_text() == "Go to an emergency department now"


def test_choosing_a_segment_keeps_the_focus_on_the_choice(page, live_server):
    page.goto(live_server + "/practitioner?region=right-heel")
    link = page.locator(".segment-choices a", has_text="L5").first
    link.focus()
    updated(page, lambda: page.keyboard.press("Enter"))
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "L5"
    assert not page.evaluate("() => document.activeElement === document.body")


def test_an_emergency_shows_the_urgent_advice_and_no_invitation_to_mark_more(page, live_server):
    page.goto(live_server + "/?numb=saddle")
    page.wait_for_load_state("networkidle")
    visible = page.locator("main").inner_text()
    assert "Go to an emergency department now" in visible
    assert "the area between the legs is marked" in visible
    assert "Mark where" not in visible and "Nothing marked yet" not in visible
    assert not page.locator(".result").is_visible()
    page.get_by_text("The rest of the answer").click()
    assert page.locator(".result").is_visible()
