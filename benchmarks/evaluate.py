"""Top-1 accuracy of the engine on the evaluation set, case by case."""

from tests.evaluation_cases import LEVEL_CASES, PIRIFORMIS_CASES
from webapp.assess import assess
from webapp.assessment.selection import selection_from


def main() -> None:
    hits = 0
    for case in LEVEL_CASES:
        segments = assess(selection_from(case.regions(case.pain), case.regions(case.numb), case.findings)).segments
        answer = segments[0].root if segments else None
        hits += answer == case.expect
        mark = "ok  " if answer == case.expect else "MISS"
        print(f"{mark} expect {case.expect or '-':3} got {answer or '-':3} {case.picture}")
    print(f"top-1 accuracy: {hits}/{len(LEVEL_CASES)} = {hits / len(LEVEL_CASES):.3f}")
    flagged = sum(
        assess(selection_from([f"right-{a}" for a in c.pain], [f"right-{a}" for a in c.numb], c.findings)).piriformis.flag
        == c.flag for c in PIRIFORMIS_CASES)
    print(f"piriformis flag agreement: {flagged}/{len(PIRIFORMIS_CASES)}")


if __name__ == "__main__":
    main()
