"""The findings of the public contract, and the red flags some of them raise."""

from dataclasses import dataclass
from typing import Literal

from .sources import FINUCANE_2020, HOPAYIAN_2010, FISHMAN_2002, Source
from .text import N_


@dataclass(frozen=True)
class TestAccuracy:
    """How well a bedside test finds a condition, as published."""

    sensitivity: float
    specificity: float
    source: Source

    @property
    def positive_likelihood_ratio(self) -> float:
        return self.sensitivity / (1 - self.specificity)


# The FAIR test: flexion, adduction and internal rotation of the hip, for piriformis syndrome.
FAIR_TEST = TestAccuracy(sensitivity=0.88, specificity=0.83, source=FISHMAN_2002)


@dataclass(frozen=True)
class Finding:
    id: str
    question: str
    kind: Literal["piriformis", "red-flag"]
    source: Source


FINDINGS: dict[str, Finding] = {finding.id: finding for finding in (
    Finding("sitting-worse", N_("Is the pain worse when you sit for a long time?"), "piriformis", HOPAYIAN_2010),
    Finding("back-pain-absent", N_("Is your low back free of pain?"), "piriformis", HOPAYIAN_2010),
    Finding("buttock-tenderness", N_("Is the middle of your buttock tender when pressed deeply?"), "piriformis", HOPAYIAN_2010),
    Finding("fair-positive", N_("Did a practitioner's FAIR test (bending, crossing and turning the hip in) bring on the pain?"), "piriformis", FISHMAN_2002),
    Finding("saddle-numbness", N_("Is the skin between your legs or around your bottom numb?"), "red-flag", FINUCANE_2020),
    Finding("bladder-bowel", N_("Any new trouble passing urine, or loss of bladder or bowel control?"), "red-flag", FINUCANE_2020),
    Finding("bilateral", N_("Are both legs affected?"), "red-flag", FINUCANE_2020),
    Finding("progressive-weakness", N_("Is a leg getting weaker?"), "red-flag", FINUCANE_2020),
    Finding("foot-drop", N_("Does your foot slap or drag, so you cannot lift the front of it?"), "red-flag", FINUCANE_2020),
    Finding("fever", N_("Do you have a fever with the back pain?"), "red-flag", FINUCANE_2020),
    Finding("cancer-history", N_("Have you ever had cancer?"), "red-flag", FINUCANE_2020),
    Finding("trauma", N_("Did the pain start after a fall or an accident?"), "red-flag", FINUCANE_2020),
    Finding("weight-loss", N_("Have you lost weight without trying?"), "red-flag", FINUCANE_2020),
)}
FINDING_IDS: tuple[str, ...] = tuple(FINDINGS)


@dataclass(frozen=True)
class RedFlagRule:
    id: str
    raised_by: frozenset[str]
    why: str
    source: Source = FINUCANE_2020


# Marking the saddle region on the figure, as pain or numbness, raises the same alarm.
SADDLE_MARKED = "saddle-marked"

# Each says what to do first, in plain words: these always lead the screen.
RED_FLAG_RULES: tuple[RedFlagRule, ...] = (
    RedFlagRule(
        "cauda-equina", frozenset({"saddle-numbness", "bladder-bowel", SADDLE_MARKED}),
        N_("Numbness or pain between the legs, or new bladder or bowel trouble, can mean the nerves at "
           "the bottom of the spine (the cauda equina) are squeezed. Go to an emergency "
           "department now: this needs care within hours."),
    ),
    RedFlagRule(
        "bilateral", frozenset({"bilateral"}),
        N_("Symptoms in both legs can mean a large disc or a narrowed canal is pressing on "
           "several nerves. Seek urgent medical care today."),
    ),
    RedFlagRule(
        "progressive-weakness", frozenset({"progressive-weakness"}),
        N_("A leg that is getting weaker means a nerve is losing function. Seek urgent "
           "medical care today."),
    ),
    RedFlagRule(
        "foot-drop", frozenset({"foot-drop"}),
        N_("A foot that slaps or drags means the nerve to the muscles that lift it is not "
           "working. Seek urgent medical care today."),
    ),
    RedFlagRule(
        "infection", frozenset({"fever"}),
        N_("Fever with back pain can mean an infection in or near the spine. Seek urgent "
           "medical care today."),
    ),
    RedFlagRule(
        "cancer", frozenset({"cancer-history", "weight-loss"}),
        N_("Back or leg pain with a history of cancer or unexplained weight loss must be "
           "checked for a growth near the spine. See a doctor urgently."),
    ),
    RedFlagRule(
        "fracture", frozenset({"trauma"}),
        N_("Pain that began with a fall or an accident may come from a broken bone in the "
           "spine. Seek urgent medical care before moving more than you must."),
    ),
)
