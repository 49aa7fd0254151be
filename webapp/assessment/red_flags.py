"""Which red flags a selection raises: from the findings, the saddle marked, both legs marked."""

from ..knowledge.red_flags import RED_FLAG_RULES, SADDLE_MARKED, URGENCIES
from ..knowledge.regions import REGIONS, SIDES
from .answers import RedFlag
from .selection import Selection

# Low back and buttock pain on both sides is back pain, not symptoms in both legs.
_NOT_THE_LEG = frozenset({"low-back", "buttock"})


def _both_legs(selection: Selection) -> bool:
    return all(any(REGIONS[r].side == side and REGIONS[r].area.id not in _NOT_THE_LEG
                   for r in selection.affected) for side in SIDES)


def red_flags(selection: Selection) -> tuple[RedFlag, ...]:
    """The raised flags, the most urgent first."""
    raised = set(selection.findings)
    if "saddle" in selection.affected:
        raised.add(SADDLE_MARKED)
    if _both_legs(selection):
        raised.add("bilateral")
    flags = [RedFlag(rule, tuple(sorted(found))) for rule in RED_FLAG_RULES if (found := rule.raised(raised))]
    return tuple(sorted(flags, key=lambda flag: URGENCIES.index(flag.urgency)))
