"""The patient's page: the figure, the questions and the result, as a page or a fragment."""

from flask import Blueprint, Response, abort, render_template, url_for
from flask_babel import get_locale
from markupsafe import Markup

from ..assessment.differential import assess
from ..assets import asset_text
from ..figures.body import closeup_panes, diagram_svg_document
from ..figures.closeups import parse_closeup
from ..figures.pictograms import PICTOGRAMS
from ..figures.territory import figure_state
from ..headers import allow_style, vary_on_what_answers_depend_on
from ..i18n import language_options, translator
from ..knowledge.self_checks import SELF_CHECKS
from .htmx import answer_with_url, wants_fragment
from .mapping import (
    SEGMENTS,
    clean_link_for_the_form,
    compared_conditions,
    page_context,
    read_map_request,
    read_selection,
    segment_condition,
)

blueprint = Blueprint("pages", __name__)
PICTOGRAM_MARKUP = {name: Markup(draw()) for name, draw in PICTOGRAMS.items()}
blueprint.after_request(vary_on_what_answers_depend_on)


@blueprint.get("/")
def index():
    context, status = read_map_request(language_options())
    if wants_fragment():
        return answer_with_url(render_template("partials/_map_live.html", **context), status, context["canonical"])
    if moved := clean_link_for_the_form(context):
        return moved
    return render_template("index.html", map_url=url_for("pages.index"),
                           self_checks=SELF_CHECKS, pictograms=PICTOGRAM_MARKUP, **page_context(), **context), status


@blueprint.get("/closeup/<closeup_id>")
def closeup(closeup_id: str):
    """An enlarged part of the figure, in the state the URL gives, for a small screen."""
    found = parse_closeup(closeup_id)
    if found is None:
        abort(404, "There is no such close-up.")
    side, zone = found
    selection, chosen, error = read_selection(language_options())
    if error:
        abort(400, error.message)
    state = figure_state(selection, assess(selection))
    panes = Markup(closeup_panes(closeup_id, state, translator(), str(get_locale())))
    return render_template("partials/_closeup.html", title=zone.titles[0 if side == "right" else 1], panes=panes)


@blueprint.get("/diagram.svg")
def diagram_svg():
    """The figure as an SVG file, in the state the URL gives (a download keeps its marks)."""
    selection, chosen, error = read_selection({**language_options(), "segment": SEGMENTS})
    if error:
        abort(400, error.message)
    stylesheet = asset_text("css/figure.css")
    allow_style(stylesheet)
    state = figure_state(selection, assess(selection), segment_condition(chosen.get("segment")),
                         compared_conditions(chosen.get("compare", ())))
    document = diagram_svg_document(state, translator(), str(get_locale()), stylesheet)
    return Response(document, mimetype="image/svg+xml")
