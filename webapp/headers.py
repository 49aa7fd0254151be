"""The one place that sets the security headers of every response."""

import base64
import hashlib
import re

from flask import Flask, Response, current_app, g, request

PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone",
    "payment", "usb", "browsing-topics"))


ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")


def embed_origins(configured: str | None) -> list[str]:
    """The clinics' origins from the setting, each checked, so that nothing else reaches the header."""
    return [origin for origin in (configured or "").split() if ORIGIN.fullmatch(origin)]


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
    return "; ".join((
        "default-src 'self'",
        "script-src 'self'",
        " ".join(("style-src 'self'", *g.get("style_hashes", ()))),
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        f"frame-ancestors {frame_ancestors()}",
    ))


def set_security_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = content_security_policy()
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Permissions-Policy"] = PERMISSIONS_POLICY
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if request.is_secure:
        response.headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
    return response


def init_headers(app: Flask) -> None:
    app.after_request(set_security_headers)
