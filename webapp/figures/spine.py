"""The spine side view: L3 to the top of the sacrum, its discs, foramina and nerve roots.

A sagittal view with the patient facing the viewer's left: the front of the body is on
the left, the back on the right. It is drawn once per language with svgwrite and kept as
a template; a state (a chosen disc or root) only fills class slots and the herniation.

Geometry is data. Each bone is written in its own frame (x forwards to backwards,
y downwards, the body's centre at 0 0, 96 wide and 62 high) and the frames are stacked
with the lordosis; outlines are smooth Catmull-Rom chains through the listed points,
written as cubic Béziers. The course of every root is read from the knowledge base: it
runs down behind the disc whose usual herniation presses it (``Root.disc``) and leaves
under its own pedicle, through the foramen of the disc whose far-lateral herniation
presses it (``Root.far_lateral_disc``).
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import svgwrite

from ..knowledge.dermatomes import ROOTS, SEED_DISCS, root_pressed_by
from ..text import N_, Translate, untranslated
from .built_once import BuiltOnce
from .geometry import Point, catmull_rom, closed_catmull_rom
from .slots import SlotTemplate, element_slot, slot

WIDTH, HEIGHT = 350, 400
HALF_HEIGHT = 31  # half a vertebral body's height; its half width is 48

# Each bone's tilt (degrees, clockwise on screen) and where L3's centre sits. The
# lumbar curve (lordosis) turns the discs into wedges, the L5-S1 disc most.
VERTEBRAE = ("L3", "L4", "L5", "S1")
TILT = {"L3": 6.0, "L4": -3.0, "L5": -13.0, "S1": -30.0}
L3_CENTRE: Point = (150.0, 70.0)
DISC_HEIGHT = {"L3-4": 16.0, "L4-5": 17.0, "L5-S1": 15.0}
DRAWN_ROOTS = ("L3", "L4", "L5", "S1")


@dataclass(frozen=True)
class Frame:
    x: float
    y: float
    angle: float

    def at(self, point: Point) -> Point:
        a = math.radians(self.angle)
        px, py = point
        return (self.x + px * math.cos(a) - py * math.sin(a),
                self.y + px * math.sin(a) + py * math.cos(a))

    def all(self, points: Sequence[Point]) -> list[Point]:
        return [self.at(point) for point in points]

    def at_height(self, x: float, height: float) -> Point:
        """The point of this frame's vertical line x that lies at the given height."""
        a = math.radians(self.angle)
        return self.at((x, (height - self.y - x * math.sin(a)) / math.cos(a)))


def _stack() -> tuple[dict[str, Frame], dict[str, Frame]]:
    """The frame of each bone, and of each disc (its centre, at the mean tilt)."""
    bones = {"L3": Frame(*L3_CENTRE, TILT["L3"])}
    discs = {}
    for upper, lower, disc in zip(VERTEBRAE, VERTEBRAE[1:], SEED_DISCS):
        above = bones[upper]
        mean = (TILT[upper] + TILT[lower]) / 2
        bottom = above.at((0, HALF_HEIGHT))
        half = Frame(*bottom, mean).at((0, DISC_HEIGHT[disc] / 2))
        discs[disc] = Frame(*half, mean)
        top = Frame(*half, mean).at((0, DISC_HEIGHT[disc] / 2))
        bones[lower] = Frame(*Frame(*top, TILT[lower]).at((0, HALF_HEIGHT)), TILT[lower])
    return bones, discs


BONES, DISCS = _stack()
DISC_BETWEEN = {disc: (upper, lower) for upper, lower, disc in zip(VERTEBRAE, VERTEBRAE[1:], SEED_DISCS)}

# --- the shapes, each in its own bone's frame ------------------------------------------

BODY: tuple[Point, ...] = (
    (-46, -31), (-20, -29.5), (20, -29.5), (44, -31), (48, -27), (46.5, 0), (48, 27),
    (44, 31), (20, 29.5), (-20, 29.5), (-46, 31), (-50, 27), (-46.5, 0), (-50, -27),
)
# Pedicle, superior articular process, lamina and spinous process, inferior articular
# process, and back along the notch that roofs the foramen below.
ARCH: tuple[Point, ...] = (
    (49, -27), (64, -28), (71, -33), (75, -46), (82, -54), (90, -51), (95, -40),
    (101, -28), (114, -24), (140, -20), (160, -17), (168, -12), (170, -1), (165, 9),
    (148, 11), (127, 13), (116, 19), (112, 32), (108, 47), (102, 55), (95, 52), (91, 39),
    (89, 22), (83, 7), (75, 0), (63, -1), (49, 1),
)
# The top of the sacrum: the S1 body and the fused bodies below it, cut off.
SACRUM: tuple[Point, ...] = (
    (-46, -31), (-20, -29.5), (20, -29.5), (44, -31), (48, -27), (47, 10), (45, 45),
    (43, 70), (30, 77), (16, 70), (2, 77), (-12, 70), (-26, 74), (-36, 48), (-43, 22),
    (-47, 0), (-50, -27),
)
SACRAL_ARCH: tuple[Point, ...] = (
    (49, -27), (64, -28), (71, -33), (75, -46), (82, -54), (90, -51), (95, -40),
    (104, -22), (113, 0), (108, 30), (98, 70), (82, 78), (66, 70), (46, 76), (45, 45),
    (47, 10),
)
SACRAL_RIDGE: tuple[Point, ...] = ((-40, 34), (0, 38), (44, 42))  # the fused S1-S2 disc
SACRAL_FORAMEN: tuple[Point, ...] = ((36, 20), (50, 24), (48, 38), (34, 36))

