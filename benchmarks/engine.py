"""How long the differential takes, per leg and per whole answer, on every published
patient's marks in turn (a different selection each call), beside the hand-set baseline
measured in the same run: ``python -m benchmarks.engine``."""

import time

from benchmarks.baselines import hand_set
from support.fitting import rows_of
from support.published import published_cases
from webapp.assessment.differential import assess, shipped_model, side_posteriors
from webapp.assessment.selection import selection_from

ROUNDS = 5


def _per_call(calls: list, run) -> float:
    """Median over rounds of the mean time per call, in milliseconds."""
    rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for call in calls:
            run(call)
        rounds.append((time.perf_counter() - start) / len(calls) * 1000)
    return sorted(rounds)[ROUNDS // 2]


def main() -> None:
    cases = published_cases()
    rows = rows_of(cases)
    model = shipped_model()
    legs = [(r.pain, r.numb, r.findings(True)) for r in rows]
    selections = [selection_from(c.pain, c.numb, c.history + c.examination) for c in cases]
    learned = _per_call(legs, lambda leg: side_posteriors(model, *leg))
    baseline = _per_call(legs, lambda leg: hand_set(*leg))
    whole = _per_call(selections, assess)
    print(f"one leg, learned differential: {learned:.3f} ms; hand-set baseline: {baseline:.3f} ms "
          f"(ratio {learned / baseline:.2f})")
    print(f"a whole answer (assess: both legs, listing, what moved each, red flags): {whole:.3f} ms, "
          f"{whole / baseline:.1f} times the baseline leg")


if __name__ == "__main__":
    main()
