"""What every page with the map needs: the selection read from the URL, assessed, drawn."""

from collections.abc import Container, Mapping

from flask import request
from flask_babel import get_locale, gettext
from markupsafe import Markup

from ..assess import Assessment, assess, best_per_side, confidence
from ..diagram import DiagramState, body_diagram
from ..dermatomes import ROOTS
from ..findings import FINDINGS
from ..regions import BODY_PARTS, SIDE_WORDS, region_id, regions_of_part
from ..selection import Selection, SelectionError, parse_query


def diagram_state(selection: Selection, assessment: Assessment) -> DiagramState:
    """The figure shows the marks and the skin area of the best segment on each side."""
    shaded: dict[str, str] = {}
    key_points: set[str] = set()
    for side, segment in best_per_side(assessment.segments).items():
        root = ROOTS[segment.root]
        shaded.update({region_id(side, skin.area): skin.extent for skin in root.dermatome
                       if skin.area != "saddle"})
        key_points.add(region_id(side, root.key_point.area))
    return DiagramState(pain=selection.pain, numb=selection.numb, shaded=shaded,
                        key_points=frozenset(key_points))


def read_selection(options: Mapping[str, Container[str]]) -> tuple[Selection, dict[str, str], SelectionError | None]:
    """The selection in this request's URL; an empty one with the error if the URL is bad."""
    try:
        selection, chosen = parse_query(request.query_string, options)
        return selection, chosen, None
    except SelectionError as bad_link:
        return Selection(), {}, bad_link


def read_map_request(options: Mapping[str, Container[str]]) -> tuple[dict, int]:
    """The template context of the map for this request, and its status.

    A link with a mark the map does not know still gets the map (empty), with a notice.
    """
    selection, chosen, error = read_selection(options)
    assessment = assess(selection, gettext)
    best = best_per_side(assessment.segments)
    context = {
        "selection": selection,
        "options": chosen,
        "error": error,
        "assessment": assessment,
        "best": best,
        "others": [s for s in assessment.segments if s not in best.values()],
        "figure": Markup(body_diagram(diagram_state(selection, assessment), gettext, str(get_locale()))),
        "confidence": confidence,
        "side_words": SIDE_WORDS,
        "roots": ROOTS,
        "findings": FINDINGS,
        "body_parts": [(part, regions_of_part(part)) for part in BODY_PARTS],
    }
    return context, 400 if error else 200
