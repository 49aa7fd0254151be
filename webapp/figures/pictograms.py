"""Small pictograms of the checks a patient can do alone, drawn with svgwrite.

Each is a side view of the lower leg and foot on a floor line, with an arrow for the
movement asked for: walking on the heels (the toes lifted), rising onto the toes (the
heel lifted), and lifting the big toe against a finger.
"""

from functools import cache

import svgwrite

WIDTH, HEIGHT = 96, 72
FLOOR = 62


def _drawing(label_class: str) -> tuple[svgwrite.Drawing, svgwrite.container.SVG]:
    dwg = svgwrite.Drawing(debug=False)
    root = dwg.svg(size=None, viewBox=f"0 0 {WIDTH} {HEIGHT}")
    root.attribs.update({"xmlns": "http://www.w3.org/2000/svg", "class": f"pictogram {label_class}",
                         "aria-hidden": "true", "focusable": "false"})
    root.add(dwg.line((4, FLOOR), (WIDTH - 4, FLOOR), class_="pictogram-floor"))
    return dwg, root


def _arrow(dwg: svgwrite.Drawing, x: float, top: float, bottom: float, up: bool) -> svgwrite.container.Group:
    group = dwg.g(class_="pictogram-arrow")
    group.add(dwg.line((x, top), (x, bottom)))
    tip, back = (top, top + 5) if up else (bottom, bottom - 5)
    group.add(dwg.polyline([(x - 4, back), (x, tip), (x + 4, back)]))
    return group


@cache
def heel_walk() -> str:
    """Standing on the heel, the front of the foot lifted off the floor."""
    dwg, root = _drawing("pictogram-heels")
    root.add(dwg.path(d="M30 6 L30 44 C30 52 26 58 28 61 L34 61 C48 54 62 44 74 36 C76 33 73 30 70 31 "
                        "C60 34 48 40 40 42 L40 6", class_="pictogram-leg"))
    root.add(_arrow(dwg, 82, 18, 38, up=True))
    return root.tostring()


@cache
def toe_rise() -> str:
    """On the toes of one leg, the heel lifted off the floor."""
    dwg, root = _drawing("pictogram-toes")
    root.add(dwg.path(d="M34 4 L34 30 C34 38 36 44 40 48 C48 54 62 60 74 61 L78 61 C79 58 76 56 72 55 "
                        "C62 52 52 44 48 36 L46 4", class_="pictogram-leg"))
    root.add(_arrow(dwg, 22, 26, 52, up=True))
    return root.tostring()


@cache
def big_toe_lift() -> str:
    """The foot flat, its big toe lifting against a finger pressing down."""
    dwg, root = _drawing("pictogram-big-toe")
    root.add(dwg.path(d="M18 8 L18 40 C18 50 16 58 20 61 L66 61 C70 61 72 58 70 55 C64 52 56 50 48 46 "
                        "L30 40 L30 8", class_="pictogram-leg"))
    root.add(dwg.path(d="M70 55 C72 48 76 42 80 40 C84 40 85 44 82 47 C80 51 76 56 72 60", class_="pictogram-toe"))
    root.add(dwg.rect(insert=(74, 22), size=(18, 9), rx=4.5, class_="pictogram-finger"))
    root.add(_arrow(dwg, 83, 8, 20, up=False))
    return root.tostring()


PICTOGRAMS = {"heels": heel_walk, "toes": toe_rise, "big-toe": big_toe_lift}
