"""The differential's numbers, estimated from published patients with the knowledge base as
their prior, and the hyperparameters chosen by cross-validation on the development part.

Every rate is a posterior mean: ``(strength * prior mean + count) / (strength + rows)``.

- An area's prior mean for a condition is the share a study measured where one did
  (``location_studies.json``); elsewhere the share of the training patients who marked
  areas the knowledge base describes the same way (say, the core of a root's skin, or a
  place its pain commonly spreads to), pooled over every condition. Of the marked, the
  share numb is pooled the same way, by kind of condition and the area's place in its skin.
- No single cause puts symptoms where the training patients put them, whatever their cause.
- A finding's prior mean is the rate the knowledge base gives it (a published rate where
  there is one, else the project's estimate, each with its source); an examination sign is
  refined by the training patients it was examined in. A history answer is not: a report
  that does not mention it does not say it was absent.
"""

import hashlib
import itertools
import json
import math
from dataclasses import asdict, dataclass
from functools import cache

from webapp.assessment.differential import HYPOTHESES, side_areas, side_posteriors
from webapp.assessment.model import READINGS, Model, Reading, model_from
from webapp.knowledge.condition import Condition
from webapp.knowledge.findings import EXAM_PAIRS, EXAM_PAIRS_BY_WORD, FINDINGS, background
from webapp.knowledge.learned import LEARNED, LOCATION_STUDIES
from webapp.knowledge.regions import AREAS

from .published import Case, published_cases

AREA_IDS: tuple[str, ...] = tuple(area.id for area in AREAS)
FOLDS = 10
GRID = {
    "reading": READINGS,
    "prior_strength": (1.0, 2.0, 4.0, 8.0, 16.0, 32.0),
    "damping": (0.5, 0.75, 1.0),
    "measured_tables": (True, False),
    "sign_strength": (2.0, 8.0, 32.0),
}
TEMPERATURES = tuple(round(0.5 + 0.05 * i, 2) for i in range(51))
PIRIFORMIS_SPECIFICITY = 0.9


@dataclass(frozen=True)
class Row:
    """One leg of one published patient: its marks by area, its findings, its answer."""

    case: str
    answer: str
    pain: frozenset[str]
    numb: frozenset[str]
    history: frozenset[str]
    examination: frozenset[str]

    def findings(self, with_examination: bool) -> frozenset[str]:
        if with_examination:
            return self.history | self.examination
        return frozenset(f for f in self.history if f not in EXAM_PAIRS_BY_WORD)


def rows_of(cases: list[Case]) -> list[Row]:
    rows = []
    for case in cases:
        for side in case.sides:
            numb = frozenset(side_areas(side, case.numb))
            pain = frozenset(side_areas(side, case.pain)) - numb
            if pain or numb:
                rows.append(Row(case.id, case.answer, pain, numb, frozenset(case.history),
                                frozenset(case.examination)))
    return rows


@dataclass(frozen=True)
class Hyper:
    reading: Reading
    prior_strength: float
    damping: float
    measured_tables: bool
    sign_strength: float


# What the knowledge base says of a cell, as a class: the area's place in the condition's
# skin, and how commonly its pain spreads there.
def _area_class(condition: Condition, area: str) -> tuple[str, float]:
    place = condition.extent(area) or "outside"
    spread = max((s.weight for s in condition.pain if s.area == area), default=0.0)
    return place, spread


def _numb_class(condition: Condition, area: str) -> tuple[str, str]:
    return condition.kind, _area_class(condition, area)[0]


@cache
def _measured() -> dict[str, tuple[dict[str, float], str]]:
    """condition id -> (area -> measured share, floored at the study's smallest non-zero), source id."""
    measured = {}
    for study in json.loads(LOCATION_STUDIES.read_text(encoding="utf-8"))["studies"]:
        shares = [v for table in study["conditions"].values() for v in table.values()]
        floor = min(v for v in shares if v > 0)
        for condition, table in study["conditions"].items():
            measured[condition] = ({area: max(v, floor) for area, v in table.items()}, study["source"])
    return measured


@dataclass
class Counts:
    """What the training rows show, per hypothesis."""

    rows: dict[str, int]
    pain: dict[str, dict[str, int]]
    numb: dict[str, dict[str, int]]
    examined: dict[str, dict[str, int]]     # abnormal word -> rows where either word was given
    abnormal: dict[str, dict[str, int]]

    @classmethod
    def of(cls, rows: list[Row]) -> "Counts":
        ids = [c.id for c in HYPOTHESES]
        counts = cls({h: 0 for h in ids}, {h: dict.fromkeys(AREA_IDS, 0) for h in ids},
                     {h: dict.fromkeys(AREA_IDS, 0) for h in ids},
                     {h: {p.abnormal: 0 for p in EXAM_PAIRS} for h in ids},
                     {h: {p.abnormal: 0 for p in EXAM_PAIRS} for h in ids})
        for row in rows:
            counts.rows[row.answer] += 1
            for area in row.pain:
                counts.pain[row.answer][area] += 1
            for area in row.numb:
                counts.numb[row.answer][area] += 1
            given = row.history | row.examination
            for pair in EXAM_PAIRS:
                if pair.abnormal in given or pair.normal in given:
                    counts.examined[row.answer][pair.abnormal] += 1
                    counts.abnormal[row.answer][pair.abnormal] += pair.abnormal in given
        return counts


