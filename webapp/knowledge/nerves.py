"""The leg's peripheral nerves that mimic a pressed root: where each supplies the skin,
which muscles it spares, and how often each is the cause.

Skin areas and muscles follow Stewart's Focal Peripheral Neuropathies. What a nerve
spares is what tells it from a root: a peroneal palsy weakens the foot's lifters as L5
does, but spares hip abduction (gluteus medius, superior gluteal nerve, L5) and ankle
inversion (tibialis posterior, tibial nerve, L5) (Jeon 2013). A nerve lesion leaves the
straight leg raise negative and the low back free of pain.
"""

from ..text import N_
from .condition import COMMON, OCCASIONAL, Condition, Sign, SkinArea, Spread
from .sources import (
    JEON_2013,
    NOURAEI_2007,
    PROJECT_ESTIMATE,
    STEWART_FOCAL,
    VAN_DER_WINDT_2010,
    VAN_SLOBBE_2004,
    Source,
)


def _skin(area: str, extent: str = "core", source: Source = STEWART_FOCAL) -> SkinArea:
    return SkinArea(area, extent, source)


def _pain(area: str, weight: float = COMMON, source: Source = STEWART_FOCAL) -> Spread:
    return Spread(area, weight, source)


def _sign(word: str, rate: float, source: Source = STEWART_FOCAL, measured: bool = False) -> Sign:
    return Sign(word, rate, source, measured=measured)


# What no nerve below the pelvis does: press a root in the canal. The straight leg raise
# stretches the roots and the sciatic nerve above the knee; a lesion elsewhere leaves it
# negative, as it is in most people without radiculopathy (Cochrane: specificity 0.74).
_NO_ROOT_TENSION = (
    _sign("slr-positive", 0.05, VAN_DER_WINDT_2010),
    _sign("crossed-slr-positive", 0.02, VAN_DER_WINDT_2010),
    _sign("back-pain-absent", 0.75, PROJECT_ESTIMATE),
)
_NO_WEAKNESS = tuple(_sign(word, 0.02) for word in (
    "weak-hip-flexion", "weak-knee-extension", "weak-ankle-dorsiflexion", "weak-big-toe-extension",
    "weak-hip-abduction", "weak-ankle-inversion", "weak-ankle-eversion", "weak-ankle-plantarflexion",
    "knee-reflex-reduced", "ankle-reflex-reduced"))


def _with(*signs: Sign) -> tuple[Sign, ...]:
    """The given signs, and otherwise no weakness and no root tension."""
    words = {sign.word for sign in signs}
    return signs + tuple(s for s in _NO_ROOT_TENSION + _NO_WEAKNESS if s.word not in words)


def _nerve(nerve_id: str, label: str, prior: float, skin: tuple[SkinArea, ...], pain: tuple[Spread, ...],
           signs: tuple[Sign, ...], numbness_rate: float = 0.85,
           sources: tuple[Source, ...] = (STEWART_FOCAL,)) -> Condition:
    return Condition("nerve", nerve_id, label, prior, skin, pain, numbness_rate, _with(*signs),
                     sources + (PROJECT_ESTIMATE,))


