"""What tells two conditions apart: the examination signs whose rates differ most between
them, for the result card and the practitioner's comparison. The rates are the knowledge
base's, as each source gives them, not the differential's learned ones, so that every rate
shown is what its source says."""

import math
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.condition import Condition
from ..knowledge.findings import EXAM_PAIRS, ExamPair
from ..knowledge.sources import Source


@dataclass(frozen=True)
class RateSource:
    """Where a rate comes from: its source, the finding it was measured among (Jeon 2013's
    foot drop), and whether the source measured it or the project estimated it."""

    source: Source
    given: str | None
    measured: bool


@dataclass(frozen=True)
class Contrast:
    pair: ExamPair
    # How often the sign is abnormal with each condition, and where each rate comes from.
    first: float
    second: float
    first_source: RateSource
    second_source: RateSource

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(dict.fromkeys((self.first_source.source, self.second_source.source)))

    @property
    def separation(self) -> float:
        """How far one answer moves the odds between the two, whichever way it comes out
        (the sum of both answers' log likelihood ratios)."""
        return (abs(math.log(self.first / self.second))
                + abs(math.log((1 - self.first) / (1 - self.second))))


def _known(condition: Condition, pair: ExamPair, examined: frozenset[str]) -> tuple[float, RateSource]:
    """The rate the knowledge base gives, and where it comes from: the condition's own sign,
    or the pair's background."""
    sign = condition.sign(pair.abnormal, examined)
    if sign:
        return sign.rate, RateSource(sign.source, sign.given, sign.measured)
    return pair.background, RateSource(pair.source, None, pair.background_measured)


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
        (a, a_source), (b, b_source) = _known(first, pair, examined), _known(second, pair, examined)
        contrast = Contrast(pair, a, b, a_source, b_source)
        if contrast.separation >= math.log(2):
            found.append(contrast)
    found.sort(key=lambda c: -c.separation)
    return tuple(found[:most])
