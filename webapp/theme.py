"""A clinic's colours: a validated accent colour, kept readable on the page's background."""

import re
from typing import Literal

Theme = Literal["light", "dark"]
THEMES: tuple[Theme, ...] = ("light", "dark")
BACKGROUND: dict[Theme, str] = {"light": "#fbfaf8", "dark": "#16181d"}
MIN_CONTRAST = 4.5  # WCAG AA for body text
_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


class HexColour:
    """Accepts ``#rgb``, ``#rrggbb`` or the same without ``#``; nothing else passes."""

    description = "#rrggbb"

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and _HEX.fullmatch(value) is not None

    def __iter__(self):
        yield self.description


# The parameters a clinic's page may set, each with what it accepts.
THEME_OPTIONS = {"accent": HexColour(), "theme": THEMES}


def normalise(colour: str) -> str:
    digits = _HEX.fullmatch(colour).group(1).lower()
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits


def _channels(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(colour: str, towards: str, amount: float) -> str:
    return "#" + "".join(f"{round(c + (t - c) * amount):02x}"
                         for c, t in zip(_channels(colour), _channels(towards)))


def readable_accent(colour: str, theme: Theme) -> str:
    """The clinic's colour, darkened (or lightened on dark) just enough to be read."""
    colour = normalise(colour)
    background = BACKGROUND[theme]
    towards = "#000000" if theme == "light" else "#ffffff"
    step = 0
    while contrast(colour, background) < MIN_CONTRAST and step < 20:
        step += 1
        colour = _mix(colour, towards, 0.1)
    return colour
