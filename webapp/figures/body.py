"""The body figure: a front and a back view of a person, legs tiled into the regions.

The figure is drawn once per language with svgwrite and kept as a template whose
per-region attributes are filled at render time, since it is rendered on every click.

Geometry is data. Each view is drawn in its own coordinates, x = 0 on the midline,
and only the viewer's left half is written down: negative x is the outer (lateral)
side of that leg, in both views, because a body's silhouette from behind is the mirror
image of its silhouette from the front. The other leg is the same paths under a mirror
transform. Boundaries are smooth chains (Catmull-Rom through the listed points, written
as cubic Béziers) split at named nodes, and every region is a loop of nodes, so two
neighbouring regions share the very same curve and the tiling has no gaps or overlaps.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from html import escape
from types import MappingProxyType
from typing import Literal

import svgwrite

from ..knowledge.dermatomes import roots_supplying
from ..knowledge.regions import REGIONS, SIDES, Audience, Side
from ..text import N_, Translate, untranslated
from .built_once import BuiltOnce
from .closeups import CLOSEUP_IDS, closeup_of, parse_closeup
from .geometry import Point, Segment, catmull_rom
from .slots import Prefilled, SlotTemplate, element_slot, slot

ViewName = Literal["front", "back"]

VIEW_WIDTH = 184
HEIGHT = 740
MIRROR = "|"  # at a chain's end: the chain meets its own mirror image there, smoothly

# Named nodes: where boundaries meet. Anonymous points in the chains only shape them.
# L_ and M_ lie on the lateral and medial outline of the leg, C is the crotch; the
# rest are the ends of the splits inside a leg (G groin, K knee, A ankle, F foot, T toe
# base, tip toe tips; on the back S saddle, F_o gluteal fold, P popliteal, CB calf,
# AB ankle, H heel, Q toe base seen from below). The head is 78 units high: an adult
# of about eight heads, the feet drawn larger than life so that a toe is a fingertip.
NODES: dict[str, Point] = {
    # the silhouette, shared by both views
    "head_top": (0, 28), "jaw": (-15, 97), "neck_base": (-17, 119), "armpit": (-54, 178),
    "L_waist": (-44, 258), "L_crest": (-49, 296), "L_hip": (-60, 335), "L_fold": (-61, 362),
    "L_knee": (-54.5, 491), "L_ankleTop": (-54.5, 598), "L_ankleBot": (-59, 632),
    "C": (0, 356), "M_groin": (-5, 373), "M_kneeTop": (-18, 466), "M_knee": (-16.5, 491),
    "M_kneeBot": (-19, 518), "M_ankleTop": (-27.5, 594), "M_ankleBot": (-30, 624),
    # front
    "G_out": (-49, 341), "G_in": (-23, 358),
    "KA": (-48, 471), "KB": (-30.5, 468), "KC": (-30, 512), "KS": (-39, 520), "KD": (-49, 505),
    "A_s": (-43, 603), "AO_in": (-47.5, 601.5), "AI_in": (-37, 601),
    "FO_top": (-49, 627), "FI_top": (-36.5, 621.5),
    "T0": (-74, 673), "T1": (-59, 679), "T2": (-33, 690), "T2p": (-25.5, 689), "T3": (-18, 688),
    "tip5": (-69, 695.5), "tip3": (-45.5, 704.5), "tip1": (-25.5, 714),
    # back
    "B_waist": (0, 265), "B_sacrum": (0, 301), "S_top": (0, 318), "S_side": (-10.5, 341),
    "F_o": (-46, 370.5), "PA": (-48.5, 481), "CB_o": (-48.5, 501), "CB_i": (-25, 502),
    "AB_o": (-49.5, 601), "AB_i": (-35, 600), "BO_bot": (-52, 628), "BI_bot": (-34.5, 620),
    "H_o": (-59.5, 657), "H_i": (-30, 655),
    "Q0": (-71, 688), "Q1": (-59.5, 693), "Q2": (-34, 700), "Q2p": (-25.5, 699), "Q3": (-18, 696),
    "qtip5": (-68.5, 702.5), "qtip3": (-45.5, 710.5), "qtip1": (-25.5, 717),
}

Chain = tuple[str | Point, ...]

SILHOUETTE: tuple[Chain, ...] = (
    (MIRROR, "head_top", (-16, 30.5), (-24.5, 40), (-27, 54), (-28.5, 62), (-28.5, 72),
     (-25.5, 80), (-22, 88), "jaw"),
    ("jaw", (-14.5, 108), "neck_base"),
    ("neck_base", (-30, 126), (-50, 131), (-62, 137), (-70, 147), (-74, 165), (-76, 190),
     (-78, 220), (-81, 250), (-84, 290), (-87, 330), (-89, 345), (-88, 362), (-85, 378),
     (-79, 386), (-75, 378), (-74.5, 360), (-74, 332), (-71, 300), (-67, 262), (-63, 230),
     (-59, 200), "armpit"),
    ("armpit", (-51, 200), (-47, 232), "L_waist", "L_crest", (-56, 315), "L_hip", "L_fold",
     (-62.5, 390), (-61, 420), (-57.5, 450), (-55, 470), "L_knee", (-55, 512), (-58.5, 543),
     (-56.5, 573), "L_ankleTop", (-58, 615), "L_ankleBot"),
    ("C", "M_groin", (-8, 398), (-12, 425), (-15, 450), "M_kneeTop", "M_knee", "M_kneeBot",
     (-14.5, 545), (-21.5, 576), "M_ankleTop", (-26, 608), "M_ankleBot"),
)

FRONT_CHAINS: tuple[Chain, ...] = SILHOUETTE + (
    ("L_crest", (-38, 312), (-22, 333), (-9, 348), "C"),
    ("L_hip", "G_out", (-36, 349), "G_in", "M_groin"),
    ("G_out", (-53, 380), (-53.5, 415), (-51.5, 448), "KA"),
    ("G_in", (-26, 395), (-29.5, 430), (-31, 452), "KB"),
    ("KA", (-39.5, 464), "KB", (-27, 489), "KC", "KS", (-45.5, 516), "KD", (-51, 487), "KA"),
    ("KB", (-24, 466), "M_kneeTop"),
    ("KC", (-24, 516), "M_kneeBot"),
    ("KD", "L_knee"),
    ("KS", (-40, 545), (-41.5, 575), "A_s"),
    ("L_ankleTop", "AO_in", "A_s", "AI_in", "M_ankleTop"),
    ("AO_in", (-45.5, 614), "FO_top", "L_ankleBot"),
    ("AI_in", (-37.5, 612), "FI_top", "M_ankleBot"),
    ("L_ankleBot", (-62, 643), (-66, 654), (-70.5, 664), "T0"),
    ("M_ankleBot", (-28.5, 638), (-26, 652), (-22.5, 666), (-19.5, 678), "T3"),
    ("T0", (-74.5, 682), (-73, 690), "tip5", (-65, 693.5), (-63, 687), "T1"),
    ("T1", (-66.5, 676.5), "T0"),
    ("T1", (-59.5, 690), (-57.5, 698), (-54.5, 700), (-51.5, 697.5), (-50.5, 688),
     (-50, 699), (-48.5, 703), "tip3", (-42.5, 702), (-41.5, 690), (-41, 701), (-39.5, 707),
     (-36.5, 708.5), (-34.5, 704), "T2"),
    ("T2", (-31.8, 700), (-30, 709.5), "tip1", (-19.5, 711), (-16.5, 702), "T3"),
    ("T1", (-46, 684), "T2", "T2p", "T3"),
    ("FO_top", (-52.5, 645), (-56, 662), "T1"),
    ("FI_top", (-34, 640), (-30, 664), "T2p"),
)

BACK_CHAINS: tuple[Chain, ...] = SILHOUETTE + (
    ("L_waist", (-25, 262), "B_waist", MIRROR),
    ("B_waist", "B_sacrum"),
    ("L_crest", (-34, 290), (-15, 292), "B_sacrum"),
    ("B_sacrum", "S_top"),
    ("S_top", (-8, 328), "S_side", (-7, 352), "C"),
    ("S_side", (-16, 362), (-28, 371), "F_o", "L_fold"),
    ("F_o", (-49, 410), (-49.5, 445), "PA"),
    ("L_knee", "PA", (-42, 475), (-32, 475), (-23, 480.5), "M_knee"),
    ("L_knee", "CB_o", (-37, 507), "CB_i", "M_knee"),
    ("CB_o", (-49.5, 548), (-49, 578), "AB_o"),
    ("CB_i", (-23, 546), (-29, 578), "AB_i"),
    ("L_ankleTop", "AB_o", (-42, 603), "AB_i", "M_ankleTop"),
    ("AB_o", (-50.5, 614), "BO_bot", "L_ankleBot"),
    ("AB_i", (-35.5, 611), "BI_bot", "M_ankleBot"),
    ("L_ankleBot", (-61, 645), "H_o", (-61, 670), (-65, 681), "Q0"),
    ("M_ankleBot", (-28, 640), "H_i", (-31, 668), (-25.5, 682), (-20, 690), "Q3"),
    ("H_o", (-52, 665), (-38, 665), "H_i"),
    ("Q0", (-73.5, 694), (-72, 699.5), "qtip5", (-64.5, 701.5), (-62.5, 698), "Q1"),
    ("Q1", (-65.5, 690), "Q0"),
    ("Q1", (-59.5, 700), (-57.5, 705.5), (-54.5, 707), (-51.5, 705), (-50.5, 699.5),
     (-50, 706), (-48.5, 709.5), "qtip3", (-42.5, 708.5), (-41.5, 702), (-41, 708.5),
     (-39.5, 713), (-36.5, 714), (-35.2, 710.5), "Q2"),
    ("Q2", (-32.6, 708), (-30.5, 715), "qtip1", (-19.5, 715.5), (-16.5, 707), "Q3"),
    ("Q1", (-46, 696.5), "Q2", "Q2p", "Q3"),
)


@dataclass(frozen=True)
class Tile:
    """One region's patch of one view: an area and the loop of nodes around it."""

    area: str
    loop: tuple[str, ...]