def _smoothed(count: float, total: float, mean: float, strength: float) -> float:
    return (strength * mean + count) / (strength + total)


def _area_priors(counts: Counts, hyper: Hyper) -> dict[str, dict[str, tuple[float, float, str]]]:
    """hypothesis -> area -> (prior mean painful, prior mean numb, where the mean comes from)."""
    marked_in, cells_in, numb_in = {}, {}, {}
    for condition in HYPOTHESES:
        h = condition.id
        for area in AREA_IDS:
            pain, numb = counts.pain[h][area], counts.numb[h][area]
            key, numb_key = _area_class(condition, area), _numb_class(condition, area)
            marked_in[key] = marked_in.get(key, 0) + pain + numb
            cells_in[key] = cells_in.get(key, 0) + counts.rows[h]
            numb_in.setdefault(numb_key, [0, 0])
            numb_in[numb_key][0] += numb
            numb_in[numb_key][1] += pain + numb
    total_rows = sum(counts.rows.values())
    marked = sum(marked_in.values())
    overall = marked / sum(cells_in.values())
    numb_overall = sum(n for n, _ in numb_in.values()) / marked
    strength = hyper.prior_strength
    priors = {}
    for condition in HYPOTHESES:
        h = condition.id
        measured, source = _measured().get(h, ({}, ""))
        priors[h] = {}
        for area in AREA_IDS:
            if condition.kind == "none":
                area_marked = sum(counts.pain[o][area] + counts.numb[o][area] for o in counts.rows)
                share = _smoothed(area_marked, total_rows, overall, strength)
                numb_share, origin = numb_overall, "where every training patient marked"
            else:
                key = _area_class(condition, area)
                if hyper.measured_tables and area in measured:
                    share, origin = measured[area], source
                else:
                    share = _smoothed(marked_in[key], cells_in[key], overall, strength)
                    origin = f"knowledge base: {key[0]}, spread {key[1]:g}"
                numb_count, numb_total = numb_in[_numb_class(condition, area)]
                numb_share = _smoothed(numb_count, numb_total, numb_overall, strength)
            priors[h][area] = (share * (1 - numb_share), share * numb_share, origin)
    return priors


def _sign_prior(condition: Condition, word: str) -> tuple[float, str] | None:
    sign = condition.sign(word)
    if sign is not None:
        return sign.rate, sign.source.id
    rate = background(word)
    if rate is None:
        return None
    source = EXAM_PAIRS_BY_WORD[word].source.id if word in EXAM_PAIRS_BY_WORD else FINDINGS[word].source.id
    return rate, f"background ({source})"


SIGN_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    [pair.abnormal for pair in EXAM_PAIRS] + [word for word in FINDINGS if word not in EXAM_PAIRS_BY_WORD]))


def _estimate(counts: Counts, hyper: Hyper) -> dict:
    """Every rate with what it was estimated from: the body of the learned file."""
    area_priors = _area_priors(counts, hyper)
    hypotheses = {}
    for condition in HYPOTHESES:
        h, n = condition.id, counts.rows[condition.id]
        areas = {}
        for area in AREA_IDS:
            prior_pain, prior_numb, origin = area_priors[h][area]
            areas[area] = {
                "pain": round(_smoothed(counts.pain[h][area], n, prior_pain, hyper.prior_strength), 6),
                "numb": round(_smoothed(counts.numb[h][area], n, prior_numb, hyper.prior_strength), 6),
                "marked_painful": counts.pain[h][area], "marked_numb": counts.numb[h][area],
                "prior_pain": round(prior_pain, 6), "prior_numb": round(prior_numb, 6), "prior_from": origin}
        findings = {}
        for word in SIGN_WORDS:
            if (prior := _sign_prior(condition, word)) is None:
                continue
            mean, source = prior
            examined = counts.examined[h].get(word, 0)
            abnormal = counts.abnormal[h].get(word, 0)
            findings[word] = {"rate": round(_smoothed(abnormal, examined, mean, hyper.sign_strength), 6),
                              "examined": examined, "abnormal": abnormal, "prior": mean, "prior_from": source}
        hypotheses[h] = {"prior": condition.prior, "prior_from": [s.id for s in condition.prior_sources],
                         "rows": n, "areas": areas, "findings": findings}
    return hypotheses


