"""The region catalogue: every clickable body region of the public contract.

Ids are ``<side>-<area>`` on the patient's own side, plus the midline ``saddle``;
they appear in URLs, the API, the SVG and clinic embeds, so they never change.
"""

from dataclasses import dataclass
from typing import Literal

from ..text import N_

Side = Literal["left", "right"]
View = Literal["front", "back"]
SIDES: tuple[Side, ...] = ("right", "left")
Audience = Literal["patient", "practitioner"]
# A side as each reader says it: the patient's own ("your right side"), or, to a
# practitioner, the patient's ("the patient's right side"), never the viewer's.
SIDE_WORDS: dict[Audience, dict[Side, str]] = {
    "patient": {"right": N_("your right side"), "left": N_("your left side")},
    "practitioner": {"right": N_("the patient's right side"), "left": N_("the patient's left side")},
}


@dataclass(frozen=True)
class BodyPart:
    id: str
    label: str


@dataclass(frozen=True)
class Area:
    """A kind of region, the same on both legs."""

    id: str
    view: View
    part: BodyPart
    name: str


@dataclass(frozen=True)
class Region:
    id: str
    area: Area
    side: Side | None
    label: str

    @property
    def view(self) -> View:
        return self.area.view


BACK_AND_HIP = BodyPart("back-hip", N_("Low back, buttock and groin"))
THIGH = BodyPart("thigh", N_("Thigh"))
KNEE = BodyPart("knee", N_("Knee"))
LOWER_LEG = BodyPart("lower-leg", N_("Lower leg"))
ANKLE_AND_FOOT = BodyPart("ankle-foot", N_("Ankle and foot"))
BODY_PARTS: tuple[BodyPart, ...] = (BACK_AND_HIP, THIGH, KNEE, LOWER_LEG, ANKLE_AND_FOOT)

# Ordered as a person reads the figure: top to bottom, front then back.
AREAS: tuple[Area, ...] = (
    Area("low-back", "back", BACK_AND_HIP, N_("Low back")),
    Area("buttock", "back", BACK_AND_HIP, N_("Buttock")),
    Area("groin", "front", BACK_AND_HIP, N_("Groin")),
    Area("thigh-front", "front", THIGH, N_("Front of thigh")),
    Area("thigh-inner", "front", THIGH, N_("Inner thigh")),
    Area("thigh-outer", "front", THIGH, N_("Outer thigh")),
    Area("thigh-back-outer", "back", THIGH, N_("Outer back of thigh")),
    Area("thigh-back", "back", THIGH, N_("Back of thigh")),
    Area("knee-front", "front", KNEE, N_("Front of knee")),
    Area("knee-inner", "front", KNEE, N_("Inner knee")),
    Area("knee-back", "back", KNEE, N_("Back of knee")),
    Area("shin-inner", "front", LOWER_LEG, N_("Inner shin and calf")),
    Area("shin-outer", "front", LOWER_LEG, N_("Outer shin")),
    Area("calf", "back", LOWER_LEG, N_("Back of calf")),
    Area("calf-outer", "back", LOWER_LEG, N_("Outer calf")),
    Area("ankle-inner", "front", ANKLE_AND_FOOT, N_("Inside of ankle")),
    Area("ankle-outer", "front", ANKLE_AND_FOOT, N_("Outside of ankle")),
    Area("foot-top", "front", ANKLE_AND_FOOT, N_("Top of foot")),
    Area("foot-inner", "front", ANKLE_AND_FOOT, N_("Inner edge of foot")),
    Area("foot-outer", "front", ANKLE_AND_FOOT, N_("Outer edge of foot")),
    Area("big-toe", "front", ANKLE_AND_FOOT, N_("Big toe")),
    Area("toes", "front", ANKLE_AND_FOOT, N_("Middle toes")),
    Area("little-toe", "front", ANKLE_AND_FOOT, N_("Little toe")),
    Area("heel", "back", ANKLE_AND_FOOT, N_("Heel")),
    Area("sole", "back", ANKLE_AND_FOOT, N_("Sole")),
)
SADDLE_AREA = Area("saddle", "back", BACK_AND_HIP, N_("Saddle area"))
# The areas along the sciatic nerve's course in the back of the thigh and the calf, where
# the pain of the lower roots and of a caught sciatic nerve runs alike.
SCIATIC_COURSE: tuple[str, ...] = ("thigh-back", "thigh-back-outer", "knee-back", "calf")
AREAS_BY_ID: dict[str, Area] = {area.id: area for area in (*AREAS, SADDLE_AREA)}

