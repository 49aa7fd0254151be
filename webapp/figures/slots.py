"""A figure built once with svgwrite, then filled per state: the one mechanism of every figure.

While building, a figure writes ``slot(kind, key)`` where a value depends on the state
(a class, ``aria-checked``), and ``element_slot(dwg, kind, key)`` where a whole element
may or may not appear (a key point's marker, a herniation). Splitting the built text on
these, once, leaves static text between slots; filling asks the figure for each slot's
text in turn. A figure filled once for its empty state is filled again per request only
at the slots of the keys (regions) whose state differs from it.
"""

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import svgwrite

# An element slot is written by svgwrite as an empty group whose class is the slot.
_SLOTS = re.compile(r'<g class="@@([a-z]):([A-Za-z0-9-]*)@@" />|@@([a-z]):([A-Za-z0-9-]*)@@')


def slot(kind: str, key: str = "") -> str:
    return f"@@{kind}:{key}@@"


def element_slot(dwg: svgwrite.Drawing, kind: str, key: str = "") -> svgwrite.container.Group:
    return dwg.g(class_=slot(kind, key))


@dataclass(frozen=True)
class SlotTemplate:
    parts: tuple[str, ...]  # static text around the slots: one more than there are slots
    slots: tuple[tuple[str, str], ...]  # (kind, key) of each slot, in order

    @classmethod
    def split(cls, built: str) -> "SlotTemplate":
        pieces = _SLOTS.split(built)
        # Each match yields four groups: element kind and key, or attribute kind and key.
        parts = tuple(pieces[0::5])
        slots = tuple((a or c, b if a else d) for a, b, c, d in zip(pieces[1::5], pieces[2::5],
                                                                     pieces[3::5], pieces[4::5]))
        return cls(parts, slots)

    def fill(self, text_of: Callable[[str, str], str]) -> str:
        return "".join(self.prefilled(text_of).out)

    def prefilled(self, text_of: Callable[[str, str], str]) -> "Prefilled":
        """This template filled once with ``text_of``, to be filled again only where keys differ."""
        out = [self.parts[0]]
        where: dict[str, list[tuple[int, str]]] = {}
        for (kind, key), text in zip(self.slots, self.parts[1:]):
            where.setdefault(key, []).append((len(out), kind))
            out.append(text_of(kind, key))
            out.append(text)
        return Prefilled(tuple(out), {key: tuple(places) for key, places in where.items()})


@dataclass(frozen=True)
class Prefilled:
    out: tuple[str, ...]  # static text and each slot's text, interleaved
    where: Mapping[str, tuple[tuple[int, str], ...]]  # key -> (index in out, kind) of its slots

    def fill(self, text_of: Callable[[str, str], str], keys: Iterable[str]) -> str:
        """The text with the slots of ``keys`` filled anew by ``text_of``, the rest as before."""
        out = list(self.out)
        for key in keys:
            for index, kind in self.where.get(key, ()):
                out[index] = text_of(kind, key)
        return "".join(out)
