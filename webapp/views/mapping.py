"""What every page with the map needs: the selection read from the URL, assessed, drawn."""

from collections.abc import Container, Mapping
from functools import cache

from flask import Response, redirect, request, url_for
from flask_babel import get_locale
from markupsafe import Markup

from ..assessment.contrast import contrasts
from ..assessment.differential import assess
from ..assessment.selection import FORM_MARK, Selection, SelectionError, parse_query
from ..assessment.wording import (
    answer_summary,
    condition_words,
    confidence,
    contract_answer,
    contrast_words,
    finding_words,
    headline,
    in_sentence,
    region_list,
)
from ..figures.body import MARK_NAMES, body_diagram
from ..figures.territory import figure_state, legend
from ..i18n import translator
from ..knowledge.catalogue import CONDITIONS_BY_ID, CONDITIONS_BY_KEY
from ..knowledge.condition import Condition
from ..knowledge.dermatomes import LEG_ROOTS, ROOTS, SEED_DISCS, Root, root_pressed_by
from ..knowledge.evidence import measured
from ..knowledge.findings import FINDING_IDS, FINDINGS
from ..knowledge.red_flags import EMERGENCY_HOW, SADDLE_MARKED, URGENCY_HEADINGS
from ..knowledge.regions import (
    REGION_IDS,
    REGIONS_BY_PART,
    SIDE_WORDS,
    SIDES,
    Audience,
)
from ..text import N_

# A segment to explain: a root by name, or a disc in the project article's spelling.
SEGMENTS: tuple[str, ...] = tuple(root.name for root in LEG_ROOTS) + SEED_DISCS


def segment_root(segment: str | None) -> Root | None:
    """The root a segment names: itself, or the root a disc's usual herniation presses."""
    if segment is None:
        return None
    return ROOTS[segment] if segment in ROOTS else root_pressed_by(segment)


def segment_condition(segment: str | None) -> Condition | None:
    root = segment_root(segment)
    return CONDITIONS_BY_KEY[("root", root.name)] if root else None


def compared_conditions(compare: tuple[str, ...]) -> tuple[Condition, ...]:
    return tuple(CONDITIONS_BY_ID[id] for id in compare[:2]) if len(compare) >= 2 else ()


def link(endpoint: str, selection: Selection, **options: str | None) -> str:
    """A URL of this app that carries a selection, so it can be shared or opened elsewhere."""
    marks: dict[str, list[str]] = {}
    for name, value in selection.query_pairs():
        marks.setdefault(name, []).append(value)
    return url_for(endpoint, **marks, **{name: value for name, value in options.items() if value})


def read_selection(options: Mapping[str, Container[str]]) -> tuple[Selection, dict[str, str], SelectionError | None]:
    """The selection in this request's URL; an empty one with the error if the URL is bad."""
    try:
        selection, chosen = parse_query(request.query_string, options, form=True)
        return selection, chosen, None
    except SelectionError as bad_link:
        return Selection(), {}, bad_link


@cache
def map_accuracy() -> dict[str, int]:
    """How often the map's first answer was the confirmed cause, from the drawing alone, on
    the published patients held out from choosing its numbers."""
    held_out = measured()["held-out"]["drawing"]
    return {"cases": held_out["cases"], "right": round(held_out["cases"] * held_out["differential_top1"])}


# The information page about each kind of mimic.
_LEARN_MORE = {"nerve": "info.nerves", "hip": "info.hip", "piriformis": "info.piriformis"}


def _raised_by_words(word: str, translate) -> str:
    if word == SADDLE_MARKED:
        return translate(N_("the area between the legs is marked on the figure"))
    return in_sentence(finding_words(word, translate))


def _tell_apart(side_entries: list, selection: Selection, translate, plain: bool) -> None:
    """Give a side's best entry what a practitioner would check to tell it from the next."""
    if len(side_entries) < 2:
        return
    (first, entry), (second, _) = side_entries[:2]
    entry["second_cause"] = condition_words(second.condition, translate)
    entry["tell_apart"] = [contrast_words(c, first.condition, second.condition, translate, plain)
                           for c in contrasts(first.condition, second.condition, selection.findings)]


