"""The sentences of an answer, written once for the API and the pages, in the caller's language."""

from collections.abc import Iterable, Mapping

from ..knowledge.condition import Condition
from ..knowledge.findings import EXAM_PAIRS_BY_WORD, FINDINGS
from ..knowledge.red_flags import EMERGENCY_HOW, URGENCY_HEADINGS
from ..knowledge.regions import REGIONS, SIDE_WORDS, Side
from ..knowledge.sources import PROJECT_ESTIMATE
from ..text import N_, Translate
from .answers import Assessment, Candidate, FindingEffect, PiriformisAnswer, RedFlag
from .contrast import Contrast, RateSource

_NERVE_WORDS = {
    "lateral-femoral-cutaneous": N_("the nerve to the skin of the outer thigh (lateral femoral cutaneous nerve)"),
    "femoral": N_("the femoral nerve, at the groin"),
    "obturator": N_("the obturator nerve, to the inner thigh"),
    "saphenous": N_("the saphenous nerve, at the inner knee and shin"),
    "sciatic": N_("the sciatic nerve in the thigh"),
    "common-peroneal": N_("a nerve at the outside of the knee (the common peroneal nerve)"),
    "superficial-peroneal": N_("the superficial peroneal nerve, on the outer shin and top of the foot"),
    "deep-peroneal": N_("the deep peroneal nerve, at the web between the big toe and the second toe"),
    "tibial": N_("the tibial nerve at the inner ankle (tarsal tunnel)"),
    "sural": N_("the sural nerve, on the outer edge of the foot"),
}
_HIP_WORDS = {
    "hip-joint": N_("the hip joint itself"),
    "trochanteric": N_("the tendons over the outer hip bone (greater trochanter)"),
}


# Words for a score: how closely the marks match a cause's usual pattern, never read as
# the chance of having it (the map's measured accuracy is said beside them).
CONFIDENCE_WORDS: tuple[tuple[float, str], ...] = (
    (0.8, N_("close match")),
    (0.5, N_("good match")),
    (0.25, N_("partial match")),
    (0.0, N_("weak match")),
)


