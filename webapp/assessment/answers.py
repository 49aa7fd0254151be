"""What an assessment answers, as data: the conditions it weighs and why, with no sentences.

The sentences are written once, from these, by ``wording``.
"""

from dataclasses import dataclass

from ..knowledge.condition import Condition
from ..knowledge.red_flags import RedFlagRule
from ..knowledge.regions import Side


# A finding moves a condition when it changes its odds by at least half again.
STRONG_EFFECT = 1.5


@dataclass(frozen=True)
class FindingEffect:
    """How a finding bears on a condition. ``support`` is how much likelier the finding is
    with the condition than with no single cause (does the finding itself fit it?);
    ``factor`` is what it did to the condition's odds against the other causes as they
    stand, weighted by their shares; ``fits_better`` is the cause it fits more, where a
    finding that supports this one moved it down."""

    word: str
    factor: float
    support: float
    fits_better: Condition | None = None

    @property
    def points_away(self) -> bool:
        """Against it: the finding is less likely with it than without it, or moved it down
        without fitting it. A finding that fits it is never said to point away from it."""
        return self.support < STRONG_EFFECT and (self.support <= 1 / STRONG_EFFECT or self.factor <= 1 / STRONG_EFFECT)

    @property
    def points_to(self) -> bool:
        return not self.points_away and (self.support >= STRONG_EFFECT or self.factor >= STRONG_EFFECT)


@dataclass(frozen=True)
class Candidate:
    condition: Condition
    side: Side
    score: float
    # Marked regions in its usual picture, marked regions outside it, and the matched
    # ones that only an older map gives it.
    matched: tuple[str, ...]
    unexplained: tuple[str, ...]
    disputed: tuple[str, ...]
    numb_key_point: str | None
    moved_by: tuple[FindingEffect, ...]

    @property
    def kind(self) -> str:
        return self.condition.kind

    @property
    def id(self) -> str:
        return self.condition.id


@dataclass(frozen=True)
class PiriformisAnswer:
    score: float
    side: Side | None
    flag: bool
    candidate: Candidate | None


@dataclass(frozen=True)
class RedFlag:
    rule: RedFlagRule
    raised_by: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def urgency(self) -> str:
        return self.rule.urgency


@dataclass(frozen=True)
class Assessment:
    # Every condition the pattern fits, on one scale, best first; per side the scores
    # sum to at most 1, and ``no_single_cause`` holds the rest.
    differential: tuple[Candidate, ...]
    no_single_cause: dict[Side, float]
    piriformis: PiriformisAnswer
    red_flags: tuple[RedFlag, ...]

    @property
    def segments(self) -> tuple[Candidate, ...]:
        return tuple(c for c in self.differential if c.kind == "root")

    def best(self, side: Side) -> Candidate | None:
        return next((c for c in self.differential if c.side == side), None)
