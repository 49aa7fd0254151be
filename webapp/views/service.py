"""Service endpoints for the people who run the app."""

from flask import Blueprint, jsonify, redirect, url_for

blueprint = Blueprint("service", __name__)


@blueprint.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})


@blueprint.get("/favicon.ico")
def favicon():
    return redirect(url_for("static", filename="favicon.svg"), 301)
