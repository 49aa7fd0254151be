"""The body figure as markup: every contract region drawn, tiled without overlap,
labelled, stateful, small, valid, and free of inline styles."""

import gzip
import math
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from svg.path import Move, parse_path

from webapp.figures.body import DiagramState, body_diagram, diagram_svg_document
from webapp.knowledge.dermatomes import roots_supplying
from webapp.knowledge.regions import REGIONS

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SVG = "{http://www.w3.org/2000/svg}"

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in SVG
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


@dataclass
class Shape:
    element: ET.Element
    view: str | None
    polygon: list[Point]

    @property
    def region(self) -> str:
        return self.element.get("data-region")

    @property
    def is_control(self) -> bool:
        return self.element.get("role") == "button"


def multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def parse_transform(text: str | None) -> Matrix:
    matrix = IDENTITY
    for name, args in re.findall(r"(\w+)\(([^)]*)\)", text or ""):
        values = [float(v) for v in re.split(r"[\s,]+", args.strip())]
        if name == "translate":
            step = (1, 0, 0, 1, values[0], values[1] if len(values) > 1 else 0)
        elif name == "scale":
            step = (values[0], 0, 0, values[1] if len(values) > 1 else values[0], 0, 0)
        else:
            raise AssertionError(f"unexpected transform {name}")
        matrix = multiply(matrix, step)
    return matrix


def apply(m: Matrix, p: Point) -> Point:
    a, b, c, d, e, f = m
    return (a * p[0] + c * p[1] + e, b * p[0] + d * p[1] + f)


def flatten(d: str, steps: int = 10) -> list[Point]:
    """The polygon of a path, its curves sampled (svg.path reads the path data)."""
    path = parse_path(d)
    points: list[Point] = [(path.point(0).real, path.point(0).imag)]
    for segment in path:
        if isinstance(segment, Move):
            continue
        points += [(p.real, p.imag) for p in (segment.point(s / steps) for s in range(1, steps + 1))]
    return points


def area(polygon: list[Point]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1]))) / 2


def inside_intervals(polygon: list[Point], y: float) -> list[tuple[float, float]]:
    """The spans of a horizontal line y that lie inside the polygon (even-odd)."""
    xs = sorted(x0 + (y - y0) * (x1 - x0) / (y1 - y0)
                for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1])
                if (y0 <= y) != (y1 <= y))
    return list(zip(xs[::2], xs[1::2]))


def shapes(svg: str) -> list[Shape]:
    found: list[Shape] = []

    def walk(element: ET.Element, matrix: Matrix, view: str | None) -> None:
        matrix = multiply(matrix, parse_transform(element.get("transform")))
        classes = (element.get("class") or "").split()
        view = next((c.removeprefix("figure-") for c in classes if c in ("figure-front", "figure-back")), view)
        if element.tag == SVG + "path" and element.get("data-region"):
            found.append(Shape(element, view, [apply(matrix, p) for p in flatten(element.get("d"))]))
        for child in element:
            walk(child, matrix, view)

    walk(ET.fromstring(svg), IDENTITY, None)
    return found


@pytest.fixture(scope="module")
def svg() -> str:
    return body_diagram()


@pytest.fixture(scope="module")
def root(svg) -> ET.Element:
    return ET.fromstring(svg)


@pytest.fixture(scope="module")
def drawn(svg) -> list[Shape]:
    return shapes(svg)


def controls(drawn: list[Shape]) -> dict[str, Shape]:
    return {shape.region: shape for shape in drawn if shape.is_control}


def test_every_contract_region_is_one_control(drawn):
    ids = [shape.region for shape in drawn if shape.is_control]
    assert sorted(ids) == sorted(REGIONS)
    assert len(ids) == len(set(ids)) == 51


def test_only_contract_ids_are_drawn(drawn):
    assert {shape.region for shape in drawn} <= set(REGIONS)


def test_each_region_is_a_control_on_its_contract_view(drawn):
    for region_id, shape in controls(drawn).items():
        assert shape.view == REGIONS[region_id].view, region_id