def _fold(case_id: str) -> int:
    return int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % FOLDS


Prediction = tuple[Row, dict[str, float], dict[str, float]]   # row, drawing alone, with examination


def _predict(model: Model, row: Row) -> Prediction:
    return (row, side_posteriors(model, row.pain, row.numb, row.findings(False)),
            side_posteriors(model, row.pain, row.numb, row.findings(True)))


def out_of_fold(rows: list[Row], hyper: Hyper) -> list[Prediction]:
    """Each row predicted by the model fitted on the other folds."""
    predictions = []
    for fold in range(FOLDS):
        held = [r for r in rows if _fold(r.case) == fold]
        if held:
            model = model_from(_estimate(Counts.of([r for r in rows if _fold(r.case) != fold]), hyper),
                               hyper.reading, hyper.damping)
            predictions += [_predict(model, row) for row in held]
    return predictions


def _tempered(posteriors: dict[str, float], temperature: float) -> dict[str, float]:
    weights = {h: p ** (1 / temperature) for h, p in posteriors.items()}
    total = sum(weights.values())
    return {h: w / total for h, w in weights.items()}


def log_loss(predictions: list[Prediction], temperature: float = 1.0) -> float:
    """Mean negative log share of the right answer, drawing alone and with the examination."""
    losses = [-math.log(max(_tempered(p, temperature)[row.answer], 1e-12))
              for row, drawing, examined in predictions for p in (drawing, examined)]
    return sum(losses) / len(losses)


def _piriformis_threshold(predictions: list[Prediction], temperature: float) -> float:
    """The lowest score that keeps specificity at PIRIFORMIS_SPECIFICITY on the rows of
    other causes, with the drawing alone and with the examination."""
    threshold = 0.0
    for view in (1, 2):
        others = sorted((_tempered(p[view], temperature)["piriformis"] for p in predictions
                         if p[0].answer != "piriformis"), reverse=True)
        allowed = math.floor((1 - PIRIFORMIS_SPECIFICITY) * len(others))
        threshold = max(threshold, math.ceil(others[allowed] * 1000 + 1e-9) / 1000)
    return threshold


def fit(rows: list[Row]) -> dict:
    """The learned file: hyperparameters by cross-validation, then every rate from all rows."""
    losses, best, scored_best = [], None, []
    for values in itertools.product(*GRID.values()):
        hyper = Hyper(**dict(zip(GRID, values)))
        scored = out_of_fold(rows, hyper)
        losses.append(round(log_loss(scored), 6))
        if best is None or losses[-1] < min(losses[:-1]):
            best, scored_best = hyper, scored
    loss = min(losses)
    temperature = min(TEMPERATURES, key=lambda t: (log_loss(scored_best, t), t))
    return {
        "about": ("The differential's rates, estimated from the development part of the published patients "
                  "with the knowledge base as their prior, by `python -m benchmarks.fit` (support/fitting.py). "
                  "Written by that command, never by hand; a test checks it is what the command writes."),
        "rows": len(rows), "cases": len({r.case for r in rows}),
        "hyperparameters": {**asdict(best), "temperature": temperature,
                            "piriformis_flag_at": _piriformis_threshold(scored_best, temperature)},
        "cross_validation": {
            "folds": FOLDS, "objective": "mean log loss of the right answer, drawing alone and with the examination",
            "best": loss, "calibrated": round(log_loss(scored_best, temperature), 6),
            "worst": max(losses), "configurations": len(losses)},
        "hypotheses": _estimate(Counts.of(rows), best),
    }


def development_rows() -> list[Row]:
    return rows_of(published_cases("development"))


def learned_text() -> str:
    return json.dumps(fit(development_rows()), indent=1, ensure_ascii=False) + "\n"


def shipped_text() -> str:
    return LEARNED.read_text(encoding="utf-8")


def cross_validated(rows: list[Row], document: dict) -> list[Prediction]:
    """The development rows as the fit's cross-validation saw them, calibrated."""
    chosen = document["hyperparameters"]
    hyper = Hyper(**{name: chosen[name] for name in GRID})
    return [(row, _tempered(drawing, chosen["temperature"]), _tempered(examined, chosen["temperature"]))
            for row, drawing, examined in out_of_fold(rows, hyper)]


def predictions(rows: list[Row], engine) -> list[Prediction]:
    """Each row scored by an engine (pain areas, numb areas, findings -> shares by id)."""
    return [(row, engine(row.pain, row.numb, row.findings(False)), engine(row.pain, row.numb, row.findings(True)))
            for row in rows]