@dataclass(frozen=True)
class ViewPlan:
    name: ViewName
    title: str
    centre: float
    chains: tuple[Chain, ...]
    # The patient's leg drawn on the viewer's left; the other is its mirror image.
    left_leg: Side
    tiles: tuple[Tile, ...]
    # Areas drawn here although the contract puts them on the other view.
    echoes: frozenset[str]
    midline: tuple[Tile, ...]
    body: tuple[str, ...]  # the inert upper body, "~" marking a mirrored node
    body_details: tuple[Chain, ...]
    leg_details: tuple[Chain, ...]


def _loop(nodes: str) -> tuple[str, ...]:
    return tuple(nodes.split())


FRONT = ViewPlan(
    name="front", title=N_("Front"), centre=VIEW_WIDTH / 2, chains=FRONT_CHAINS, left_leg="right",
    tiles=(
        Tile("groin", _loop("L_crest C M_groin G_in G_out L_hip")),
        Tile("thigh-front", _loop("G_out G_in KB KA")),
        Tile("thigh-inner", _loop("G_in M_groin M_kneeTop KB")),
        Tile("thigh-outer", _loop("L_hip G_out KA KD L_knee L_fold")),
        Tile("knee-front", _loop("KA KB KC KS KD")),
        Tile("knee-inner", _loop("KB M_kneeTop M_knee M_kneeBot KC")),
        Tile("shin-inner", _loop("KS KC M_kneeBot M_ankleTop AI_in A_s")),
        Tile("shin-outer", _loop("L_knee KD KS A_s AO_in L_ankleTop")),
        Tile("ankle-inner", _loop("AI_in M_ankleTop M_ankleBot FI_top")),
        Tile("ankle-outer", _loop("L_ankleTop AO_in FO_top L_ankleBot")),
        Tile("foot-top", _loop("AO_in A_s AI_in FI_top T2p T2 T1 FO_top")),
        Tile("foot-inner", _loop("FI_top M_ankleBot T3 T2p")),
        Tile("foot-outer", _loop("L_ankleBot FO_top T1 T0")),
        Tile("big-toe", _loop("T2 T2p T3 tip1")),
        Tile("toes", _loop("T1 T2 tip3")),
        Tile("little-toe", _loop("T0 T1 tip5")),
    ),
    echoes=frozenset(),
    midline=(),
    body=_loop("head_top jaw neck_base armpit L_waist L_crest C "
               "~L_crest ~L_waist ~armpit ~neck_base ~jaw"),
    body_details=(
        ((-20, 86), (-13, 97), (-5, 102.5), (0, 103.5)),          # jaw
        ((-5, 125), (-22, 128.5), (-43, 131)),                    # collarbone
        ((-44, 176), (-38, 189), (-24, 193), (-8, 188)),          # chest
        ((-1.5, 255), (0, 253), (1.5, 255), (0, 257.5), (-1.5, 255)),  # navel
        ((0, 200), (0, 240)),                                     # midline
        ((-66, 238), (-70, 244)),                                 # elbow crease
        ((-80, 364), (-81, 380)), ((-84, 362), (-85, 376)),       # fingers
    ),
    leg_details=(
        ((-38.5, 477), (-32, 482), (-31.5, 494), (-38.5, 501), (-45, 494), (-45, 482),
         (-38.5, 477)),                                           # kneecap
        ((-30, 452), (-24, 462), (-22, 472)),                     # inner thigh muscle
        ((-50.5, 613), (-52.5, 619)), ((-34, 611), (-32.5, 616)),  # ankle bones
        ((-29.5, 703), (-29, 708.5), (-25.5, 711), (-22, 708.5), (-21.5, 703)),  # toenails
        ((-57.5, 694), (-56.5, 697.5), (-53.5, 697.5), (-53, 694)),
        ((-48.5, 699), (-47.5, 702.5), (-44.5, 702.5), (-44, 699)),
        ((-39.5, 703), (-38.5, 706), (-35.5, 706), (-35, 703)),
        ((-72.5, 686), (-71.5, 690), (-68.5, 691.5), (-66, 689.5), (-66, 686)),
    ),
)

