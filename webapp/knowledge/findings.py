"""The findings of the public contract: the patient's answers and the examination's pairs."""

from dataclasses import dataclass
from typing import Literal

from ..text import N_
from .sources import (
    FINUCANE_2020,
    FISHMAN_2002,
    GIRFT_2023,
    HOPAYIAN_2010,
    JEON_2013,
    MARTIN_2014,
    METCALFE_2019,
    NICE_NG234,
    PROJECT_ESTIMATE,
    SURI_2011,
    VAN_DER_WINDT_2010,
    VROOMEN_1999,
    Source,
)


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
# No study has measured the bedside manoeuvre alone; the seated piriformis stretch puts the
# hip in the same position, and was measured against entrapments found at endoscopy.
FAIR_TEST = TestAccuracy(sensitivity=0.52, specificity=0.90, source=MARTIN_2014)
# What Fishman 2002 measured in the FAIR position: a delayed H-reflex, an electrical test,
# against the authors' own clinical definition. Quoted as that, never as the bedside test.
FAIR_H_REFLEX = TestAccuracy(sensitivity=0.88, specificity=0.83, source=FISHMAN_2002)


@dataclass(frozen=True)
class Finding:
    """A question the patient answers. ``background`` is how often the answer is yes with a
    condition that says nothing of it; red flags leave the differential alone (None), and
    an examination word's background is its pair's."""

    id: str
    question: str
    label: str
    kind: Literal["piriformis", "red-flag"]
    source: Source
    background: float | None = None


FINDINGS: dict[str, Finding] = {finding.id: finding for finding in (
    Finding("sitting-worse", N_("Is the pain worse when you sit for a long time?"), N_("Worse when sitting"), "piriformis", HOPAYIAN_2010, 0.45),
    Finding("back-pain-absent", N_("Is the pain only in the buttock or leg, with none in the low back?"), N_("No low back pain"), "piriformis", HOPAYIAN_2010, 0.2),
    Finding("buttock-tenderness", N_("Is the middle of your buttock tender when pressed deeply?"), N_("Tender deep in the buttock"), "piriformis", HOPAYIAN_2010, 0.3),
    Finding("fair-positive", N_("Has a practitioner bent your hip, brought the knee across your body and turned it in, and did that bring on the pain?"), N_("FAIR test positive"), "piriformis", MARTIN_2014),
    Finding("saddle-numbness", N_("Is the skin between your legs or around your bottom numb, or does it feel different when you wipe or pass urine?"), N_("Numbness between the legs"), "red-flag", GIRFT_2023),
    Finding("bladder-bowel", N_("Any new trouble passing urine, or loss of bladder or bowel control?"), N_("Bladder or bowel trouble"), "red-flag", GIRFT_2023),
    Finding("sexual-dysfunction", N_("Have you newly lost sexual function, or feeling in your genitals?"), N_("New loss of sexual function or genital feeling"), "red-flag", GIRFT_2023),
    Finding("bilateral", N_("Do you have sciatica in both legs?"), N_("Both legs"), "red-flag", GIRFT_2023),
    Finding("progressive-weakness", N_("Is a leg getting weaker?"), N_("Weakness getting worse"), "red-flag", FINUCANE_2020),
    Finding("foot-drop", N_("Does your foot slap or drag, so you cannot lift the front of it?"), N_("Foot drop"), "red-flag", FINUCANE_2020, 0.02),
    Finding("fever", N_("Do you have a fever with the back pain?"), N_("Fever"), "red-flag", FINUCANE_2020),
    Finding("cancer-history", N_("Have you ever had cancer?"), N_("Cancer history"), "red-flag", NICE_NG234),
    Finding("trauma", N_("Did the pain start after a fall or an accident?"), N_("Fall or accident"), "red-flag", FINUCANE_2020),
    Finding("weight-loss", N_("Have you lost weight without trying?"), N_("Unexplained weight loss"), "red-flag", FINUCANE_2020),
)}


ExamGroup = Literal["reflex", "power", "tension", "piriformis", "hip"]


@dataclass(frozen=True)
class ExamPair:
    """A sign a practitioner (or the patient) checks: the abnormal word and the normal one.

    ``background`` is how often the sign is abnormal when the condition it points to is
    absent (1 - specificity): what a condition that does not affect it is given.
    """

    abnormal: str
    normal: str
    what: str
    group: ExamGroup
    background: float
    source: Source
    # Whether the source measured the background itself (1 - its specificity); otherwise
    # it is the project's estimate, informed by the source.
    background_measured: bool = False
    # The roots it usually tests (the contract's addendum, after Hoppenfeld and ISNCSCI).
    roots: tuple[str, ...] = ()
    # How the abnormal and the normal result read.
    results: tuple[str, str] | None = None
    # The sign for a patient, where ``what`` needs an anatomical term.
    plain: str | None = None

    @property
    def answers(self) -> tuple[str, str]:
        return self.results or GROUP_RESULTS[self.group]

    @property
    def in_plain_words(self) -> str:
        return self.plain or self.what


GROUP_RESULTS: dict[str, tuple[str, str]] = {
    "reflex": (N_("Reduced or absent"), N_("Normal")),
    "power": (N_("Weak"), N_("Normal")),
    "tension": (N_("Positive"), N_("Negative")),
    "piriformis": (N_("Positive"), N_("Negative")),
    "hip": (N_("Positive"), N_("Negative")),
}
EXAM_GROUPS: tuple[tuple[str, str], ...] = (
    ("reflex", N_("Reflexes")),
    ("power", N_("Power, by movement")),
    ("tension", N_("Nerve tension")),
    ("piriformis", N_("Piriformis")),
    ("hip", N_("Hip")),
)


