"""What the figure shades: a condition's territory, read from the knowledge base.

A root shades its dermatome (sure, border, disputed) and marks its key sensory point; a
nerve its skin; the hip and the piriformis the places their pain usually lands. Two
compared conditions shade one ruled across, the other down, and a grid where they meet.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..assessment.answers import Assessment
from ..assessment.selection import Selection
from ..knowledge.condition import Condition
from ..knowledge.regions import AREAS, REGIONS, SIDES, Side, region_id
from ..text import N_
from .body import DiagramState


@dataclass(frozen=True)
class LegendEntry:
    # The classes a swatch region takes ("shade-nerve", "is-pain"), or "key-point".
    swatch: str
    label: str


LEGEND_LABELS: dict[str, str] = {
    "core": N_("Skin of the nerve root, on the evidence-based map"),
    "border": N_("Border of the root's skin, shared with a neighbour"),
    "disputed": N_("Only on an older map"),
    "nerve": N_("Skin of the nerve"),
    "nerve-border": N_("Edge of the nerve's skin"),
    "referral": N_("Where its pain usually lands"),
    "first": N_("First of the two compared"),
    "second": N_("Second of the two compared"),
    "overlap": N_("Where the two overlap"),
}
_LEG_AREAS = tuple(area.id for area in AREAS)


def shades(condition: Condition) -> dict[str, str]:
    """Area -> shade for a condition's territory."""
    if condition.kind == "root":
        return {area: extent for area in _LEG_AREAS if (extent := condition.extent(area))}
    if condition.kind == "nerve":
        return {area: "nerve" if condition.extent(area) == "core" else "nerve-border"
                for area in _LEG_AREAS if condition.extent(area)}
    return {area: "referral" for area in _LEG_AREAS if condition.fits(area)}


def _key_point(condition: Condition, side: Side) -> set[str]:
    return {region_id(side, condition.key_point)} if condition.key_point else set()


def territory_state(selection: Selection, territories: Mapping[Side, Condition]) -> DiagramState:
    """The marks, and each side's condition's territory."""
    shaded: dict[str, str] = {}
    key_points: set[str] = set()
    for side, condition in territories.items():
        shaded.update({region_id(side, area): shade for area, shade in shades(condition).items()})
        key_points |= _key_point(condition, side)
    return DiagramState(pain=selection.pain, numb=selection.numb, shaded=shaded, key_points=frozenset(key_points))


def compare_state(selection: Selection, first: Condition, second: Condition,
                  sides: Iterable[Side]) -> DiagramState:
    """Two conditions' territories on the same sides, their overlap marked."""
    a, b = set(shades(first)), set(shades(second))
    layer = {**{area: "first" for area in a - b}, **{area: "second" for area in b - a},
             **{area: "overlap" for area in a & b}}
    shaded = {region_id(side, area): shade for side in sides for area, shade in layer.items()}
    key_points = {point for side in sides for c in (first, second) for point in _key_point(c, side)}
    return DiagramState(pain=selection.pain, numb=selection.numb, shaded=shaded, key_points=frozenset(key_points))


def best_territories(assessment: Assessment) -> dict[Side, Condition]:
    return {side: best.condition for side in SIDES if (best := assessment.best(side))}


def marked_sides(selection: Selection) -> tuple[Side, ...]:
    """The sides with a mark, or both when none is marked."""
    sides = tuple(side for side in SIDES if any(REGIONS[r].side == side for r in selection.affected))
    return sides or SIDES


def figure_state(selection: Selection, assessment: Assessment, segment: Condition | None = None,
                 compared: tuple[Condition, ...] = ()) -> DiagramState:
    """Two compared conditions; or a chosen one on the marked sides; or the best fit's
    territory on each side."""
    if len(compared) == 2:
        return compare_state(selection, *compared, marked_sides(selection))
    if segment is not None:
        return territory_state(selection, {side: segment for side in marked_sides(selection)})
    return territory_state(selection, best_territories(assessment))


def legend(state: DiagramState) -> tuple[LegendEntry, ...]:
    """A key for each pattern the figure shows, in a fixed order."""
    shown = set(state.shaded.values())
    entries = [LegendEntry(f"shade-{shade}", label) for shade, label in LEGEND_LABELS.items() if shade in shown]
    if state.key_points:
        entries.append(LegendEntry("key-point", N_("Key sensory point")))
    if state.pain:
        entries.append(LegendEntry("is-pain", N_("Marked as painful")))
    if state.numb:
        entries.append(LegendEntry("is-numb", N_("Marked as numb or tingling")))
    return tuple(entries)
