"""Service endpoints for the people who run the app."""

from flask import Blueprint, current_app, jsonify, redirect, url_for

from ..i18n import catalogue_problems

blueprint = Blueprint("service", __name__)


@blueprint.get("/healthz")
def healthz():
    """Up, with every language's catalogue readable."""
    config = current_app.config
    problems = catalogue_problems(config["TRANSLATIONS_DIRECTORY"], config["LANGUAGES"], config["BABEL_DEFAULT_LOCALE"])
    if problems:
        return jsonify({"status": "failing", "catalogues": problems}), 503
    return jsonify({"status": "ok"})


@blueprint.get("/favicon.ico")
def favicon():
    return redirect(url_for("static", filename="favicon.svg"), 301)
