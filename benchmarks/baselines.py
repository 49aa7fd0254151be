"""The plain baselines the learned differential is measured against, in the same run.

- ``hand_set``: the differential as it was before it was fitted: every area's weight a grade
  of the knowledge base (core, border, disputed skin; common or occasional spread) times a
  constant, a leak outside, the marks' joint weight damped, and a hallmark area whose absence
  argues against a condition. Its constants were chosen by hand on the development cases.
- ``lookup``: a textbook lookup table: each condition scores the marked areas its skin or
  usual pain covers, numbness counting double; ties go to the commoner condition.

Each returns every hypothesis's share of one leg, by id, as ``Model.posteriors`` does.
"""

import math

from webapp.assessment.differential import AREA_IDS, HYPOTHESES, _finding_logs, _likelihoods
from webapp.knowledge.catalogue import KEY_POINT_NUMBNESS, KEY_POINT_PAIN
from webapp.knowledge.condition import Condition

PAIN_LEAK = 0.1
NUMB_LEAK = 0.03
REGION_EVIDENCE = 0.6
HAND_SET_PIRIFORMIS_FLAG_AT = 0.03


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


_PAIN = {c: _pain_table(c) for c in HYPOTHESES}
_NUMB = {c: _numbness_table(c) for c in HYPOTHESES}


def _hallmark_log(condition: Condition, marked: set[str], findings: frozenset[str]) -> float:
    hallmark = condition.hallmark
    if hallmark is None or hallmark.areas & marked or hallmark.findings & findings:
        return 0.0
    return math.log(1 - hallmark.rate)


def _normalised(log_joint: dict[str, float]) -> dict[str, float]:
    top = max(log_joint.values())
    weights = {h: math.exp(v - top) for h, v in log_joint.items()}
    total = sum(weights.values())
    return {h: w / total for h, w in weights.items()}


def hand_set(pain: set[str], numb: set[str], findings: frozenset[str]) -> dict[str, float]:
    pain = pain - numb
    finding_logs = _finding_logs(_likelihoods(findings))
    return _normalised({
        c.id: (math.log(c.prior)
               + REGION_EVIDENCE * (sum(_PAIN[c][a] for a in pain) + sum(_NUMB[c][a] for a in numb))
               + (math.log(c.numbness_rate) if numb else 0.0)
               + _hallmark_log(c, pain | numb, findings) + finding_logs[c.id])
        for c in HYPOTHESES})


def lookup(pain: set[str], numb: set[str], findings: frozenset[str]) -> dict[str, float]:
    """Shares proportional to the marks each condition's textbook picture covers (a small
    share for none), so the evaluation's measures read it like the others."""
    pain = pain - numb
    scores = {c.id: sum(1 for a in pain if c.fits(a)) + 2 * sum(1 for a in numb if c.extent(a)) + c.prior
              for c in HYPOTHESES}
    total = sum(scores.values())
    return {h: s / total for h, s in scores.items()}
