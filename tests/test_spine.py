"""The spine side view: what it draws, which root each disc's herniation lands on, and
how it looks in Debian's Chromium."""

import gzip
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from webapp.figures import spine
from webapp.figures.built_once import BuiltOnce
from webapp.figures.spine import SpineState, spine_caption, spine_diagram
from webapp.knowledge.dermatomes import ROOTS, SEED_DISCS, root_pressed_by

from .checkers import nu_errors

SVG = "{http://www.w3.org/2000/svg}"
CSS = Path(__file__).resolve().parent.parent / "static" / "css" / "spine.css"

# The project article's three levels: the root a usual (posterolateral) herniation
# presses, and the root a far-lateral one presses.
LEVELS = [("L3-4", "L4", "L3"), ("L4-5", "L5", "L4"), ("L5-S1", "S1", "L5")]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def by_data(tree: ET.Element, name: str) -> dict[str, ET.Element]:
    return {element.get(name): element for element in tree.iter() if element.get(name)}


def test_the_three_discs_and_four_roots_are_drawn():
    tree = parse(spine_diagram())
    assert tree.tag == f"{SVG}svg"
    assert set(by_data(tree, "data-disc")) == set(SEED_DISCS) == {"L3-4", "L4-5", "L5-S1"}
    assert set(by_data(tree, "data-root")) == {"L3", "L4", "L5", "S1"}
    for root in by_data(tree, "data-root").values():
        assert root.find(f"{SVG}path") is not None


def test_the_labels_name_the_bones_the_discs_and_the_sides():
    words = {text.text for text in parse(spine_diagram()).iter(f"{SVG}text")}
    assert {"L3", "L4", "L5", "S1", "Sacrum", "L3-4", "L4-5", "L5-S1", "Front", "Back"} <= words


@pytest.mark.parametrize("state", [SpineState(), SpineState("L4-5"), SpineState(root="S1")])
def test_markup_is_clean_and_small(state):
    svg = spine_diagram(state)
    assert svg.startswith("<svg ") and "<?xml" not in svg
    assert "xmlns:ev" not in svg and "style=" not in svg and "<style" not in svg
    assert "@@" not in svg
    tree = parse(svg)
    assert not [element for element in tree.iter() if element.get("style") is not None]
    assert tree.get("role") == "img" and tree.get("aria-label").startswith("Side view of the lower spine")
    assert len(gzip.compress(svg.encode())) < 6000


def test_nothing_is_pressed_until_a_disc_is_chosen():
    svg = spine_diagram()
    tree = parse(svg)
    assert all(classes(disc) == {"spine-disc"} for disc in by_data(tree, "data-disc").values())
    assert all(classes(root) == {"spine-root"} for root in by_data(tree, "data-root").values())
    assert "herniation" not in svg


@pytest.mark.parametrize("disc, pressed, far_lateral", LEVELS)
def test_each_disc_presses_the_right_roots(disc, pressed, far_lateral):
    # The table above is the article's; the knowledge base must agree with it.
    assert root_pressed_by(disc).name == pressed
    assert root_pressed_by(disc, far_lateral=True).name == far_lateral
    svg = spine_diagram(SpineState(disc=disc))
    tree = parse(svg)
    discs, roots = by_data(tree, "data-disc"), by_data(tree, "data-root")
    assert {name for name, element in discs.items() if "is-chosen" in classes(element)} == {disc}
    assert {name for name, element in roots.items() if "is-pressed" in classes(element)} == {pressed}
    assert {name for name, element in roots.items() if "is-far-lateral" in classes(element)} == {far_lateral}
    assert not any("is-chosen" in classes(element) for element in roots.values())
    assert len([e for e in tree.iter() if "herniation" in classes(e)]) == 1
    assert len([e for e in tree.iter() if "herniation-far-lateral" in classes(e)]) == 1
    assert tree.get("aria-label") == f"Side view of the lower spine: the {disc} disc presses the {pressed} root"


@pytest.mark.parametrize("disc, pressed, far_lateral", LEVELS)
def test_the_caption_names_both_roots(disc, pressed, far_lateral):
    caption = spine_caption(SpineState(disc=disc))
    assert f"{disc} disc" in caption
    assert f"presses the {pressed} root, which runs down past it" in caption
    assert f"far-lateral herniation, out to the side, presses the {far_lateral} root" in caption


@pytest.mark.parametrize("root", ["L3", "L4", "L5", "S1"])
def test_a_root_chosen_alone(root):
    tree = parse(spine_diagram(SpineState(root=root)))
    roots = by_data(tree, "data-root")
    assert {name for name, element in roots.items() if "is-chosen" in classes(element)} == {root}
    assert not any(classes(element) & {"is-pressed", "is-far-lateral"} for element in roots.values())
    assert not any("is-chosen" in classes(element) for element in by_data(tree, "data-disc").values())
    caption = spine_caption(SpineState(root=root))
    assert f"The {root} root runs down past the {ROOTS[root].disc} disc" in caption
    if ROOTS[root].far_lateral_disc:
        assert f"beside the {ROOTS[root].far_lateral_disc} disc" in caption


def test_a_disc_and_a_root_together():
    roots = by_data(parse(spine_diagram(SpineState("L4-5", "L5"))), "data-root")
    assert classes(roots["L5"]) == {"spine-root", "is-pressed", "is-chosen"}


