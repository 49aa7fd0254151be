"""The hip as a mimic of sciatica: the joint itself, and the tendons over the trochanter.

Pain from the hip joint lands in the buttock, the groin and the thigh, and below the knee
in some (Lesher 2008; Khan 2004); moving the joint brings it on, and it numbs
nothing (Brown 2004). Pain over the outer hip and thigh, tender over the greater
trochanter, is the gluteal tendons' (Grimaldi 2017, Lequesne 2008), and is common among
people sent to spine clinics (Tortolani 2002: 20 in 100).
"""

from ..text import N_
from .condition import COMMON, DOMINANT, OCCASIONAL, Condition, Sign, Spread
from .sources import (
    BROWN_2004,
    GRIMALDI_2017,
    KHAN_2004,
    LEQUESNE_2008,
    LESHER_2008,
    METCALFE_2019,
    PROJECT_ESTIMATE,
    TORTOLANI_2002,
    VAN_DER_WINDT_2010,
)

_NO_ROOT_SIGNS = (
    Sign("slr-positive", 0.1, VAN_DER_WINDT_2010),
    Sign("crossed-slr-positive", 0.02, VAN_DER_WINDT_2010),
    Sign("knee-reflex-reduced", 0.05, BROWN_2004),
    Sign("ankle-reflex-reduced", 0.08, BROWN_2004),
    Sign("weak-big-toe-extension", 0.03, BROWN_2004),
    Sign("weak-ankle-dorsiflexion", 0.03, BROWN_2004),
    Sign("weak-ankle-plantarflexion", 0.03, BROWN_2004),
    Sign("foot-drop", 0.01, BROWN_2004),
)

# Where hip joint pain lands, in 51 patients whose pain an injection into the joint relieved
# (Lesher 2008), as weights relative to its commonest place; the knee, rare there, is common
# in hip arthritis (Khan 2004: pain below the knee in 47 of 100).
_LESHER_SHARES = {"buttock": 0.71, "groin": 0.55, "thigh-front": 0.27, "thigh-outer": 0.27,
                  "thigh-back": 0.24, "thigh-inner": 0.16, "shin-inner": 0.08, "shin-outer": 0.08,
                  "calf": 0.06}
HIP_JOINT = Condition(
    "hip", "hip-joint", N_("Hip joint (arthritis, impingement)"), 0.07,
    skin=(),
    pain=(*(Spread(area, DOMINANT * share / max(_LESHER_SHARES.values()), LESHER_2008)
            for area, share in _LESHER_SHARES.items()),
          Spread("knee-front", COMMON, KHAN_2004), Spread("knee-inner", OCCASIONAL, KHAN_2004)),
    numbness_rate=0.08,
    signs=(Sign("hip-rotation-painful", 0.33, METCALFE_2019, measured=True), Sign("trochanter-tender", 0.3, PROJECT_ESTIMATE),
           Sign("weak-hip-abduction", 0.2, PROJECT_ESTIMATE), Sign("weak-hip-flexion", 0.15, PROJECT_ESTIMATE),
           Sign("back-pain-absent", 0.6, PROJECT_ESTIMATE), Sign("sitting-worse", 0.3, PROJECT_ESTIMATE),
           Sign("fair-positive", 0.4, PROJECT_ESTIMATE), *_NO_ROOT_SIGNS),
    sources=(LESHER_2008, KHAN_2004, METCALFE_2019, BROWN_2004, PROJECT_ESTIMATE),
)
TROCHANTERIC = Condition(
    "hip", "trochanteric", N_("Greater trochanteric pain (gluteal tendons)"), 0.05,
    skin=(),
    pain=(Spread("thigh-outer", DOMINANT, GRIMALDI_2017), Spread("buttock", COMMON, GRIMALDI_2017),
          Spread("thigh-back-outer", OCCASIONAL, GRIMALDI_2017), Spread("low-back", OCCASIONAL, TORTOLANI_2002),
          Spread("groin", OCCASIONAL, GRIMALDI_2017)),
    numbness_rate=0.1,
    signs=(Sign("trochanter-tender", 0.9, GRIMALDI_2017), Sign("weak-hip-abduction", 0.5, GRIMALDI_2017),
           Sign("hip-rotation-painful", 0.1, PROJECT_ESTIMATE), Sign("back-pain-absent", 0.5, TORTOLANI_2002),
           Sign("fair-positive", 0.4, PROJECT_ESTIMATE), Sign("buttock-tenderness", 0.4, PROJECT_ESTIMATE),
           *_NO_ROOT_SIGNS),
    sources=(GRIMALDI_2017, LEQUESNE_2008, TORTOLANI_2002, PROJECT_ESTIMATE),
    prior_sources=(TORTOLANI_2002, PROJECT_ESTIMATE),
)
HIP_CONDITIONS: tuple[Condition, ...] = (HIP_JOINT, TROCHANTERIC)
