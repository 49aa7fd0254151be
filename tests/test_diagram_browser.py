"""The body figure in Chromium: it draws, scales to a phone, its toes can be tapped,
its patterns and focus ring show. Screenshots go to tests/output/ for a human to look at."""

from pathlib import Path

import pytest

from webapp.figures.body import DiagramState, body_diagram
from webapp.knowledge.regions import REGIONS

pytestmark = pytest.mark.browser

CSS = Path(__file__).resolve().parent.parent / "static" / "css" / "figure.css"
TOES = ("big-toe", "toes", "little-toe")
MIN_TOE_PX = 16

SAMPLE = DiagramState(
    pain=frozenset({"right-big-toe", "right-foot-top", "right-calf", "right-thigh-back-outer"}),
    numb=frozenset({"right-little-toe", "left-heel"}),
    shaded={"right-shin-outer": "core", "right-foot-top": "core", "right-big-toe": "core",
            "right-toes": "core", "right-calf-outer": "border", "right-ankle-outer": "border",
            "right-thigh-back-outer": "border", "right-foot-inner": "border",
            "right-calf": "disputed"},
    key_points=frozenset({"right-foot-top"}),
)


def show(page, state: DiagramState = DiagramState()) -> None:
    # The stylesheet is in place before the figure is, so no transition is caught
    # half way in a screenshot.
    page.set_content(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Figure</title><style>body{{margin:0}}</style><style>{CSS.read_text()}</style>"
        f"</head><body><main>{body_diagram(state)}</main></body></html>")


def boxes(page, selector: str) -> dict:
    return page.evaluate(
        """selector => Object.fromEntries([...document.querySelectorAll(selector)].map(e => {
               const b = e.getBoundingClientRect();
               return [e.dataset.region, {x: b.x, y: b.y, width: b.width, height: b.height}];
           }))""", selector)


def test_screenshots_desktop_phone_and_feet(browser, page, phone_page, output_dir):
    show(page, SAMPLE)
    page.screenshot(path=output_dir / "diagram-desktop.png", full_page=True, animations="disabled")
    show(phone_page, SAMPLE)
    phone_page.screenshot(path=output_dir / "diagram-phone.png", full_page=True, animations="disabled")
    show(page)
    page.screenshot(path=output_dir / "diagram-plain.png", full_page=True, animations="disabled")
    zoomed = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=3)
    try:
        feet = zoomed.new_page()
        show(feet, SAMPLE)
        figure = feet.locator("svg.body-diagram").bounding_box()
        scale = figure["width"] / 368
        feet.screenshot(path=output_dir / "diagram-feet.png", full_page=True, animations="disabled",
                        clip={"x": figure["x"], "y": figure["y"] + 585 * scale,
                              "width": figure["width"], "height": 155 * scale})
    finally:
        zoomed.close()
    for name in ("diagram-desktop", "diagram-feet", "diagram-phone", "diagram-plain"):
        assert (output_dir / f"{name}.png").stat().st_size > 10_000


def test_figure_fills_the_phone_width(phone_page):
    show(phone_page)
    figure = phone_page.locator("svg.body-diagram").bounding_box()
    assert figure["width"] == pytest.approx(390, abs=1)
    assert figure["height"] > figure["width"]


def test_every_region_has_a_box(page):
    show(page)
    found = page.evaluate("""() => [...document.querySelectorAll('[data-region]')].map(e => {
        const b = e.getBoundingClientRect();
        return [e.dataset.region, b.width, b.height];
    })""")
    assert {region for region, _, _ in found} == set(REGIONS)
    for region, width, height in found:
        assert width > 3 and height > 3, region


def test_toes_are_big_enough_to_tap_on_a_phone(phone_page):
    show(phone_page)
    toes = boxes(phone_page, "[role=button][data-region$='toe'], [role=button][data-region$='toes']")
    assert len(toes) == 6
    for region, box in toes.items():
        assert min(box["width"], box["height"]) >= MIN_TOE_PX, (region, box)


