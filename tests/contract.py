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
    # Addendum 2.
    "sexual-dysfunction",
})
# Addendum 1: the examination's pairs, abnormal word first.
EXAM_PAIRS = (
    ("knee-reflex-reduced", "knee-reflex-normal"), ("ankle-reflex-reduced", "ankle-reflex-normal"),
    ("weak-hip-flexion", "normal-hip-flexion"), ("weak-knee-extension", "normal-knee-extension"),
    ("weak-ankle-dorsiflexion", "normal-ankle-dorsiflexion"), ("weak-big-toe-extension", "normal-big-toe-extension"),
    ("weak-hip-abduction", "normal-hip-abduction"), ("weak-ankle-inversion", "normal-ankle-inversion"),
    ("weak-ankle-eversion", "normal-ankle-eversion"), ("weak-ankle-plantarflexion", "normal-ankle-plantarflexion"),
    ("slr-positive", "slr-negative"), ("crossed-slr-positive", "crossed-slr-negative"),
    ("femoral-stretch-positive", "femoral-stretch-negative"), ("fair-positive", "fair-negative"),
    ("hip-rotation-painful", "hip-rotation-painless"), ("trochanter-tender", "trochanter-not-tender"),
)
FINDING_WORDS = FINDINGS | {word for pair in EXAM_PAIRS for word in pair}
KINDS = {"root", "piriformis", "nerve", "hip"}
CONDITION_IDS = {
    "root": {"L1", "L2", "L3", "L4", "L5", "S1", "S2"},
    "piriformis": {"piriformis"},
    "nerve": {"lateral-femoral-cutaneous", "femoral", "obturator", "saphenous", "sciatic", "common-peroneal",
              "superficial-peroneal", "deep-peroneal", "tibial", "sural"},
    "hip": {"hip-joint", "trochanteric"},
}
URGENCIES = {"emergency", "urgent", "soon"}
CONTRACT_FILE = Path(__file__).resolve().parents[2] / "shared" / "contract.md"