def page_context() -> dict:
    """What a whole page with the map adds to its live part: the form's questions, the
    list of places, and the words the script says as marks change. A fragment is decided
    first and never builds these."""
    translate = translator()
    return {"findings": FINDINGS, "body_parts": REGIONS_BY_PART,
            "mark_names": {mark or "none": translate(name) % {"region": "{region}"}
                           for mark, name in MARK_NAMES.items()}}


def clean_link_for_the_form(context: dict) -> Response | None:
    """The page's own form sends a choice for every region; without scripts its answer is
    a redirect to the clean link, which can be kept and shared."""
    if (context["error"] or request.headers.get("HX-Request")
            or not any(name.startswith(FORM_MARK) for name in request.args)):
        return None
    return redirect(context["canonical"], 303)


def read_map_request(options: Mapping[str, Container[str]], audience: Audience = "patient") -> tuple[dict, int]:
    """The template context of the map for this request, and its status, worded for its
    reader (a practitioner hears of the patient's right, a patient of their own).

    A link with a mark the map does not know still gets the map (empty), with a notice.
    """
    selection, chosen, error = read_selection(options)
    translate = translator()
    assessment = assess(selection)
    sides = SIDE_WORDS[audience]
    answer = contract_answer(assessment, selection.findings, translate, sides)
    entries = [{**entry, "headline": headline(candidate, translate, assessment.no_single_cause.get(candidate.side, 0.0), sides),
                "cause": condition_words(candidate.condition, translate),
                "words": confidence(candidate.score, translate), "percent": round(candidate.score * 100),
                "learn_more": _LEARN_MORE.get(candidate.kind)}
               for candidate, entry in zip(assessment.differential, answer["differential"])]
    for side in SIDES:
        _tell_apart([(c, e) for c, e in zip(assessment.differential, entries) if c.side == side],
                    selection, translate, plain=audience == "patient")
    red_flags = [{**flag, "what": translate(raised.rule.why),
                  "because": [_raised_by_words(word, translate) for word in raised.raised_by]}
                 for raised, flag in zip(assessment.red_flags, answer["red_flags"])]
    best_of = {side: candidate for side in SIDES if (candidate := assessment.best(side))}
    best = {side: entry for side in SIDES
            if (entry := next((e for e in entries if e["side"] == side), None))}
    state = figure_state(selection, assessment, segment_condition(chosen.get("segment")),
                         compared_conditions(chosen.get("compare", ())))
    context = {
        "selection": selection,
        "options": chosen,
        "canonical": link(request.endpoint, selection, **chosen) if request.endpoint else request.path,
        "error": error,
        "assessment": answer,
        "red_flags": red_flags,
        "emergency": any(flag["urgency"] == "emergency" for flag in red_flags),
        "urgency_headings": URGENCY_HEADINGS,
        "emergency_how": EMERGENCY_HOW,
        "best": best,
        "others": [e for e in entries if e not in best.values()],
        "figure": Markup(body_diagram(state, translate, str(get_locale()), audience)),
        "summary": answer_summary(best_of, translate, sides),
        "legend": legend(state),
        "side_words": sides,
        "audience": audience,
        # For the patient's printout: what they answered, as they were asked it, and the
        # checks they tried themselves.
        "answered": [translate(FINDINGS[word].question) + " " + translate(N_("Yes")) for word in FINDINGS
                     if word in selection.findings]
                    + [finding_words(word, translate) for word in FINDING_IDS
                       if word in selection.findings and word not in FINDINGS],
        "marked_words": {mark: region_list([r for r in REGION_IDS if r in regions], translate)
                         for mark, regions in (("pain", selection.pain), ("numb", selection.numb))},
        "roots": ROOTS,
        "accuracy": map_accuracy(),
    }
    return context, 400 if error else 200
