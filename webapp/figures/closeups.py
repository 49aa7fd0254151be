"""The figure's close-ups: on a small screen a foot's toes are a few pixels wide, so a tap
opens an enlarged part of the same drawing in which every region is a thumb's size.

Each close-up shows one part of one leg in one or two panes. A pane is a window on a
view, in that view's coordinates for the leg drawn on the viewer's left (the other leg's
window is its mirror image), and the scale in CSS pixels per unit that makes its smallest
region hold a 44 px square (WCAG 2.5.5) with room to spare.
"""

from dataclasses import dataclass
from typing import Literal

from ..knowledge.regions import SIDES, Side
from ..text import N_

ViewName = Literal["front", "back"]


@dataclass(frozen=True)
class Pane:
    view: ViewName
    left: float
    top: float
    width: float
    height: float
    scale: float

    def size(self) -> tuple[int, int]:
        return round(self.width * self.scale), round(self.height * self.scale)


@dataclass(frozen=True)
class Zone:
    id: str
    titles: tuple[str, str]  # for the patient's right leg, then the left
    panes: tuple[Pane, ...]
    home: tuple[tuple[ViewName, str], ...]  # the (view, area) tiles whose tap opens it
    midline: bool = False  # the saddle, between the legs, is drawn too


_FOOT = ("ankle-inner", "ankle-outer", "foot-top", "foot-inner", "foot-outer", "big-toe", "toes", "little-toe")

ZONES: tuple[Zone, ...] = (
    Zone("back-hip", (N_("Right low back and buttock, from behind"), N_("Left low back and buttock, from behind")),
         (Pane("back", -64, 254, 78, 122, 4.2),),
         (("back", "low-back"), ("back", "buttock"), ("back", "saddle")), midline=True),
    Zone("groin", (N_("Right groin"), N_("Left groin")),
         (Pane("front", -64, 288, 68, 90, 4.5),), (("front", "groin"),)),
    Zone("thigh", (N_("Right thigh, from the front"), N_("Left thigh, from the front")),
         (Pane("front", -64, 340, 61, 130, 5.5),),
         (("front", "thigh-front"), ("front", "thigh-inner"), ("front", "thigh-outer"))),
    Zone("back-thigh", (N_("Back of the right thigh"), N_("Back of the left thigh")),
         (Pane("back", -64, 360, 66, 132, 4.0),), (("back", "thigh-back"), ("back", "thigh-back-outer"))),
    Zone("knee", (N_("Right knee, from the front"), N_("Left knee, from the front")),
         (Pane("front", -60, 458, 48, 68, 6.5),), (("front", "knee-front"), ("front", "knee-inner"))),
    Zone("back-knee", (N_("Back of the right knee"), N_("Back of the left knee")),
         (Pane("back", -60, 466, 48, 48, 5.0),), (("back", "knee-back"),)),
    Zone("shin", (N_("Right shin, from the front"), N_("Left shin, from the front")),
         (Pane("front", -62, 505, 52, 102, 4.5),), (("front", "shin-inner"), ("front", "shin-outer"))),
    Zone("calf", (N_("Right calf, from behind"), N_("Left calf, from behind")),
         (Pane("back", -62, 490, 46, 114, 5.8),),
         (("back", "calf"), ("back", "calf-outer"), ("back", "shin-inner"))),
    Zone("foot", (N_("Right ankle and foot: top and sole"), N_("Left ankle and foot: top and sole")),
         (Pane("front", -85, 598, 57, 114, 6.2), Pane("back", -88, 596, 62, 124, 3.6)),
         tuple(("front", area) for area in _FOOT)
         + tuple(("back", area) for area in (*_FOOT, "heel", "sole"))),
)
ZONES_BY_ID = {zone.id: zone for zone in ZONES}
CLOSEUP_IDS: tuple[str, ...] = tuple(f"{side}-{zone.id}" for side in SIDES for zone in ZONES)
_HOME = {tile: zone for zone in ZONES for tile in zone.home}


def closeup_of(view: ViewName, area: str, side: Side | None) -> str:
    """The close-up a tap on this tile opens (the saddle's: the right leg's)."""
    return f"{side or 'right'}-{_HOME[(view, area)].id}"


def parse_closeup(closeup_id: str) -> tuple[Side, Zone] | None:
    side, _, zone = closeup_id.partition("-")
    if side not in SIDES or zone not in ZONES_BY_ID:
        return None
    return side, ZONES_BY_ID[zone]  # type: ignore[return-value]
