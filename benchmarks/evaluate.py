"""The engine on published patients: the development part (whose cases the differential was
fitted to), the held-out third (which it never saw), and the textbook vignettes written
beside the engine, each with the drawing alone and with the examination.

First, how each engine ranks the causes of each leg, the learned differential beside two
plain baselines measured in the same run (``baselines``: the hand-set grades it replaced,
and a textbook lookup table); on the development part the learned one is scored out of
fold, as its cross-validation saw it. Then the app's own answers, through ``assess``: what
it lists first, its warning signs. Writes ``benchmarks/output/evaluation.json``, the
calibration of the top answer to ``benchmarks/output/calibration.png``, and the figures the
practitioner page shows.
"""

import json
import math
import sys
from dataclasses import asdict
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from benchmarks.baselines import HAND_SET_PIRIFORMIS_FLAG_AT, hand_set, lookup  # noqa: E402
from support.fitting import cross_validated, predictions, rows_of  # noqa: E402
from support.published import Measures, measure, measured_figures, sets  # noqa: E402
from support.ranking import Ranking, ranking  # noqa: E402
from webapp.assessment.differential import shipped_model, side_posteriors  # noqa: E402
from webapp.knowledge.evidence import MEASURED  # noqa: E402
from webapp.knowledge.learned import learned  # noqa: E402

OUTPUT = Path(__file__).parent / "output"
ROWS = (
    ("root top-1", "root_top1"), ("root top-2", "root_top2"), ("differential top-1", "differential_top1"),
    ("piriformis sensitivity", "piriformis_sensitivity"), ("piriformis specificity", "piriformis_specificity"),
    ("mimics not named as a root", "mimics_not_root"), ("nerve top-1", "nerve_top1"),
    ("red-flag finding flagged", "red_flag_recall"), ("urgent cases flagged", "urgent_flagged"),
    ("emergencies marked emergency", "emergencies_marked"),
    ("Brier of the top answer", "brier"),
)


def _figure(value: float) -> str:
    return "   -" if math.isnan(value) else f"{value:.2f}"


RANKING_ROWS = (
    ("right cause first", "top1"), ("right cause in the first three", "top3"), ("root first among roots", "root_top1"),
    ("mimics not named a root first", "mimics_not_root"), ("right nerve first", "nerve_top1"),
    ("piriformis sensitivity", "piriformis_sensitivity"), ("piriformis specificity", "piriformis_specificity"),
    ("Brier of the top answer", "brier"), ("expected calibration error", "calibration_error"),
)


def rankings() -> dict[str, dict[str, dict[str, Ranking]]]:
    """set -> engine -> view -> measures."""
    model = shipped_model()
    engines = {
        "learned": (lambda pain, numb, findings: side_posteriors(model, pain, numb, findings), model.piriformis_flag_at),
        "hand-set": (hand_set, HAND_SET_PIRIFORMIS_FLAG_AT),
        "lookup": (lookup, None),
    }
    results = {}
    for name, cases in sets().items():
        if name == "all published":
            continue
        rows = rows_of(cases)
        results[name] = {}
        for engine, (score, flag_at) in engines.items():
            scored = (cross_validated(rows, learned()) if engine == "learned" and name == "development"
                      else predictions(rows, score))
            results[name][engine] = {how: ranking(scored, how == "examination", flag_at)
                                     for how in ("drawing", "examination")}
    return results


def _print_rankings(results: dict[str, dict[str, dict[str, Ranking]]]) -> None:
    for name, by_engine in results.items():
        columns = [(engine, how) for engine in by_engine for how in ("drawing", "examination")]
        first = next(iter(by_engine.values()))["drawing"]
        print(f"\n{name}: {first.rows} legs" + (" (learned: out of fold)" if name == "development" else ""))
        print(f"{'':32}" + "".join(f"{engine[:10]:>11}" for engine, _ in columns))
        print(f"{'':32}" + "".join(f"{how[:10]:>11}" for _, how in columns))
        for label, field in RANKING_ROWS:
            print(f"{label:32}" + "".join(f"{_figure(getattr(by_engine[e][h], field)):>11}" for e, h in columns))


def main() -> None:
    ranked = rankings()
    _print_rankings(ranked)
    print("\nthe app's answers (through assess):")
    results: dict[str, dict[str, Measures]] = {
        name: {"drawing": measure(cases, False), "examination": measure(cases, True)}
        for name, cases in sets().items()}
    columns = [(name, how) for name in results for how in ("drawing", "examination")]
    print(f"{'':30}" + "".join(f"{name[:11]:>12}" for name, _ in columns))
    print(f"{'':30}" + "".join(f"{how[:11]:>12}" for _, how in columns))
    print(f"{'cases with marks':30}" + "".join(f"{results[n][h].cases:>12}" for n, h in columns))
    for label, field in ROWS:
        print(f"{label:30}" + "".join(f"{_figure(getattr(results[n][h], field)):>12}" for n, h in columns))
    for name in ("development", "held-out"):
        print(f"\nreliability of the top answer, {name}, with the examination (score band: right / answered)")
        for low, high, right, answered in results[name]["examination"].reliability:
            print(f"  {low:.1f}-{min(high, 1.0):.1f}: {right:>3} / {answered:<3}"
                  + (f" = {right / answered:.2f}" if answered else ""))
    if "-v" in sys.argv:
        for name in ("development", "held-out"):
            print(f"\nmisses, {name}, with the examination:")
            print("\n".join(f"  {miss}" for miss in results[name]["examination"].misses))
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "evaluation.json").write_text(json.dumps(
        {"rankings": {name: {engine: {how: asdict(m) for how, m in by.items()} for engine, by in engines.items()}
                      for name, engines in ranked.items()},
         "answers": {name: {how: asdict(m) for how, m in by.items()} for name, by in results.items()}}, indent=1))
    MEASURED.write_text(json.dumps(measured_figures(results), indent=1) + "\n")
    _plot(results)
    print(f"\nwritten: {OUTPUT / 'evaluation.json'}, {OUTPUT / 'calibration.png'}, {MEASURED}")


def _plot(results: dict[str, dict[str, Measures]]) -> None:
    figure, axes = plt.subplots(figsize=(5.5, 5.5), dpi=120)
    axes.plot([0, 1], [0, 1], color="#888", linestyle="--", label="perfect calibration")
    for (name, how), colour in zip((("development", "examination"), ("held-out", "examination"),
                                    ("development", "drawing")), ("#0b5cad", "#c2410c", "#15803d")):
        points = [((low + min(high, 1.0)) / 2, right / answered, answered)
                  for low, high, right, answered in results[name][how].reliability if answered]
        axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", color=colour,
                  label=f"{name}, {how}")
        for x, y, n in points:
            axes.annotate(str(n), (x, y), textcoords="offset points", xytext=(4, 4), fontsize=7, color=colour)
    axes.set_xlabel("score of the top answer (band middle)")
    axes.set_ylabel("share of top answers that were right")
    axes.set_title("Calibration on published cases (numbers: answers per band)", fontsize=9)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.legend(fontsize=8, loc="upper left")
    figure.tight_layout()
    figure.savefig(OUTPUT / "calibration.png")


if __name__ == "__main__":
    main()
