"""The patient's page: the figure, the questions and the result, as a page or a fragment."""

from flask import Blueprint, current_app, render_template, url_for

from .htmx import vary_on_htmx, wants_fragment
from .mapping import read_map_request

blueprint = Blueprint("pages", __name__)
blueprint.after_request(vary_on_htmx)


@blueprint.get("/")
def index():
    context, status = read_map_request({"lang": current_app.config["LANGUAGES"]})
    if wants_fragment():
        return render_template("partials/_map_live.html", **context), status
    return render_template("index.html", map_url=url_for("pages.index"), history="push", **context), status
