"""The one place that tells an htmx fragment request from a full page request."""

from flask import Response, request


def wants_fragment() -> bool:
    # htmx 4 says "partial" for a targeted swap; back/forward ask for the full page.
    return request.headers.get("HX-Request-Type") == "partial"


VARY = ("HX-Request", "HX-Request-Type")


def vary_on_htmx(response: Response) -> Response:
    if "HX-Request-Type" not in response.headers.get("Vary", ""):
        response.vary.update(VARY)
    return response
