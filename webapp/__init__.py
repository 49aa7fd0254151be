"""The dermatome map: a Flask app over a plain-Python knowledge base and engine."""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from flask_compress import Compress

from .answer_cache import AnswerCache
from .assets import init_assets
from .config import Config
from .headers import RefusedEncodings, init_headers
from .i18n import init_i18n
from .json_safety import MarkupSafeJSONProvider
from .views import api, embed, errors, info, pages, practitioner, service

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, static_folder=None, template_folder=str(ROOT / "templates"))
    app.config.from_object(Config)
    # Space-separated origins allowed to frame /embed; unset means any origin.
    app.config["EMBED_ORIGINS"] = os.environ.get("EMBED_ORIGINS")
    # Where clinics reach the map (https://map.example.org), for the snippets on /clinics.
    app.config["PUBLIC_ORIGIN"] = os.environ.get("PUBLIC_ORIGIN")
    # Repeated answers from memory (answer_cache.py); off (ANSWER_CACHE=0), every request
    # reaches Flask, as a different selection on every request does anyway.
    app.config["ANSWER_CACHE"] = os.environ.get("ANSWER_CACHE", "1") != "0"
    if test_config:
        app.config.update(test_config)
    app.json = MarkupSafeJSONProvider(app)
    init_i18n(app, app.config.get("TRANSLATIONS_DIRECTORY") or str(Path(__file__).parent / "translations"))
    init_headers(app)
    init_assets(app, ROOT / "static")
    Compress(app)
    if app.config["ANSWER_CACHE"]:
        # Outermost: a repeated request is answered before Flask is reached.
        app.wsgi_app = AnswerCache(app.wsgi_app, frozenset({"/", "/embed", "/api/assess"}))
    app.wsgi_app = RefusedEncodings(app.wsgi_app)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(info.blueprint)
    app.register_blueprint(practitioner.blueprint)
    app.register_blueprint(embed.blueprint)
    app.register_blueprint(errors.blueprint)
    app.register_blueprint(service.blueprint)
    return app
