"""The assessment: what a person marked, in; the segments it fits, piriformis, red flags, out.

Each side is scored on its own with Bayes' rule. The hypotheses are "this root is
pressed" for each leg root, and "no single root" (pain that follows no dermatome,
which is common: Murphy 2009). Each marked region is read as one draw from where
that root's symptoms land: numbness keeps to the dermatome and peaks at the key
sensory point; pain spreads further (Taylor 2013). Priors are the roots' shares of
lumbar radiculopathy, so L5 and S1 lead unless the pattern says otherwise.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .dermatomes import LEG_ROOTS, Root
from .findings import FAIR_TEST, RED_FLAG_RULES, SADDLE_MARKED
from .regions import AREAS, REGIONS, SIDE_WORDS, SIDES, Side, region_id
from .selection import Selection
from .text import N_, Translate, untranslated

# Low back and buttock pain come with every level and with none: they say nothing of
# which root, so they do not enter the level's likelihood.
LEVEL_NEUTRAL_AREAS = frozenset({"low-back", "buttock"})
LEVEL_AREAS: tuple[str, ...] = tuple(a.id for a in AREAS if a.id not in LEVEL_NEUTRAL_AREAS)

NO_SINGLE_ROOT_PRIOR = 0.2
PAIN_LEAK = 0.15        # pain outside any mapped area, relative to the core of the dermatome
NUMB_LEAK = 0.03        # numbness strays far less
PAIN_REFERRAL = 0.5     # pain along the root's usual referral course (thigh and calf)
PAIN_KEY_POINT = 1.5
NUMB_KEY_POINT = 4.0    # numbness at the key sensory point is the strongest single sign
MIN_SCORE = 0.05
# Foot drop is weakness of the muscles that lift the foot: L5 above all, then L4.
FOOT_DROP_LIKELIHOOD = {"L4": 2.0, "L5": 3.0}


@dataclass(frozen=True)
class Segment:
    root: str
    disc: str | None
    side: Side
    score: float
    matched: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Piriformis:
    flag: bool
    score: float
    side: Side | None
    why: str


@dataclass(frozen=True)
class RedFlag:
    id: str
    why: str


@dataclass(frozen=True)
class Assessment:
    segments: tuple[Segment, ...]
    piriformis: Piriformis
    red_flags: tuple[RedFlag, ...]


def _distribution(weights: dict[str, float], leak: float) -> dict[str, float]:
    raw = {area: weights.get(area, 0.0) + leak for area in LEVEL_AREAS}
    total = sum(raw.values())
    return {area: value / total for area, value in raw.items()}


def _pain_weights(root: Root) -> dict[str, float]:
    weights = {area: PAIN_REFERRAL for area in root.pain_referral}
    for skin in root.dermatome:
        weights[skin.area] = max(weights.get(skin.area, 0.0), root.weight(skin.area))
    weights[root.key_point.area] *= PAIN_KEY_POINT
    return weights


def _numb_weights(root: Root) -> dict[str, float]:
    weights = {skin.area: root.weight(skin.area) for skin in root.dermatome}
    weights[root.key_point.area] = NUMB_KEY_POINT
    return weights


# log P(a marked region lands on this area | hypothesis), for pain and for numbness.
_PAIN_LOG = {root.name: {a: math.log(p) for a, p in _distribution(_pain_weights(root), PAIN_LEAK).items()}
             for root in LEG_ROOTS}
_NUMB_LOG = {root.name: {a: math.log(p) for a, p in _distribution(_numb_weights(root), NUMB_LEAK).items()}
             for root in LEG_ROOTS}
_UNIFORM_LOG = -math.log(len(LEVEL_AREAS))
_SHARES = sum(root.share for root in LEG_ROOTS)
_PRIOR_LOG = {root.name: math.log((1 - NO_SINGLE_ROOT_PRIOR) * root.share / _SHARES) for root in LEG_ROOTS}
_NO_SINGLE_ROOT_LOG = math.log(NO_SINGLE_ROOT_PRIOR)


def _areas_on(side: Side, region_ids: Iterable[str]) -> set[str]:
    return {REGIONS[r].area.id for r in region_ids if REGIONS[r].side == side}


def _root_posteriors(pain: set[str], numb: set[str], findings: frozenset[str]) -> dict[str, float]:
    pain = pain - numb  # a region both painful and numb counts once, as numb
    log_joint = {}
    for root in LEG_ROOTS:
        log_joint[root.name] = (_PRIOR_LOG[root.name]
                                + sum(_PAIN_LOG[root.name][a] for a in pain)
                                + sum(_NUMB_LOG[root.name][a] for a in numb))
        if "foot-drop" in findings:
            log_joint[root.name] += math.log(FOOT_DROP_LIKELIHOOD.get(root.name, 1.0))
    log_joint[None] = _NO_SINGLE_ROOT_LOG + _UNIFORM_LOG * (len(pain) + len(numb))
    top = max(log_joint.values())
    total = sum(math.exp(v - top) for v in log_joint.values())
    return {name: math.exp(v - top) / total for name, v in log_joint.items() if name is not None}


def _in_sentence(label: str) -> str:
    return label[:1].lower() + label[1:]


def _label_list(region_ids: Iterable[str], translate: Translate) -> str:
    return ", ".join(_in_sentence(translate(REGIONS[r].label)) for r in region_ids)


def _segment_why(root: Root, side: Side, matched: list[str], numb: set[str],
                 unexplained: list[str], translate: Translate) -> str:
    sentences = [translate(N_("In the skin area (dermatome) of the %(root)s nerve root: %(regions)s."))
                 % {"regions": _label_list(matched, translate), "root": root.name}]
    key_region = region_id(side, root.key_point.area)
    if root.key_point.area in numb:
        sentences.append(translate(N_("Numbness at the %(root)s key sensory point (%(region)s) weighs most."))
                         % {"region": _in_sentence(translate(REGIONS[key_region].label)), "root": root.name})
    disputed = [r for r in matched if root.extent(REGIONS[r].area.id) == "disputed"]
    if disputed:
        sentences.append(translate(N_("Only the older Keegan and Garrett map gives %(root)s this skin: %(regions)s."))
                         % {"regions": _label_list(disputed, translate), "root": root.name})
    if root.disc and root.far_lateral_disc:
        sentences.append(translate(N_("A bulging %(disc)s disc most often presses this root; a far-lateral %(far)s bulge can too."))
                         % {"disc": root.disc, "far": root.far_lateral_disc})
    elif root.disc:
        sentences.append(translate(N_("A bulging %(disc)s disc most often presses this root."))
                         % {"disc": root.disc})
    else:
        sentences.append(translate(N_("No disc lies at this root's exit; pressure on it comes from higher up, in the spinal canal.")))
    if unexplained:
        sentences.append(translate(N_("Not explained by this root: %(regions)s."))
                         % {"regions": _label_list(unexplained, translate)})
    return " ".join(sentences)


def _side_segments(side: Side, selection: Selection, translate: Translate) -> list[Segment]:
    pain = _areas_on(side, selection.pain) & set(LEVEL_AREAS)
    numb = _areas_on(side, selection.numb) & set(LEVEL_AREAS)
    if not (pain or numb):
        return []
    posteriors = _root_posteriors(pain, numb, selection.findings)
    marked = [region_id(side, a) for a in LEVEL_AREAS if a in pain | numb]
    segments = []
    for root in LEG_ROOTS:
        score = posteriors[root.name]
        matched = [r for r in marked if root.extent(REGIONS[r].area.id)]
        if score < MIN_SCORE or not matched:
            continue
        unexplained = [r for r in marked if r not in matched]
        segments.append(Segment(root.name, root.disc, side, round(score, 3), tuple(matched),
                                _segment_why(root, side, matched, numb, unexplained, translate)))
    return segments


def assess(selection: Selection, translate: Translate = untranslated) -> Assessment:
    segments = [s for side in SIDES for s in _side_segments(side, selection, translate)]
    segments.sort(key=lambda s: (-s.score, SIDES.index(s.side), s.root))
    return Assessment(
        segments=tuple(segments),
        piriformis=assess_piriformis(selection, segments, translate),
        red_flags=red_flags(selection, translate),
    )


# Piriformis syndrome: a small share of sciatica (estimates run from under 1 % to 6 %).
# The cues are those of the systematic review of Hopayian 2010; the likelihood ratios
# are this project's estimates, except the FAIR test's (sensitivity / (1 - specificity)).
PIRIFORMIS_PRIOR = 0.06
PIRIFORMIS_FLAG_AT = 0.2
SCIATIC_COURSE_AREAS = frozenset({"thigh-back", "thigh-back-outer", "calf", "calf-outer",
                                  "heel", "sole", "foot-outer", "foot-top"})
PIRIFORMIS_LIKELIHOOD = {
    "fair-positive": FAIR_TEST.positive_likelihood_ratio,
    "buttock-tenderness": 2.5,
    "back-pain-absent": 2.0,
    "sitting-worse": 1.5,
    "sciatic-course": 1.5,
    "no-clean-dermatome": 1.5,
    "clean-dermatome": 0.5,
    "low-back-pain": 0.6,
    "thigh-front": 1.15,
}


def _piriformis_cues(side: Side, selection: Selection, segments: list[Segment]) -> list[str]:
    affected = _areas_on(side, selection.affected)
    cues = [f for f in ("fair-positive", "buttock-tenderness", "back-pain-absent", "sitting-worse")
            if f in selection.findings]
    if affected & SCIATIC_COURSE_AREAS:
        best = max((s.score for s in segments if s.side == side), default=0.0)
        cues += ["sciatic-course", "clean-dermatome" if best >= 0.7 else "no-clean-dermatome"]
    if "low-back" in affected and "back-pain-absent" not in selection.findings:
        cues.append("low-back-pain")
    if "thigh-front" in affected:
        cues.append("thigh-front")
    return cues


def _piriformis_why(flag: bool, side: Side | None, cues: list[str], score: float,
                    translate: Translate) -> str:
    if side is None:
        return translate(N_("Piriformis syndrome starts with pain deep in the buttock; none is marked."))
    cue_text = {
        "fair-positive": N_("the FAIR test brought on the pain (it finds %(found)d in 100 cases and is negative in %(cleared)d in 100 people without it)"),
        "buttock-tenderness": N_("the deep buttock is tender"),
        "back-pain-absent": N_("the low back is free of pain"),
        "sitting-worse": N_("sitting makes it worse"),
        "sciatic-course": N_("pain runs along the sciatic nerve"),
        "no-clean-dermatome": N_("no single nerve root explains the pattern"),
        "clean-dermatome": N_("a single nerve root explains the pattern well, which points to the spine instead"),
        "low-back-pain": N_("low back pain points to the spine instead"),
        "thigh-front": N_("pain at the front of the thigh, which the project article links to piriformis syndrome; this is a weak cue, since that skin belongs to the femoral nerve, not the sciatic"),
    }
    parts = [translate(N_("Buttock pain on your %(side)s.")) % {"side": translate(SIDE_WORDS[side])}]
    if cues:
        fair = {"found": round(FAIR_TEST.sensitivity * 100), "cleared": round(FAIR_TEST.specificity * 100)}
        parts.append(translate(N_("Also: %(cues)s.")) % {"cues": "; ".join(translate(cue_text[c]) % fair for c in cues)})
    parts.append(translate(N_("Estimated chance of piriformis syndrome: %(percent)d in 100.")) % {"percent": round(score * 100)})
    if flag:
        parts.append(translate(N_("A practitioner can check with the FAIR test: lying on the other side, the hip is bent, the knee brought across the body and the hip turned in; pain in the buttock is a positive test.")))
    elif "fair-positive" not in cues:
        parts.append(translate(N_("A FAIR test by a practitioner would tell more.")))
    return " ".join(parts)


def assess_piriformis(selection: Selection, segments: list[Segment],
                      translate: Translate = untranslated) -> Piriformis:
    best: tuple[float, Side | None, list[str]] = (0.0, None, [])
    for side in SIDES:
        affected = _areas_on(side, selection.affected)
        if "buttock" not in affected:
            continue
        cues = _piriformis_cues(side, selection, segments)
        odds = PIRIFORMIS_PRIOR / (1 - PIRIFORMIS_PRIOR)
        for cue in cues:
            odds *= PIRIFORMIS_LIKELIHOOD[cue]
        score = odds / (1 + odds)
        if best[1] is None or score > best[0]:
            best = (score, side, cues)
    score, side, cues = best
    flag = side is not None and score >= PIRIFORMIS_FLAG_AT
    return Piriformis(flag, round(score, 3), side, _piriformis_why(flag, side, cues, score, translate))


def red_flags(selection: Selection, translate: Translate = untranslated) -> tuple[RedFlag, ...]:
    raised = set(selection.findings)
    if "saddle" in selection.affected:
        raised.add(SADDLE_MARKED)
    if all(_areas_on(side, selection.affected) & set(LEVEL_AREAS) for side in SIDES):
        raised.add("bilateral")
    return tuple(RedFlag(rule.id, translate(rule.why)) for rule in RED_FLAG_RULES if rule.raised_by & raised)


# Words for a score, so that a figure never stands alone on the screen.
CONFIDENCE_WORDS: tuple[tuple[float, str], ...] = (
    (0.8, N_("strong fit")),
    (0.5, N_("likely fit")),
    (0.25, N_("possible fit")),
    (0.0, N_("weak fit")),
)


def confidence(score: float) -> str:
    return next(words for floor, words in CONFIDENCE_WORDS if score >= floor)


def best_per_side(segments: Iterable[Segment]) -> dict[Side, Segment]:
    best: dict[Side, Segment] = {}
    for segment in segments:
        if segment.side not in best or segment.score > best[segment.side].score:
            best[segment.side] = segment
    return best
