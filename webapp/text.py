"""Marking messages for translation in modules that know nothing of Flask.

A message is marked where it is defined (so ``pybabel extract -k N_`` finds it) and
translated where it is shown, by whatever ``translate`` the caller passes in.
"""

from collections.abc import Callable

Translate = Callable[[str], str]


def N_(message: str) -> str:
    return message


def untranslated(message: str) -> str:
    return message