# The dural sac, in each bone's frame: its front edge hugs the backs of the bodies.
SAC_FRONT_X, SAC_BACK_X = 51, 92

# Where the roots lie in the sac before they leave it: the one that leaves first is in
# front. Behind a disc the traversing root lies just behind the disc's back.
LANE_X = {"L3": 60, "L4": 68, "L5": 76, "S1": 84}
TRAVERSE_X = 67


def _foramen(upper: str, lower: str) -> list[Point]:
    a, b = BONES[upper], BONES[lower]
    return [a.at((44, 0)), a.at((62, -3)), a.at((80, 2)), a.at((88, 20)), b.at((78, -44)),
            b.at((70, -30)), b.at((58, -26)), b.at((44, -24)), a.at((44, 30))]


def _root_course(name: str) -> list[Point]:
    """The root's centre line, from the top of the picture to where it leaves the spine."""
    root = ROOTS[name]
    own = BONES[name]
    lane = LANE_X[name]
    points = [BONES["L3"].at_height(lane, -8)]
    for bone in VERTEBRAE[:VERTEBRAE.index(name)]:
        frame = BONES[bone]
        points.append(frame.at((lane, -20)))
        if root.disc and root.disc.name in DISCS and DISC_BETWEEN[root.disc.name][0] == bone:
            points += [frame.at((lane - 2, 14)), DISCS[root.disc.name].at((TRAVERSE_X, 0))]
            break
        points.append(frame.at((lane, 20)))
    points.append(own.at((TRAVERSE_X - 3, -16)))
    if root.far_lateral_disc and root.far_lateral_disc.name in DISCS:
        # Under its own pedicle and out through the foramen, then down and forwards.
        below = BONES[DISC_BETWEEN[root.far_lateral_disc.name][1]]
        points += [own.at((58, 4)), own.at((46, 15)), DISCS[root.far_lateral_disc.name].at((28, 0)),
                   below.at((18, -12)), below.at((5, 14))]
    else:
        # The S1 root runs on down the sacral canal and leaves by the S1 foramen.
        points += [own.at((60, 12)), own.at((42, 30)), own.at((8, 48)), own.at((-42, 64))]
    return points


def _far_lateral_spot(disc: str) -> Point:
    """Where the root that leaves at this disc's foramen crosses the disc's back corner."""
    return DISCS[disc].at((36, -6))


HERNIATION: tuple[Point, ...] = ((46, -5), (57, -4), (66, 1), (69, 10), (62, 17), (53, 12), (46, 6))


# --- paths ------------------------------------------------------------------------------


def _number(value: float) -> str:
    # Whole units: at the sizes the figure is shown, half a unit is under a pixel, and the
    # markup stays small.
    return str(round(value) + 0)


def _xy(point: Point) -> str:
    return f"{_number(point[0])} {_number(point[1])}"


def _smooth(points: Sequence[Point], closed: bool) -> str:
    """A Catmull-Rom chain through the points, as cubic Béziers."""
    segments = closed_catmull_rom(points) if closed else catmull_rom(points, points[0], points[-1])
    return (f"M{_xy(points[0])}" + "".join(f"C{_xy(c1)} {_xy(c2)} {_xy(end)}" for c1, c2, end in segments)
            + ("Z" if closed else ""))


def _disc_outline(disc: str) -> list[Point]:
    upper, lower = (BONES[name] for name in DISC_BETWEEN[disc])
    frame = DISCS[disc]
    return [upper.at((-46, 29)), upper.at((0, 28)), upper.at((45, 29)), frame.at((50, 0)),
            lower.at((45, -29)), lower.at((0, -28)), lower.at((-46, -29)), frame.at((-52, 0))]