def test_second_appearances_are_on_the_other_view_and_hidden_from_assistive_tech(drawn):
    echoes = [shape for shape in drawn if not shape.is_control]
    assert echoes, "the inner calf at least is seen from behind"
    for shape in echoes:
        assert shape.view != REGIONS[shape.region].view
        assert shape.element.get("aria-hidden") == "true"
        assert shape.element.get("tabindex") is None
        assert "region-echo" in shape.element.get("class").split()


def test_regions_are_closed_paths_with_real_area(drawn):
    for shape in drawn:
        assert shape.element.get("d").endswith(("Z", "z")), shape.region
        assert area(shape.polygon) > 25, shape.region


def test_the_regions_of_a_view_do_not_overlap(drawn):
    for view in ("front", "back"):
        in_view = [shape for shape in drawn if shape.view == view]
        boxes = [(min(y for _, y in s.polygon), max(y for _, y in s.polygon)) for s in in_view]
        top = math.floor(min(b[0] for b in boxes))
        bottom = math.ceil(max(b[1] for b in boxes))
        for row in range((bottom - top) * 4):
            y = top + row / 4 + 0.123  # off the grid of rounded coordinates
            spans = [(span, shape.region) for shape, (lo, hi) in zip(in_view, boxes) if lo <= y <= hi
                     for span in inside_intervals(shape.polygon, y)]
            spans.sort()
            for (a, region_a), (b, region_b) in zip(spans, spans[1:]):
                overlap = a[1] - b[0]
                assert overlap < 0.01, f"{region_a} overlaps {region_b} at y={y:.2f} by {overlap:.2f}"


def test_neighbouring_regions_share_their_borders(drawn):
    """Seen from inside the leg, each region border is drawn twice: once by each
    neighbour, along the very same curve. A gap would leave a border drawn once."""
    border_count: dict[tuple[Point, Point], int] = {}
    for shape in drawn:
        if shape.view != "front" or not shape.region.startswith("right-"):
            continue
        points = [(round(x, 3), round(y, 3)) for x, y in shape.polygon]
        for a, b in zip(points, points[1:] + points[:1]):
            if a != b:
                key = (a, b) if a < b else (b, a)
                border_count[key] = border_count.get(key, 0) + 1
    twice = sum(1 for count in border_count.values() if count == 2)
    assert max(border_count.values()) <= 2
    # The knee, shin, ankle and foot splits are shared, not drawn side by side.
    assert twice > len(border_count) / 3


def test_laterality_front_right_is_on_the_viewers_left_back_right_on_the_right(drawn, root):
    centre = {"front": 92.0, "back": 276.0}
    for shape in drawn:
        side = REGIONS[shape.region].side
        if side is None:
            continue
        mean_x = sum(x for x, _ in shape.polygon) / len(shape.polygon)
        on_viewers_left = mean_x < centre[shape.view]
        assert on_viewers_left == ((side == "right") == (shape.view == "front")), shape.region
    views = {g.get("class").split()[1]: g for g in root.iter(SVG + "g")
             if "figure-view" in (g.get("class") or "")}
    for name, view in views.items():
        labels = {t.text: float(t.get("x")) for t in view.iter(SVG + "text")}
        assert (labels["Your right"] < 0) == (name == "figure-front")
        assert (labels["Your left"] < 0) == (name == "figure-back")
        assert name.removeprefix("figure-").capitalize() in labels


def test_key_point_markers_sit_inside_their_regions():
    state = DiagramState(key_points=frozenset(REGIONS))
    svg = body_diagram(state)
    by_region = controls(shapes(svg))
    markers: dict[str, Point] = {}

    def walk(element: ET.Element, matrix: Matrix) -> None:
        matrix = multiply(matrix, parse_transform(element.get("transform")))
        if element.tag == SVG + "circle" and element.get("data-key-point"):
            assert element.get("class") == "key-point is-key-point"
            point = (float(element.get("cx")), float(element.get("cy")))
            markers[element.get("data-key-point")] = apply(matrix, point)
        for child in element:
            walk(child, matrix)

    walk(ET.fromstring(svg), IDENTITY)
    assert markers.keys() == REGIONS.keys()
    for region_id, (x, y) in markers.items():
        spans = inside_intervals(by_region[region_id].polygon, y)
        assert any(left + 1 < x < right - 1 for left, right in spans), region_id


