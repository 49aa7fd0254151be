"""The dermatome map: a Flask app over a plain-Python knowledge base and engine."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from .config import Config
from .i18n import init_i18n
from .json_safety import MarkupSafeJSONProvider
from .views import api, errors, pages

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, static_folder=str(ROOT / "static"),
                template_folder=str(ROOT / "templates"))
    app.config.from_object(Config)
    if test_config:
        app.config.update(test_config)
    app.json = MarkupSafeJSONProvider(app)
    init_i18n(app, str(Path(__file__).parent / "translations"))
    app.register_blueprint(api.blueprint)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(errors.blueprint)
    return app
