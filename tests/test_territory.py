"""What the figure shades for each kind of condition, from the knowledge base; the figure in
each territory kind against golden files (set UPDATE_GOLDEN=1 to rewrite them after a
deliberate change, then look at the difference)."""

import os
from pathlib import Path

import pytest

from webapp.assessment.differential import assess
from webapp.assessment.selection import selection_from
from webapp.figures.body import SHADES, body_diagram
from webapp.figures.territory import (
    compare_state,
    figure_state,
    legend,
    shades,
    territory_state,
)
from webapp.knowledge.catalogue import CONDITIONS_BY_ID

GOLDEN = Path(__file__).parent / "golden"


def test_a_root_shades_its_dermatome_by_extent():
    l5 = CONDITIONS_BY_ID["L5"]
    assert shades(l5) == {skin.area: skin.extent for skin in l5.root.dermatome}


def test_a_nerve_shades_its_skin_sure_and_at_the_edge():
    meralgia = CONDITIONS_BY_ID["lateral-femoral-cutaneous"]
    assert shades(meralgia) == {"thigh-outer": "nerve", "thigh-front": "nerve-border"}


def test_the_hip_and_the_piriformis_shade_where_their_pain_lands():
    hip = shades(CONDITIONS_BY_ID["hip-joint"])
    assert set(hip.values()) == {"referral"} and {"groin", "buttock", "thigh-front"} <= set(hip)
    assert "foot-top" not in hip
    assert "buttock" in shades(CONDITIONS_BY_ID["piriformis"])


def test_comparing_marks_what_each_has_alone_and_the_overlap():
    state = compare_state(selection_from(), CONDITIONS_BY_ID["L5"], CONDITIONS_BY_ID["common-peroneal"], ("right",))
    assert state.shaded["right-foot-top"] == "overlap"
    assert state.shaded["right-thigh-back-outer"] == "first"
    assert set(state.shaded.values()) <= set(SHADES)
    assert not any(region.startswith("left-") for region in state.shaded)
    assert [entry.swatch for entry in legend(state)][:2] == ["shade-first", "shade-overlap"]


def test_the_figure_shades_the_best_fit_on_each_side_whatever_its_kind():
    selection = selection_from(numb=["right-thigh-outer"], pain=["left-groin", "left-thigh-front"],
                               findings=["hip-rotation-painful"])
    state = figure_state(selection, assess(selection))
    assert state.shaded["right-thigh-outer"] == "nerve" and state.shaded["left-groin"] == "referral"
    assert "left-thigh-outer" not in state.shaded or state.shaded["left-thigh-outer"] == "referral"


@pytest.mark.parametrize("name, state", [
    ("root", territory_state(selection_from(numb=["right-foot-top"]), {"right": CONDITIONS_BY_ID["L5"]})),
    ("nerve", territory_state(selection_from(numb=["right-thigh-outer"]),
                              {"right": CONDITIONS_BY_ID["lateral-femoral-cutaneous"]})),
    ("referral", territory_state(selection_from(pain=["left-groin"]), {"left": CONDITIONS_BY_ID["hip-joint"]})),
    ("compare", compare_state(selection_from(pain=["right-buttock"]), CONDITIONS_BY_ID["L5"],
                              CONDITIONS_BY_ID["common-peroneal"], ("right",))),
])
def test_the_figure_in_each_territory_kind_matches_its_golden_file(name, state):
    golden = GOLDEN / f"figure-{name}.svg"
    drawn = body_diagram(state)
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(drawn, encoding="utf-8")
    assert drawn == golden.read_text(encoding="utf-8")
