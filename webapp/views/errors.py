"""HTTP errors: JSON under /api, a plain page elsewhere."""

from flask import Blueprint, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

blueprint = Blueprint("errors", __name__)


@blueprint.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if request.path.startswith("/api/"):
        return jsonify({"error": {"message": error.description, "status": error.code}}), error.code
    return render_template("error.html", error=error), error.code
