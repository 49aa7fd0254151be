"""Red flags: what some findings can mean, how urgently to act, and the guideline that says so.

Urgency follows the guidelines named on each rule: ``emergency`` is an emergency
department now, ``urgent`` a doctor today, ``soon`` a doctor within days.
"""

from dataclasses import dataclass
from typing import Literal

from ..text import N_
from .sources import FINUCANE_2020, GIRFT_2023, NICE_NG234, NICE_SCIATICA, Source

Urgency = Literal["emergency", "urgent", "soon"]
URGENCIES: tuple[Urgency, ...] = ("emergency", "urgent", "soon")

# Marking the saddle region on the figure, as pain or numbness, raises the same alarm.
SADDLE_MARKED = "saddle-marked"


@dataclass(frozen=True)
class RedFlagRule:
    id: str
    raised_by: frozenset[str]
    urgency: Urgency
    why: str
    sources: tuple[Source, ...]
    # Findings that raise it only together.
    raised_together: tuple[frozenset[str], ...] = ()

    def raised(self, findings: set[str]) -> frozenset[str]:
        """The findings that raise this flag, if any."""
        together = frozenset().union(*(combination for combination in self.raised_together
                                       if combination <= findings))
        return (self.raised_by & findings) | together


# Each says what to do first, in plain words: these always lead the screen.
RED_FLAG_RULES: tuple[RedFlagRule, ...] = (
    RedFlagRule(
        "cauda-equina", frozenset({"saddle-numbness", "bladder-bowel", SADDLE_MARKED}), "emergency",
        N_("Numbness or pain between the legs, new bladder or bowel trouble, or weakness getting worse "
           "in both legs can mean the nerves at the bottom of the spine (the cauda equina) are "
           "squeezed. Go to an emergency department now: this needs care within hours."),
        (GIRFT_2023, FINUCANE_2020),
        # GIRFT 2023: a severe or worsening deficit in both legs is suspected CES too.
        raised_together=(frozenset({"bilateral", "progressive-weakness"}),),
    ),
    RedFlagRule(
        "bilateral", frozenset({"bilateral"}), "urgent",
        N_("Symptoms in both legs can mean a large disc or a narrowed canal is pressing on "
           "several nerves. See a doctor today."),
        (GIRFT_2023, NICE_SCIATICA),
    ),
    RedFlagRule(
        "progressive-weakness", frozenset({"progressive-weakness"}), "urgent",
        N_("A leg that is getting weaker means a nerve is losing function. See a doctor today."),
        (NICE_SCIATICA, FINUCANE_2020),
    ),
    RedFlagRule(
        "foot-drop", frozenset({"foot-drop"}), "urgent",
        N_("A foot that slaps or drags means the nerve to the muscles that lift it is not "
           "working. See a doctor today."),
        (NICE_SCIATICA,),
    ),
    RedFlagRule(
        "infection", frozenset({"fever"}), "urgent",
        N_("Fever with back pain can mean an infection in or near the spine. See a doctor today."),
        (FINUCANE_2020, NICE_SCIATICA),
    ),
    RedFlagRule(
        "fracture", frozenset({"trauma"}), "urgent",
        N_("Pain that began with a fall or an accident may come from a broken bone in the "
           "spine. See a doctor today, and move no more than you must."),
        (FINUCANE_2020,),
    ),
    RedFlagRule(
        "cancer", frozenset({"cancer-history", "weight-loss"}), "soon",
        N_("Back or leg pain with a history of cancer or unexplained weight loss must be "
           "checked for a growth near the spine. See a doctor in the next few days, and today "
           "if a leg weakens or walking changes."),
        (NICE_NG234, FINUCANE_2020),
    ),
)
# Every finding that raises a red flag: the patient's warning questions.
RED_FLAG_FINDINGS: frozenset[str] = frozenset().union(
    *(rule.raised_by for rule in RED_FLAG_RULES), *(c for rule in RED_FLAG_RULES for c in rule.raised_together)
) - {SADDLE_MARKED}
