from types import SimpleNamespace

import pytest

from webapp.assessment.differential import assess
from webapp.assessment.selection import Selection, selection_from
from webapp.assessment.wording import contract_answer
from webapp.knowledge.dermatomes import LEG_ROOTS, ROOTS
from webapp.text import Translate, untranslated


def _namespace(value):
    if isinstance(value, dict):
        return SimpleNamespace(**{key: _namespace(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_namespace(item) for item in value)
    return value


def answer(selection: Selection, translate: Translate = untranslated) -> SimpleNamespace:
    """The answer as the API gives it, read with attributes."""
    return _namespace(contract_answer(assess(selection), selection.findings, translate))


def right(*areas: str) -> list[str]:
    return [f"right-{area}" for area in areas]


def left(*areas: str) -> list[str]:
    return [f"left-{area}" for area in areas]


@pytest.mark.parametrize("areas, root, disc", [
    (("thigh-front", "knee-inner", "shin-inner", "ankle-inner"), "L4", "L3-4"),
    (("thigh-back-outer", "shin-outer", "foot-top", "big-toe"), "L5", "L4-5"),
    (("little-toe", "foot-outer"), "S1", "L5-S1"),
])
@pytest.mark.parametrize("mark", ["pain", "numb"])
def test_each_seed_pattern_ranks_its_segment_first(areas, root, disc, mark):
    assessment = answer(selection_from(**{mark: right(*areas)}))
    best = assessment.segments[0]
    assert (best.root, best.disc, best.side) == (root, disc, "right")
    assert set(best.matched) <= set(right(*areas))


@pytest.mark.parametrize("root", LEG_ROOTS, ids=lambda r: r.name)
@pytest.mark.parametrize("side", ["right", "left"])
def test_numbness_at_a_key_sensory_point_alone_lists_a_root_whose_skin_holds_it(root, side):
    assessment = answer(selection_from(numb=[f"{side}-{root.key_point.area}"]))
    listed = [ROOTS[segment.root] for segment in assessment.segments]
    assert listed and all(r.extent(root.key_point.area) for r in listed)
    assert {segment.side for segment in assessment.segments} == {side}


@pytest.mark.parametrize("marked", [right("low-back"), right("buttock"), left("buttock", "low-back")])
def test_low_back_or_buttock_alone_fits_no_segment(marked):
    assert answer(selection_from(pain=marked)).segments == ()


def test_nothing_marked_answers_nothing():
    assessment = answer(selection_from())
    assert assessment.segments == () and assessment.red_flags == ()
    assert assessment.piriformis.flag is False


def test_numbness_weighs_more_than_pain():
    pain = answer(selection_from(pain=right("big-toe"))).segments[0]
    numb = answer(selection_from(numb=right("big-toe"))).segments[0]
    assert pain.root == numb.root == "L5"
    assert numb.score > pain.score


def test_scores_on_a_side_sum_to_at_most_one_and_are_sorted():
    assessment = answer(selection_from(pain=right("calf", "thigh-back", "knee-back", "big-toe")))
    scores = [s.score for s in assessment.segments]
    assert scores == sorted(scores, reverse=True)
    assert 0 < sum(scores) <= 1.0


def test_both_legs_give_a_segment_each_and_the_bilateral_red_flag():
    assessment = answer(selection_from(pain=right("big-toe", "foot-top") + left("little-toe", "foot-outer")))
    best_by_side = {}
    for segment in assessment.segments:
        best_by_side.setdefault(segment.side, segment.root)
    assert best_by_side == {"right": "L5", "left": "S1"}
    assert "bilateral" in {flag.id for flag in assessment.red_flags}


def test_why_names_the_root_the_disc_and_the_regions():
    best = answer(selection_from(numb=right("foot-top", "big-toe"))).segments[0]
    assert "L5" in best.why and "L4-5" in best.why
    assert "top of right foot" in best.why and "key sensory point" in best.why


def test_why_says_when_only_keegan_and_garrett_give_the_area():
    segments = answer(selection_from(numb=right("big-toe", "shin-inner", "ankle-inner"))).segments
    l4 = next(s for s in segments if s.root == "L4")
    assert "Keegan and Garrett" in l4.why and "right big toe" in l4.why


def test_foot_drop_brings_in_the_peroneal_nerve_and_hip_abduction_tells_them_apart():
    def scores(*findings: str) -> dict[str, float]:
        return {entry.id: entry.score for entry in
                answer(selection_from(pain=right("shin-outer", "foot-top"), findings=findings)).differential}
    without, with_drop = scores(), scores("foot-drop")
    assert with_drop["common-peroneal"] > without.get("common-peroneal", 0.0)
    # Jeon 2013: weak hip abduction in foot drop points to L5; a spared one to the nerve.
    assert scores("foot-drop", "weak-hip-abduction")["L5"] > with_drop["L5"]
    spared = scores("foot-drop", "normal-hip-abduction", "normal-ankle-inversion", "slr-negative")
    assert spared["common-peroneal"] > spared.get("L5", 0.0)


SCIATIC = right("buttock", "thigh-back", "calf")


def test_buttock_and_sciatic_pain_with_the_fair_test_flags_piriformis():
    piriformis = answer(selection_from(pain=SCIATIC, findings=["fair-positive"])).piriformis
    assert piriformis.flag and piriformis.side == "right"
    assert "FAIR test" in piriformis.why and "88" not in piriformis.why


def test_the_classic_piriformis_picture_flags_strongly():
    strong = answer(selection_from(pain=SCIATIC, findings=[
        "sitting-worse", "buttock-tenderness", "back-pain-absent", "fair-positive"])).piriformis
    weak = answer(selection_from(pain=SCIATIC, findings=["fair-positive"])).piriformis
    assert strong.flag and weak.flag and strong.score > weak.score


def test_sciatic_pain_alone_weighs_piriformis_less_and_says_what_to_check():
    alone = answer(selection_from(pain=SCIATIC)).piriformis
    with_cues = answer(selection_from(pain=SCIATIC, findings=["sitting-worse", "buttock-tenderness"])).piriformis
    assert alone.score < with_cues.score
    assert "FAIR" in alone.why


def test_without_buttock_pain_piriformis_weighs_less_and_says_so():
    findings = ["fair-positive", "sitting-worse"]
    without = answer(selection_from(pain=right("thigh-back", "calf"), findings=findings)).piriformis
    with_buttock = answer(selection_from(pain=right("buttock", "thigh-back", "calf"), findings=findings)).piriformis
    assert without.score < with_buttock.score
    assert "buttock, which is not marked" in without.why


def test_low_back_pain_and_a_clean_dermatome_argue_against_piriformis():
    spinal = answer(selection_from(pain=SCIATIC + right("low-back"), numb=right("foot-top", "big-toe"),
                                   findings=["sitting-worse"])).piriformis
    muscular = answer(selection_from(pain=SCIATIC, findings=["sitting-worse", "back-pain-absent"])).piriformis
    assert spinal.score < muscular.score


def test_front_of_thigh_is_a_weak_cue_and_says_so():
    with_front = answer(selection_from(pain=SCIATIC + right("thigh-front"), findings=["fair-positive"])).piriformis
    without = answer(selection_from(pain=SCIATIC, findings=["fair-positive"])).piriformis
    assert with_front.score / without.score < 1.2
    assert "weak cue" in with_front.why and "femoral" in with_front.why


@pytest.mark.parametrize("selection, flag", [
    (selection_from(findings=["saddle-numbness"]), "cauda-equina"),
    (selection_from(numb=["saddle"]), "cauda-equina"),
    (selection_from(pain=["saddle"]), "cauda-equina"),
    (selection_from(findings=["bladder-bowel"]), "cauda-equina"),
    (selection_from(findings=["bilateral"]), "bilateral"),
    (selection_from(findings=["progressive-weakness"]), "progressive-weakness"),
    (selection_from(findings=["foot-drop"]), "foot-drop"),
    (selection_from(findings=["fever"]), "infection"),
    (selection_from(findings=["cancer-history"]), "cancer"),
    (selection_from(findings=["weight-loss"]), "weight-loss"),
    (selection_from(findings=["trauma"]), "fracture"),
])
def test_red_flags_come_through_whatever_else(selection, flag):
    clean_l5 = selection_from(pain=selection.pain | set(right("big-toe")), numb=selection.numb,
                              findings=selection.findings)
    for chosen in (selection, clean_l5):
        flags = answer(chosen).red_flags
        assert flag in [f.id for f in flags]
        raised = next(f for f in flags if f.id == flag)
        assert raised.urgency in ("emergency", "urgent", "soon") and raised.why
        assert flags[0].urgency == min((f.urgency for f in flags), key=["emergency", "urgent", "soon"].index)


def test_no_red_flag_without_cause():
    assert answer(selection_from(pain=right("big-toe", "buttock"), findings=["sitting-worse"])).red_flags == ()


def test_translate_is_applied_to_every_text():
    def bracketed(message: str) -> str:
        return f"[{message}]"
    marked = answer(selection_from(pain=SCIATIC + right("big-toe"), findings=["fever", "fair-positive"]),
                    bracketed)
    texts = [s.why for s in marked.segments] + [marked.piriformis.why] + [f.why for f in marked.red_flags]
    assert len(texts) >= 3
    assert all(text.startswith("[") for text in texts)
    assert "[Right big toe]" in marked.segments[0].why  # region labels are translated too


def test_the_examination_names_a_root_where_only_the_low_back_is_marked():
    root = answer(selection_from(pain=right("low-back"), findings=["ankle-reflex-reduced", "slr-positive",
                                                                   "weak-ankle-plantarflexion"])).segments[0]
    assert (root.root, root.matched) == ("S1", ())
    assert "the examination points to it" in root.why


def test_an_unsided_finding_does_not_list_a_root_on_a_leg_whose_marks_it_does_not_explain():
    segments = answer(selection_from(numb=right("shin-outer", "foot-top"), pain=left("thigh-outer"),
                                     findings=["foot-drop"])).segments
    assert all(s.matched for s in segments)


def test_weakness_getting_worse_in_both_legs_is_an_emergency():
    flags = answer(selection_from(pain=right("calf") + left("calf"), findings=["progressive-weakness"])).red_flags
    assert flags[0].id == "cauda-equina" and flags[0].urgency == "emergency"
    one_leg = answer(selection_from(pain=right("calf"), findings=["progressive-weakness"])).red_flags
    assert [f.urgency for f in one_leg] == ["urgent"]
