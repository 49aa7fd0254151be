"""Smooth outlines through points: Catmull-Rom chains as cubic Bézier segments."""

from collections.abc import Sequence

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]  # first control point, second control point, end


def catmull_rom(points: Sequence[Point], before: Point, after: Point) -> list[Segment]:
    """The Bézier segments of a Catmull-Rom chain through ``points``, its ends shaped by
    the neighbours ``before`` the first point and ``after`` the last."""
    padded = [before, *points, after]
    segments = []
    for i in range(len(points) - 1):
        p0, p1, p2, p3 = padded[i:i + 4]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((c1, c2, p2))
    return segments


def closed_catmull_rom(points: Sequence[Point]) -> list[Segment]:
    """The segments of a closed loop through ``points``, back to the first."""
    return catmull_rom([*points, points[0]], points[-1], points[1])
