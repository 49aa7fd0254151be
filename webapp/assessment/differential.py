"""The differential: what a person marked and the findings, in; every condition weighed, out.

Each side is scored on its own with Bayes' rule over every condition at once (the leg
roots, the piriformis, the peripheral nerves, the hip) and "no single cause", by the model
that ``benchmarks.fit`` estimated from published patients (``model``). Each finding
multiplies a condition's weight by how often it is present with that condition; a finding
left out was not examined and says nothing.
"""

import math
from collections.abc import Iterable
from functools import cache

from ..knowledge.catalogue import CONDITIONS, NO_SINGLE_CAUSE
from ..knowledge.condition import Condition
from ..knowledge.findings import EXAM_PAIRS_BY_WORD
from ..knowledge.learned import learned
from ..knowledge.regions import AREAS, REGIONS, SIDES, Side, region_id
from .answers import Assessment, Candidate, FindingEffect, PiriformisAnswer
from .model import Model, model_of
from .red_flags import red_flags
from .selection import Selection

AREA_IDS: tuple[str, ...] = tuple(area.id for area in AREAS)
# Conditions below this share are left out of the answer, as are roots whose skin holds
# no marked region (a lone low back or buttock names no root).
LISTED_FROM = 0.05
_SPINAL_AREAS = frozenset({"low-back", "buttock"})
EXAMINATION_LISTS = 3.0
HYPOTHESES: tuple[Condition, ...] = (*CONDITIONS, NO_SINGLE_CAUSE)


@cache
def shipped_model() -> Model:
    """Read once: the learned file changes only when the fit is run, not while the app serves."""
    return model_of(learned())


def finding_likelihood(condition: Condition, word: str, findings: frozenset[str] = frozenset(),
                       model: Model | None = None) -> float | None:
    """P(word | condition, the other findings), for an abnormal or a normal word; None
    where it says nothing. A rate the knowledge base holds only among patients with another
    finding (hip abduction among those whose foot drops) is its own; every other is learned."""
    pair = EXAM_PAIRS_BY_WORD.get(word)
    abnormal = pair.abnormal if pair else word
    sign = condition.sign(abnormal, findings)
    if sign is not None and sign.given is not None:
        rate = sign.rate
    else:
        rate = (model or shipped_model()).signs[condition.id].get(abnormal)
    if rate is None:
        return None
    return 1 - rate if pair and word == pair.normal else rate


Likelihoods = dict[Condition, dict[str, float]]


def _likelihoods(findings: frozenset[str], model: Model | None = None) -> Likelihoods:
    """P(word | condition) for every condition and every word that says something, worked
    out once per request for the posteriors, the listing and the findings that moved each."""
    table: Likelihoods = {}
    for condition in HYPOTHESES:
        table[condition] = {}
        for word in findings:
            if (likelihood := finding_likelihood(condition, word, findings, model)) is not None:
                table[condition][word] = likelihood
    return table


def _finding_logs(likelihoods: Likelihoods) -> dict[str, float]:
    return {c.id: sum([math.log(v) for v in words.values()]) for c, words in likelihoods.items()}


def side_posteriors(model: Model, pain: set[str], numb: set[str], findings: frozenset[str]) -> dict[str, float]:
    """Every hypothesis's share of one leg, by id: what the fit scores its folds with."""
    return model.posteriors(pain, numb, _finding_logs(_likelihoods(findings, model)))


def side_areas(side: Side, region_ids: Iterable[str]) -> set[str]:
    return {REGIONS[r].area.id for r in region_ids if REGIONS[r].side == side}


def _moved_by(condition: Condition, posteriors: dict[Condition, float],
              likelihoods: Likelihoods) -> tuple[FindingEffect, ...]:
    """The findings that bear on this condition, most first: whether each fits it at all
    (against no single cause), and how it moved it against the others as they stand."""
    if not likelihoods[condition]:
        return ()
    rest = {other: share for other, share in posteriors.items() if other is not condition}
    total = sum(rest.values())
    baseline = likelihoods[NO_SINGLE_CAUSE]
    effects = []
    for word, own in sorted(likelihoods[condition].items()):
        weighted = {other: share * likelihoods[other][word] for other, share in rest.items()}
        factor = own * total / sum(weighted.values())
        support = own / baseline[word] if word in baseline else factor
        fits_better = None
        if factor < 1:
            # The listed cause this finding fits best, where it fits that one better.
            rivals = [other for other in rest if other is not NO_SINGLE_CAUSE and rest[other] >= LISTED_FROM
                      and likelihoods[other].get(word, 0.0) > own]
            fits_better = max(rivals, key=lambda other: weighted[other], default=None)
        effects.append(FindingEffect(word, factor, support, fits_better))
    moving = [e for e in effects if e.points_to or e.points_away]
    return tuple(sorted(moving, key=lambda e: -max(abs(math.log(e.factor)), abs(math.log(e.support)))))