def _sac() -> list[Point]:
    front, back = [], []
    for name in VERTEBRAE[:-1]:
        frame = BONES[name]
        for y in (-31, 0, 31):
            front.append(frame.at((SAC_FRONT_X - (2 if y else 0), y)))
            back.append(frame.at((SAC_BACK_X, y)))
    sacrum = BONES["S1"]
    front += [sacrum.at((SAC_FRONT_X, -20)), sacrum.at((50, 30)), sacrum.at((52, 58))]
    back += [sacrum.at((SAC_BACK_X - 4, -20)), sacrum.at((84, 30)), sacrum.at((72, 58))]
    top = BONES["L3"]
    return [top.at_height(SAC_BACK_X, -8), top.at_height(SAC_FRONT_X, -8), *front, *reversed(back)]


# --- the SVG ----------------------------------------------------------------------------

def _build(translate: Translate) -> tuple[str, dict[str, str]]:
    dwg = svgwrite.Drawing(debug=False)  # the element factory; its root would add SVG 1.1 cruft
    root = dwg.svg(size=None, viewBox=f"0 0 {WIDTH} {HEIGHT}")
    root.attribs.update({"xmlns": "http://www.w3.org/2000/svg", "class": "spine-diagram",
                         "role": "img", "aria-label": slot("l")})
    root.elements.remove(root.defs)  # nothing to define

    root.add(dwg.path(d=_smooth(_sac(), True), class_="spine-sac"))
    foramina = dwg.g(class_="spine-foramina")
    for upper, lower in DISC_BETWEEN.values():
        foramina.add(dwg.path(d=_smooth(_foramen(upper, lower), True), class_="spine-foramen"))
    root.add(foramina)

    for disc in SEED_DISCS:
        group = dwg.g(class_=slot("d", disc))
        group.attribs["data-disc"] = disc
        group.add(dwg.path(d=_smooth(_disc_outline(disc), True), class_="spine-annulus"))
        frame = DISCS[disc]
        cx, cy = frame.at((6, 0))
        group.add(dwg.ellipse(center=(round(cx), round(cy)), r=(20, 4),
                              transform=f"rotate({_number(frame.angle)} {_xy((cx, cy))})",
                              class_="spine-nucleus"))
        root.add(group)

    bodies = dwg.g(class_="spine-bodies")
    for name in VERTEBRAE:
        frame = BONES[name]
        outline = SACRUM if name == "S1" else BODY
        bodies.add(dwg.path(d=_smooth(frame.all(outline), True), class_="spine-bone"))
        if name != "S1":
            inner = [(x * 0.88, y * 0.82) for x, y in outline]
            bodies.add(dwg.path(d=_smooth(frame.all(inner), True), class_="spine-cortex"))
    sacrum = BONES["S1"]
    bodies.add(dwg.path(d=_smooth(sacrum.all(SACRAL_RIDGE), False), class_="spine-ridge"))
    root.add(bodies)

    root.add(element_slot(dwg, "h"))

    roots = dwg.g(class_="spine-roots")
    for name in DRAWN_ROOTS:
        course = _root_course(name)
        group = dwg.g(class_=slot("r", name))
        group.attribs["data-root"] = name
        d = _smooth(course, False)
        group.add(dwg.path(d=d, class_="spine-root-casing"))
        group.add(dwg.path(d=d, class_="spine-root-core"))
        x, y = course[-1]
        group.add(dwg.rect(insert=(round(x - 12), round(y - 7)), size=(24, 14), rx=7, class_="spine-root-tag"))
        group.add(dwg.text(name, insert=(round(x), round(y + 3.5)), class_="spine-root-name"))
        roots.add(group)
    root.add(roots)

    arches = dwg.g(class_="spine-arches")
    for name in VERTEBRAE:
        outline = SACRAL_ARCH if name == "S1" else ARCH
        arches.add(dwg.path(d=_smooth(BONES[name].all(outline), True), class_="spine-arch"))
    arches.add(dwg.path(d=_smooth(sacrum.all(SACRAL_FORAMEN), True), class_="spine-sacral-foramen"))
    root.add(arches)

    labels = dwg.g(class_="spine-labels")
    column = 58
    for name in VERTEBRAE:
        x, y = BONES[name].at((-50, 0))
        labels.add(dwg.text(name, insert=(column, round(y + 5)), class_="spine-label-bone"))
        labels.add(dwg.line(start=(column + 4, round(y)), end=(round(x - 3), round(y)), class_="spine-leader"))
    x, y = sacrum.at((-50, 0))
    labels.add(dwg.text(translate(N_("Sacrum")), insert=(column, round(y + 20)), class_="spine-label-small"))
    for disc in SEED_DISCS:
        frame = DISCS[disc]
        x, y = frame.at((-54, 0))
        labels.add(dwg.text(disc, insert=(column, round(y + 4)), class_="spine-label-disc"))
        labels.add(dwg.line(start=(column + 4, round(y)), end=(round(x), round(y)), class_="spine-leader"))
    bottom = HEIGHT - 10
    labels.add(dwg.text(translate(N_("Front")), insert=(22, bottom), class_="spine-label-side spine-label-front"))
    labels.add(dwg.text(translate(N_("Back")), insert=(WIDTH - 22, bottom), class_="spine-label-side spine-label-back"))
    labels.add(dwg.path(d=f"M6 {bottom - 4}l7-5v10zM{WIDTH - 6} {bottom - 4}l-7-5v10z", class_="spine-arrow"))
    root.add(labels)

    herniations = {}
    for disc in SEED_DISCS:
        group = dwg.g(class_="spine-herniation")
        group.add(dwg.path(d=_smooth(DISCS[disc].all(HERNIATION), True), class_="herniation"))
        x, y = _far_lateral_spot(disc)
        group.add(dwg.circle(center=(round(x), round(y)), r=11, class_="herniation-far-lateral"))
        herniations[disc] = group.tostring()
    return root.tostring(), herniations


