"""Languages: chosen by ?lang= or the browser's Accept-Language; a chosen ?lang= follows
every link of the app's pages, since no cookie remembers it."""

from gettext import GNUTranslations
from pathlib import Path

from flask import Flask, current_app, g, request, url_for
from flask_babel import Babel, get_locale, get_translations
from markupsafe import Markup

from .text import Translate

babel = Babel()
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
# The parts of the app whose URLs take ?lang=: the pages people read.
LANGUAGE_AWARE = ("pages.", "info.", "practitioner.", "embed.embed", "embed.clinics", "api.")


def language_options() -> dict[str, tuple[str, ...]]:
    """The ?lang= parameter every page and the API accept, with its values."""
    return {"lang": current_app.config["LANGUAGES"]}


def chosen_language() -> str | None:
    asked = request.args.get("lang")
    return asked if asked in current_app.config["LANGUAGES"] else None


def select_locale() -> str | None:
    return chosen_language() or request.accept_languages.best_match(current_app.config["LANGUAGES"])


def translator() -> Translate:
    """This request's gettext, looked up once: the engine and the templates call it for
    every sentence, and Flask-Babel's own lookup is costly when repeated."""
    translate = g.get("translate")
    if translate is None:
        translate = g.translate = get_translations().gettext
    return translate


def template_gettext(message: str, **variables) -> Markup:
    """`_()` in the templates, as Jinja's newstyle gettext reads it (escaped, and always
    formatted), without the two context lookups Jinja's own makes on each of the dozens
    of calls in an answer. Every template is HTML, so always escaped."""
    return Markup(translator()(message)) % variables


def language_links() -> dict[str, str]:
    """This page in each language, with everything else in its URL kept."""
    if request.endpoint is None:
        return {}
    path = request.view_args or {}
    # A query parameter named like a part of the path (?slug=) is not the path's to take.
    args = {name: values for name, values in request.args.to_dict(flat=False).items() if name not in path}
    return {code: url_for(request.endpoint, **{**path, **args, "lang": code})
            for code in current_app.config["LANGUAGES"]}


# A message every catalogue must translate: a missing or broken one would serve English
# under another language's name, or fail on every request.
CATALOGUE_PROBE = "Where does it hurt?"


def catalogue_problems(translations: str, languages: tuple[str, ...], default: str) -> dict[str, str]:
    """What is wrong with each language's compiled catalogue; empty when all are sound."""
    problems = {}
    for language in languages:
        if language == default:
            continue
        compiled = Path(translations) / language / "LC_MESSAGES" / "messages.mo"
        try:
            with compiled.open("rb") as catalogue:
                words = GNUTranslations(catalogue).gettext(CATALOGUE_PROBE)
        except OSError:
            problems[language] = f"{compiled} is missing or unreadable"
            continue
        except Exception as broken:  # a truncated or corrupt file: gettext raises several kinds
            problems[language] = f"{compiled} cannot be read: {broken}"
            continue
        if words == CATALOGUE_PROBE:
            problems[language] = f"{compiled} does not translate {CATALOGUE_PROBE!r}"
    return problems


def init_i18n(app: Flask, translations: str) -> None:
    problems = catalogue_problems(translations, app.config["LANGUAGES"], app.config["BABEL_DEFAULT_LOCALE"])
    if problems:
        raise RuntimeError("Translations are broken, so the app will not serve: " + "; ".join(problems.values()))
    app.config["TRANSLATIONS_DIRECTORY"] = translations
    babel.init_app(app, locale_selector=select_locale, default_translation_directories=translations)
    app.jinja_env.install_gettext_callables(
        gettext=lambda message: translator()(message),
        ngettext=lambda singular, plural, n: get_translations().ungettext(singular, plural, n),
        newstyle=True)
    app.jinja_env.globals.update(_=template_gettext, gettext=template_gettext)

    @app.url_defaults
    def keep_language(endpoint: str, values: dict) -> None:
        if "lang" not in values and endpoint.startswith(LANGUAGE_AWARE) and (lang := chosen_language()):
            values["lang"] = lang

    # language_links is called by the pages that show them, not by every fragment.
    @app.context_processor
    def locale_context() -> dict:
        return {"current_locale": str(get_locale()), "language_links": language_links,
                "language_names": LANGUAGE_NAMES}