def confidence(score: float, translate: Translate) -> str:
    return translate(next(words for floor, words in CONFIDENCE_WORDS if score >= floor))


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence; an abbreviation (FAIR, L5) keeps its capitals."""
    if label[1:2].isupper():
        return label
    return label[:1].lower() + label[1:]


def region_list(region_ids: Iterable[str], translate: Translate) -> str:
    return ", ".join(in_sentence(translate(REGIONS[r].label)) for r in region_ids)


def condition_words(condition: Condition, translate: Translate) -> str:
    """A condition as it reads in a sentence: "the L5 nerve root", "the hip joint itself"."""
    if condition.kind == "root":
        return translate(N_("the %(root)s nerve root")) % {"root": condition.id}
    if condition.kind == "piriformis":
        return translate(N_("the sciatic nerve caught by the piriformis muscle in the buttock"))
    if condition.kind == "nerve":
        return translate(_NERVE_WORDS[condition.id])
    if condition.kind == "hip":
        return translate(_HIP_WORDS[condition.id])
    return translate(N_("no single cause"))


def finding_words(word: str, translate: Translate) -> str:
    pair = EXAM_PAIRS_BY_WORD.get(word)
    if pair is None:
        return translate(FINDINGS[word].label)
    template = N_("%(sign)s: abnormal") if word == pair.abnormal else N_("%(sign)s: normal")
    return translate(template) % {"sign": translate(pair.what)}


def _effect_words(effect: FindingEffect, translate: Translate) -> str:
    words = in_sentence(finding_words(effect.word, translate))
    if effect.fits_better is None:
        return words
    return translate(N_("%(finding)s, which fits %(cause)s even more")) % {
        "finding": words, "cause": condition_words(effect.fits_better, translate)}


def _findings_sentences(candidate: Candidate, translate: Translate) -> list[str]:
    towards = [_effect_words(e, translate) for e in candidate.moved_by if e.points_to]
    away = [_effect_words(e, translate) for e in candidate.moved_by if e.points_away]
    sentences = []
    if towards:
        sentences.append(translate(N_("Findings that point to it: %(findings)s.")) % {"findings": "; ".join(towards)})
    if away:
        sentences.append(translate(N_("Findings that point away from it: %(findings)s.")) % {"findings": "; ".join(away)})
    return sentences


def _root_sentences(candidate: Candidate, translate: Translate) -> list[str]:
    root = candidate.condition.root
    if candidate.matched:
        sentences = [translate(N_("In the skin area (dermatome) of the %(root)s nerve root: %(regions)s."))
                     % {"regions": region_list(candidate.matched, translate), "root": root.name}]
    else:
        sentences = [translate(N_("No marked region lies in the skin area of the %(root)s nerve root; the examination points to it."))
                     % {"root": root.name}]
    if candidate.numb_key_point:
        sentences.append(translate(N_("Numbness at the %(root)s key sensory point (%(region)s) weighs most."))
                         % {"region": in_sentence(translate(REGIONS[candidate.numb_key_point].label)), "root": root.name})
    if candidate.disputed:
        sentences.append(translate(N_("Only the older Keegan and Garrett map gives %(root)s this skin: %(regions)s."))
                         % {"regions": region_list(candidate.disputed, translate), "root": root.name})
    if root.disc and root.far_lateral_disc:
        sentences.append(translate(N_("A bulging %(disc)s disc most often presses this root; a far-lateral %(far)s bulge can too."))
                         % {"disc": root.disc.name, "far": root.far_lateral_disc.name})
    elif root.disc:
        sentences.append(translate(N_("A bulging %(disc)s disc most often presses this root."))
                         % {"disc": root.disc.name})
    else:
        sentences.append(translate(N_("No disc lies at this root's exit; pressure on it comes from higher up, in the spinal canal.")))
    return sentences


def candidate_why(candidate: Candidate, translate: Translate) -> str:
    """Why a condition is in the differential: the marks it explains, those it does not,
    and the findings that moved it."""
    condition = candidate.condition
    if condition.kind == "root":
        sentences = _root_sentences(candidate, translate)
    elif condition.skin and condition.kind == "nerve":
        sentences = [translate(N_("In the skin area of %(nerve)s: %(regions)s."))
                     % {"nerve": condition_words(condition, translate), "regions": region_list(candidate.matched, translate)}]
    else:
        sentences = [translate(N_("Where pain from %(cause)s usually lands: %(regions)s."))
                     % {"cause": condition_words(condition, translate), "regions": region_list(candidate.matched, translate)}]
    if candidate.unexplained:
        sentences.append(translate(N_("Not explained by it: %(regions)s."))
                         % {"regions": region_list(candidate.unexplained, translate)})
    return " ".join(sentences + _findings_sentences(candidate, translate))


SideWords = Mapping[Side, str]
PATIENT_SIDES: SideWords = SIDE_WORDS["patient"]


def headline(candidate: Candidate, translate: Translate, no_single_cause: float = 0.0,
             sides: SideWords = PATIENT_SIDES) -> str:
    """The best fit on one side, in plain words; "no single cause" where that weighs more."""
    side = translate(sides[candidate.side])
    if no_single_cause > candidate.score:
        return translate(N_("On %(side)s, no single cause explains the pattern well; the closest fit is %(cause)s.")) % {
            "side": side, "cause": condition_words(candidate.condition, translate)}
    if candidate.kind == "root" and candidate.condition.root.disc:
        return translate(N_("On %(side)s, the pattern fits the %(root)s nerve root, most often pressed by the %(disc)s disc.")) % {
            "side": side, "root": candidate.id, "disc": candidate.condition.root.disc.name}
    if candidate.kind == "root":
        return translate(N_("On %(side)s, the pattern fits the %(root)s nerve root.")) % {"side": side, "root": candidate.id}
    return translate(N_("On %(side)s, the pattern fits %(cause)s better than a nerve root in the spine.")) % {
        "side": side, "cause": condition_words(candidate.condition, translate)}


def answer_summary(best: Mapping[str, Candidate], translate: Translate, sides: SideWords = PATIENT_SIDES) -> str:
    """The answer in one sentence, for a screen reader to say after each change."""
    if not best:
        return translate(N_("No single cause fits yet."))
    if len(best) == 1:
        (only,) = best.values()
        return translate(N_("Best fit now: %(cause)s, %(chance)s.")) % {
            "cause": condition_words(only.condition, translate), "chance": confidence(only.score, translate)}
    right, left = best["right"], best["left"]
    return translate(N_("Best fit now: on %(right_side)s, %(right)s, %(right_chance)s; "
                        "on %(left_side)s, %(left)s, %(left_chance)s.")) % {
        "right_side": translate(sides["right"]), "left_side": translate(sides["left"]),
        "right": condition_words(right.condition, translate), "right_chance": confidence(right.score, translate),
        "left": condition_words(left.condition, translate), "left_chance": confidence(left.score, translate)}


def _rate_source(rate: RateSource, translate: Translate) -> str:
    """Where a rate comes from: a source that measured it (among whom, where that narrows
    it), or the project's estimate and the source that informed it."""
    if rate.source is PROJECT_ESTIMATE:
        return translate(N_("project estimate"))
    if not rate.measured:
        return translate(N_("project estimate after %(source)s")) % {"source": rate.source.short}
    if rate.given is None:
        return rate.source.short
    return translate(N_("%(source)s, among people with %(finding)s")) % {
        "source": rate.source.short, "finding": in_sentence(finding_words(rate.given, translate))}