def test_tapping_the_right_little_toe_hits_it(phone_page):
    show(phone_page)
    phone_page.evaluate("""() => document.addEventListener('click',
        e => { window.tapped = e.target.dataset.region; })""")
    for side in ("right", "left"):
        for area in TOES:
            region = f"{side}-{area}"
            box = boxes(phone_page, f"[role=button][data-region='{region}']")[region]
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            hit = phone_page.evaluate("([x, y]) => document.elementFromPoint(x, y)?.dataset.region",
                                      [x, y])
            assert hit == region, (region, hit)
    box = boxes(phone_page, "[role=button][data-region='right-little-toe']")["right-little-toe"]
    phone_page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert phone_page.evaluate("window.tapped") == "right-little-toe"


def test_states_are_painted_with_the_patterns(page):
    state = DiagramState(pain=frozenset({"right-thigh-front"}), numb=frozenset({"left-thigh-front"}),
                         shaded={"right-thigh-back": "border"})
    show(page, state)
    fills = page.evaluate("""() => Object.fromEntries(
        ['right-thigh-front', 'left-thigh-front', 'right-thigh-back', 'right-calf'].map(r =>
            [r, getComputedStyle(document.querySelector(`[role=button][data-region='${r}']`)).fill]))""")
    assert "fig-skin-pain" in fills["right-thigh-front"]
    assert "fig-skin-numb" in fills["left-thigh-front"]
    assert "fig-border" in fills["right-thigh-back"]
    assert fills["right-calf"].startswith("rgb")
    # The pattern is really drawn: the stripes of the pain colour show inside the region.
    box = boxes(page, "[role=button][data-region='right-thigh-front']")["right-thigh-front"]
    centre = {"x": box["x"] + box["width"] / 2 - 10, "y": box["y"] + box["height"] / 2 - 10}
    png = page.screenshot(clip={**centre, "width": 20, "height": 20}, full_page=True, animations="disabled")
    assert count_reddish_pixels(png) > 20  # the stripes, not the skin


def count_reddish_pixels(png: bytes) -> int:
    """Pixels near the pain mark's dark red (#5c0a0a) in a PNG, decoded without extra libraries."""
    import struct
    import zlib

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, width, height, data = 8, 0, 0, b""
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position:position + 8])
        chunk = png[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += chunk
        position += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    offset = 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 255
        rows.append(line)
        previous = line
    return sum(1 for line in rows for i in range(0, stride, channels)
               if 60 < line[i] < 130 and line[i + 1] < 40 and line[i + 2] < 40)


def test_keyboard_focus_lands_on_the_region_holding_the_tab_stop_and_shows(page):
    show(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement === document.body")  # no tab stop without the script
    page.evaluate("document.querySelector('[role=button]').tabIndex = 0")  # as the script does
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => {
        const e = document.activeElement;
        const style = getComputedStyle(e);
        return {region: e.dataset.region, role: e.getAttribute('role'),
                outline: style.outlineStyle, stroke: style.stroke,
                focusVisible: e.matches(':focus-visible')};
    }""")
    assert focused["role"] == "button" and focused["region"] in REGIONS
    assert focused["focusVisible"]
    assert focused["outline"] == "solid"
    assert focused["stroke"] == "rgb(11, 87, 208)"  # --figure-focus


def test_upper_body_is_not_clickable(page):
    show(page)
    head = page.evaluate("""() => {
        const svg = document.querySelector('svg');
        const box = svg.getBoundingClientRect();
        const scale = box.width / 368;
        const hit = document.elementFromPoint(box.x + 92 * scale, box.y + 60 * scale);
        return hit && (hit.dataset.region || hit.tagName);
    }""")
    assert head not in REGIONS


AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


@pytest.mark.skipif(not AXE.exists(), reason="axe-core not installed")
def test_axe_finds_no_violation_in_the_figure(page):
    show(page, SAMPLE)
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "axe.run(document.querySelector('svg')).then(r => r.violations.map(v => v.id + ': ' + v.help))")
    assert violations == []
