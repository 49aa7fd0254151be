"""Practitioner mode: explain a segment during a consult, beside a patient's own marks."""

from flask import Blueprint, render_template, url_for
from flask_babel import get_locale
from markupsafe import Markup

from ..assessment.contrast import contrasts
from ..assessment.wording import contrast_words
from ..figures.spine import DRAWN_ROOTS, SpineState, spine_caption, spine_diagram
from ..headers import vary_on_what_answers_depend_on
from ..i18n import language_options, translator
from ..knowledge.catalogue import CONDITIONS, CONDITIONS_BY_ID
from ..knowledge.dermatomes import EXTENTS, LEG_ROOTS, SEED_DISCS, root_pressed_by
from ..knowledge.evidence import RELIABILITY, measured
from ..knowledge.findings import EXAM_GROUPS, EXAM_PAIRS, EXAM_PAIRS_BY_WORD, FAIR_H_REFLEX, FAIR_TEST
from ..knowledge.regions import AREAS_BY_ID
from ..text import N_
from .htmx import answer_with_url
from .mapping import (
    SEGMENTS,
    clean_link_for_the_form,
    compared_conditions,
    link,
    page_context,
    read_map_request,
    segment_root,
)

blueprint = Blueprint("practitioner", __name__)

EXTENT_WORDS = {
    "core": N_("Core (Lee, McPhee and Stringer 2008; ISNCSCI)"),
    "border": N_("Border, shared with a neighbouring root"),
    "disputed": N_("Only on Keegan and Garrett's 1948 map"),
}
blueprint.after_request(vary_on_what_answers_depend_on)


def explorer_context(segment: str | None) -> dict:
    root = segment_root(segment)
    disc = segment if segment in SEED_DISCS else None
    spine_state = SpineState(disc=disc, root=None if disc or root is None or root.name not in DRAWN_ROOTS else root.name)
    return {
        "segment": segment,
        "root": root,
        "disc": disc,
        "far_lateral_root": root_pressed_by(disc, far_lateral=True) if disc else None,
        "dermatome": [(extent, [(AREAS_BY_ID[skin.area], skin) for skin in root.dermatome if skin.extent == extent])
                      for extent in EXTENTS] if root else [],
        "spine": Markup(spine_diagram(spine_state, translator(), str(get_locale()))),
        "spine_caption": spine_caption(spine_state, translator()),
        "extent_words": EXTENT_WORDS,
        "leg_roots": LEG_ROOTS,
        "seed_discs": SEED_DISCS,
    }


COMPARABLE_KINDS = (("root", N_("Nerve roots")), ("piriformis", N_("Piriformis")),
                    ("nerve", N_("Peripheral nerves")), ("hip", N_("Hip")))


def comparison_context(compare: tuple[str, ...], examined: frozenset[str]) -> dict | None:
    compared = compared_conditions(compare)
    if not compared:
        return None
    translate = translator()
    first, second = compared
    return {"first": first, "second": second, "contrasts": [
        (contrast_words(c, first, second, translate), [s.short for s in c.sources])
        for c in contrasts(first, second, examined, most=5)]}


@blueprint.get("/practitioner")
def practitioner():
    context, status = read_map_request({**language_options(), "segment": SEGMENTS, "compare": tuple(CONDITIONS_BY_ID)},
                                       "practitioner")
    if moved := clean_link_for_the_form(context):
        return moved
    selection, segment, lang = context["selection"], context["options"].get("segment"), context["options"].get("lang")
    return answer_with_url(render_template(
        "practitioner.html", **{**context, "emergency": False}, **page_context(), **explorer_context(segment),
        segment_links={s: link("practitioner.practitioner", selection, lang=lang, segment=s) for s in SEGMENTS},
        figure_download=link("pages.diagram_svg", selection, lang=lang, segment=segment),
        patient_link=link("pages.index", selection, lang=lang),
        map_url=url_for("practitioner.practitioner"),
        reliability=RELIABILITY, measured=measured(), fair=FAIR_TEST, fair_h_reflex=FAIR_H_REFLEX,
        exam_groups=EXAM_GROUPS, exam_pairs=EXAM_PAIRS,
        examined_here=frozenset(EXAM_PAIRS_BY_WORD), form_options=("compare",),
        examined=[(pair, pair.answers[0] if pair.abnormal in selection.findings else pair.answers[1])
                  for pair in EXAM_PAIRS if {pair.abnormal, pair.normal} & selection.findings],
        conditions=CONDITIONS, comparable=COMPARABLE_KINDS, compare=context["options"].get("compare", ()),
        comparison=comparison_context(context["options"].get("compare", ()), selection.findings),
    ), status, context["canonical"])
