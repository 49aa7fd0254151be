"""Piriformis syndrome: the sciatic nerve caught in the deep buttock, by the piriformis muscle.

The same pain as a pressed root, from a different place: buttock pain that dominates,
worse sitting, a tender deep buttock, pain along the sciatic course without one root's
pattern, the low back often spared, and pain when the hip is stretched across and turned
in (Hopayian 2010 and 2018; Martin 2014). The project article also links it to the front of
the thigh: that skin is the femoral nerve's, not the sciatic's, so it stays a weak cue.
"""

from ..text import N_
from .condition import (
                       COMMON,
                       DOMINANT,
                       OCCASIONAL,
                       WEAK,
                       Condition,
                       Hallmark,
                       Sign,
                       SkinArea,
                       Spread,
)
from .findings import FAIR_TEST
from .regions import SCIATIC_COURSE
from .sources import (
                       HOPAYIAN_2010,
                       HOPAYIAN_2018,
                       JANKOVIC_2013,
                       MARTIN_2014,
                       PROJECT_ESTIMATE,
                       SEED,
)

# The areas below the knee that the sciatic nerve supplies, through both its halves.
_SCIATIC_BELOW_KNEE = ("calf-outer", "shin-outer", "foot-top", "foot-outer", "sole", "heel",
                       "big-toe", "toes", "little-toe")

PIRIFORMIS = Condition(
    "piriformis", "piriformis", N_("Piriformis syndrome (the sciatic nerve caught in the buttock)"), 0.05,
    skin=tuple(SkinArea(area, "border", HOPAYIAN_2018) for area in SCIATIC_COURSE + _SCIATIC_BELOW_KNEE),
    pain=(Spread("buttock", DOMINANT, HOPAYIAN_2018),
          *(Spread(area, COMMON, HOPAYIAN_2018) for area in SCIATIC_COURSE),
          *(Spread(area, OCCASIONAL, HOPAYIAN_2018) for area in _SCIATIC_BELOW_KNEE),
          Spread("thigh-front", WEAK, SEED)),
    numbness_rate=0.4,
    signs=(Sign("fair-positive", FAIR_TEST.sensitivity, FAIR_TEST.source, measured=True),
           Sign("buttock-tenderness", 0.9, HOPAYIAN_2018),
           Sign("sitting-worse", 0.8, HOPAYIAN_2018),
           # Low back pain in 18 of 100 reported cases (Jankovic 2013); the straight leg
           # raise was positive in 15 of 100 entrapments found at endoscopy (Martin 2014).
           Sign("back-pain-absent", 0.8, JANKOVIC_2013, measured=True),
           Sign("slr-positive", 0.15, MARTIN_2014, measured=True),
           Sign("crossed-slr-positive", 0.02, PROJECT_ESTIMATE),
           Sign("femoral-stretch-positive", 0.02, PROJECT_ESTIMATE),
           Sign("knee-reflex-reduced", 0.03, PROJECT_ESTIMATE),
           Sign("ankle-reflex-reduced", 0.1, HOPAYIAN_2010),
           Sign("weak-hip-flexion", 0.02, PROJECT_ESTIMATE),
           Sign("weak-knee-extension", 0.02, PROJECT_ESTIMATE),
           Sign("weak-ankle-dorsiflexion", 0.05, HOPAYIAN_2010),
           Sign("weak-big-toe-extension", 0.05, HOPAYIAN_2010),
           Sign("weak-ankle-plantarflexion", 0.05, HOPAYIAN_2010),
           Sign("hip-rotation-painful", 0.2, PROJECT_ESTIMATE)),
    sources=(HOPAYIAN_2010, HOPAYIAN_2018, JANKOVIC_2013, MARTIN_2014, SEED),
    # Buttock pain is one of the four features that define it (Hopayian 2018), reported in
    # 97.9 of 100 cases (Jankovic 2013).
    hallmark=Hallmark(frozenset({"buttock"}), 0.9, JANKOVIC_2013, findings=frozenset({"buttock-tenderness"})),
    prior_sources=(HOPAYIAN_2010,),
)
