"""What every cause of leg pain is described by, whatever its kind: a root, the piriformis,
a peripheral nerve or the hip.

The differential weighs them all on one scale, so each carries the same kinds of fact:
how common it is among people with sciatica-like leg pain (its prior), where its
numbness lands (its skin area) and where its pain lands (wider, since pain is referred),
and how often each examination sign is abnormal with it.
"""

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .sources import PROJECT_ESTIMATE, Source

if TYPE_CHECKING:
    from .dermatomes import Root

Kind = Literal["root", "piriformis", "nerve", "hip", "none"]
# The kinds the public contract names; "none" is the differential's remainder, never listed.
KINDS: tuple[Kind, ...] = ("root", "piriformis", "nerve", "hip")
Extent = Literal["core", "border", "disputed"]
EXTENTS: tuple[Extent, ...] = ("core", "border", "disputed")

# How much of a condition's symptoms land on an area, relative to the core of its
# skin area. The grades are the project's: published pain maps give the areas, not
# comparable weights.
EXTENT_WEIGHT: dict[Extent, float] = {"core": 1.0, "border": 0.4, "disputed": 0.25}
DOMINANT = 2.0     # the place the condition is named for (the buttock in piriformis syndrome)
COMMON = 0.5       # most patients feel it there
OCCASIONAL = 0.2   # a minority do
WEAK = 0.05        # named by one source, doubted by others


@dataclass(frozen=True)
class SkinArea:
    """An area of skin a root or nerve supplies: where its numbness lands."""

    area: str
    extent: Extent
    source: Source
    note: str = ""


@dataclass(frozen=True)
class Spread:
    """An area where a condition's pain commonly lands outside its skin area."""

    area: str
    weight: float
    source: Source


@dataclass(frozen=True)
class Sign:
    """How often a finding is present with a condition (its sensitivity there); with
    ``given``, only among patients who also have that finding, as the source measured it.
    ``measured`` where the source measured this rate in this condition; otherwise it is the
    project's estimate, informed by the source, and every page says so."""

    word: str
    rate: float
    source: Source
    given: str | None = None
    measured: bool = False


@dataclass(frozen=True)
class Hallmark:
    areas: frozenset[str]
    rate: float
    source: Source
    # Findings that show the same place is affected (a tender buttock is a buttock symptom).
    findings: frozenset[str] = frozenset()


# Each condition is one object of the catalogue: compared and hashed by identity, which
# also keeps the engine's tables (keyed by condition) from hashing every field each time.
@dataclass(frozen=True, eq=False)
class Condition:
    kind: Kind
    id: str
    label: str
    prior: float
    skin: tuple[SkinArea, ...]
    pain: tuple[Spread, ...]
    # How often numbness or pins and needles come with it at all.
    numbness_rate: float
    signs: tuple[Sign, ...]
    sources: tuple[Source, ...]
    key_point: str | None = None
    root: "Root | None" = field(default=None, compare=False)
    # Where nearly every patient with it feels something, and how often: with none of
    # these areas marked, the pattern argues against the condition.
    hallmark: "Hallmark | None" = None
    # What its prior rests on.
    prior_sources: tuple[Source, ...] = (PROJECT_ESTIMATE,)

    @cached_property
    def _extents(self) -> dict[str, Extent]:
        extents: dict[str, Extent] = {}
        for skin in self.skin:
            extents.setdefault(skin.area, skin.extent)
        return extents

    @cached_property
    def _spread_weights(self) -> dict[str, float]:
        weights: dict[str, float] = {}
        for spread in self.pain:
            weights[spread.area] = max(weights.get(spread.area, 0.0), spread.weight)
        return weights

    def extent(self, area: str) -> Extent | None:
        return self._extents.get(area)

    def pain_weight(self, area: str) -> float:
        """Where the pain lands: its skin area, or further along its usual course."""
        skin = EXTENT_WEIGHT[extent] if (extent := self.extent(area)) else 0.0
        return max(skin, self._spread_weights.get(area, 0.0))

    def numbness_weight(self, area: str) -> float:
        return EXTENT_WEIGHT[extent] if (extent := self.extent(area)) else 0.0

    def fits(self, area: str) -> bool:
        """Whether symptoms there belong to this condition's usual picture."""
        return self.extent(area) is not None or self.pain_weight(area) >= COMMON

    def sign(self, word: str, findings: frozenset[str] = frozenset()) -> Sign | None:
        """What is known of a finding with this condition, given the other findings."""
        signs = [sign for sign in self.signs if sign.word == word and (sign.given is None or sign.given in findings)]
        # A rate measured among patients with the given finding is the more specific one.
        return max(signs, key=lambda sign: sign.given is not None) if signs else None