# Backgrounds: the straight leg raise is abnormal in about half of people with back pain
# but no herniation (Vroomen 1999: specificity 0.52); the crossed one in a tenth (Cochrane:
# 0.90). Suri 2011 found no false positive femoral stretch or knee jerk outside the mid-lumbar
# roots, and an ankle jerk LR+ of 7.1 (at a sensitivity near 0.5, about 0.07 false positives).
# Pain when the hip is moved passively is abnormal in 6 in 100 hips without arthritis
# (Metcalfe 2019: specificity 0.94). The rest are estimates.
EXAM_PAIRS: tuple[ExamPair, ...] = (
    ExamPair("knee-reflex-reduced", "knee-reflex-normal", N_("Knee jerk (patellar reflex)"), "reflex", 0.05, SURI_2011, roots=('L3', 'L4'),
             plain=N_("Knee jerk")),
    ExamPair("ankle-reflex-reduced", "ankle-reflex-normal", N_("Ankle jerk (Achilles reflex)"), "reflex", 0.07, SURI_2011, roots=('S1',),
             plain=N_("Ankle jerk")),
    ExamPair("weak-hip-flexion", "normal-hip-flexion", N_("Lifting the thigh (hip flexion)"), "power", 0.05, PROJECT_ESTIMATE, roots=('L2', 'L3'),
             plain=N_("Lifting the thigh")),
    ExamPair("weak-knee-extension", "normal-knee-extension", N_("Straightening the knee (quadriceps)"), "power", 0.05, PROJECT_ESTIMATE, roots=('L3', 'L4'),
             plain=N_("Straightening the knee")),
    ExamPair("weak-ankle-dorsiflexion", "normal-ankle-dorsiflexion", N_("Pulling the foot up; walking on the heels"), "power", 0.08, PROJECT_ESTIMATE, roots=('L4', 'L5')),
    ExamPair("weak-big-toe-extension", "normal-big-toe-extension", N_("Lifting the big toe"), "power", 0.10, PROJECT_ESTIMATE, roots=('L5',)),
    ExamPair("weak-hip-abduction", "normal-hip-abduction", N_("Moving the leg out to the side (hip abduction)"), "power", 0.04, JEON_2013, background_measured=True, roots=('L5',),
             plain=N_("Moving the leg out to the side")),
    ExamPair("weak-ankle-inversion", "normal-ankle-inversion", N_("Turning the foot in (ankle inversion)"), "power", 0.05, PROJECT_ESTIMATE, roots=('L5',),
             plain=N_("Turning the foot in")),
    ExamPair("weak-ankle-eversion", "normal-ankle-eversion", N_("Turning the foot out (ankle eversion)"), "power", 0.06, PROJECT_ESTIMATE, roots=('L5', 'S1'),
             plain=N_("Turning the foot out")),
    ExamPair("weak-ankle-plantarflexion", "normal-ankle-plantarflexion", N_("Rising on the toes of one leg"), "power", 0.05, PROJECT_ESTIMATE, roots=('S1',)),
    ExamPair("slr-positive", "slr-negative", N_("Straight leg raise"), "tension", 0.48, VROOMEN_1999, background_measured=True, roots=('L5', 'S1'),
             plain=N_("Raising the straight leg while lying on the back")),
    ExamPair("crossed-slr-positive", "crossed-slr-negative", N_("Crossed straight leg raise"), "tension", 0.10, VAN_DER_WINDT_2010, background_measured=True,
             plain=N_("Raising the other straight leg brings on the pain")),
    ExamPair("femoral-stretch-positive", "femoral-stretch-negative", N_("Femoral stretch (prone knee bend)"), "tension", 0.05, SURI_2011, roots=('L2', 'L3', 'L4'),
             plain=N_("Bending the knee while lying face down")),
    ExamPair("fair-positive", "fair-negative", N_("FAIR test (flexion, adduction, internal rotation)"), "piriformis", round(1 - FAIR_TEST.specificity, 2), FAIR_TEST.source, background_measured=True,
             plain=N_("FAIR test (a stretch of the muscle deep in the buttock)")),
    ExamPair("hip-rotation-painful", "hip-rotation-painless", N_("Moving the hip joint itself (turning it in) brings on the pain"), "hip", 0.06, METCALFE_2019, background_measured=True,
             results=(N_("Painful"), N_("Painless"))),
    ExamPair("trochanter-tender", "trochanter-not-tender", N_("Tenderness over the greater trochanter"), "hip", 0.30, PROJECT_ESTIMATE,
             results=(N_("Tender"), N_("Not tender")), plain=N_("Tenderness over the bony point at the outside of the hip")),
)
EXAM_PAIRS_BY_WORD: dict[str, ExamPair] = {
    word: pair for pair in EXAM_PAIRS for word in (pair.abnormal, pair.normal)}
# Every word a request may carry: the patient's answers, then the examination's words.
FINDING_IDS: tuple[str, ...] = tuple(FINDINGS) + tuple(
    word for pair in EXAM_PAIRS for word in (pair.abnormal, pair.normal) if word not in FINDINGS)


def contradiction(words: frozenset[str]) -> ExamPair | None:
    """The first pair whose abnormal and normal words are both given."""
    return next((pair for pair in EXAM_PAIRS if pair.abnormal in words and pair.normal in words), None)


def background(word: str) -> float | None:
    """How often a finding's abnormal word is given with a condition it says nothing of."""
    if word in EXAM_PAIRS_BY_WORD:
        return EXAM_PAIRS_BY_WORD[word].background
    return FINDINGS[word].background
