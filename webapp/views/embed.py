"""The map for clinics' websites: a compact page for an iframe, its host script, its theme."""

from flask import (
    Blueprint,
    Response,
    current_app,
    make_response,
    render_template,
    request,
    url_for,
)

from ..assessment.selection import SelectionError, parse_query
from ..assets import asset_text
from ..headers import public_origin, vary_on_what_answers_depend_on
from ..i18n import language_options
from ..theme import THEME_OPTIONS, readable_accent
from .htmx import answer_with_url, wants_fragment
from .mapping import clean_link_for_the_form, page_context, read_map_request

blueprint = Blueprint("embed", __name__)
blueprint.after_request(vary_on_what_answers_depend_on)


@blueprint.get("/embed")
def embed():
    context, status = read_map_request({**language_options(), **THEME_OPTIONS})
    if wants_fragment():
        return answer_with_url(render_template("partials/_map_live.html", **context), status,
                               context["canonical"])
    if moved := clean_link_for_the_form(context):
        return moved
    options = context["options"]
    theme_stylesheet = (url_for("embed.theme_css", accent=options["accent"], theme=options.get("theme"))
                        if "accent" in options else None)
    return render_template("embed.html", map_url=url_for("embed.embed"),
                           theme_stylesheet=theme_stylesheet, **page_context(), **context), status


@blueprint.get("/embed/theme.css")
def theme_css():
    """A clinic's accent colour as CSS custom properties: a stylesheet, since the page
    allows no inline styles."""
    try:
        _, chosen = parse_query(request.query_string, THEME_OPTIONS)
    except SelectionError as error:
        # The value is not echoed: inside a CSS comment, any "*/" in it would close the comment.
        named = error.parameter if error.parameter in THEME_OPTIONS else "the query"
        return Response(f"/* Not accepted: {named}. See /clinics for the options. */\n",
                        status=400, mimetype="text/css")
    css = ""
    if "accent" in chosen:
        accent = readable_accent(chosen["accent"], chosen.get("theme", "light"))
        css = f":root {{ --accent: {accent}; --figure-focus: {accent}; }}\n"
    response = Response(css, mimetype="text/css")
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response


@blueprint.get("/embed.js")
def host_script():
    """The script a clinic's page loads to size the iframe to the map."""
    response = Response(asset_text("js/embed-host.js"), mimetype="text/javascript")
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    return response


@blueprint.get("/clinics")
def clinics():
    response = make_response(render_template("clinics.html", origin=public_origin()))
    if not current_app.config.get("PUBLIC_ORIGIN"):
        # Unconfigured, the snippet names this machine when asked by its own address.
        response.vary.add("Host")
    return response
