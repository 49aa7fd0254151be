"""The differential: what a person marked and the findings, in; every condition weighed, out.

Each side is scored on its own with Bayes' rule over every condition at once (the leg
roots, the piriformis, the peripheral nerves, the hip) and "no single cause". Each
marked region is read as where that condition's symptoms land: numbness keeps to a
root's or a nerve's skin and peaks at a root's key sensory point; pain spreads further
(Murphy 2009, Taylor 2013). Each finding multiplies a condition's weight by how often
it is present with that condition; a finding left out was not examined and says nothing.
"""

import math
from collections.abc import Iterable

from ..knowledge.catalogue import (
    CONDITIONS,
    KEY_POINT_NUMBNESS,
    KEY_POINT_PAIN,
    NO_SINGLE_CAUSE,
)
from ..knowledge.condition import Condition
from ..knowledge.findings import EXAM_PAIRS_BY_WORD, background
from ..knowledge.regions import AREAS, REGIONS, SIDES, Side, region_id
from .answers import Assessment, Candidate, FindingEffect, PiriformisAnswer
from .red_flags import red_flags
from .selection import Selection

AREA_IDS: tuple[str, ...] = tuple(area.id for area in AREAS)
PAIN_LEAK = 0.1     # pain outside a condition's usual picture, relative to the core of its skin
NUMB_LEAK = 0.03    # numbness strays far less
# Marks on one leg are not independent draws (a person marks a whole stripe, or one spot),
# so their joint weight is damped; chosen on the development part of the published cases.
REGION_EVIDENCE = 0.6
# Conditions below this share are left out of the answer, as are roots whose skin holds
# no marked region (a lone low back or buttock names no root).
LISTED_FROM = 0.05
# The lowest threshold that keeps specificity at 0.9 on the development part of the
# published cases, with the drawing alone and with the examination; low, because many
# reports of the syndrome give little to mark (benchmarks/evaluate.py prints both).
PIRIFORMIS_FLAG_AT = 0.03
_SPINAL_AREAS = frozenset({"low-back", "buttock"})
EXAMINATION_LISTS = 3.0


def _distribution(weights: dict[str, float], leak: float) -> dict[str, float]:
    raw = {area: weights.get(area, 0.0) + leak for area in AREA_IDS}
    total = sum(raw.values())
    return {area: math.log(value / total) for area, value in raw.items()}


def _pain_table(condition: Condition) -> dict[str, float]:
    weights = {area: condition.pain_weight(area) for area in AREA_IDS}
    if condition.key_point:
        weights[condition.key_point] *= KEY_POINT_PAIN
    return _distribution(weights, PAIN_LEAK)


def _numbness_table(condition: Condition) -> dict[str, float]:
    weights = {area: condition.numbness_weight(area) for area in AREA_IDS}
    if condition.key_point:
        weights[condition.key_point] = KEY_POINT_NUMBNESS
    return _distribution(weights, NUMB_LEAK)


HYPOTHESES: tuple[Condition, ...] = (*CONDITIONS, NO_SINGLE_CAUSE)
_PAIN = {c: _pain_table(c) for c in HYPOTHESES}
_NUMB = {c: _numbness_table(c) for c in HYPOTHESES}
_PRIOR = {c: math.log(c.prior) for c in HYPOTHESES}
_LOG_NUMBNESS_RATE = {c: math.log(c.numbness_rate) for c in HYPOTHESES}


def finding_likelihood(condition: Condition, word: str, findings: frozenset[str] = frozenset()) -> float | None:
    """P(word | condition, the other findings), for an abnormal or a normal word; None
    where it says nothing."""
    pair = EXAM_PAIRS_BY_WORD.get(word)
    abnormal = pair.abnormal if pair else word
    rate = condition.sign_rate(abnormal, findings)
    if rate is None:
        rate = background(abnormal)
    if rate is None:
        return None
    return 1 - rate if pair and word == pair.normal else rate


Likelihoods = dict[Condition, dict[str, float]]


def _likelihoods(findings: frozenset[str]) -> Likelihoods:
    """P(word | condition) for every condition and every word that says something, worked
    out once per request for the posteriors, the listing and the findings that moved each."""
    table: Likelihoods = {}
    for condition in HYPOTHESES:
        table[condition] = {}
        for word in findings:
            if (likelihood := finding_likelihood(condition, word, findings)) is not None:
                table[condition][word] = likelihood
    return table


def _side_areas(side: Side, region_ids: Iterable[str]) -> set[str]:
    return {REGIONS[r].area.id for r in region_ids if REGIONS[r].side == side}


def _hallmark_log(condition: Condition, marked: set[str], findings: frozenset[str]) -> float:
    hallmark = condition.hallmark
    if hallmark is None or hallmark.areas & marked or hallmark.findings & findings:
        return 0.0
    return math.log(1 - hallmark.rate)


def _posteriors(pain: set[str], numb: set[str], findings: frozenset[str],
                likelihoods: Likelihoods) -> dict[Condition, float]:
    marked = pain | numb
    log_joint = {}
    for condition in HYPOTHESES:
        pain_table, numb_table = _PAIN[condition], _NUMB[condition]
        regions = sum([pain_table[a] for a in pain]) + sum([numb_table[a] for a in numb])
        log_joint[condition] = (_PRIOR[condition] + REGION_EVIDENCE * regions
                                + (_LOG_NUMBNESS_RATE[condition] if numb else 0.0)
                                + _hallmark_log(condition, marked, findings)
                                + sum([math.log(likelihood) for likelihood in likelihoods[condition].values()]))
    top = max(log_joint.values())
    weights = {c: math.exp(v - top) for c, v in log_joint.items()}
    total = sum(weights.values())
    return {c: weight / total for c, weight in weights.items()}


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
    numb = _side_areas(side, selection.numb) & set(AREA_IDS)
    pain = (_side_areas(side, selection.pain) & set(AREA_IDS)) - numb
    if not (pain or numb):
        return [], 0.0, None
    posteriors = _posteriors(pain, numb, selection.findings, likelihoods)
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
            flag=bool(best and best.score >= PIRIFORMIS_FLAG_AT), candidate=best),
        red_flags=red_flags(selection),
    )
