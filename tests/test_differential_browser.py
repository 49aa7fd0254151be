"""The differential on the pages, in Debian's Chromium: the winner's territory on the figure,
the examination panel moving the answer, compare mode, self-checks, urgency."""

import pytest

from .browsing import updated

pytestmark = pytest.mark.browser


def region_classes(page, region_id: str) -> str:
    return page.locator(f'.body-diagram .region[role="button"][data-region="{region_id}"]').get_attribute("class")


def test_outer_thigh_numbness_names_the_nerve_and_shades_its_skin(page, live_server, output_dir):
    page.goto(live_server + "/?numb=right-thigh-outer")
    headline = page.locator("#result-heading").inner_text()
    assert "lateral femoral cutaneous nerve" in headline and "better than a nerve root" in headline
    assert "shade-nerve" in region_classes(page, "right-thigh-outer")
    assert "shade-nerve-border" in region_classes(page, "right-thigh-front")
    assert "shade" not in region_classes(page, "right-shin-outer")
    assert page.locator(".figure-legend").get_by_text("Skin of the nerve", exact=True).is_visible()
    page.screenshot(path=str(output_dir / "meralgia-desktop.png"), full_page=True)


def test_the_hip_pattern_shades_where_the_hip_refers_pain(page, live_server):
    page.goto(live_server + "/?region=right-groin&region=right-thigh-front&region=right-knee-front"
                            "&finding=normal-big-toe-extension")
    assert "the hip joint itself" in page.locator("#result-heading").inner_text()
    assert "shade-referral" in region_classes(page, "right-groin")
    assert "shade-referral" in region_classes(page, "right-buttock")
    assert page.locator(".figure-legend").get_by_text("Where its pain usually lands").is_visible()


def test_the_examination_panel_moves_the_answer_from_l5_to_the_peroneal_nerve(page, live_server):
    page.goto(live_server + "/practitioner?numb=right-foot-top&region=right-buttock&finding=foot-drop")
    assert "L5 nerve root" in page.locator("#result-heading").inner_text()
    assert "key-point" in page.locator('.body-diagram [data-key-point="right-foot-top"]').get_attribute("class")
    updated(page, lambda: page.get_by_label("Moving the leg out to the side (hip abduction)").select_option("normal-hip-abduction"))
    assert "common peroneal nerve" in page.locator("#result-heading").inner_text()
    assert "finding=normal-hip-abduction" in page.url and "finding=&" not in page.url
    assert "shade-nerve" in region_classes(page, "right-shin-outer")


def test_the_whole_examination_panel_can_be_filled_by_keyboard(page, live_server):
    page.goto(live_server + "/practitioner?region=right-calf")
    selects = page.locator(".examination select")
    count = selects.count()
    assert count == 16
    selects.first.focus()
    for index in range(count):
        focused = page.evaluate("document.activeElement.id")
        assert focused == selects.nth(index).get_attribute("id")
        with page.expect_response(lambda r: "/practitioner" in r.url):
            page.keyboard.press("ArrowDown")  # "Not done" -> "Normal"
        page.wait_for_load_state("networkidle")
        page.keyboard.press("Tab")
    page.wait_for_function("() => document.querySelectorAll('.examination select option:checked[value=\"\"]').length === 0")
    assert page.url.count("finding=") == 16


def test_the_compare_url_shades_both_areas_and_marks_their_overlap(page, live_server, output_dir):
    page.goto(live_server + "/practitioner?compare=L5&compare=common-peroneal&numb=right-foot-top")
    assert "shade-overlap" in region_classes(page, "right-foot-top")
    assert "shade-first" in region_classes(page, "right-thigh-back-outer")
    legend = page.locator(".figure-legend").inner_text()
    assert "Where the two overlap" in legend and "First of the two compared" in legend
    comparison = page.locator(".comparison").inner_text()
    assert "hip abduction" in comparison and "Jeon" in comparison
    page.screenshot(path=str(output_dir / "compare-desktop.png"), full_page=True)


def test_an_emergency_sits_above_everything_and_an_urgent_flag_below_it(phone_page, live_server, output_dir):
    phone_page.goto(live_server + "/?region=right-calf&finding=bladder-bowel&finding=fever")
    groups = phone_page.locator(".red-flag-group")
    assert groups.count() == 2
    emergency, urgent = groups.nth(0), groups.nth(1)
    assert emergency.get_attribute("role") == "alert"
    assert "Go to an emergency department now" in emergency.inner_text()
    assert "See a doctor today" in urgent.inner_text()
    tops = phone_page.evaluate("""() => [...document.querySelectorAll('.red-flag-group, .body-diagram, .result')]
        .map(e => e.getBoundingClientRect().top)""")
    assert tops[0] < tops[1] < min(tops[2:])
    phone_page.screenshot(path=str(output_dir / "urgency-phone.png"), full_page=True)


@pytest.fixture
def page_without_script(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_self_checks_and_the_examination_work_without_javascript(page_without_script, live_server):
    page = page_without_script
    page.goto(live_server + "/?numb=right-foot-top&region=right-buttock")
    page.get_by_label("Walking ten steps on your heels").select_option("weak-ankle-dorsiflexion")
    page.get_by_role("button", name="Show the result").click()
    page.wait_for_load_state()
    assert "finding=weak-ankle-dorsiflexion" in page.url
    assert "pulling the foot up" in page.locator(".result").inner_text().lower()
    page.goto(live_server + "/practitioner?numb=right-foot-top&region=right-buttock&finding=foot-drop")
    page.get_by_label("Moving the leg out to the side (hip abduction)").select_option("normal-hip-abduction")
    page.get_by_role("button", name="Show the result").click()
    page.wait_for_load_state()
    assert "common peroneal nerve" in page.locator("#result-heading").inner_text()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_screenshots_of_each_territory(browser, live_server, output_dir, lang, size):
    from .conftest import DESKTOP, PHONE
    context = browser.new_context(viewport=PHONE if size == "phone" else DESKTOP)
    page = context.new_page()
    for name, query in (("root", "numb=right-foot-top&numb=right-big-toe"), ("nerve", "numb=right-thigh-outer"),
                        ("hip", "region=right-groin&region=right-thigh-front"),
                        ("piriformis", "region=right-buttock&region=right-thigh-back&finding=buttock-tenderness")):
        page.goto(f"{live_server}/?{query}&lang={lang}")
        shaded = page.locator(".body-diagram .region[class*='shade-']").count()
        assert shaded > 0, name
        page.locator(".map-live").screenshot(path=str(output_dir / f"territory-{name}-{size}-{lang}.png"))
    context.close()