# One message per region, not "Right" + area, so that each language can agree
# adjective and noun in its own way.
_LABELS: dict[str, tuple[str, str]] = {
    "low-back": (N_("Right low back"), N_("Left low back")),
    "buttock": (N_("Right buttock"), N_("Left buttock")),
    "groin": (N_("Right groin"), N_("Left groin")),
    "thigh-front": (N_("Front of right thigh"), N_("Front of left thigh")),
    "thigh-inner": (N_("Inner right thigh"), N_("Inner left thigh")),
    "thigh-outer": (N_("Outer right thigh"), N_("Outer left thigh")),
    "thigh-back-outer": (N_("Outer back of right thigh"), N_("Outer back of left thigh")),
    "thigh-back": (N_("Back of right thigh"), N_("Back of left thigh")),
    "knee-front": (N_("Front of right knee"), N_("Front of left knee")),
    "knee-inner": (N_("Inner right knee"), N_("Inner left knee")),
    "knee-back": (N_("Back of right knee"), N_("Back of left knee")),
    "shin-inner": (N_("Inner right shin and calf"), N_("Inner left shin and calf")),
    "shin-outer": (N_("Outer right shin"), N_("Outer left shin")),
    "calf": (N_("Back of right calf"), N_("Back of left calf")),
    "calf-outer": (N_("Outer right calf"), N_("Outer left calf")),
    "ankle-inner": (N_("Inside of right ankle"), N_("Inside of left ankle")),
    "ankle-outer": (N_("Outside of right ankle"), N_("Outside of left ankle")),
    "foot-top": (N_("Top of right foot"), N_("Top of left foot")),
    "foot-inner": (N_("Inner edge of right foot"), N_("Inner edge of left foot")),
    "foot-outer": (N_("Outer edge of right foot"), N_("Outer edge of left foot")),
    "big-toe": (N_("Right big toe"), N_("Left big toe")),
    "toes": (N_("Middle toes of right foot"), N_("Middle toes of left foot")),
    "little-toe": (N_("Right little toe"), N_("Left little toe")),
    "heel": (N_("Right heel"), N_("Left heel")),
    "sole": (N_("Sole of right foot"), N_("Sole of left foot")),
}


def _catalogue() -> dict[str, Region]:
    regions: dict[str, Region] = {}
    for area in AREAS:
        right_label, left_label = _LABELS[area.id]
        for side, label in (("right", right_label), ("left", left_label)):
            region = Region(f"{side}-{area.id}", area, side, label)
            regions[region.id] = region
    regions["saddle"] = Region("saddle", SADDLE_AREA, None, N_("Saddle area (between the legs)"))
    return regions


REGIONS: dict[str, Region] = _catalogue()
REGION_IDS: tuple[str, ...] = tuple(REGIONS)
AREA_IDS: tuple[str, ...] = tuple(area.id for area in AREAS) + (SADDLE_AREA.id,)


def region_id(side: Side, area_id: str) -> str:
    return f"{side}-{area_id}"


# Both legs' regions of each body part, in figure order: the no-script form's groups.
REGIONS_BY_PART: tuple[tuple[BodyPart, tuple[Region, ...]], ...] = tuple(
    (part, tuple(region for region in REGIONS.values() if region.area.part == part)) for part in BODY_PARTS)
