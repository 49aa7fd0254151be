"""The one place that sets the security headers of every response."""

import base64
import hashlib
import re
from functools import lru_cache

from flask import Flask, Response, current_app, g, request
from werkzeug.http import parse_accept_header

PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone",
    "payment", "usb", "browsing-topics"))


ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")


def embed_origins(configured: str | None) -> list[str]:
    """The clinics' origins from the setting, each checked, so that nothing else reaches the header."""
    return [origin for origin in (configured or "").split() if ORIGIN.fullmatch(origin)]


# What /clinics writes into the snippets when no PUBLIC_ORIGIN is set and the request did
# not come to this machine by its own name: a Host header is whatever the client says.
PLACEHOLDER_ORIGIN = "https://MAP.EXAMPLE"
LOOPBACK_HOST = re.compile(r"(localhost|127\.[0-9.]+|\[::1\])(:[0-9]{1,5})?")


def public_origin() -> str:
    """Where clinics' pages reach the map: PUBLIC_ORIGIN; unset, this machine's own address
    when the request named it (as in development), else the placeholder."""
    configured = current_app.config.get("PUBLIC_ORIGIN")
    if configured:
        return configured
    if LOOPBACK_HOST.fullmatch(request.host):
        return request.host_url.rstrip("/")
    return PLACEHOLDER_ORIGIN


def frame_ancestors() -> str:
    """Who may frame this response: the embed by the configured clinics (any when unset),
    every other page only by its own origin."""
    if request.endpoint == "embed.embed":
        configured = current_app.config.get("EMBED_ORIGINS")
        if not (configured or "").strip():
            return "*"
        return " ".join(["'self'", *embed_origins(configured)])
    return "'self'"


def allow_style(css: str) -> None:
    """Let this response carry one exact stylesheet inside it, by its hash."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    g.style_hashes = (*g.get("style_hashes", ()), f"'sha256-{digest}'")


def content_security_policy() -> str:
    return _policy(frame_ancestors(), g.get("style_hashes", ()))


@lru_cache(maxsize=64)
def _policy(ancestors: str, style_hashes: tuple[str, ...]) -> str:
    return "; ".join((
        "default-src 'self'",
        "script-src 'self'",
        " ".join(("style-src 'self'", *style_hashes)),
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        f"frame-ancestors {ancestors}",
    ))


# The same on every response; added as the response leaves the app, the cheapest place.
FIXED_HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Permissions-Policy", PERMISSIONS_POLICY),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
# The request headers an answer of the map depends on: the language, the encoding, and
# whether htmx asks for a fragment. Vary names them and the answer cache keys on them, so
# that no cache can serve one language, encoding or fragment in place of another.
ANSWER_DEPENDS_ON: tuple[str, ...] = ("Accept-Language", "Accept-Encoding", "HX-Request", "HX-Request-Type")


def vary_on_what_answers_depend_on(response: Response) -> Response:
    response.vary.update(ANSWER_DEPENDS_ON)
    return response


HSTS = ("Strict-Transport-Security", "max-age=63072000; includeSubDomains")


def server_answer_headers() -> tuple[tuple[str, str], ...]:
    """The headers of what the servers in front answer themselves (gunicorn's and nginx's
    error pages): those of a page of the app's own."""
    return (("Content-Security-Policy", _policy("'self'", ())), *FIXED_HEADERS)


def set_content_security_policy(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = content_security_policy()
    return response


class FixedHeaders:
    """WSGI middleware that adds the headers every response carries, and HSTS over HTTPS."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        secure = environ.get("wsgi.url_scheme") == "https"

        def start(status, headers, exc_info=None):
            headers.extend(FIXED_HEADERS)
            if secure:
                headers.append(HSTS)
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        return self.app(environ, start)


# Answers whose URL holds what a person marked: health data, so no cache along the way,
# nor the browser's own, may keep them.
HOLDS_HEALTH_DATA = frozenset({"pages.index", "pages.diagram_svg", "pages.closeup", "practitioner.practitioner", "embed.embed",
                               "api.assess_selection"})


def keep_health_data_out_of_caches(response: Response) -> Response:
    if request.endpoint in HOLDS_HEALTH_DATA:
        response.headers["Cache-Control"] = "no-store"
    return response


def init_headers(app: Flask) -> None:
    configured = (app.config.get("EMBED_ORIGINS") or "").split()
    if wrong := [origin for origin in configured if not ORIGIN.fullmatch(origin)]:
        # Dropped in silence, a mistyped origin would quietly stop a clinic's embed.
        raise ValueError("EMBED_ORIGINS holds entries that are not origins (scheme://host[:port]): "
                         + ", ".join(repr(origin) for origin in wrong))
    public = app.config.get("PUBLIC_ORIGIN")
    if public and not ORIGIN.fullmatch(public):
        # A wrong origin would go out in every clinic's snippet.
        raise ValueError(f"PUBLIC_ORIGIN is not an origin (scheme://host[:port]): {public!r}")
    app.after_request(set_content_security_policy)
    app.after_request(keep_health_data_out_of_caches)
    app.wsgi_app = FixedHeaders(app.wsgi_app)


class RefusedEncodings:
    """WSGI middleware that drops the encodings a request refuses (``br;q=0``) from its
    Accept-Encoding, so the compressor never picks one; outermost, so that cached answers
    are shared by requests that accept the same encodings."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        asked = environ.get("HTTP_ACCEPT_ENCODING")
        if asked and "q=" in asked:
            accepted = parse_accept_header(asked)
            environ["HTTP_ACCEPT_ENCODING"] = ", ".join(value for value, quality in accepted if quality > 0)
        return self.app(environ, start_response)
