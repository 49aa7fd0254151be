"""The patient's page: the figure, the questions and the result, as a page or a fragment."""

from flask import Blueprint, Response, abort, render_template, url_for
from flask_babel import get_locale

from ..assessment.differential import assess
from ..i18n import language_options, translator
from ..assets import asset_text
from ..diagram import diagram_svg_document
from ..headers import allow_style
from .htmx import vary_on_htmx, wants_fragment
from .mapping import SEGMENTS, figure_state, read_map_request, read_selection

blueprint = Blueprint("pages", __name__)
blueprint.after_request(vary_on_htmx)


@blueprint.get("/")
def index():
    context, status = read_map_request(language_options())
    if wants_fragment():
        return render_template("partials/_map_live.html", **context), status
    return render_template("index.html", map_url=url_for("pages.index"), history="push", **context), status


@blueprint.get("/diagram.svg")
def diagram_svg():
    """The figure as an SVG file, in the state the URL gives (a download keeps its marks)."""
    selection, chosen, error = read_selection({**language_options(), "segment": SEGMENTS})
    if error:
        abort(400, error.message)
    stylesheet = asset_text("css/figure.css")
    allow_style(stylesheet)
    state = figure_state(selection, assess(selection), chosen.get("segment"))
    document = diagram_svg_document(state, translator(), str(get_locale()), stylesheet)
    return Response(document, mimetype="image/svg+xml")
