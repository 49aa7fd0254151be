"""Checks a patient can do alone, each the home version of an examination sign: walking
on the heels tests the foot's lifters (L4, L5), rising on the toes of one leg ten times
the calf (S1), lifting the big toe against a finger its long extensor (L5) (Hoppenfeld)."""

from dataclasses import dataclass

from ..text import N_
from .findings import EXAM_PAIRS_BY_WORD, ExamPair
from .sources import HOPPENFELD, Source


@dataclass(frozen=True)
class SelfCheck:
    id: str
    question: str
    safety: str
    pair: ExamPair
    source: Source = HOPPENFELD


# Each is judged against the other leg: most people's finger overpowers a healthy big toe,
# so what counts is a difference between the sides, not whether the movement can be done.
SELF_CHECKS: tuple[SelfCheck, ...] = (
    SelfCheck("heels", N_("Walking ten steps on your heels, toes off the floor: does the front of the painful foot drop sooner than the other?"),
              N_("Stay near a wall or a worktop to steady yourself."),
              EXAM_PAIRS_BY_WORD["weak-ankle-dorsiflexion"]),
    SelfCheck("toes", N_("Standing on one leg, rising onto its toes ten times, then the same on the other leg: is the painful leg weaker?"),
              N_("Hold on to a worktop or a chair back with one hand."),
              EXAM_PAIRS_BY_WORD["weak-ankle-plantarflexion"]),
    SelfCheck("big-toe", N_("Sitting, lifting each big toe in turn while the same finger presses it down: is the painful side weaker?"),
              N_("Do this one sitting down."),
              EXAM_PAIRS_BY_WORD["weak-big-toe-extension"]),
)