@pytest.mark.parametrize("state", [dict(disc="L2-3"), dict(disc="l4-5"), dict(root="L2"), dict(root="S3")])
def test_unknown_discs_and_roots_are_refused(state):
    with pytest.raises(ValueError):
        SpineState(**state)


@pytest.mark.parametrize("disc, pressed, far_lateral", LEVELS)
def test_the_roots_run_where_the_knowledge_base_says(disc, pressed, far_lateral):
    """The pressed root passes behind the disc; the far-lateral one leaves beside it."""
    frame = spine.DISCS[disc]
    behind = frame.at((spine.TRAVERSE_X, 0))
    assert behind in spine._root_course(pressed)
    # The far-lateral root leaves the canal forwards at this disc: it crosses the disc's
    # back edge at the disc's height, and ends in front of it, lower down.
    course = spine._root_course(far_lateral)
    in_disc_frame = [_local(frame, point) for point in course]
    crossing = [(x, y) for x, y in in_disc_frame if abs(y) < 20 and x < 48]
    assert crossing, f"the {far_lateral} root does not cross the {disc} disc"
    assert in_disc_frame[-1][0] < 48 and in_disc_frame[-1][1] > 0


def _local(frame, point):
    a = math.radians(frame.angle)
    dx, dy = point[0] - frame.x, point[1] - frame.y
    return (dx * math.cos(a) + dy * math.sin(a), -dx * math.sin(a) + dy * math.cos(a))


def test_built_once_per_language_and_translated(monkeypatch):
    builds = []
    real_build = spine._build
    monkeypatch.setattr(spine, "_TEMPLATES", BuiltOnce(spine._template_from))
    monkeypatch.setattr(spine, "_build", lambda translate: builds.append(1) or real_build(translate))

    def bracket(message: str) -> str:
        return f"[{message}]"

    english = spine_diagram(SpineState("L4-5"))
    spine_diagram(SpineState("L5-S1"))
    spine_diagram(SpineState(root="L3"))
    assert len(builds) == 1
    other = spine_diagram(SpineState("L4-5"), bracket, "xx")
    spine_diagram(SpineState(), bracket, "xx")
    assert len(builds) == 2
    assert ">[Front]<" in other and ">[Sacrum]<" in other and ">Front<" in english
    assert parse(other).get("aria-label") == "[Side view of the lower spine: the L4-5 disc presses the L5 root]"
    assert spine_caption(SpineState("L4-5"), bracket).startswith("[A usual herniation of the L4-5 disc")


def test_the_label_is_escaped(monkeypatch):
    monkeypatch.setattr(spine, "_TEMPLATES", BuiltOnce(spine._template_from))
    svg = spine_diagram(SpineState("L4-5"), lambda m: m.replace("Side view", 'Side "view" <&>'), "quoted")
    assert parse(svg).get("aria-label").startswith('Side "view" <&>')


def page_with(states: list[SpineState]) -> str:
    figures = "\n".join(f"<figure>{spine_diagram(state)}<figcaption>{spine_caption(state)}</figcaption></figure>"
                        for state in states)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Spine</title></head>'
            f"<body><main>{figures}</main></body></html>")


def test_the_nu_checker_finds_no_error():
    states = [SpineState(), SpineState(root="L5"), *(SpineState(disc) for disc in SEED_DISCS)]
    assert nu_errors(page_with(states)) == []


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_per_disc(browser, output_dir, scheme):
    context = browser.new_context(viewport={"width": 640, "height": 760}, color_scheme=scheme,
                                  device_scale_factor=2)
    page = context.new_page()
    try:
        for disc, pressed, far_lateral in LEVELS:
            page.set_content(page_with([SpineState(disc)]))
            page.add_style_tag(path=str(CSS))
            if scheme == "dark":
                page.evaluate("document.documentElement.classList.add('theme-dark')")
            figure = page.locator("svg.spine-diagram")
            box = figure.bounding_box()
            assert box and box["width"] > 300 and box["height"] > 300
            core = "svg [data-root='%s'] .spine-root-core"
            stroke = page.eval_on_selector(core % pressed, "e => getComputedStyle(e).stroke")
            untouched = next(r for r in ("L3", "L4", "L5", "S1") if r not in (pressed, far_lateral))
            plain = page.eval_on_selector(core % untouched, "e => getComputedStyle(e).stroke")
            dashes = page.eval_on_selector(core % far_lateral, "e => getComputedStyle(e).strokeDasharray")
            assert stroke != plain and dashes not in ("", "none")
            bulge = page.locator("svg .herniation").bounding_box()
            assert bulge and bulge["width"] > 10
            suffix = "" if scheme == "light" else "-dark"
            figure.screenshot(path=str(output_dir / f"spine-{disc}{suffix}.png"))
        page.set_content(page_with([SpineState()]))
        page.add_style_tag(path=str(CSS))
        if scheme == "dark":
            page.evaluate("document.documentElement.classList.add('theme-dark')")
        page.locator("svg.spine-diagram").screenshot(
            path=str(output_dir / f"spine{'' if scheme == 'light' else '-dark'}.png"))
    finally:
        context.close()