BACK = ViewPlan(
    name="back", title=N_("Back"), centre=VIEW_WIDTH * 1.5, chains=BACK_CHAINS, left_leg="left",
    tiles=(
        Tile("low-back", _loop("L_waist L_crest B_sacrum B_waist")),
        Tile("buttock", _loop("L_crest L_hip L_fold F_o S_side S_top B_sacrum")),
        Tile("thigh-back-outer", _loop("L_fold L_knee PA F_o")),
        Tile("thigh-back", _loop("F_o PA M_knee M_kneeTop M_groin C S_side")),
        Tile("knee-back", _loop("L_knee CB_o CB_i M_knee PA")),
        Tile("shin-inner", _loop("CB_i M_knee M_kneeBot M_ankleTop AB_i")),
        Tile("calf", _loop("CB_o AB_o AB_i CB_i")),
        Tile("calf-outer", _loop("L_knee L_ankleTop AB_o CB_o")),
        Tile("ankle-inner", _loop("AB_i M_ankleTop M_ankleBot BI_bot")),
        Tile("ankle-outer", _loop("L_ankleTop AB_o BO_bot L_ankleBot")),
        Tile("heel", _loop("AB_o AB_i BI_bot M_ankleBot H_i H_o L_ankleBot BO_bot")),
        Tile("sole", _loop("H_o Q0 Q1 Q2 Q2p Q3 H_i")),
        Tile("big-toe", _loop("Q2 Q2p Q3 qtip1")),
        Tile("toes", _loop("Q1 Q2 qtip3")),
        Tile("little-toe", _loop("Q0 Q1 qtip5")),
    ),
    echoes=frozenset({"shin-inner", "ankle-inner", "ankle-outer", "big-toe", "toes", "little-toe"}),
    midline=(Tile("saddle", _loop("S_top S_side C ~S_side")),),
    body=_loop("head_top jaw neck_base armpit L_waist B_waist ~L_waist ~armpit ~neck_base ~jaw"),
    body_details=(
        ((0, 122), (0, 190), (0, 258)),                           # spine
        ((-44, 148), (-30, 151), (-15, 156)), ((-14, 150), (-17, 175), (-26, 196)),  # shoulder blade
        ((-78, 244), (-74, 240)),                                 # elbow
        ((-80, 364), (-81, 380)), ((-84, 362), (-85, 376)),       # fingers
    ),
    leg_details=(
        ((-45, 491.5), (-37, 493), (-28, 491.5)),                 # knee crease
        ((-42, 590), (-42.5, 604)), ((-39, 604), (-38, 590)),     # Achilles tendon
        ((-36, 665), (-34, 678)),                                 # arch
        ((-62, 681), (-45, 686), (-27, 684)),                     # ball of the foot
        ((-29.5, 708), (-25.5, 710), (-21.5, 708)),               # toe pad
    ),
)

