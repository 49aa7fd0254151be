"""Red flags: what some findings can mean, how urgently to act, and the guideline that says so.

Urgency follows the guidelines named on each rule: ``emergency`` is an emergency
department now, ``urgent`` a doctor today, ``soon`` a doctor within days.
"""

from dataclasses import dataclass
from typing import Literal

from ..text import N_
from .findings import EXAM_PAIRS
from .sources import FINUCANE_2020, GIRFT_2023, NHS_SCIATICA, NICE_NG234, NICE_SCIATICA, Source

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


# What each urgency asks a person to do, as the heading of its group of warning signs.
URGENCY_HEADINGS: dict[str, str] = {
    "emergency": N_("Go to an emergency department now"),
    "urgent": N_("See a doctor today"),
    "soon": N_("See a doctor in the next few days"),
}
# How to get there, said once under the emergency heading, on every page that has one.
EMERGENCY_HOW = N_("If you cannot get there safely, call your emergency number (999 in the UK, "
                   "112 in the EU, 911 in the US); do not drive yourself.")

# A new weakness of a muscle, found by the patient or a practitioner, needs a doctor.
WEAKNESS_WORDS = frozenset(pair.abnormal for pair in EXAM_PAIRS if pair.group == "power")

# Each says what it can mean and what to do, in plain words: these always lead the screen.
RED_FLAG_RULES: tuple[RedFlagRule, ...] = (
    RedFlagRule(
        # GIRFT 2023 and the NHS: altered saddle or genital feeling, new bladder, bowel or
        # sexual trouble are suspected cauda equina syndrome, as is a severe or worsening
        # deficit in both legs.
        "cauda-equina", frozenset({"saddle-numbness", "bladder-bowel", "sexual-dysfunction", SADDLE_MARKED}),
        "emergency",
        N_("Numbness between the legs or around the bottom, new trouble passing urine or opening "
           "the bowels, or a new loss of sexual feeling can mean the nerves at the bottom of the "
           "spine (the cauda equina) are squeezed. This needs care within hours."),
        (GIRFT_2023, NHS_SCIATICA, FINUCANE_2020),
        raised_together=(frozenset({"bilateral", "progressive-weakness"}),),
    ),
    RedFlagRule(
        # The NHS sends sciatica on both sides to A&E; GIRFT 2023 counts radicular pain in
        # both legs as suspected cauda equina syndrome.
        "bilateral", frozenset({"bilateral"}), "emergency",
        N_("Sciatica in both legs can mean a large disc is pressing on the nerves at the bottom "
           "of the spine (the cauda equina). This needs care within hours."),
        (NHS_SCIATICA, GIRFT_2023),
    ),
    RedFlagRule(
        # NICE NG234: nerve root pain in a person with cancer may be spinal metastases; the
        # MSCC team is contacted within 24 hours.
        "cancer", frozenset({"cancer-history"}), "urgent",
        N_("Back or leg pain in someone who has had cancer must be checked today for a growth "
           "near the spine. If a cancer team looks after you, call them today; if a leg weakens "
           "or walking changes, go to an emergency department now."),
        (NICE_NG234,),
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
        # NICE CKS: a neurological deficit needs assessment; a severe or progressive one, urgently.
        "weakness", WEAKNESS_WORDS, "soon",
        N_("A weak muscle in the leg means the nerve to it is not working fully. See a doctor in "
           "the next few days, and today if it is getting weaker or the foot drops."),
        (NICE_SCIATICA,),
    ),
    RedFlagRule(
        "weight-loss", frozenset({"weight-loss"}), "soon",
        N_("Back or leg pain with weight loss you cannot explain must be checked for a growth "
           "near the spine. See a doctor in the next few days."),
        (FINUCANE_2020,),
    ),
)
# Every answer to a warning question that raises a red flag (the examination's weak
# muscles raise one too, but are not warning questions).
RED_FLAG_FINDINGS: frozenset[str] = frozenset().union(
    *(rule.raised_by for rule in RED_FLAG_RULES), *(c for rule in RED_FLAG_RULES for c in rule.raised_together)
) - {SADDLE_MARKED} - WEAKNESS_WORDS
