"""Every condition the differential weighs, on one scale: the roots, the piriformis, the
peripheral nerves and the hip, each with its prior among people with sciatica-like pain.

Of such people in primary care, three in four have sciatica from a root (Konstantinou 2015:
74.2 in 100); piriformis syndrome is put at up to 6 in 100 of low back pain (Hopayian 2010);
greater trochanteric pain was found in 20 in 100 of those sent to spine specialists
(Tortolani 2002), often beside another cause. What is left, about one in ten, is pain that
no single cause explains. The split between the mimics is the project's estimate.
"""

from ..text import N_
from .condition import (
    COMMON,
    EXTENT_WEIGHT,
    OCCASIONAL,
    Condition,
    Hallmark,
    Sign,
    Spread,
)
from .dermatomes import LEG_ROOTS, Root
from .hip import HIP_CONDITIONS
from .nerves import NERVES
from .piriformis import PIRIFORMIS
from .sources import (
    ABDULLAH_1974,
    KONSTANTINOU_2015,
    MURPHY_2009,
    PROJECT_ESTIMATE,
    STATPEARLS_LDH,
    TAWA_2017,
    TAYLOR_2013,
)

NO_SINGLE_CAUSE_PRIOR = 0.1
ROOTS_PRIOR = 1 - NO_SINGLE_CAUSE_PRIOR - PIRIFORMIS.prior - sum(c.prior for c in NERVES + HIP_CONDITIONS)

# Radicular pain reaches the low back and the buttock at every level, and these are among
# its commonest places (Murphy 2009), so they say "a root" without saying which; the
# upper roots reach the groin rather than the buttock.
_LUMBAR_GROIN = frozenset({"L1", "L2", "L3"})
# Numbness at a root's ISNCSCI key sensory point is the strongest single sign of it;
# pain there a little less so.
KEY_POINT_NUMBNESS = 4.0
KEY_POINT_PAIN = 1.5
CORE = EXTENT_WEIGHT["core"]


def _root_pain(root: Root) -> tuple[Spread, ...]:
    spread = [Spread(area, COMMON, MURPHY_2009) for area in root.pain_referral]
    spread.append(Spread("low-back", CORE, MURPHY_2009))
    if root.name in _LUMBAR_GROIN:
        spread += [Spread("buttock", COMMON, MURPHY_2009), Spread("groin", OCCASIONAL, MURPHY_2009)]
    else:
        spread.append(Spread("buttock", CORE, MURPHY_2009))
    return tuple(spread)


# Sciatica from a pressed L4 to S2 root is felt above the knee too, in the low back,
# buttock or thigh, in nearly every patient's pain drawing (Murphy 2009, Taylor 2013);
# symptoms below the knee alone point to a nerve there instead. The rate is the
# project's reading of those drawings.
PROXIMAL = frozenset({"low-back", "buttock", "groin", "thigh-front", "thigh-inner", "thigh-outer",
                      "thigh-back-outer", "thigh-back"})
PROXIMAL_RATE = 0.7


def root_condition(root: Root) -> Condition:
    shares = sum(r.share for r in LEG_ROOTS)
    return Condition(
        "root", root.name, root.name, ROOTS_PRIOR * root.share / shares,
        skin=root.dermatome, pain=_root_pain(root),
        # Sensory loss is found in about half of proven radiculopathies (Tawa 2017).
        numbness_rate=0.6,
        signs=root.signs, key_point=root.key_point.area, root=root,
        hallmark=Hallmark(PROXIMAL, PROXIMAL_RATE, MURPHY_2009),
        prior_sources=(KONSTANTINOU_2015, STATPEARLS_LDH),
        sources=(KONSTANTINOU_2015, STATPEARLS_LDH, ABDULLAH_1974, MURPHY_2009, TAYLOR_2013, TAWA_2017,
                 *dict.fromkeys(s.source for s in root.dermatome + root.signs)),
    )


# Pain that no single cause explains: it lands anywhere, numbs a third of the time, and
# every sign is as often abnormal as it is in people without the sign's own cause.
NO_SINGLE_CAUSE = Condition(
    "none", "none", N_("No single cause"), NO_SINGLE_CAUSE_PRIOR, skin=(), pain=(),
    numbness_rate=0.3, signs=(Sign("back-pain-absent", 0.3, PROJECT_ESTIMATE),), sources=(PROJECT_ESTIMATE,),
)

CONDITIONS: tuple[Condition, ...] = (
    *(root_condition(root) for root in LEG_ROOTS), PIRIFORMIS, *NERVES, *HIP_CONDITIONS)
CONDITIONS_BY_KEY: dict[tuple[str, str], Condition] = {(c.kind, c.id): c for c in CONDITIONS}
# Ids are unique across kinds, so a condition can be named by its id alone (?compare=L5).
CONDITIONS_BY_ID: dict[str, Condition] = {c.id: c for c in CONDITIONS}