# --- state and rendering ----------------------------------------------------------------


@dataclass(frozen=True)
class SpineState:
    """What the side view shows: a chosen disc, a chosen root, or neither."""

    disc: str | None = None  # "L3-4" | "L4-5" | "L5-S1"
    root: str | None = None  # a root drawn here: "L3" | "L4" | "L5" | "S1"

    def __post_init__(self) -> None:
        if self.disc is not None and self.disc not in SEED_DISCS:
            raise ValueError(f"unknown disc: {self.disc}")
        if self.root is not None and self.root not in DRAWN_ROOTS:
            raise ValueError(f"root not drawn: {self.root}")

    def root_classes(self, name: str) -> str:
        classes = ["spine-root"]
        if self.disc:
            pressed = root_pressed_by(self.disc)
            far = root_pressed_by(self.disc, far_lateral=True)
            if pressed and pressed.name == name:
                classes.append("is-pressed")
            if far and far.name == name:
                classes.append("is-far-lateral")
        if self.root == name:
            classes.append("is-chosen")
        return " ".join(classes)


@dataclass(frozen=True)
class _Figure:
    template: SlotTemplate
    herniations: dict[str, str]

    def fill(self, state: SpineState, label: str) -> str:
        def text_of(kind: str, name: str) -> str:
            if kind == "d":
                return "spine-disc is-chosen" if name == state.disc else "spine-disc"
            if kind == "r":
                return state.root_classes(name)
            if kind == "h":
                return self.herniations[state.disc] if state.disc else ""
            return escape(label, quote=True)
        return self.template.fill(text_of)


def _template_from(translate: Translate, lang: str) -> _Figure:
    svg, herniations = _build(translate)
    return _Figure(SlotTemplate.split(svg), herniations)


_TEMPLATES: BuiltOnce[_Figure] = BuiltOnce(_template_from)


def _template(translate: Translate, lang: str) -> _Figure:
    return _TEMPLATES.get(translate, lang)


def _label(state: SpineState, translate: Translate) -> str:
    if state.disc and (pressed := root_pressed_by(state.disc)):
        return translate(N_("Side view of the lower spine: the %(disc)s disc presses the %(root)s root")) % {
            "disc": state.disc, "root": pressed.name}
    if state.root:
        return translate(N_("Side view of the lower spine: the %(root)s root")) % {"root": state.root}
    return translate(N_("Side view of the lower spine: vertebrae L3 to S1, their discs and nerve roots"))


def spine_diagram(state: SpineState = SpineState(), translate: Translate = untranslated,
                  lang: str = "en") -> str:
    """The inline `<svg>` of the spine side view in this state (built once per language)."""
    return _template(translate, lang).fill(state, _label(state, translate))


def spine_caption(state: SpineState, translate: Translate = untranslated) -> str:
    """In plain words, which root each kind of herniation of the chosen disc presses."""
    sentences = []
    if state.disc:
        if pressed := root_pressed_by(state.disc):
            sentences.append(translate(N_(
                "A usual herniation of the %(disc)s disc bulges backwards and to the side and "
                "presses the %(root)s root, which runs down past it.")) % {"disc": state.disc, "root": pressed.name})
        if far := root_pressed_by(state.disc, far_lateral=True):
            sentences.append(translate(N_(
                "A far-lateral herniation, out to the side, presses the %(root)s root, which "
                "leaves the spine at this level.")) % {"root": far.name})
    elif state.root:
        root = ROOTS[state.root]
        if root.disc:
            sentences.append(translate(N_(
                "The %(root)s root runs down past the %(disc)s disc: a usual herniation of that "
                "disc presses it.")) % {"root": root.name, "disc": root.disc.name})
        if root.far_lateral_disc:
            sentences.append(translate(N_(
                "It leaves the spine beside the %(disc)s disc: a far-lateral herniation there "
                "presses it.")) % {"disc": root.far_lateral_disc.name})
    else:
        sentences.append(translate(N_("Choose a disc to see which nerve root its herniation presses.")))
    return " ".join(sentences)
