"""An evaluation set for the engine: vignettes written from textbook and case descriptions.

Each case is a short clinical picture turned into marks on the map, with the root a
clinician would name. The pictures follow the level-by-level examination in
Hoppenfeld's Orthopaedic Neurology, the pain maps of Murphy 2009 and Taylor 2013, the
ISNCSCI worksheet and the piriformis review of Hopayian 2010; none is taken from the
project article's three statements.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    picture: str
    expect: str | None  # the root, or None where no single root fits
    side: str = "right"
    pain: tuple[str, ...] = ()
    numb: tuple[str, ...] = ()
    findings: tuple[str, ...] = field(default_factory=tuple)

    def regions(self, areas: tuple[str, ...]) -> list[str]:
        return [f"{self.side}-{area}" for area in areas]


LEVEL_CASES: tuple[Case, ...] = (
    # L5
    Case("Sciatica from the buttock down the outer thigh and shin to the top of the foot; numb big toe",
         "L5", pain=("buttock", "thigh-back-outer", "shin-outer", "foot-top"), numb=("big-toe",)),
    Case("Numb top of the foot and web of the first toes, foot slapping when walking",
         "L5", numb=("foot-top", "toes"), findings=("foot-drop",)),
    Case("Pain on the outer shin with pins and needles on the top of the foot",
         "L5", pain=("shin-outer",), numb=("foot-top",)),
    Case("Back-of-thigh pain spreading to the front outer leg; numb big toe, weak toe lifting",
         "L5", pain=("thigh-back", "shin-outer"), numb=("big-toe",)),
    Case("Pain in the outer calf and the top of the foot", "L5", pain=("calf-outer", "foot-top")),
    Case("Isolated numbness of the big toe", "L5", numb=("big-toe",)),
    Case("Left buttock, outer thigh and outer calf pain, tingling middle toes and top of foot",
         "L5", side="left", pain=("buttock", "thigh-back-outer", "calf-outer"), numb=("toes", "foot-top")),
    Case("Outer shin and big toe pain, no numbness", "L5", pain=("shin-outer", "big-toe")),
    Case("Pins and needles on the top of the foot only", "L5", numb=("foot-top",)),
    # S1
    Case("Pain down the back of the thigh and calf to the heel; numb little toe and outer foot",
         "S1", pain=("thigh-back", "calf", "heel"), numb=("little-toe", "foot-outer")),
    Case("Numb sole and outer edge of the foot", "S1", numb=("sole", "foot-outer")),
    Case("Calf and heel pain with numbness along the outer foot", "S1", pain=("calf", "heel"), numb=("foot-outer",)),
    Case("Tingling at the outer ankle and little toe", "S1", numb=("ankle-outer", "little-toe")),
    Case("Back of thigh and calf pain, numb sole", "S1", pain=("thigh-back", "calf"), numb=("sole",)),
    Case("Pain down the back of the leg to the outside of the ankle", "S1",
         pain=("thigh-back", "calf", "ankle-outer")),
    Case("Left buttock to outer foot and little toe, along the back of the leg", "S1", side="left",
         pain=("buttock", "thigh-back", "calf-outer", "foot-outer", "little-toe")),
    Case("Numb heel only", "S1", numb=("heel",)),
    Case("Outer calf pain with a numb outer foot and heel", "S1", pain=("calf-outer",), numb=("foot-outer", "heel")),
    # L4
    Case("Front of thigh pain, numb inner shin down to the inner ankle bone", "L4",
         pain=("thigh-front",), numb=("shin-inner", "ankle-inner")),
    Case("Pain over the front of the knee and down the inner shin", "L4", pain=("knee-front", "shin-inner")),
    Case("Numb inner lower leg and inner edge of the foot", "L4", numb=("shin-inner", "foot-inner")),
    Case("Numb inner ankle with pain at the front of the knee", "L4", numb=("ankle-inner",), pain=("knee-front",)),
    Case("Far-lateral L4-5 disc: thigh-front and inner shin pain with a numb inner ankle", "L4",
         pain=("thigh-front", "shin-inner"), numb=("ankle-inner",)),
    Case("Left inner shin and inner ankle pain", "L4", side="left", pain=("shin-inner", "ankle-inner")),
    # L3
    Case("Front of thigh pain with a numb inner knee, weak knee straightening", "L3",
         pain=("thigh-front",), numb=("knee-inner",)),
    Case("Numb inner thigh down to the inner knee", "L3", numb=("thigh-inner", "knee-inner")),
    Case("Numbness at the inner knee only", "L3", numb=("knee-inner",)),
    # L2
    Case("Numb middle of the front of the thigh with groin pain, weak hip flexion", "L2",
         numb=("thigh-front",), pain=("groin",)),
    Case("Numb front and inner upper thigh", "L2", numb=("thigh-front", "thigh-inner")),
    # L1
    Case("Numbness just below the groin crease", "L1", numb=("groin",)),
    # S2
    Case("Numb back of the thigh and the hollow of the knee", "S2", numb=("thigh-back", "knee-back")),
    Case("Pain at the back of the thigh with a numb hollow behind the knee", "S2",
         pain=("thigh-back",), numb=("knee-back",)),
    # No single root
    Case("Low back and buttock pain only", None, pain=("low-back", "buttock")),
    Case("Buttock pain only", None, pain=("buttock",)),
)


@dataclass(frozen=True)
class PiriformisCase:
    picture: str
    flag: bool
    pain: tuple[str, ...] = ()
    numb: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()


PIRIFORMIS_CASES: tuple[PiriformisCase, ...] = (
    PiriformisCase("Buttock pain worse sitting, tender sciatic notch, positive FAIR, no back pain, back-of-thigh ache",
                   True, pain=("buttock", "thigh-back"),
                   findings=("sitting-worse", "buttock-tenderness", "fair-positive", "back-pain-absent")),
    PiriformisCase("Buttock pain to the back of the thigh, worse sitting, tender deep buttock", True,
                   pain=("buttock", "thigh-back"), findings=("sitting-worse", "buttock-tenderness")),
    PiriformisCase("Buttock pain with a positive FAIR test", True, pain=("buttock",), findings=("fair-positive",)),
    PiriformisCase("Buttock and calf pain, no back pain, tender buttock", True,
                   pain=("buttock", "calf"), findings=("back-pain-absent", "buttock-tenderness")),
    PiriformisCase("Low back and buttock pain with a numb big toe and top of foot (an L5 root)", False,
                   pain=("low-back", "buttock"), numb=("big-toe", "foot-top", "shin-outer")),
    PiriformisCase("Back of thigh and calf pain without buttock pain", False, pain=("thigh-back", "calf")),
    PiriformisCase("Low back pain alone", False, pain=("low-back",)),
    PiriformisCase("Buttock pain only", False, pain=("buttock",)),
)