VIEWS: tuple[ViewPlan, ...] = (FRONT, BACK)


# The feet are written pointing straight down and then turned out, as people stand:
# a foot turned out shows its inner edge and spreads its toes along a slope.
ANKLE: Point = (-44.5, 628)
TURN_OUT = math.radians(14)
FOOT_TOP, FOOT_BLEND = 628, 28


def _pose(point: Point) -> Point:
    x, y = point
    if y <= FOOT_TOP:
        return point
    angle = TURN_OUT * min(1.0, (y - FOOT_TOP) / FOOT_BLEND)
    dx, dy = x - ANKLE[0], y - ANKLE[1]
    return (ANKLE[0] + dx * math.cos(angle) - dy * math.sin(angle),
            ANKLE[1] + dx * math.sin(angle) + dy * math.cos(angle))


def _mirror(point: Point) -> Point:
    return (-point[0], point[1])


def _round(point: Point) -> Point:
    return (round(point[0], 1) + 0.0, round(point[1], 1) + 0.0)


def _catmull_rom(points: Sequence[Point], before: Point, after: Point) -> list[Segment]:
    return [(_round(c1), _round(c2), _round(end)) for c1, c2, end in catmull_rom(points, before, after)]


Edges = dict[tuple[str, str], list[Segment]]


def _edges(chains: Iterable[Chain]) -> Edges:
    """Split each chain into Bézier edges between its named nodes."""
    edges: Edges = {}
    for chain in chains:
        items = [item for item in chain if item != MIRROR]
        points = [_pose(NODES[item] if isinstance(item, str) else item) for item in items]
        before = _mirror(points[1]) if chain[0] == MIRROR else points[0]
        after = _mirror(points[-2]) if chain[-1] == MIRROR else points[-1]
        start, current = items[0], []
        for item, segment in zip(items[1:], _catmull_rom(points, before, after)):
            current.append(segment)
            if isinstance(item, str):
                edges[(start, item)] = current
                start, current = item, []
    return edges


def _node(name: str) -> Point:
    point = _round(_pose(NODES[name.lstrip("~")]))
    return _mirror(point) if name.startswith("~") else point


