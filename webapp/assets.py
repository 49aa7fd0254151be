"""Static files under fingerprinted names, so that browsers may keep them for a year.

``url_for('static', filename='css/app.css')`` gives ``/static/css/app.<hash>.css``; the
file behind a fingerprinted name never changes, so it is served as immutable. The files
are small and read once, at start-up, and text files are compressed then, once and
thoroughly, so that answers can be compressed quickly (config.py) without making the
files every first visit loads any heavier.
"""

import gzip
import hashlib
import mimetypes
from collections.abc import Container, Iterable
from dataclasses import dataclass
from pathlib import Path

import brotli
from flask import Flask, Response, abort, current_app, request

YEAR = 365 * 24 * 3600


@dataclass(frozen=True)
class Asset:
    body: bytes
    mimetype: str
    etag: str
    encoded: dict[str, bytes]  # Content-Encoding -> the body so encoded; empty if not text

    def answer(self, accepted: Iterable[str]) -> Response:
        """The file in the best encoding among those ``accepted``, in order of preference."""
        encoding = next((name for name in accepted if name in self.encoded), None)
        response = Response(self.encoded[encoding] if encoding else self.body, content_type=self.mimetype)
        if encoding:
            response.headers["Content-Encoding"] = encoding
        response.vary.add("Accept-Encoding")
        response.set_etag(f"{self.etag}-{encoding}" if encoding else self.etag)
        return response


def _encoded(body: bytes) -> dict[str, bytes]:
    return {"br": brotli.compress(body, quality=11), "gzip": gzip.compress(body, 9, mtime=0)}


def _fingerprinted(filename: str, digest: str) -> str:
    stem, dot, extension = filename.rpartition(".")
    return f"{stem}.{digest}.{extension}" if dot else f"{filename}.{digest}"


def load_assets(folder: Path, compressible: Container[str]) -> tuple[dict[str, Asset], dict[str, str]]:
    """Every file under ``folder``, by its fingerprinted name, and the name for each file;
    those of a ``compressible`` type come compressed too."""
    assets: dict[str, Asset] = {}
    names: dict[str, str] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        filename = path.relative_to(folder).as_posix()
        body = path.read_bytes()
        digest = hashlib.sha256(body).hexdigest()[:12]
        mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        encoded = _encoded(body) if mimetype in compressible else {}
        if mimetype.startswith("text/") or mimetype in ("application/javascript", "image/svg+xml"):
            mimetype += "; charset=utf-8"
        assets[_fingerprinted(filename, digest)] = Asset(body, mimetype, digest, encoded)
        names[filename] = _fingerprinted(filename, digest)
    return assets, names


def init_assets(app: Flask, folder: Path) -> None:
    # The same types the compressor compresses answers of.
    assets, names = load_assets(folder, frozenset(app.config["COMPRESS_MIMETYPES"]))
    app.extensions["assets"] = (assets, names)

    def serve_static(filename: str) -> Response:
        asset = assets.get(filename)
        if asset is None:
            abort(404)
        # What the client takes, in the compressor's order of preference.
        accepted = [name for name in current_app.config["COMPRESS_ALGORITHM"] if request.accept_encodings[name]]
        response = asset.answer(accepted)
        response.cache_control.public = True
        response.cache_control.max_age = YEAR
        response.cache_control.immutable = True
        return response.make_conditional(request)

    app.add_url_rule("/static/<path:filename>", endpoint="static", view_func=serve_static)

    @app.url_defaults
    def fingerprint(endpoint: str, values: dict) -> None:
        if endpoint == "static" and values.get("filename") in names:
            values["filename"] = names[values["filename"]]


def asset_text(filename: str) -> str:
    """The text of a static file, for documents that must carry it inside them."""
    assets, names = current_app.extensions["assets"]
    return assets[names[filename]].body.decode("utf-8")
