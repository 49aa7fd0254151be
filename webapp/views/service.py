"""Service endpoints for the people who run the app."""

from flask import Blueprint, jsonify

blueprint = Blueprint("service", __name__)


@blueprint.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})
