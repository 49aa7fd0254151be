"""The engine on published patients and on the textbook vignettes: floors a little under
the measured figures (``python -m benchmarks.evaluate``), so that a regression fails."""

import json
from urllib.parse import urlparse

import pytest

from support.published import (
    PUBLISHED,
    measure,
    measured_figures,
    published_cases,
    sets,
    textbook_cases,
)
from webapp.knowledge.catalogue import CONDITIONS_BY_KEY
from webapp.knowledge.findings import FINDING_IDS, contradiction
from webapp.knowledge.regions import REGION_IDS

# (set, with the examination) -> measure -> floor
FLOORS = {
    ("development", False): {"root_top1": 0.48, "root_top2": 0.55, "differential_top1": 0.43,
                             "piriformis_sensitivity": 0.75, "piriformis_specificity": 0.88,
                             "mimics_not_root": 0.70, "nerve_top1": 0.34},
    ("development", True): {"root_top1": 0.63, "root_top2": 0.67, "differential_top1": 0.48,
                            "piriformis_sensitivity": 0.75, "piriformis_specificity": 0.88,
                            "mimics_not_root": 0.73, "nerve_top1": 0.38},
    ("held-out", True): {"root_top1": 0.64, "root_top2": 0.72, "differential_top1": 0.46,
                         "piriformis_sensitivity": 0.65, "piriformis_specificity": 0.86, "mimics_not_root": 0.66},
    ("textbook", False): {"root_top1": 0.80, "root_top2": 0.90, "piriformis_specificity": 0.85},
    ("textbook", True): {"root_top1": 0.80, "piriformis_sensitivity": 0.9},
}
BRIER_CEILINGS = {("development", True): 0.26, ("held-out", True): 0.28}


def _cases(name: str):
    return textbook_cases() if name == "textbook" else published_cases(name)


@pytest.mark.parametrize("name, with_examination", FLOORS)
def test_the_measures_stay_above_their_floors(name, with_examination):
    measures = measure(_cases(name), with_examination)
    below = {field: getattr(measures, field) for field, floor in FLOORS[(name, with_examination)].items()
             if not getattr(measures, field) >= floor}
    assert not below, (below, measures.misses)


@pytest.mark.parametrize("name, with_examination", BRIER_CEILINGS)
def test_the_brier_score_stays_under_its_ceiling(name, with_examination):
    assert measure(_cases(name), with_examination).brier <= BRIER_CEILINGS[(name, with_examination)]


def test_every_case_carrying_a_red_flag_finding_is_flagged_and_every_emergency_by_a_finding_is_one():
    cases = published_cases()
    assert measure(cases, True).red_flag_recall == 1.0
    for case in cases:
        if case.urgency == "emergency" and {"saddle-numbness", "bladder-bowel"} & set(case.history):
            assert any(flag.urgency == "emergency" for flag in case.assess(False).red_flags), case.id


def test_the_published_set_is_large_and_broad_enough():
    cases = published_cases()
    kinds = {kind: [c for c in cases if c.kind == kind] for kind in ("root", "piriformis", "nerve", "hip")}
    assert len(cases) >= 80
    assert len(kinds["root"]) >= 30 and len(kinds["piriformis"]) >= 12
    assert len(kinds["nerve"]) >= 15 and len(kinds["hip"]) >= 6
    assert sum(1 for c in cases if c.urgency) >= 8
    assert {"L3", "L4", "L5", "S1"} <= {c.answer for c in kinds["root"]}
    assert {c.answer for c in kinds["nerve"]} == {id for kind, id in CONDITIONS_BY_KEY if kind == "nerve"}
    assert {c.answer for c in kinds["hip"]} == {"hip-joint", "trochanteric"}
    rows = json.loads(PUBLISHED.read_text(encoding="utf-8"))["cases"]
    assert any(row["far_lateral"] for row in rows)
    assert 0.25 <= sum(c.part == "held-out" for c in cases) / len(cases) <= 0.4


def test_every_case_cites_its_report_and_speaks_the_contract():
    rows = json.loads(PUBLISHED.read_text(encoding="utf-8"))["cases"]
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["citation"] and urlparse(row["url"]).scheme in ("http", "https"), row["id"]
        assert row["report"] and row["confirmed_by"], row["id"]
        assert set(row["regions"]) | set(row["numb"]) <= set(REGION_IDS), row["id"]
        assert set(row["history"]) | set(row["examination"]) <= set(FINDING_IDS), row["id"]
        assert contradiction(frozenset(row["history"]) | frozenset(row["examination"])) is None, row["id"]
        assert row["kind"] == "none" or (row["kind"], row["answer"]) in CONDITIONS_BY_KEY, row["id"]


def test_the_measured_figures_the_practitioner_page_shows_are_current():
    from webapp.knowledge.evidence import measured

    results = {name: {"drawing": measure(cases, False), "examination": measure(cases, True)}
               for name, cases in sets().items() if name in ("development", "held-out")}
    assert measured() == json.loads(json.dumps(measured_figures(results))), "run python -m benchmarks.evaluate"