def _floor(score: float) -> float:
    """Rounded down, so that rounding never lifts a side's sum above 1."""
    return math.floor(score * 1000) / 1000


def _candidate(condition: Condition, side: Side, posteriors: dict[Condition, float], marked: list[str],
               numb: set[str], likelihoods: Likelihoods) -> Candidate:
    area_of = {r: REGIONS[r].area.id for r in marked}
    # A root is matched by its dermatome alone: its referred pain fits, but names no level.
    matched = tuple(r for r in marked if (condition.extent(area_of[r]) if condition.kind == "root"
                                          else condition.fits(area_of[r])))
    key = condition.key_point
    return Candidate(
        condition, side, _floor(posteriors[condition]), matched,
        unexplained=tuple(r for r in marked if not condition.fits(area_of[r])),
        disputed=tuple(r for r in matched if condition.extent(area_of[r]) == "disputed"),
        numb_key_point=region_id(side, key) if key and key in numb else None,
        moved_by=_moved_by(condition, posteriors, likelihoods),
    )


def _examination_points_to(condition: Condition, likelihoods: Likelihoods) -> bool:
    """Whether a finding is at least EXAMINATION_LISTS times likelier with the condition
    than with no single cause."""
    base = likelihoods[NO_SINGLE_CAUSE]
    return any(math.log(own) - math.log(base[word]) >= math.log(EXAMINATION_LISTS)
               for word, own in likelihoods[condition].items())


def _listed(candidate: Candidate, marked: set[str], likelihoods: Likelihoods) -> bool:
    """Listed where it explains a mark, or, where only the low back or buttock is marked,
    where the examination points to it (a pressed root found by its reflex and muscles)."""
    examined = marked <= _SPINAL_AREAS and _examination_points_to(candidate.condition, likelihoods)
    return candidate.score >= LISTED_FROM and (bool(candidate.matched) or examined)


def _side(side: Side, selection: Selection,
          likelihoods: Likelihoods) -> tuple[list[Candidate], float, Candidate | None]:
    numb = side_areas(side, selection.numb) & set(AREA_IDS)
    pain = (side_areas(side, selection.pain) & set(AREA_IDS)) - numb
    if not (pain or numb):
        return [], 0.0, None
    shares = shipped_model().posteriors(pain, numb, _finding_logs(likelihoods))
    posteriors = {c: shares[c.id] for c in HYPOTHESES}
    marked = [region_id(side, a) for a in AREA_IDS if a in pain | numb]
    # Only conditions that can be listed, and the piriformis (its score is always answered).
    candidates = [_candidate(c, side, posteriors, marked, numb, likelihoods) for c in CONDITIONS
                  if posteriors[c] >= LISTED_FROM or c.kind == "piriformis"]
    piriformis = next(c for c in candidates if c.kind == "piriformis")
    listed = [c for c in candidates if _listed(c, pain | numb, likelihoods)]
    return listed, posteriors[NO_SINGLE_CAUSE], piriformis


def assess(selection: Selection) -> Assessment:
    differential: list[Candidate] = []
    no_single_cause: dict[Side, float] = {}
    piriformis: list[Candidate] = []
    likelihoods = _likelihoods(selection.findings)
    for side in SIDES:
        listed, rest, side_piriformis = _side(side, selection, likelihoods)
        differential += listed
        if side_piriformis is not None:
            no_single_cause[side] = _floor(rest)
            piriformis.append(side_piriformis)
    differential.sort(key=lambda c: (-c.score, SIDES.index(c.side), c.kind, c.id))
    best = max(piriformis, key=lambda c: c.score, default=None)
    return Assessment(
        differential=tuple(differential),
        no_single_cause=no_single_cause,
        piriformis=PiriformisAnswer(
            score=best.score if best else 0.0, side=best.side if best else None,
            flag=bool(best and best.score >= shipped_model().piriformis_flag_at), candidate=best),
        red_flags=red_flags(selection),
    )
