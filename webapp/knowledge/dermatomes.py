"""The lumbosacral nerve roots: their skin areas, discs, key points, muscles and reflexes.

Every fact carries its source. Published dermatome maps disagree at their borders, so
each root's skin area is graded:

- ``core``: inside the root's area on the evidence-based map (Lee, McPhee and
  Stringer 2008) or at its ISNCSCI key sensory point;
- ``border``: at the edge of the area, where neighbouring roots overlap, or a cue that
  the project article gives and the evidence-based map does not;
- ``disputed``: only on an older map (Keegan and Garrett 1948), shown as uncertain.
"""

from dataclasses import dataclass

from ..text import N_
from .condition import EXTENT_WEIGHT, EXTENTS, Extent, Sign, SkinArea
from .regions import SCIATIC_COURSE
from .sources import (
    ABDULLAH_1974,
    AL_NEZARI_2013,
    HOPPENFELD,
    ISNCSCI,
    JEON_2013,
    JONSSON_1995,
    KEEGAN_1948,
    LEE_2008,
    MURPHY_2009,
    PROJECT_ESTIMATE,
    SEED,
    STATPEARLS_LDH,
    SURI_2011,
    TAWA_2017,
    TAYLOR_2013,
    VAN_DER_WINDT_2010,
    VROOMEN_1999,
    Source,
)

__all__ = ["EXTENTS", "EXTENT_WEIGHT", "Extent", "SkinArea"]


@dataclass(frozen=True)
class KeyPoint:
    area: str
    where: str  # as a practitioner reads it, with the anatomical term
    source: Source = ISNCSCI
    plain: str | None = None  # for the patient, where the term needs it

    @property
    def in_plain_words(self) -> str:
        return self.plain or self.where


@dataclass(frozen=True)
class KeyMuscle:
    muscle: str
    movement: str
    source: Source


@dataclass(frozen=True)
class Reflex:
    name: str | None
    note: str
    source: Source = HOPPENFELD
    # For the patient, where the practitioner's words need it.
    plain_name: str | None = None
    plain_note: str | None = None


@dataclass(frozen=True)
class Disc:
    """An intervertebral disc, and the roots its herniations press.

    A usual (posterolateral) herniation presses the root that runs down past the disc
    to leave one level lower; a far-lateral (foraminal or extraforaminal) one presses
    the root leaving above the disc, through the foramen beside it (Abdullah 1974).
    """

    name: str
    vertebrae: tuple[str, str]
    presses: str
    far_lateral_presses: str | None

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Root:
    name: str
    # Share of lumbosacral radiculopathies at this root: the prior of the assessment.
    share: float
    dermatome: tuple[SkinArea, ...]
    key_point: KeyPoint
    key_muscle: KeyMuscle
    reflex: Reflex
    # Areas outside the dermatome that this root's pain commonly reaches (sclerotomal
    # and myotomal referral): pain there fits, numbness there does not.
    pain_referral: tuple[str, ...] = ()
    # How often each examination sign is abnormal when this root is pressed. Single
    # muscles and reflexes have no published per-level sensitivity that we could read;
    # the pooled ones run from 0.13 to 0.61 (Tawa 2017; Al Nezari 2013), and the figures
    # here sit inside that range, highest for each root's own key muscle and reflex.
    signs: tuple[Sign, ...] = ()

    @property
    def disc(self) -> Disc | None:
        """The disc whose usual herniation presses this root."""
        return next((d for d in DISCS.values() if d.presses == self.name), None)

    @property
    def far_lateral_disc(self) -> Disc | None:
        """The disc whose far-lateral herniation presses this root as it exits."""
        return next((d for d in DISCS.values() if d.far_lateral_presses == self.name), None)

    def extent(self, area: str) -> Extent | None:
        for skin in self.dermatome:
            if skin.area == area:
                return skin.extent
        return None

    def weight(self, area: str) -> float:
        extent = self.extent(area)
        return EXTENT_WEIGHT[extent] if extent else 0.0


def _core(area: str, source: Source = LEE_2008, note: str = "") -> SkinArea:
    return SkinArea(area, "core", source, note)


def _border(area: str, source: Source = LEE_2008, note: str = "") -> SkinArea:
    return SkinArea(area, "border", source, note)


def _keegan(area: str, note: str) -> SkinArea:
    return SkinArea(area, "disputed", KEEGAN_1948, note)


