"""Published patients, and how the engine does on them: the measures that the evaluation
benchmark prints and writes for the practitioner page, and the tests hold floors under."""

import json
from dataclasses import dataclass
from pathlib import Path

from webapp.assessment.answers import Assessment
from webapp.assessment.differential import assess
from webapp.assessment.selection import selection_from
from webapp.knowledge.dermatomes import LEG_ROOTS
from webapp.knowledge.findings import EXAM_PAIRS_BY_WORD
from webapp.knowledge.red_flags import RED_FLAG_FINDINGS

from .evaluation_cases import LEVEL_CASES, PIRIFORMIS_CASES

PUBLISHED = Path(__file__).parent / "cases" / "published.json"
RELIABILITY_BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
ROOT_IDS = frozenset(root.name for root in LEG_ROOTS)


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    answer: str
    sides: tuple[str, ...]
    pain: tuple[str, ...]
    numb: tuple[str, ...]
    history: tuple[str, ...]
    examination: tuple[str, ...]
    urgency: str | None
    part: str
    citation: str = ""
    url: str = ""

    @property
    def marked(self) -> bool:
        return bool(self.pain or self.numb)

    def assess(self, with_examination: bool) -> Assessment:
        findings = self.history + (self.examination if with_examination else ())
        if not with_examination:
            # The FAIR test is a practitioner's, though a patient can report it.
            findings = tuple(f for f in findings if f not in EXAM_PAIRS_BY_WORD)
        return assess(selection_from(self.pain, self.numb, findings))


def published_cases(part: str | None = None) -> list[Case]:
    rows = json.loads(PUBLISHED.read_text(encoding="utf-8"))["cases"]
    cases = [Case(
        id=row["id"], kind=row["kind"], answer=row["answer"],
        sides=("right", "left") if row["side"] == "both" else (row["side"],),
        pain=tuple(dict.fromkeys(row["regions"])), numb=tuple(dict.fromkeys(row["numb"])),
        history=tuple(row["history"]), examination=tuple(row["examination"]),
        urgency=row["urgency"], part=row["part"], citation=row["citation"], url=row["url"],
    ) for row in rows]
    return [c for c in cases if part is None or c.part == part]


def textbook_cases() -> list[Case]:
    """The vignettes written beside the engine: kept apart, and reported apart."""
    cases = [Case(f"textbook-{i}", "root" if c.expect else "none", c.expect or "none", (c.side,),
                  tuple(c.regions(c.pain)), tuple(c.regions(c.numb)), tuple(c.findings), (), None, "textbook")
             for i, c in enumerate(LEVEL_CASES)]
    cases += [Case(f"textbook-piriformis-{i}", "piriformis" if c.flag else "none", "piriformis" if c.flag else "none",
                   ("right",), tuple(f"right-{a}" for a in c.pain), tuple(f"right-{a}" for a in c.numb),
                   tuple(c.findings), (), None, "textbook")
              for i, c in enumerate(PIRIFORMIS_CASES)]
    return cases


def _on_sides(assessment: Assessment, case: Case):
    return [c for c in assessment.differential if c.side in case.sides]


def top_answer(assessment: Assessment, case: Case) -> tuple[str, float]:
    """The answer the map gives first on the case's side: a condition, or "none"."""
    entries = _on_sides(assessment, case)
    rest = max((assessment.no_single_cause[side] for side in case.sides if side in assessment.no_single_cause),
               default=1.0)
    if entries and entries[0].score >= rest:
        return entries[0].id, entries[0].score
    return "none", rest


def top_roots(assessment: Assessment, case: Case, n: int) -> list[str]:
    return [c.id for c in _on_sides(assessment, case) if c.kind == "root"][:n]


@dataclass(frozen=True)
class Measures:
    cases: int
    root_top1: float
    root_top2: float
    differential_top1: float
    piriformis_sensitivity: float
    piriformis_specificity: float
    mimics_not_root: float
    nerve_top1: float
    red_flag_recall: float
    urgent_flagged: float
    emergencies_marked: float
    brier: float
    reliability: tuple[tuple[float, float, int, int], ...]  # bin low, high, right, answered
    misses: tuple[str, ...]


def _share(hits: list[bool]) -> float:
    return sum(hits) / len(hits) if hits else float("nan")


def measure(cases: list[Case], with_examination: bool) -> Measures:
    marked = [c for c in cases if c.marked]
    answers = {c.id: c.assess(with_examination) for c in cases}
    roots = [c for c in marked if c.kind == "root"]
    mimics = [c for c in marked if c.kind in ("piriformis", "nerve", "hip")]
    nerves = [c for c in marked if c.kind == "nerve"]
    tops = {c.id: top_answer(answers[c.id], c) for c in marked}
    flagged = [c for c in cases if set(c.history) & RED_FLAG_FINDINGS]
    urgent = [c for c in cases if c.urgency]
    emergencies = [c for c in cases if c.urgency == "emergency"]
    brier, bins = [], {low: [0, 0] for low in RELIABILITY_BINS[:-1]}
    for case in marked:
        answer, score = tops[case.id]
        right = answer == case.answer
        brier.append((score - right) ** 2)
        low = max(b for b in RELIABILITY_BINS[:-1] if score >= b)
        bins[low][0] += right
        bins[low][1] += 1
    return Measures(
        cases=len(marked),
        root_top1=_share([top_roots(answers[c.id], c, 1) == [c.answer] for c in roots]),
        root_top2=_share([c.answer in top_roots(answers[c.id], c, 2) for c in roots]),
        differential_top1=_share([tops[c.id][0] == c.answer for c in marked]),
        piriformis_sensitivity=_share([answers[c.id].piriformis.flag for c in marked if c.kind == "piriformis"]),
        piriformis_specificity=_share([not answers[c.id].piriformis.flag for c in marked if c.kind != "piriformis"]),
        mimics_not_root=_share([tops[c.id][0] not in ROOT_IDS for c in mimics]),
        nerve_top1=_share([tops[c.id][0] == c.answer for c in nerves]),
        red_flag_recall=_share([bool(answers[c.id].red_flags) for c in flagged]),
        urgent_flagged=_share([bool(answers[c.id].red_flags) for c in urgent]),
        emergencies_marked=_share([any(f.urgency == "emergency" for f in answers[c.id].red_flags) for c in emergencies]),
        brier=sum(brier) / len(brier) if brier else float("nan"),
        reliability=tuple((low, high, *bins[low]) for low, high in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:])),
        misses=tuple(f"{c.id}: {c.answer} -> {tops[c.id][0]} {tops[c.id][1]:.2f}"
                     for c in marked if tops[c.id][0] != c.answer),
    )


def sets() -> dict[str, list[Case]]:
    """The case sets the evaluation reports, by name."""
    return {"development": published_cases("development"), "held-out": published_cases("held-out"),
            "all published": published_cases(), "textbook": textbook_cases()}


def measured_figures(results: dict[str, dict[str, Measures]]) -> dict:
    """What the practitioner page shows of the project's own measures."""
    def part(name: str) -> dict:
        return {how: {"cases": m.cases, "root_top1": round(m.root_top1, 3), "root_top2": round(m.root_top2, 3),
                      "differential_top1": round(m.differential_top1, 3),
                      "piriformis_sensitivity": round(m.piriformis_sensitivity, 3),
                      "piriformis_specificity": round(m.piriformis_specificity, 3),
                      "mimics_not_root": round(m.mimics_not_root, 3), "brier": round(m.brier, 3),
                      "reliability": [list(band) for band in m.reliability]}
                for how, m in results[name].items()}
    return {"development": part("development"), "held-out": part("held-out")}