def contrast_words(contrast: Contrast, first: Condition, second: Condition, translate: Translate,
                   plain: bool = False) -> str:
    """One sign that tells two conditions apart. For a practitioner, how often it is abnormal
    in each, with where those rates come from; ``plain``, for a patient, names the sign
    without anatomical terms or rates."""
    causes = {"first_cause": condition_words(first, translate), "second_cause": condition_words(second, translate)}
    if plain:
        more, less = ("first_cause", "second_cause") if contrast.first > contrast.second else ("second_cause", "first_cause")
        return translate(N_("%(sign)s: more often abnormal with %(more)s than with %(less)s.")) % {
            "sign": translate(contrast.pair.in_plain_words), "more": causes[more], "less": causes[less]}
    sources = dict.fromkeys((_rate_source(contrast.first_source, translate),
                             _rate_source(contrast.second_source, translate)))
    return translate(N_("%(sign)s: abnormal in %(first)d in 100 with %(first_cause)s, in %(second)d in 100 "
                        "with %(second_cause)s (%(sources)s).")) % {
        "sign": translate(contrast.pair.what), "first": round(contrast.first * 100),
        "second": round(contrast.second * 100), **causes, "sources": "; ".join(sources)}


def piriformis_why(answer: PiriformisAnswer, findings: frozenset[str], translate: Translate,
                   sides: SideWords = PATIENT_SIDES) -> str:
    candidate = answer.candidate
    if candidate is None:
        return translate(N_("Piriformis syndrome starts with pain deep in the buttock; none is marked."))
    parts = [translate(N_("How well the pattern matches piriformis syndrome on %(side)s: %(words)s."))
             % {"side": translate(sides[candidate.side]), "words": confidence(candidate.score, translate)}]
    if not any(REGIONS[r].area.id == "buttock" for r in candidate.matched):
        parts.append(translate(N_("It starts with pain deep in the buttock, which is not marked.")))
    parts += _findings_sentences(candidate, translate)
    if any(REGIONS[r].area.id == "thigh-front" for r in candidate.matched + candidate.unexplained):
        parts.append(translate(N_("Pain at the front of the thigh is a weak cue for it: that skin belongs to the femoral nerve, not the sciatic.")))
    fair_examined = bool({"fair-positive", "fair-negative"} & findings)
    if answer.flag and not fair_examined:
        parts.append(translate(N_("A practitioner can check with the FAIR test: lying on the other side, the hip is bent, the knee brought across the body and the hip turned in; pain in the buttock is a positive test.")))
    elif not fair_examined:
        parts.append(translate(N_("A practitioner's FAIR test, a stretch of the muscle deep in the buttock, would tell more.")))
    return " ".join(parts)


def red_flag_why(flag: RedFlag, translate: Translate) -> str:
    """What the flag can mean, and for an emergency what to do now: the API's answer says both."""
    if flag.urgency == "emergency":
        return f"{translate(flag.rule.why)} {translate(URGENCY_HEADINGS['emergency'])}. {translate(EMERGENCY_HOW)}"
    return translate(flag.rule.why)


def contract_answer(assessment: Assessment, findings: frozenset[str], translate: Translate,
                    sides: SideWords = PATIENT_SIDES) -> dict:
    """The answer of ``GET /api/assess``, exactly as the public contract shapes it."""
    differential = [
        {"kind": c.kind, "id": c.id, "side": c.side, "score": c.score, "matched": list(c.matched),
         "why": candidate_why(c, translate)}
        for c in assessment.differential]
    return {
        "segments": [
            {"root": entry["id"], "disc": c.condition.root.disc.name if c.condition.root.disc else None,
             "side": entry["side"], "score": entry["score"], "matched": entry["matched"], "why": entry["why"]}
            for c, entry in zip(assessment.differential, differential) if c.kind == "root"],
        "piriformis": {"flag": assessment.piriformis.flag, "score": assessment.piriformis.score,
                       "side": assessment.piriformis.side,
                       "why": piriformis_why(assessment.piriformis, findings, translate, sides)},
        "red_flags": [{"id": f.id, "urgency": f.urgency, "why": red_flag_why(f, translate)}
                      for f in assessment.red_flags],
        "differential": differential,
        "no_single_cause": assessment.no_single_cause,
    }
