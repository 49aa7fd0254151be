from flask import Flask, current_app, request
from flask_babel import Babel, get_locale

babel = Babel()


def select_locale() -> str | None:
    languages = current_app.config["LANGUAGES"]
    asked = request.args.get("lang")
    if asked in languages:
        return asked
    return request.accept_languages.best_match(languages)


def init_i18n(app: Flask, translations: str) -> None:
    babel.init_app(app, locale_selector=select_locale, default_translation_directories=translations)

    @app.context_processor
    def locale_context() -> dict[str, str]:
        return {"current_locale": str(get_locale())}
