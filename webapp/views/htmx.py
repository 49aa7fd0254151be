"""The one place that tells an htmx fragment request from a full page request."""

from flask import Response, make_response, request


def wants_fragment() -> bool:
    # htmx 4 says "partial" for a targeted swap; back/forward ask for the full page.
    return request.headers.get("HX-Request-Type") == "partial"


def answer_with_url(body: str, status: int, canonical: str) -> Response:
    """The answer; for htmx, with the clean URL to put in the address bar, since a form's
    request carries every choice, made or not. Each change replaces the address rather
    than adding to the history, so that Back leaves the map in one press."""
    response = make_response(body, status)
    if request.headers.get("HX-Request") and canonical != request.full_path.rstrip("?"):
        response.headers["HX-Replace-Url"] = canonical
    return response
