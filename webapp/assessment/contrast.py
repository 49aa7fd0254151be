"""What tells two conditions apart: the examination signs whose rates differ most between
them, read from the knowledge base, for the result card and the practitioner's comparison."""

import math
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.condition import Condition
from ..knowledge.findings import EXAM_PAIRS, ExamPair
from ..knowledge.sources import Source
from .differential import finding_likelihood


@dataclass(frozen=True)
class Contrast:
    pair: ExamPair
    # How often the sign is abnormal with each condition.
    first: float
    second: float
    sources: tuple[Source, ...]

    @property
    def separation(self) -> float:
        """How far one answer moves the odds between the two, whichever way it comes out
        (the sum of both answers' log likelihood ratios)."""
        return (abs(math.log(self.first / self.second))
                + abs(math.log((1 - self.first) / (1 - self.second))))


def _source(condition: Condition, pair: ExamPair, examined: frozenset[str]) -> Source:
    """The source of the rate used: the condition's own sign, or the pair's background."""
    sign = condition.sign(pair.abnormal, examined)
    return sign.source if sign else pair.source


# Read from the knowledge base alone, and asked for the same few pairs of conditions again
# and again: worked out once for each.
@lru_cache(maxsize=4096)
def contrasts(first: Condition, second: Condition, examined: frozenset[str] = frozenset(),
              most: int = 3) -> tuple[Contrast, ...]:
    """The signs not yet examined that best tell ``first`` from ``second``, best first."""
    found = []
    for pair in EXAM_PAIRS:
        if {pair.abnormal, pair.normal} & examined:
            continue
        a = finding_likelihood(first, pair.abnormal, examined)
        b = finding_likelihood(second, pair.abnormal, examined)
        sources = (_source(first, pair, examined), _source(second, pair, examined))
        contrast = Contrast(pair, a, b, tuple(dict.fromkeys(sources)))
        if contrast.separation >= math.log(2):
            found.append(contrast)
    found.sort(key=lambda c: -c.separation)
    return tuple(found[:most])