def test_regions_are_buttons_named_with_their_mark_and_no_tab_stop_without_the_script(drawn, root):
    regions = controls(drawn)
    for region_id, shape in regions.items():
        element = shape.element
        assert element.get("aria-label") == f"{REGIONS[region_id].label}: not marked"
        assert element.get("data-mark") == "none"
        assert element.get("class").split() == ["region"]
    # The script gives the figure its one tab stop; without it the list is the control.
    assert all(shape.element.get("tabindex") == "-1" for shape in drawn if shape.is_control)
    assert root.get("aria-hidden") == "true" and root.get("aria-describedby") == "figure-keys"


def test_every_tile_of_the_whole_figure_names_the_closeup_it_opens(drawn):
    from webapp.figures.closeups import CLOSEUP_IDS
    for shape in drawn:
        closeup = shape.element.get("data-closeup")
        assert closeup in CLOSEUP_IDS, shape.region
        side = REGIONS[shape.region].side or "right"
        assert closeup.startswith(side + "-"), shape.region
    assert controls(drawn)["right-heel"].element.get("data-closeup") == "right-foot"


def test_figure_is_a_named_group_not_an_image(root):
    assert root.get("role") == "group"
    assert root.get("aria-label") == "Body diagram: front and back"
    assert root.get("viewBox")
    assert root.get("width") is None and root.get("height") is None
    for inert in root.iter(SVG + "g"):
        if "figure-inert" in (inert.get("class") or ""):
            assert inert.get("aria-hidden") == "true"


def test_regions_carry_their_dermatome_roots(drawn):
    for shape in drawn:
        expected = roots_supplying(REGIONS[shape.region].area.id)
        found = dict(pair.split(":") for pair in shape.element.get("data-roots", "").split())
        assert found == expected, shape.region
    assert controls(drawn)["right-foot-top"].element.get("data-roots") == "L5:core"


def test_translated_labels(drawn):
    def shout(message: str) -> str:
        return f"«{message.upper()}»".replace("%(REGION)S", "%(region)s")

    svg = body_diagram(translate=shout, lang="x-shout")
    root = ET.fromstring(svg)
    assert root.get("aria-label") == "«BODY DIAGRAM: FRONT AND BACK»"
    for shape in shapes(svg):
        if shape.is_control:
            assert shape.element.get("aria-label") == f"«{shout(REGIONS[shape.region].label)}: NOT MARKED»"
    texts = {t.text for t in root.iter(SVG + "text")}
    assert {"«FRONT»", "«BACK»", "«YOUR RIGHT»", "«YOUR LEFT»"} <= texts
    assert body_diagram(lang="en") != svg  # one drawing per language


def test_state_is_rendered_on_the_regions():
    state = DiagramState(
        pain=frozenset({"right-big-toe", "right-calf"}),
        numb=frozenset({"left-heel"}),
        shaded={"right-calf": "border", "right-foot-top": "core", "left-thigh-back": "disputed"},
        key_points=frozenset({"right-foot-top"}),
    )
    svg = body_diagram(state)
    root = ET.fromstring(svg)
    by_region = controls(shapes(svg))

    def classes(region_id: str) -> set[str]:
        return set(by_region[region_id].element.get("class").split())

    assert classes("right-big-toe") == {"region", "is-pain"}
    assert classes("right-calf") == {"region", "is-pain", "shade-border"}
    assert classes("left-heel") == {"region", "is-numb"}
    assert classes("right-foot-top") == {"region", "shade-core", "is-key-point"}
    assert classes("left-thigh-back") == {"region", "shade-disputed"}
    marks = {r: s.element.get("data-mark") for r, s in by_region.items() if s.element.get("data-mark") != "none"}
    assert marks == {"right-big-toe": "pain", "right-calf": "pain", "left-heel": "numb"}
    assert by_region["left-heel"].element.get("aria-label") == "Left heel: numb"
    assert by_region["right-calf"].element.get("aria-label") == "Back of right calf: pain"
    # The big toe's second appearance, on the sole, shows the same state.
    echo = [s for s in shapes(svg) if s.region == "right-big-toe" and not s.is_control]
    assert echo and set(echo[0].element.get("class").split()) == {"region", "region-echo", "is-pain"}
    markers = [c for c in root.iter(SVG + "circle") if "is-key-point" in (c.get("class") or "")]
    assert len(markers) == 1
    assert "@@" not in svg


