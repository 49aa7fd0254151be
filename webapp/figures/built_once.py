"""Figures built once per language, and rebuilt whenever the translation they were built
with changes, so that one language's (or an old catalogue's) words are never served."""

from collections.abc import Callable
from typing import Generic, TypeVar

from ..text import Translate

Built = TypeVar("Built")


class BuiltOnce(Generic[Built]):
    def __init__(self, build: Callable[[Translate, str], Built]):
        self.build = build
        # lang -> (what was built, the messages it used with their words, the catalogue last seen)
        self.built: dict[str, tuple[Built, tuple[tuple[str, str], ...], object]] = {}

    def get(self, translate: Translate, lang: str) -> Built:
        # The catalogue behind ``translate`` (a bound gettext), seen before, needs no check.
        catalogue = getattr(translate, "__self__", translate)
        entry = self.built.get(lang)
        if entry is not None and entry[2] is catalogue:
            return entry[0]
        if entry is None or any(translate(message) != words for message, words in entry[1]):
            used: dict[str, str] = {}

            def recording(message: str) -> str:
                used[message] = translate(message)
                return used[message]

            entry = (self.build(recording, lang), tuple(used.items()), catalogue)
        self.built[lang] = (entry[0], entry[1], catalogue)
        return entry[0]