def _edge(edges: Edges, a: str, b: str) -> list[Segment]:
    """The curve from node a to node b, reversed or mirrored ("~") as asked."""
    mirrored = a.startswith("~") or b.startswith("~")
    a, b = a.lstrip("~"), b.lstrip("~")
    if (a, b) in edges:
        segments = edges[(a, b)]
    else:
        forward = edges[(b, a)]
        starts = [_node(b)] + [end for _, _, end in forward[:-1]]
        segments = [(c2, c1, start) for (c1, c2, _), start in zip(reversed(forward), reversed(starts))]
    if mirrored:
        segments = [(_mirror(c1), _mirror(c2), _mirror(end)) for c1, c2, end in segments]
    return segments


def _number(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _tenths(value: float) -> int:
    return round(value * 10)


def _numbers(tenths: Iterable[int]) -> str:
    """Numbers in tenths, written as short as SVG allows: "-.5" and no space before a minus."""
    out = ""
    for value in tenths:
        whole, tenth = divmod(abs(value), 10)
        text = ("-" if value < 0 else "") + (f"{whole or ''}.{tenth}" if tenth else str(whole))
        out += text if not out or text.startswith("-") else " " + text
    return out


def _d(start: Point, segments: Iterable[Segment], closed: bool) -> str:
    """Relative cubic Béziers on a grid of tenths: every point is snapped before the
    differences are taken, so two regions that share a curve land on the same points."""
    x, y = _tenths(start[0]), _tenths(start[1])
    moves = [x, y]
    deltas: list[int] = []
    for segment in segments:
        for px, py in segment:
            deltas += [_tenths(px) - x, _tenths(py) - y]
        x, y = _tenths(segment[2][0]), _tenths(segment[2][1])
    return f"M{_numbers(moves)}c{_numbers(deltas)}{'z' if closed else ''}"


def _loop_segments(edges: Edges, loop: Sequence[str]) -> list[Segment]:
    return [segment for a, b in zip(loop, [*loop[1:], loop[0]]) for segment in _edge(edges, a, b)]


def _flatten(start: Point, segments: Iterable[Segment], steps: int = 8) -> list[Point]:
    points = [start]
    for c1, c2, end in segments:
        p0 = points[-1]
        for i in range(1, steps + 1):
            t = i / steps
            u = 1 - t
            points.append((u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * end[0],
                           u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * end[1]))
    return points


def _marker_point(polygon: Sequence[Point]) -> Point:
    """A point well inside a region, for its key-point marker: the middle of the
    horizontal chord through the centroid (or of the widest chord at that height, since
    a concave region's centroid may lie outside it)."""
    cx = sum(x for x, _ in polygon) / len(polygon)
    cy = sum(y for _, y in polygon) / len(polygon)
    crossings = sorted(
        x0 + (cy - y0) * (x1 - x0) / (y1 - y0)
        for (x0, y0), (x1, y1) in zip(polygon, [*polygon[1:], polygon[0]])
        if (y0 <= cy) != (y1 <= cy))
    chords = list(zip(crossings[::2], crossings[1::2]))
    inside = [chord for chord in chords if chord[0] <= cx <= chord[1]]
    left, right = inside[0] if inside else max(chords, key=lambda c: c[1] - c[0])
    return _round(((left + right) / 2, cy))


# --- the SVG ---------------------------------------------------------------------

# Fill patterns, so that no state is told by colour alone: pain is stripes, numbness
# dots; a root's skin is solid where sure, hatched at its border, sparsely dashed where
# disputed; a nerve's skin is cross-hatched, a referral area (the hip's, the sciatic
# course) ruled across; two compared areas are ruled one across, one down, and a grid
# where they overlap.
SHADES = ("core", "border", "disputed", "nerve", "nerve-border", "referral", "first", "second", "overlap")
SHADE_BASES = ("skin", *SHADES)
MARKS = ("", "pain", "numb")
TILE = 8
_HATCH = "M0 0L8 8M-2 6L2 10M6 -2L10 2"
_STRIPES = "M0 8L8 0M-2 2L2 -2M6 10L10 6"
_CROSS = _HATCH + "M0 8L8 0M-2 2L2 -2M6 10L10 6"
_ACROSS = "M0 2H8M0 6H8"
_DOWN = "M2 0V8M6 0V8"
_OVERLAYS = {"border": _HATCH, "disputed": _HATCH, "nerve": _CROSS, "nerve-border": _CROSS,
             "referral": _ACROSS, "first": _ACROSS, "second": _DOWN, "overlap": _ACROSS + _DOWN}
_BACKGROUNDS = {"core": "core", "nerve": "nerve"}


def _patterns(dwg: svgwrite.Drawing, defs: svgwrite.container.Defs) -> None:
    for base in SHADE_BASES:
        for mark in MARKS:
            if not mark and base in ("skin", "core"):
                continue  # a plain colour, no pattern needed
            pattern = dwg.pattern(id=f"fig-{base}{'-' + mark if mark else ''}",
                                  size=(TILE, TILE), patternUnits="userSpaceOnUse")
            pattern.add(dwg.rect(size=(TILE, TILE), class_=f"fig-bg-{_BACKGROUNDS.get(base, 'skin')}"))
            if base in _OVERLAYS:
                pattern.add(dwg.path(d=_OVERLAYS[base], class_=f"fig-hatch-{base}"))
            if mark == "pain":
                pattern.add(dwg.path(d=_STRIPES, class_="fig-mark-pain"))
            elif mark == "numb":
                pattern.add(dwg.circle(center=(2, 2), r=1.3, class_="fig-mark-numb"))
                pattern.add(dwg.circle(center=(6, 6), r=1.3, class_="fig-mark-numb"))
            defs.add(pattern)


# A region's accessible name says its mark, since one control holds one of three states.
MARK_NAMES = {"": N_("%(region)s: not marked"), "pain": N_("%(region)s: pain"),
              "numb": N_("%(region)s: numb")}


def mark_names(region_id: str, translate: Translate) -> dict[str, str]:
    """The region's accessible name for each mark, in this language."""
    label = translate(REGIONS[region_id].label)
    return {mark: translate(name) % {"region": label} for mark, name in MARK_NAMES.items()}


def _region_attributes(region_id: str, echo: bool, translate: Translate,
                       closeup: str | None) -> dict[str, str]:
    region = REGIONS[region_id]
    roots = roots_supplying(region.area.id)
    attributes = {
        "data-region": region_id,
        "data-roots": " ".join(f"{root}:{extent}" for root, extent in roots.items()),
    }
    if closeup:
        attributes["data-closeup"] = closeup  # what a tap on a small screen opens
    if echo:
        # The region's second appearance: clickable, but one control per region for
        # the keyboard and for screen readers.
        attributes.update({"class": slot("e", region_id), "aria-hidden": "true"})
    else:
        # No tab stop until the script runs: without it the figure does nothing, and the
        # form's list is the control.
        attributes.update({
            "class": slot("c", region_id), "role": "button", "tabindex": "-1",
            "data-mark": slot("m", region_id), "aria-label": slot("l", region_id),
            "data-name": translate(region.area.name),
        })
    return attributes


def _marker(dwg: svgwrite.Drawing, region_id: str, centre: Point,
            markers: dict[str, str]) -> svgwrite.container.Group:
    """A key point's marker, kept aside; the figure holds a slot where it is drawn when asked."""
    marker = dwg.circle(center=centre, r=3, class_="key-point is-key-point", aria_hidden="true")
    marker.attribs["data-key-point"] = region_id
    markers[region_id] = marker.tostring()
    return element_slot(dwg, "k", region_id)


def _stroke(points: Sequence[Point]) -> str:
    """A decorative line through the points: a crease, a kneecap, a toenail."""
    return _d(_round(points[0]), _catmull_rom(points, points[0], points[-1]), False)


def _leg(dwg: svgwrite.Drawing, view: ViewPlan, edges: Edges, side: Side, translate: Translate,
         markers: dict[str, str], whole: bool) -> svgwrite.container.Group:
    leg = dwg.g(class_=f"figure-leg figure-leg-{side}")
    if side != view.left_leg:
        leg.attribs["transform"] = "scale(-1 1)"
    details = dwg.g(class_="figure-detail", aria_hidden="true")
    for detail in view.leg_details:
        details.add(dwg.path(d=_stroke([_pose(point) for point in detail])))
    for tile in view.tiles:
        region_id = f"{side}-{tile.area}"
        segments = _loop_segments(edges, tile.loop)
        start = _node(tile.loop[0])
        echo = tile.area in view.echoes
        closeup = closeup_of(view.name, tile.area, side) if whole else None
        leg.add(dwg.path(d=_d(start, segments, True), **_region_attributes(region_id, echo, translate, closeup)))
        if not echo:
            details.add(_marker(dwg, region_id, _marker_point(_flatten(start, segments)), markers))
    leg.add(details)
    return leg


def _inert_leg(dwg: svgwrite.Drawing, view: ViewPlan, edges: Edges, side: Side) -> svgwrite.container.Group:
    """The other leg of a close-up: its outline only, seen and never clicked."""
    leg = dwg.g(class_="figure-inert", aria_hidden="true")
    if side != view.left_leg:
        leg.attribs["transform"] = "scale(-1 1)"
    for tile in view.tiles:
        leg.add(dwg.path(d=_d(_node(tile.loop[0]), _loop_segments(edges, tile.loop), True), class_="figure-body"))
    return leg


# Under each leg, whose side it is: the reader's own, or, for a practitioner, the patient's.
FIGURE_SIDE_LABELS: dict[Audience, dict[Side, str]] = {
    "patient": {"right": N_("Your right"), "left": N_("Your left")},
    "practitioner": {"right": N_("Patient's right"), "left": N_("Patient's left")},
}


def _view(dwg: svgwrite.Drawing, view: ViewPlan, translate: Translate, markers: dict[str, str],
          sides: Sequence[Side] = SIDES, midline: bool = True, whole: bool = True,
          audience: Audience = "patient") -> svgwrite.container.Group:
    """A view of the figure: the whole of it, or (not whole) the legs and midline a
    close-up shows, unlabelled, in the view's own coordinates."""
    edges = _edges(view.chains)
    group = dwg.g(class_=f"figure-view figure-{view.name}", role="group")
    if whole:
        group.attribs["transform"] = f"translate({_number(view.centre)} 0)"
    group.attribs["aria-label"] = translate(view.title)
    inert = dwg.g(class_="figure-inert", aria_hidden="true")
    inert.add(dwg.path(d=_d(_node(view.body[0]), _loop_segments(edges, view.body), True),
                       class_="figure-body"))
    for detail in view.body_details:
        inert.add(dwg.path(d=_stroke(detail), class_="figure-detail"))
        inert.add(dwg.path(d=_stroke([_mirror(point) for point in detail]), class_="figure-detail"))
    group.add(inert)
    # The patient's right leg first, so that the regions read right before left.
    for side in sides:
        group.add(_leg(dwg, view, edges, side, translate, markers, whole))
    for side in set(SIDES) - set(sides):
        group.add(_inert_leg(dwg, view, edges, side))
    for tile in view.midline if midline else ():
        segments = _loop_segments(edges, tile.loop)
        start = _node(tile.loop[0])
        closeup = closeup_of(view.name, tile.area, None) if whole else None
        group.add(dwg.path(d=_d(start, segments, True), **_region_attributes(tile.area, False, translate, closeup)))
        group.add(_marker(dwg, tile.area, _marker_point(_flatten(start, segments)), markers))
    if whole:
        labels = dwg.g(class_="figure-labels", aria_hidden="true")
        labels.add(dwg.text(translate(view.title), insert=(0, 16), class_="figure-title"))
        for side in SIDES:
            x = -46 if side == view.left_leg else 46
            label = FIGURE_SIDE_LABELS[audience][side]
            labels.add(dwg.text(translate(label), insert=(x, HEIGHT - 8), class_="figure-side"))
        group.add(labels)
    return group


def _build(translate: Translate, standalone_lang: str | None = None, audience: Audience = "patient"
           ) -> tuple[str, dict[str, str]]:
    """The figure with its slots, and the key point markers drawn into them on request.
    A standalone document names its language and holds a slot for its stylesheet."""
    dwg = svgwrite.Drawing(debug=False)  # the element factory; its own root adds SVG 1.1 cruft
    root = dwg.svg(size=None, viewBox=f"0 0 {VIEW_WIDTH * 2} {HEIGHT}")
    root.attribs.update({"xmlns": "http://www.w3.org/2000/svg", "class": "body-diagram",
                         "role": "group", "aria-label": translate(N_("Body diagram: front and back"))})
    if standalone_lang is not None:
        root.attribs["xml:lang"] = standalone_lang
        root.elements.insert(0, element_slot(dwg, "s"))
    else:
        # Inline, the figure is a control only once the script runs (it lifts this).
        root.attribs.update({"aria-hidden": "true", "aria-describedby": "figure-keys"})
    _patterns(dwg, root.defs)
    markers: dict[str, str] = {}
    for view in VIEWS:
        root.add(_view(dwg, view, translate, markers, audience=audience))
    return root.tostring(), markers


def _build_closeup(translate: Translate, closeup_id: str) -> tuple[str, dict[str, str]]:
    """One close-up's panes, each its own `<svg>` window on a view, in CSS pixels."""
    side, zone = parse_closeup(closeup_id)
    dwg = svgwrite.Drawing(debug=False)
    markers: dict[str, str] = {}
    panes = []
    for pane in zone.panes:
        view = FRONT if pane.view == "front" else BACK
        left = pane.left if side == view.left_leg else -(pane.left + pane.width)
        width, height = pane.size()
        svg = dwg.svg(size=None, viewBox=" ".join(map(_number, (left, pane.top, pane.width, pane.height))))
        svg.attribs.update({"class": "body-diagram closeup-pane", "width": width, "height": height,
                            "role": "group", "aria-label": translate(view.title)})
        for group in _view(dwg, view, translate, markers, (side,), zone.midline, whole=False).elements:
            svg.add(group)
        panes.append(svg.tostring())
    return "".join(panes), markers


# --- state and rendering ------------------------------------------------------------

@dataclass(frozen=True)
class DiagramState:
    """What the figure shows: the person's selection and the dermatome layer."""

    pain: frozenset[str] = frozenset()
    numb: frozenset[str] = frozenset()
    # region id -> one of SHADES: the territory layer to shade
    shaded: Mapping[str, str] = field(default_factory=dict)
    key_points: frozenset[str] = frozenset()  # region ids to mark as a key sensory point

    def __post_init__(self) -> None:
        for name in ("pain", "numb", "key_points"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        object.__setattr__(self, "shaded", MappingProxyType(dict(self.shaded)))
        unknown = (self.pain | self.numb | self.key_points | set(self.shaded)) - REGIONS.keys()
        if unknown:
            raise ValueError(f"unknown regions: {', '.join(sorted(unknown))}")
        wrong = {shade for shade in self.shaded.values() if shade not in SHADES}
        if wrong:
            raise ValueError(f"unknown shades: {', '.join(sorted(wrong))}")

    def __hash__(self) -> int:
        return hash((self.pain, self.numb, tuple(sorted(self.shaded.items())), self.key_points))

    def mark(self, region_id: str) -> str:
        """One mark per region: numbness, which weighs more, over pain."""
        return "numb" if region_id in self.numb else "pain" if region_id in self.pain else ""

    def classes(self, region_id: str) -> str:
        mark = self.mark(region_id)
        classes = [f"is-{mark}"] if mark else []
        if region_id in self.shaded:
            classes.append(f"shade-{self.shaded[region_id]}")
        if region_id in self.key_points:
            classes.append("is-key-point")
        return " ".join(classes)


@dataclass(frozen=True)
class _Figure:
    template: SlotTemplate
    markers: Mapping[str, str]  # region id -> its key point marker, drawn only when asked for
    labels: Mapping[str, Mapping[str, str]]  # region id -> mark -> accessible name
    # Most regions of any one state are as in the empty figure: only the others are filled.
    empty: Prefilled = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "empty", self.template.prefilled(partial(self._text, DiagramState(), "")))

    def _text(self, state: DiagramState, stylesheet: str, kind: str, region_id: str) -> str:
        if kind == "l":
            return escape(self.labels[region_id][state.mark(region_id)])
        if kind == "m":
            return state.mark(region_id) or "none"
        if kind == "k":
            return self.markers[region_id] if region_id in state.key_points else ""
        if kind == "s":
            return f"<style>{escape(stylesheet, quote=False)}</style>" if stylesheet else ""
        extra = state.classes(region_id)
        base = "region" if kind == "c" else "region region-echo"
        return f"{base} {extra}" if extra else base

    def fill(self, state: DiagramState, stylesheet: str = "") -> str:
        # The stylesheet's slot is the one with no region.
        changed = state.pain | state.numb | state.shaded.keys() | state.key_points | ({""} if stylesheet else set())
        return self.empty.fill(partial(self._text, state, stylesheet), changed)


def _all_mark_names(translate: Translate) -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType({region_id: mark_names(region_id, translate) for region_id in REGIONS})


def _figure(built: tuple[str, dict[str, str]], labels: Mapping[str, Mapping[str, str]]) -> _Figure:
    text, markers = built
    return _Figure(SlotTemplate.split(text), MappingProxyType(markers), labels)


_INLINE: dict[Audience, BuiltOnce[_Figure]] = {
    audience: BuiltOnce(lambda translate, lang, audience=audience: _figure(
        _build(translate, None, audience), _all_mark_names(translate)))
    for audience in FIGURE_SIDE_LABELS}
# A downloaded file is read away from the page, by anyone: it names the patient's sides.
_STANDALONE: BuiltOnce[_Figure] = BuiltOnce(lambda translate, lang: _figure(
    _build(translate, lang, "practitioner"), _all_mark_names(translate)))


def _closeups(translate: Translate) -> dict[str, _Figure]:
    labels = _all_mark_names(translate)  # one set of names for every close-up
    return {closeup_id: _figure(_build_closeup(translate, closeup_id), labels) for closeup_id in CLOSEUP_IDS}


_CLOSEUPS: BuiltOnce[dict[str, _Figure]] = BuiltOnce(lambda translate, lang: _closeups(translate))


def body_diagram(state: DiagramState = DiagramState(), translate: Translate = untranslated,
                 lang: str = "en", audience: Audience = "patient") -> str:
    """The inline `<svg>` of the figure in this state (built once per language and reader)."""
    return _INLINE[audience].get(translate, lang).fill(state)


def diagram_svg_document(state: DiagramState = DiagramState(), translate: Translate = untranslated,
                         lang: str = "en", stylesheet: str | None = None) -> str:
    """The figure as a standalone SVG document that carries its own stylesheet text, so a
    downloaded copy looks the same when opened anywhere."""
    return '<?xml version="1.0" encoding="utf-8"?>\n' + _STANDALONE.get(translate, lang).fill(state, stylesheet or "")


def closeup_panes(closeup_id: str, state: DiagramState = DiagramState(),
                  translate: Translate = untranslated, lang: str = "en") -> str:
    """A close-up's panes in this state; ``closeup_id`` must be one of CLOSEUP_IDS."""
    return _CLOSEUPS.get(translate, lang)[closeup_id].fill(state)
