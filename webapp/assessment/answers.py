"""What an assessment answers, as data: the conditions it weighs and why, with no sentences.

The sentences are written once, from these, by ``wording``.
"""

from dataclasses import dataclass

from ..knowledge.condition import Condition
from ..knowledge.red_flags import RedFlagRule
from ..knowledge.regions import Side


@dataclass(frozen=True)
class FindingEffect:
    """How much a finding moved a condition: the factor on its odds against the other
    causes, weighted by their shares."""

    word: str
    factor: float


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
