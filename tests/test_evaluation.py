"""The engine against the evaluation set: its top-1 accuracy must stay high."""

from webapp.assessment.differential import assess
from webapp.assessment.selection import selection_from

from .evaluation_cases import LEVEL_CASES, PIRIFORMIS_CASES

MIN_TOP1_ACCURACY = 0.9


def top_root(case) -> str | None:
    segments = assess(selection_from(case.regions(case.pain), case.regions(case.numb), case.findings)).segments
    return segments[0].root if segments else None


def test_top1_accuracy_on_the_evaluation_set():
    misses = [(case.picture, case.expect, top_root(case)) for case in LEVEL_CASES
              if top_root(case) != case.expect]
    accuracy = 1 - len(misses) / len(LEVEL_CASES)
    print(f"top-1 accuracy {accuracy:.3f} on {len(LEVEL_CASES)} cases; misses: {misses}")
    assert accuracy >= MIN_TOP1_ACCURACY, misses


def test_the_best_segment_is_on_the_marked_side():
    for case in LEVEL_CASES:
        segments = assess(selection_from(case.regions(case.pain), case.regions(case.numb), case.findings)).segments
        assert all(segment.side == case.side for segment in segments)


def test_piriformis_flags_on_the_evaluation_set():
    wrong = []
    for case in PIRIFORMIS_CASES:
        right = [f"right-{area}" for area in case.pain]
        numb = [f"right-{area}" for area in case.numb]
        if assess(selection_from(right, numb, case.findings)).piriformis.flag != case.flag:
            wrong.append(case.picture)
    assert not wrong