# Priors: each nerve's share among people with sciatica-like leg pain. Only meralgia has a
# population incidence (4.3 per 10,000 person-years, van Slobbe 2004, against some 50 per
# 10,000 for lumbar radicular pain); the others are the project's estimates, kept small.
# Among people with foot drop sent for EMG, a peroneal palsy is found more often than an
# L5 radiculopathy (Jeon 2013: 28 against 21 of 61; a 1989 series: 30.6 against 19.7 in
# 100); among those who come with leg pain it is rarer, so its prior is kept at about a
# tenth of L5's.
COMMON_PERONEAL_PRIOR = 0.03
MERALGIA = _nerve(
    "lateral-femoral-cutaneous", N_("Lateral femoral cutaneous nerve (meralgia paresthetica)"), 0.03,
    skin=(_skin("thigh-outer"), _skin("thigh-front", "border")),
    pain=(_pain("groin", OCCASIONAL),),
    # A purely sensory nerve: numbness or burning of the outer thigh, never below the
    # knee, no weakness and no reflex change (Nouraei 2007).
    signs=(_sign("femoral-stretch-positive", 0.05, NOURAEI_2007),),
    numbness_rate=0.95, sources=(NOURAEI_2007, VAN_SLOBBE_2004, STEWART_FOCAL),
)
FEMORAL = _nerve(
    "femoral", N_("Femoral nerve"), 0.006,
    skin=(_skin("thigh-front"), _skin("thigh-inner", "border"), _skin("knee-inner", "border"),
          _skin("shin-inner", "border"), _skin("ankle-inner", "border")),
    pain=(_pain("groin"),),
    signs=(_sign("weak-knee-extension", 0.8), _sign("knee-reflex-reduced", 0.8),
           _sign("weak-hip-flexion", 0.4), _sign("femoral-stretch-positive", 0.4)),
    numbness_rate=0.7,
)
OBTURATOR = _nerve(
    "obturator", N_("Obturator nerve"), 0.003,
    skin=(_skin("thigh-inner"), _skin("knee-inner", "border")),
    pain=(_pain("groin"),),
    signs=(),
    numbness_rate=0.6,
)
SAPHENOUS = _nerve(
    "saphenous", N_("Saphenous nerve"), 0.004,
    skin=(_skin("knee-inner"), _skin("shin-inner"), _skin("ankle-inner"), _skin("foot-inner", "border")),
    pain=(),
    signs=(),
)
SCIATIC = _nerve(
    "sciatic", N_("Sciatic nerve in the thigh"), 0.005,
    skin=(_skin("shin-outer"), _skin("foot-top"), _skin("big-toe"), _skin("toes"), _skin("calf-outer"),
          _skin("sole"), _skin("heel"), _skin("foot-outer"), _skin("little-toe"), _skin("ankle-outer"),
          _skin("calf", "border")),
    pain=(_pain("thigh-back"), _pain("knee-back", OCCASIONAL), _pain("thigh-back-outer", OCCASIONAL)),
    # Its peroneal half is the more vulnerable, so the foot's lifters suffer most; the
    # gluteal nerves leave the pelvis above it, so hip abduction is spared.
    signs=(_sign("weak-ankle-dorsiflexion", 0.7), _sign("weak-big-toe-extension", 0.7),
           _sign("weak-ankle-eversion", 0.6), _sign("weak-ankle-plantarflexion", 0.4),
           _sign("weak-ankle-inversion", 0.4), _sign("ankle-reflex-reduced", 0.5),
           _sign("weak-hip-abduction", 0.04, JEON_2013, measured=True), _sign("foot-drop", 0.5),
           _sign("slr-positive", 0.3, PROJECT_ESTIMATE)),
)
COMMON_PERONEAL = _nerve(
    "common-peroneal", N_("Common peroneal nerve at the knee"), COMMON_PERONEAL_PRIOR,
    skin=(_skin("shin-outer"), _skin("foot-top"), _skin("toes"), _skin("big-toe", "border"),
          _skin("calf-outer", "border"), _skin("ankle-outer", "border")),
    pain=(_pain("calf-outer"),),
    # Jeon 2013: in foot drop, weak hip abduction found L5 radiculopathy with sensitivity
    # 0.86 and specificity 0.96 against a peroneal palsy.
    signs=(_sign("weak-ankle-dorsiflexion", 0.85), _sign("weak-big-toe-extension", 0.85),
           _sign("weak-ankle-eversion", 0.7), _sign("weak-hip-abduction", 0.04, JEON_2013, measured=True),
           _sign("weak-ankle-inversion", 0.05), _sign("foot-drop", 0.7)),
    sources=(STEWART_FOCAL, JEON_2013),
)
SUPERFICIAL_PERONEAL = _nerve(
    "superficial-peroneal", N_("Superficial peroneal nerve"), 0.004,
    skin=(_skin("shin-outer"), _skin("foot-top"), _skin("toes", "border"), _skin("ankle-outer", "border")),
    pain=(),
    signs=(_sign("weak-ankle-eversion", 0.2),),
)
# At the anterior tarsal tunnel the nerve's skin is the first web space, which the figure's
# top of the foot, big toe and toes only border; the branch to the long big-toe extensor
# leaves above the ankle, so lifting the big toe stays strong.
DEEP_PERONEAL = _nerve(
    "deep-peroneal", N_("Deep peroneal nerve (anterior tarsal tunnel)"), 0.003,
    skin=(_skin("foot-top", "border"), _skin("big-toe", "border"), _skin("toes", "border")),
    pain=(),
    signs=(_sign("weak-big-toe-extension", 0.05),),
    numbness_rate=0.7,
)
TIBIAL = _nerve(
    "tibial", N_("Tibial nerve (tarsal tunnel)"), 0.01,
    skin=(_skin("sole"), _skin("heel"), _skin("foot-inner"), _skin("toes", "border"),
          _skin("big-toe", "border"), _skin("little-toe", "border")),
    pain=(_pain("ankle-inner"),),
    # Most tibial lesions are at the tarsal tunnel, below the calf muscles' branches and
    # the ankle jerk: plantar flexion and the reflex are spared.
    signs=(_sign("weak-ankle-plantarflexion", 0.05), _sign("ankle-reflex-reduced", 0.05)),
)
SURAL = _nerve(
    "sural", N_("Sural nerve"), 0.003,
    skin=(_skin("foot-outer"), _skin("little-toe"), _skin("ankle-outer"), _skin("heel", "border"),
          _skin("calf-outer", "border")),
    pain=(),
    signs=(),
    numbness_rate=0.9,
)

NERVES: tuple[Condition, ...] = (
    MERALGIA, FEMORAL, OBTURATOR, SAPHENOUS, SCIATIC, COMMON_PERONEAL, SUPERFICIAL_PERONEAL,
    DEEP_PERONEAL, TIBIAL, SURAL,
)
