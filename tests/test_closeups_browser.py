"""Close-ups on a 360 x 740 touch screen, in Debian's Chromium: every region holds a
thumb-sized square in some close-up, measured by hit testing (what a tap really hits),
and a tap near that square's centre moves the right region on."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from webapp.figures.closeups import CLOSEUP_IDS
from webapp.knowledge.regions import REGIONS

from .browsing import updated
from .checkers import axe_violations, nu_errors

pytestmark = pytest.mark.browser

SMALL_PHONE = {"width": 360, "height": 740}
TARGET_PX = 44  # WCAG 2.5.5, target size (enhanced)
STEP_PX = 2
OFF_CENTRE_PX = 6

# For each pane of the open close-up, what a tap hits on a grid of STEP_PX, read band by
# band as the close-up scrolls under its sticky bar; then, per region, the largest square
# of grid points that all hit it. A square of k points spans at least (k - 1) * STEP_PX.
MEASURE = """async (step) => {
  const dialog = document.getElementById('closeup');
  const bar = () => dialog.querySelector('.closeup-bar').getBoundingClientRect().bottom;
  const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
  const best = {};
  for (const [paneIndex, pane] of [...dialog.querySelectorAll('svg.closeup-pane')].entries()) {
    const rows = new Map();
    let height = pane.getBoundingClientRect().height;
    for (let guard = 0; guard < 20; guard++) {
      let rect = pane.getBoundingClientRect();
      const next = [...Array(Math.ceil(height / step)).keys()].find(i => !rows.has(i));
      if (next === undefined) break;
      dialog.scrollTop += rect.top + next * step - bar() - 1;
      await frame();
      rect = pane.getBoundingClientRect();
      let added = 0;
      for (let i = 0; i * step < rect.height; i++) {
        const y = rect.top + i * step + 0.5;
        if (rows.has(i) || y <= bar() || y >= innerHeight) continue;
        const row = [];
        for (let x = rect.left + 0.5; x < rect.right; x += step) {
          const hit = document.elementFromPoint(x, y);
          const region = hit && hit.closest('.region');
          row.push(region ? region.dataset.region : '');
        }
        rows.set(i, row);
        added++;
      }
      if (!added) break;
    }
    const count = Math.max(...rows.keys()) + 1;
    const sizes = [];
    for (let i = 0; i < count; i++) {
      const row = rows.get(i) || [];
      sizes[i] = [];
      for (let j = 0; j < row.length; j++) {
        const region = row[j];
        if (!region) { sizes[i][j] = 0; continue; }
        const same = (a, b) => (rows.get(a) || [])[b] === region;
        const up = i && same(i - 1, j) ? sizes[i - 1][j] : 0;
        const left = j && row[j - 1] === region ? sizes[i][j - 1] : 0;
        const diagonal = i && j && same(i - 1, j - 1) ? sizes[i - 1][j - 1] : 0;
        sizes[i][j] = 1 + Math.min(up, left, diagonal);
        const span = (sizes[i][j] - 1) * step;
        if (!best[region] || span > best[region].span) {
          // Centre of the square, in the pane's own pixels.
          const half = (sizes[i][j] - 1) * step / 2;
          best[region] = {span, pane: paneIndex, x: j * step + 0.5 - half, y: i * step + 0.5 - half};
        }
      }
    }
  }
  return best;
}"""


def open_closeup(page, closeup_id: str) -> None:
    """Tap the whole figure where it opens this close-up: the point nearest the middle of
    its largest tile that a tap really hits."""
    x, y, _ = page.evaluate("""closeup => {
        const tiles = [...document.querySelectorAll(`#map-live .region[data-closeup="${closeup}"]`)];
        const area = tile => tile.getBoundingClientRect().width * tile.getBoundingClientRect().height;
        tiles.reduce((a, b) => area(a) >= area(b) ? a : b).scrollIntoView({block: "center"});
        let best = null;
        for (const tile of tiles) {
            const b = tile.getBoundingClientRect();
            for (let y = b.top + 1; y < b.bottom; y += 1) for (let x = b.left + 1; x < b.right; x += 1) {
                if (document.elementFromPoint(x, y) !== tile) continue;
                const d = Math.hypot(x - b.left - b.width / 2, y - b.top - b.height / 2) - b.width * b.height;
                if (!best || d < best[2]) best = [x, y, d];
            }
        }
        return best;
    }""", closeup_id) or (None, None, None)
    assert x is not None, f"no point of the whole figure opens {closeup_id}"
    page.touchscreen.tap(x, y)
    page.wait_for_function("() => document.getElementById('closeup').open")


def hit_near(page, pane: int, x: float, y: float) -> list[str]:
    """Scroll the point into view, then what a tap hits at it and 6 px around it."""
    return page.evaluate("""([pane, x, y, off]) => {
        const dialog = document.getElementById('closeup');
        const svg = dialog.querySelectorAll('svg.closeup-pane')[pane];
        const bar = dialog.querySelector('.closeup-bar').getBoundingClientRect().bottom;
        dialog.scrollTop += svg.getBoundingClientRect().top + y - (bar + innerHeight) / 2;
        const rect = svg.getBoundingClientRect();
        return [[0, 0], [off, off], [-off, off], [off, -off], [-off, -off], [off, 0], [0, -off]].map(([dx, dy]) => {
            const hit = document.elementFromPoint(rect.left + x + dx, rect.top + y + dy);
            return hit && hit.closest('.region') ? hit.closest('.region').dataset.region : '';
        });
    }""", [pane, x, y, OFF_CENTRE_PX])


@pytest.fixture
def small_phone(browser):
    context = browser.new_context(viewport=SMALL_PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    yield page
    context.close()


def test_every_region_holds_a_thumb_sized_square_in_a_closeup_and_a_tap_near_its_centre_marks_it(
        small_phone, live_server):
    page = small_phone
    page.goto(live_server + "/")
    found: dict[str, tuple[str, dict]] = {}
    for closeup_id in CLOSEUP_IDS:
        open_closeup(page, closeup_id)
        for region, square in page.evaluate(MEASURE, STEP_PX).items():
            if region not in found or square["span"] > found[region][1]["span"]:
                found[region] = (closeup_id, square)
        page.keyboard.press("Escape")
        assert urlsplit(page.url).query == "", f"measuring {closeup_id} marked something"
    small = {region: square["span"] for region, (_, square) in found.items() if square["span"] < TARGET_PX}
    assert set(found) == set(REGIONS) and small == {}

    by_closeup: dict[str, list[tuple[str, dict]]] = {}
    for region, (closeup_id, square) in found.items():
        by_closeup.setdefault(closeup_id, []).append((region, square))
    for closeup_id, squares in by_closeup.items():
        page.goto(live_server + "/")  # nothing marked: a marked saddle would put the emergency first
        open_closeup(page, closeup_id)
        for region, square in squares:
            hits = hit_near(page, square["pane"], square["x"], square["y"])
            assert set(hits) == {region}, (closeup_id, region, hits)
            control = page.locator(f'#closeup .region[data-region="{region}"]').first
            before = control.get_attribute("data-mark")
            box = page.locator("#closeup svg.closeup-pane").nth(square["pane"]).bounding_box()
            updated(page, lambda: page.touchscreen.tap(box["x"] + square["x"] + OFF_CENTRE_PX,
                                                       box["y"] + square["y"] - OFF_CENTRE_PX))
            assert (before, control.get_attribute("data-mark")) == ("none", "pain"), region
        page.keyboard.press("Escape")
        marked = {value for name, value in parse_qsl(urlsplit(page.url).query)}
        assert marked == {region for region, _ in squares}


def test_a_closeup_is_a_dialog_that_closes_back_to_the_whole_figure(small_phone, live_server):
    page = small_phone
    page.goto(live_server + "/?region=right-heel")
    open_closeup(page, "right-foot")
    assert page.get_by_role("dialog", name="Right ankle and foot: top and sole").is_visible()
    heel = page.locator('#closeup .region[role="button"][data-region="right-heel"]')
    assert heel.get_attribute("aria-label") == "Right heel: pain"
    assert page.evaluate("document.activeElement.closest('dialog') !== null")
    # The keyboard works inside it too: Space moves the focused region on.
    heel.focus()
    updated(page, lambda: page.keyboard.press("Space"))
    assert heel.get_attribute("data-mark") == "numb"
    assert page.locator("#closeup-announce").inner_text().startswith("Right heel marked numb.")
    page.get_by_role("button", name="Back to the whole figure").click()
    assert not page.evaluate("document.getElementById('closeup').open")
    assert page.locator('#map-live .region[role="button"][data-region="right-heel"]').get_attribute("data-mark") == "numb"


def test_a_closeup_opens_in_the_chosen_language(small_phone, live_server):
    page = small_phone
    page.goto(live_server + "/?lang=es&region=right-knee-front")
    open_closeup(page, "right-knee")
    assert page.get_by_role("dialog", name="Rodilla derecha, por delante").is_visible()
    knee = page.locator('#closeup .region[role="button"][data-region="right-knee-front"]')
    assert knee.get_attribute("aria-label").endswith(": dolor")


def test_on_a_large_screen_a_tap_marks_at_once(page, live_server):
    page.goto(live_server + "/")
    updated(page, page.locator('#map-live .region[role="button"][data-region="right-heel"]').click)
    assert not page.evaluate("document.getElementById('closeup').open")
    assert "numb=" not in page.url and "region=right-heel" in page.url


def test_the_list_is_one_tap_away_while_the_script_runs(small_phone, live_server):
    page = small_phone
    page.goto(live_server + "/")
    assert not page.locator("#region-list").is_visible()
    page.get_by_role("button", name="Choose from a list").tap()
    assert page.locator("#region-list").is_visible()
    updated(page, lambda: page.locator('label[for], #region-list label').filter(
        has=page.locator("#numb-left-sole")).tap())
    assert "numb=left-sole" in page.url
    assert page.locator('#map-live .region[data-region="left-sole"]').first.get_attribute("data-mark") == "numb"


def test_an_open_closeup_has_no_accessibility_violations_and_its_markup_is_valid(browser, live_server, client):
    context = browser.new_context(viewport=SMALL_PHONE, is_mobile=True, has_touch=True, bypass_csp=True)
    page = context.new_page()
    page.goto(live_server + "/?region=right-heel&numb=right-big-toe")
    open_closeup(page, "right-foot")
    violations = axe_violations(page)
    context.close()
    assert violations == []
    fragment = client.get("/closeup/right-foot?region=right-heel").get_data(as_text=True)
    document = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Close-up</title></head>"
                f"<body><dialog open>{fragment}</dialog></body></html>")
    assert nu_errors(document) == []
    assert client.get("/closeup/left-elbow").status_code == 404
    assert client.get("/closeup/right-foot?region=nowhere").status_code == 400
