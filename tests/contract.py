"""The public contract's ids, written out here as the test oracle (shared/contract.md)."""

from pathlib import Path

AREAS = (
    "low-back", "buttock", "groin", "thigh-front", "thigh-inner", "thigh-outer",
    "thigh-back-outer", "thigh-back", "knee-front", "knee-inner", "knee-back",
    "shin-inner", "shin-outer", "calf", "calf-outer", "ankle-inner", "ankle-outer",
    "foot-top", "foot-inner", "foot-outer", "big-toe", "toes", "little-toe", "heel", "sole",
)
BACK_VIEW = {"low-back", "buttock", "thigh-back-outer", "thigh-back", "knee-back", "calf",
             "calf-outer", "heel", "sole"}
REGION_IDS = frozenset({f"{side}-{area}" for side in ("left", "right") for area in AREAS} | {"saddle"})
FINDINGS = frozenset({
    "sitting-worse", "fair-positive", "buttock-tenderness", "back-pain-absent",
    "saddle-numbness", "bladder-bowel", "bilateral", "progressive-weakness", "foot-drop",
    "fever", "cancer-history", "trauma", "weight-loss",
})
CONTRACT_FILE = Path(__file__).resolve().parents[2] / "shared" / "contract.md"
