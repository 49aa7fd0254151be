import re

import pytest

from webapp.knowledge.dermatomes import (
    EXTENTS,
    LEG_ROOTS,
    ROOTS,
    SEED_DISCS,
    root_pressed_by,
    roots_supplying,
)
from webapp.knowledge.findings import FINDINGS
from webapp.knowledge.red_flags import RED_FLAG_RULES
from webapp.knowledge.regions import AREA_IDS, REGIONS
from webapp.knowledge.sources import ISNCSCI, KEEGAN_1948, LEE_2008, Source

from . import contract


def test_catalogue_holds_exactly_the_contract_ids():
    assert set(REGIONS) == contract.REGION_IDS


def test_catalogue_matches_the_contract_document_where_it_is_at_hand():
    if not contract.CONTRACT_FILE.exists():
        pytest.skip("shared/contract.md is not beside this checkout")
    text = contract.CONTRACT_FILE.read_text()
    areas = set(re.findall(r"^\| ([a-z-]+) \| .* \| (?:front|back) \|$", text, re.M))
    assert areas == set(contract.AREAS)


def test_every_region_has_a_label_view_and_side():
    for region in REGIONS.values():
        assert region.label and region.view in ("front", "back")
        if region.id == "saddle":
            assert region.side is None
        else:
            assert region.id.startswith(region.side + "-")
            assert region.side.capitalize() in region.label or region.side in region.label
        expected_view = "back" if region.area.id in contract.BACK_VIEW | {"saddle"} else "front"
        assert region.view == expected_view, region.id


def test_labels_say_the_patients_side():
    assert REGIONS["right-big-toe"].label == "Right big toe"
    assert REGIONS["left-foot-top"].label == "Top of left foot"


def test_findings_are_the_contract_findings():
    assert set(FINDINGS) == contract.FINDINGS


def test_roots_run_from_l1_to_s5_and_cover_every_leg_area():
    assert list(ROOTS) == ["L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5"]
    covered = {skin.area for root in ROOTS.values() for skin in root.dermatome}
    assert covered == set(AREA_IDS) - {"low-back"}


@pytest.mark.parametrize("root", ROOTS.values(), ids=lambda r: r.name)
def test_every_fact_names_its_source(root):
    assert all(isinstance(skin.source, Source) and skin.extent in EXTENTS for skin in root.dermatome)
    assert root.key_point.source is ISNCSCI
    assert isinstance(root.key_muscle.source, Source) and isinstance(root.reflex.source, Source)
    assert root.key_point.area in {skin.area for skin in root.dermatome}
    assert root.extent(root.key_point.area) == "core"


def test_seed_discs_press_the_seed_roots_and_far_lateral_the_exiting_root():
    assert [root_pressed_by(disc).name for disc in SEED_DISCS] == ["L4", "L5", "S1"]
    assert root_pressed_by("L4-5", far_lateral=True).name == "L4"
    assert root_pressed_by("L5-S1", far_lateral=True).name == "L5"


@pytest.mark.parametrize("name, area", [
    ("L1", "groin"), ("L2", "thigh-front"), ("L3", "knee-inner"), ("L4", "ankle-inner"),
    ("L5", "foot-top"), ("S1", "heel"), ("S2", "knee-back"), ("S4", "saddle"),
])
def test_isncsci_key_sensory_points(name, area):
    assert ROOTS[name].key_point.area == area


def test_reflexes_and_key_muscles_follow_the_textbook():
    assert "Knee jerk" in ROOTS["L4"].reflex.name
    assert ROOTS["L5"].reflex.name is None
    assert "Ankle jerk" in ROOTS["S1"].reflex.name
    assert "tibialis anterior" in ROOTS["L4"].key_muscle.muscle
    assert "extensor hallucis longus" in ROOTS["L5"].key_muscle.muscle


def test_maps_disagree_where_keegan_and_garrett_differ():
    # Big toe: L5 on the evidence-based map, L4 on Keegan's; back of thigh: S2 against S1.
    assert roots_supplying("big-toe")["L5"] == "core"
    assert roots_supplying("big-toe")["L4"] == "disputed"
    assert ROOTS["L4"].dermatome[-1].source is KEEGAN_1948
    assert roots_supplying("thigh-back")["S2"] == "core"
    assert roots_supplying("thigh-back")["S1"] == "disputed"
    assert all(skin.source is LEE_2008 for skin in ROOTS["S2"].dermatome)


def test_priors_put_l5_and_s1_first():
    shares = {root.name: root.share for root in LEG_ROOTS}
    assert shares["L5"] > shares["S1"] > shares["L4"] > shares["L3"]
    assert 0.75 <= (shares["L5"] + shares["S1"]) / sum(shares.values()) <= 0.9


def test_every_red_flag_finding_raises_a_flag():
    red = {f.id for f in FINDINGS.values() if f.kind == "red-flag"}
    raised = set().union(*(rule.raised_by for rule in RED_FLAG_RULES))
    assert red <= raised
