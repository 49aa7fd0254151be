"""HTTP errors: JSON under /api, a plain page elsewhere."""

from flask import Blueprint, Response, jsonify, render_template, request
from werkzeug.exceptions import BadHost, HTTPException

blueprint = Blueprint("errors", __name__)
HOST_NOT_VALID = "The Host header is not a valid host name."


@blueprint.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if request.path.startswith("/api/"):
        message = HOST_NOT_VALID if isinstance(error, BadHost) else error.description
        response = jsonify({"error": {"message": message, "status": error.code}})
        response.status_code = error.code
    elif isinstance(error, BadHost):
        # No URL can be built for a host that cannot be read, so no page either.
        response = Response(f"{error.code} {error.name}: {HOST_NOT_VALID}\n", error.code, mimetype="text/plain")
    else:
        response = Response(render_template("error.html", error=error), error.code, mimetype="text/html")
    # The error's own headers, such as the methods a 405 allows.
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response
