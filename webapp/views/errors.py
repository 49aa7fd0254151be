"""HTTP errors: JSON under /api, a plain page elsewhere; and no error from a query that
is not UTF-8."""

from flask import Blueprint, Response, jsonify, render_template, request
from werkzeug.exceptions import BadHost, HTTPException

blueprint = Blueprint("errors", __name__)
HOST_NOT_VALID = "The Host header is not a valid host name."


def percent_encoded(raw: bytes) -> bytes:
    """``raw`` with every byte that is not part of valid UTF-8 written as ``%XX``."""
    kept = []
    while True:
        try:
            kept.append(raw.decode())
            return "".join(kept).encode()
        except UnicodeDecodeError as bad:
            kept += [raw[:bad.start].decode(), "".join(f"%{byte:02X}" for byte in raw[bad.start:bad.end])]
            raw = raw[bad.end:]


@blueprint.before_app_request
def percent_encode_a_query_that_is_not_utf8():
    """Raw bytes that are not UTF-8 in the query (sent unencoded; some WSGI servers pass
    them on as they are) make werkzeug's ``request.args`` and ``request.full_path`` raise,
    and every page reads them. Written as ``%XX``, as a client should have sent them, the
    query means the same to the views, which refuse it as not UTF-8."""
    request.query_string = percent_encoded(request.query_string)


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