# L5 pain also often runs down the side of the thigh (Murphy 2009).
L5_PAIN_COURSE = SCIATIC_COURSE + ("thigh-outer",)

L1 = Root(
    "L1", share=0.01,
    dermatome=(
        _core("groin", note=N_("Just below the groin crease.")),
        _border("thigh-inner"),
    ),
    key_point=KeyPoint("groin", N_("Upper front of the thigh, half way between the middle of the groin crease and the L2 point")),
    key_muscle=KeyMuscle(N_("Hip flexors (iliopsoas), shared with L2 and L3"), N_("Lifting the thigh while sitting"), HOPPENFELD),
    reflex=Reflex(None, N_("No reliable reflex")),
    signs=(Sign("weak-hip-flexion", 0.3, PROJECT_ESTIMATE), Sign("femoral-stretch-positive", 0.4, PROJECT_ESTIMATE),
           Sign("slr-positive", 0.3, PROJECT_ESTIMATE)),
)
L2 = Root(
    "L2", share=0.02,
    dermatome=(
        _core("thigh-front", note=N_("Upper and middle front of the thigh.")),
        _core("thigh-inner"),
        _border("groin"),
        _keegan("thigh-outer", N_("Keegan and Garrett carry L2 across the upper outer thigh; Lee 2008 does not.")),
    ),
    key_point=KeyPoint("thigh-front", N_("Front and inner mid-thigh, half way along a line from the middle of the groin crease to the inner knee")),
    key_muscle=KeyMuscle(N_("Hip flexors (iliopsoas)"), N_("Lifting the thigh while sitting"), ISNCSCI),
    reflex=Reflex(None, N_("No reliable reflex")),
    signs=(Sign("weak-hip-flexion", 0.4, TAWA_2017), Sign("weak-knee-extension", 0.3, TAWA_2017),
           Sign("knee-reflex-reduced", 0.3, AL_NEZARI_2013), Sign("femoral-stretch-positive", 0.5, SURI_2011),
           Sign("slr-positive", 0.4, PROJECT_ESTIMATE)),
)
L3 = Root(
    "L3", share=0.04,
    dermatome=(
        _core("thigh-front", note=N_("Lower front of the thigh, above the knee.")),
        _core("thigh-inner"),
        _core("knee-inner"),
        _border("knee-front"),
        _keegan("shin-inner", N_("Keegan and Garrett run L3 on down the inner shin; Lee 2008 stops it at the knee.")),
    ),
    key_point=KeyPoint("knee-inner", N_("Inner side of the knee, on the bony bump just above the joint (medial femoral condyle)"),
                       plain=N_("Inner side of the knee, on the bony bump just above the joint")),
    key_muscle=KeyMuscle(N_("Knee extensors (quadriceps)"), N_("Straightening the knee against resistance"), ISNCSCI),
    reflex=Reflex(N_("Knee jerk (patellar reflex)"), N_("Can be reduced; it depends more on L4"),
                  plain_name=N_("Knee jerk")),
    pain_referral=("groin", "thigh-outer"),
    signs=(Sign("weak-hip-flexion", 0.4, TAWA_2017), Sign("weak-knee-extension", 0.5, TAWA_2017),
           Sign("knee-reflex-reduced", 0.4, AL_NEZARI_2013), Sign("femoral-stretch-positive", 0.6, SURI_2011),
           Sign("slr-positive", 0.4, PROJECT_ESTIMATE)),
)
L4 = Root(
    "L4", share=0.08,
    dermatome=(
        _core("shin-inner"),
        _core("ankle-inner"),
        _core("foot-inner", HOPPENFELD, N_("Inner edge of the foot, towards the big toe.")),
        _border("knee-inner"),
        _border("knee-front"),
        _border("thigh-front", SEED, N_("The project article puts the front of the thigh in the L3-4 pattern; on Lee 2008 it is L2 and L3 skin, reached by L4 pain.")),
        _keegan("big-toe", N_("Keegan and Garrett give the big toe to L4; Lee 2008 and ISNCSCI give it to L5.")),
    ),
    key_point=KeyPoint("ankle-inner", N_("Inside of the ankle, on the inner ankle bone (medial malleolus)"),
                       plain=N_("Inside of the ankle, on the inner ankle bone")),
    key_muscle=KeyMuscle(N_("Ankle dorsiflexors (tibialis anterior)"), N_("Pulling the foot up at the ankle; walking on the heels"), ISNCSCI),
    reflex=Reflex(N_("Knee jerk (patellar reflex)"), N_("Reduced or absent"), plain_name=N_("Knee jerk")),
    pain_referral=("thigh-front", "thigh-outer", "knee-front"),
    signs=(Sign("weak-knee-extension", 0.5, TAWA_2017), Sign("knee-reflex-reduced", 0.45, SURI_2011),
           Sign("weak-ankle-dorsiflexion", 0.4, TAWA_2017), Sign("femoral-stretch-positive", 0.5, SURI_2011),
           Sign("slr-positive", 0.6, PROJECT_ESTIMATE), Sign("foot-drop", 0.05, JONSSON_1995)),
)
L5 = Root(
    "L5", share=0.45,
    dermatome=(
        _core("shin-outer"),
        _core("foot-top"),
        _core("big-toe"),
        _core("toes"),
        _border("foot-inner"),
        _border("ankle-outer"),
        _border("calf-outer", KEEGAN_1948, N_("The outer calf lies between L5 and S1; Keegan and Garrett give more of it to L5.")),
        _border("thigh-back-outer", SEED, N_("The project article names the outer edge of the back of the thigh for L4-5; Keegan and Garrett run L5 there too.")),
    ),
    key_point=KeyPoint("foot-top", N_("Top of the foot, at the base of the third toe (third metatarsophalangeal joint)"),
                       plain=N_("Top of the foot, where the middle toe joins it")),
    key_muscle=KeyMuscle(N_("Long toe extensors (extensor hallucis longus)"), N_("Lifting the big toe against resistance"), ISNCSCI),
    reflex=Reflex(None, N_("No reliable reflex (the inner hamstring jerk is inconstant)"),
                  plain_note=N_("No reflex test is reliable for this root")),
    pain_referral=L5_PAIN_COURSE,
    signs=(Sign("weak-big-toe-extension", 0.5, TAWA_2017), Sign("weak-ankle-dorsiflexion", 0.4, TAWA_2017),
           # Jeon 2013 measured 0.86 among patients with foot drop; milder L5 radiculopathy
           # spares the hip more often (Suri 2011 names it a specific L5 sign, LR >= 5).
           Sign("weak-hip-abduction", 0.3, SURI_2011), Sign("weak-hip-abduction", 0.86, JEON_2013, given="foot-drop", measured=True),
           Sign("weak-ankle-inversion", 0.4, PROJECT_ESTIMATE),
           Sign("weak-ankle-eversion", 0.3, PROJECT_ESTIMATE), Sign("foot-drop", 0.1, JONSSON_1995),
           Sign("slr-positive", 0.85, VROOMEN_1999, measured=True), Sign("crossed-slr-positive", 0.28, VAN_DER_WINDT_2010, measured=True)),
)
S1 = Root(
    "S1", share=0.37,
    dermatome=(
        _core("little-toe", note=N_("The project article names the little toe and the outside of the foot for L5-S1.")),
        _core("foot-outer"),
        _core("heel"),
        _core("ankle-outer"),
        _core("sole"),
        _border("calf-outer"),
        _border("calf"),
        _border("toes", note=N_("The fourth toe lies at the L5/S1 border.")),
        _keegan("thigh-back", N_("Keegan and Garrett give the back of the thigh to S1; Lee 2008 gives it to S2.")),
    ),
    key_point=KeyPoint("heel", N_("Outer side of the heel (lateral calcaneus)"), plain=N_("Outer side of the heel")),
    key_muscle=KeyMuscle(N_("Ankle plantar flexors (calf muscles)"), N_("Rising onto the toes, on one leg"), ISNCSCI),
    reflex=Reflex(N_("Ankle jerk (Achilles reflex)"), N_("Reduced or absent"), plain_name=N_("Ankle jerk")),
    pain_referral=SCIATIC_COURSE,
    signs=(Sign("ankle-reflex-reduced", 0.5, SURI_2011), Sign("weak-ankle-plantarflexion", 0.4, TAWA_2017),
           Sign("weak-ankle-eversion", 0.3, PROJECT_ESTIMATE), Sign("weak-big-toe-extension", 0.15, PROJECT_ESTIMATE),
           Sign("slr-positive", 0.85, VROOMEN_1999, measured=True), Sign("crossed-slr-positive", 0.28, VAN_DER_WINDT_2010, measured=True)),
)
S2 = Root(
    "S2", share=0.03,
    dermatome=(
        _core("thigh-back"),
        _core("knee-back"),
        _core("calf", note=N_("A strip down the middle of the back of the calf.")),
        _border("thigh-back-outer"),
    ),
    key_point=KeyPoint("knee-back", N_("Middle of the hollow behind the knee (popliteal fossa)"),
                       plain=N_("Middle of the hollow behind the knee")),
    key_muscle=KeyMuscle(N_("Toe flexors and small muscles of the foot (no ISNCSCI key muscle)"), N_("Curling the toes"), HOPPENFELD),
    reflex=Reflex(None, N_("No reliable reflex")),
    signs=(Sign("ankle-reflex-reduced", 0.3, HOPPENFELD), Sign("weak-ankle-plantarflexion", 0.3, HOPPENFELD),
           Sign("slr-positive", 0.6, PROJECT_ESTIMATE)),
)
_SACRAL_SPHINCTER = KeyMuscle(N_("Anal sphincter"), N_("Voluntary anal contraction"), ISNCSCI)
_SACRAL_REFLEX = Reflex(N_("Anal wink and bulbocavernosus reflex"), N_("Lost when the lowest sacral roots are pressed (cauda equina)"))
_PERIANAL = KeyPoint("saddle", N_("Skin around the anus, within a finger's width of its margin"))
S3 = Root(
    "S3", share=0.0,
    dermatome=(_core("saddle"), _core("buttock", note=N_("The fold under the buttock, over the sitting bone."))),
    key_point=KeyPoint("buttock", N_("Sitting bone (ischial tuberosity) or the fold under the buttock"),
                       plain=N_("The bone you sit on, or the fold under the buttock")),
    key_muscle=_SACRAL_SPHINCTER, reflex=_SACRAL_REFLEX,
)
S4 = Root("S4", 0.0, (_core("saddle"),), _PERIANAL, _SACRAL_SPHINCTER, _SACRAL_REFLEX)
S5 = Root("S5", 0.0, (_core("saddle"),), _PERIANAL, _SACRAL_SPHINCTER, _SACRAL_REFLEX)

