"""How well an engine ranks the causes of published patients' legs: the measures the
evaluation reports for the learned differential and its baselines alike."""

import math
from dataclasses import dataclass

from webapp.knowledge.catalogue import CONDITIONS_BY_ID

from .fitting import Prediction

CALIBRATION_BINS = 10


@dataclass(frozen=True)
class Ranking:
    rows: int
    top1: float
    top3: float
    root_top1: float
    mimics_not_root: float
    nerve_top1: float
    piriformis_sensitivity: float
    piriformis_specificity: float
    brier: float
    calibration_error: float


def _kind(hypothesis: str) -> str:
    return CONDITIONS_BY_ID[hypothesis].kind if hypothesis in CONDITIONS_BY_ID else "none"


def _share(hits: list[bool]) -> float:
    return sum(hits) / len(hits) if hits else float("nan")


def ranking(predictions: list[Prediction], with_examination: bool, piriformis_flag_at: float | None) -> Ranking:
    """``piriformis_flag_at`` None: the piriformis is flagged where it ranks first."""
    view = 2 if with_examination else 1
    top1, top3, roots, mimics, nerves, brier, flagged, cleared = [], [], [], [], [], [], [], []
    bins = [[0, 0.0, 0] for _ in range(CALIBRATION_BINS)]   # right, confidence, answered
    for prediction in predictions:
        row, shares = prediction[0], prediction[view]
        ranked = sorted(shares, key=lambda h: (-shares[h], h))
        right, kind = ranked[0] == row.answer, _kind(row.answer)
        top1.append(right)
        top3.append(row.answer in ranked[:3])
        brier.append((shares[ranked[0]] - right) ** 2)
        band = bins[min(int(shares[ranked[0]] * CALIBRATION_BINS), CALIBRATION_BINS - 1)]
        band[0] += right
        band[1] += shares[ranked[0]]
        band[2] += 1
        if kind == "root":
            roots.append(next(h for h in ranked if _kind(h) == "root") == row.answer)
        if kind in ("piriformis", "nerve", "hip"):
            mimics.append(_kind(ranked[0]) != "root")
        if kind == "nerve":
            nerves.append(right)
        flag = (ranked[0] == "piriformis" if piriformis_flag_at is None
                else shares["piriformis"] >= piriformis_flag_at)
        (flagged if kind == "piriformis" else cleared).append(flag if kind == "piriformis" else not flag)
    return Ranking(
        rows=len(predictions), top1=_share(top1), top3=_share(top3), root_top1=_share(roots),
        mimics_not_root=_share(mimics), nerve_top1=_share(nerves),
        piriformis_sensitivity=_share(flagged), piriformis_specificity=_share(cleared),
        brier=sum(brier) / len(brier) if brier else math.nan,
        calibration_error=sum(abs(right - confidence) for right, confidence, _ in bins) / len(predictions)
        if predictions else math.nan,
    )
