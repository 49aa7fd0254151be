"""HTTP errors: JSON under /api, a plain page elsewhere."""

from flask import Blueprint, Response, jsonify, render_template, request
from werkzeug.exceptions import BadHost, HTTPException

blueprint = Blueprint("errors", __name__)


@blueprint.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if isinstance(error, BadHost):
        # No URL can be built for a host that cannot be read, so no page either.
        response = Response(f"{error.code} {error.name}: the Host header is not a valid host name.\n",
                            error.code, mimetype="text/plain")
    elif request.path.startswith("/api/"):
        response = jsonify({"error": {"message": error.description, "status": error.code}})
        response.status_code = error.code
    else:
        response = Response(render_template("error.html", error=error), error.code, mimetype="text/html")
    # The error's own headers, such as the methods a 405 allows.
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response