DISCS: dict[str, Disc] = {disc.name: disc for disc in (
    Disc("T12-L1", ("T12", "L1"), presses="L1", far_lateral_presses=None),
    Disc("L1-2", ("L1", "L2"), presses="L2", far_lateral_presses="L1"),
    Disc("L2-3", ("L2", "L3"), presses="L3", far_lateral_presses="L2"),
    Disc("L3-4", ("L3", "L4"), presses="L4", far_lateral_presses="L3"),
    Disc("L4-5", ("L4", "L5"), presses="L5", far_lateral_presses="L4"),
    Disc("L5-S1", ("L5", "S1"), presses="S1", far_lateral_presses="L5"),
)}
ROOTS: dict[str, Root] = {root.name: root for root in (L1, L2, L3, L4, L5, S1, S2, S3, S4, S5)}
# The roots whose skin covers the leg and which a disc can press: the ones an
# assessment ranks. S3 to S5 supply the saddle, whose numbness is a red flag.
LEG_ROOTS: tuple[Root, ...] = (L1, L2, L3, L4, L5, S1, S2)

# Shares: about 95 % of lumbar herniations are at L4-5 or L5-S1 (57 % and 41 % in one
# surgical series, under 2 % at L3-4), and about one in ten is far lateral, pressing the
# exiting root one level up (L4 from L4-5, L5 from L5-S1).
SHARE_SOURCES: tuple[Source, ...] = (STATPEARLS_LDH, ABDULLAH_1974)
# Pain spreads beyond the dermatome far more often than numbness does.
PAIN_SPREAD_SOURCES: tuple[Source, ...] = (MURPHY_2009, TAYLOR_2013)

# The project article's three segments, in its own spelling.
SEED_DISCS: tuple[str, ...] = ("L3-4", "L4-5", "L5-S1")


def root_pressed_by(disc: str, far_lateral: bool = False) -> Root | None:
    name = DISCS[disc].far_lateral_presses if far_lateral else DISCS[disc].presses
    return ROOTS.get(name) if name else None


def roots_supplying(area: str) -> dict[str, Extent]:
    """Which roots' skin covers an area, and how surely."""
    return {root.name: extent for root in ROOTS.values() if (extent := root.extent(area))}