def test_default_state_marks_nothing():
    svg = body_diagram()
    assert "is-pain" not in svg and "is-numb" not in svg and "shade-" not in svg
    assert 'data-mark="pain"' not in svg and 'data-mark="numb"' not in svg
    assert "is-key-point" not in svg


def test_one_mark_per_region_numbness_over_pain():
    svg = body_diagram(DiagramState(pain={"right-heel"}, numb={"right-heel"}))
    heel = controls(shapes(svg))["right-heel"].element
    assert heel.get("data-mark") == "numb" and heel.get("class").split() == ["region", "is-numb"]


def test_state_is_hashable_and_convenient():
    a = DiagramState(pain={"right-calf"}, shaded={"right-calf": "core"})
    b = DiagramState(pain=frozenset({"right-calf"}), shaded={"right-calf": "core"})
    assert a == b and hash(a) == hash(b)
    assert isinstance(a.pain, frozenset)
    with pytest.raises(TypeError):
        a.shaded["left-calf"] = "core"  # the state cannot change under the cache


def test_state_rejects_unknown_regions_and_extents():
    with pytest.raises(ValueError, match="right-elbow"):
        DiagramState(pain=frozenset({"right-elbow"}))
    with pytest.raises(ValueError, match="somewhere"):
        DiagramState(shaded={"right-calf": "somewhere"})


def test_no_inline_styles(svg, root):
    assert "style=" not in svg
    assert not list(root.iter(SVG + "style"))
    assert all("style" not in element.attrib for element in root.iter())


def test_coordinates_are_rounded_to_one_decimal(svg):
    for d in re.findall(r' d="([^"]+)"', svg):
        assert not re.search(r"\d\.\d\d", d), d[:80]


def test_fits_the_size_budget(svg):
    state = DiagramState(pain=frozenset(REGIONS), shaded={r: "border" for r in REGIONS})
    for markup in (svg, body_diagram(state)):
        assert len(gzip.compress(markup.encode())) <= 15 * 1024


def test_rendering_a_state_does_not_rebuild_the_drawing():
    body_diagram()  # built
    state = DiagramState(pain=frozenset({"right-calf"}), numb=frozenset({"saddle"}))
    start = time.perf_counter()
    for _ in range(200):
        body_diagram(state)
    assert (time.perf_counter() - start) / 200 < 0.005  # a build takes far longer


def test_standalone_document_is_xml_with_its_own_stylesheet():
    state = DiagramState(pain=frozenset({"right-calf"}))
    document = diagram_svg_document(state, lang="en", stylesheet=".a > .b { fill: red }")
    assert document.startswith("<?xml")
    assert "<style>.a &gt; .b { fill: red }</style>" in document
    root = ET.fromstring(document.encode())
    assert root.find(SVG + "style").text == ".a > .b { fill: red }"
    assert 'data-mark="pain"' in document and root.get("aria-hidden") is None
    assert root.tag == SVG + "svg"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert sorted(s.region for s in shapes(ET.tostring(root, encoding="unicode")) if s.is_control) == sorted(REGIONS)


@pytest.mark.skipif(not shutil.which("java") or not VNU.exists(), reason="java or vnu.jar missing")
def test_nu_checker_finds_no_error_in_a_page_embedding_the_figure(tmp_path):
    state = DiagramState(pain=frozenset({"right-big-toe"}), numb=frozenset({"saddle"}),
                         shaded={"right-calf": "core"}, key_points=frozenset({"right-heel"}))
    page = tmp_path / "figure.html"
    page.write_text("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    "<title>Figure</title></head><body><main>" + body_diagram(state)
                    + "</main></body></html>", encoding="utf-8")
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--also-check-svg", str(page)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout


def test_a_changed_translation_is_never_served_from_the_built_figure():
    from webapp.figures.body import body_diagram

    first = body_diagram(translate=lambda message: message, lang="xx")
    changed = body_diagram(translate=lambda message: "Otro" if message == "Front" else message, lang="xx")
    assert ">Front<" in first and ">Otro<" in changed and ">Front<" not in changed
