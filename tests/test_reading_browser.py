"""Reading the map, in Debian's Chromium: every mark stands out from what it sits on in
both themes and in forced colours, and every page reflows at 320 px under the WCAG 1.4.12
text spacing without a word split or a sideways scroll."""

import io

import pytest

pytestmark = pytest.mark.browser

SELECTION = "?region=right-big-toe&region=right-shin-outer&numb=right-foot-top&region=left-calf"
THEMES = {"light": "/" + SELECTION, "dark": "/embed" + SELECTION + "&theme=dark"}

# Contrast (WCAG 2) of two computed colours, and every pair of mark and background the
# figure can draw: each pattern's lines and dots on its own background, the root's sure
# skin and the selection's outlines on the skin, a key point on the sure skin.
CONTRASTS = """() => {
  const rgb = text => text.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => {
    const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const svg = document.querySelector('#map-live svg.body-diagram');
  const style = e => getComputedStyle(e);
  const pairs = [];
  for (const pattern of svg.querySelectorAll('pattern')) {
    const background = style(pattern.querySelector('rect')).fill;
    for (const mark of pattern.querySelectorAll('path, circle')) {
      const colour = mark.tagName === 'circle' ? style(mark).fill : style(mark).stroke;
      pairs.push([pattern.id + ' ' + mark.getAttribute('class'), ratio(colour, background)]);
    }
  }
  const skin = style(svg.querySelector('.fig-bg-skin')).fill;
  const core = style(svg.querySelector('.fig-bg-core')).fill;
  pairs.push(['sure skin on skin', ratio(core, skin)]);
  for (const kind of ['pain', 'numb']) {
    const marked = svg.querySelector(`.region.is-${kind}`);
    pairs.push([`${kind} outline on skin`, ratio(style(marked).stroke, skin)]);
  }
  const point = svg.querySelector('circle.key-point');
  if (point) pairs.push(['key point on sure skin', ratio(style(point).fill, core)]);
  const page = style(document.documentElement).backgroundColor;
  const texts = [...svg.querySelectorAll('text')].map(t => [t.textContent, ratio(style(t).fill, page)]);
  return {marks: pairs, texts};
}"""


@pytest.mark.parametrize("theme", THEMES)
def test_every_mark_stands_three_to_one_against_what_it_sits_on(page, live_server, theme):
    page.goto(live_server + THEMES[theme])
    found = page.evaluate(CONTRASTS)
    assert len(found["marks"]) > 40
    assert [(what, round(ratio, 2)) for what, ratio in found["marks"] if ratio < 3] == []
    assert [(text, round(ratio, 2)) for text, ratio in found["texts"] if ratio < 4.5] == []


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_in_forced_colours_every_label_and_mark_keeps_its_contrast(browser, live_server, scheme):
    context = browser.new_context(forced_colors="active", color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server + THEMES["light"])
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    found = page.evaluate(CONTRASTS)
    context.close()
    assert [(what, round(ratio, 2)) for what, ratio in found["marks"] if ratio < 3] == []
    assert [(text, round(ratio, 2)) for text, ratio in found["texts"] if ratio < 4.5] == []


# WCAG 1.4.12: what a reader's own stylesheet may set, which the page must survive.
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"""

# Words whose letters land on more than one line, and how far the page scrolls sideways.
SPLIT_WORDS = """() => {
  const split = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.parentElement.checkVisibility() || node.parentElement.closest('pre, code, svg')) continue;
    // A line may break at a hyphen ("L4-5", "far-lateral"), never inside a word.
    for (const match of node.textContent.matchAll(/[^\\s\\-]{2,}/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) split.push(match[0]);
    }
  }
  return {split, overflow: document.documentElement.scrollWidth - innerWidth};
}"""

PAGES = ["/" + SELECTION, "/?numb=saddle", "/practitioner" + SELECTION + "&segment=L5", "/practitioner?compare=L5&compare=common-peroneal",
         "/embed" + SELECTION, "/clinics", "/info/", "/info/sciatica", "/info/dermatomes", "/info/piriformis",
         "/info/nerves", "/info/hip", "/info/care", "/info/causes", "/info/urgent", "/?lang=es" + SELECTION.replace("?", "&")]


@pytest.mark.parametrize("path", PAGES)
def test_at_320_px_with_the_text_spacing_no_word_splits_and_nothing_scrolls_sideways(browser, live_server, path):
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    page.goto(live_server + path)
    page.add_style_tag(content=TEXT_SPACING)
    found = page.evaluate(SPLIT_WORDS)
    context.close()
    assert found == {"split": [], "overflow": 0}


def printed_text(page) -> str:
    from pypdf import PdfReader
    pdf = page.pdf(format="A4")
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_patients_printout_names_the_app_the_date_the_link_the_key_and_the_answers(page, live_server):
    page.goto(live_server + "/?region=right-big-toe&numb=right-foot-top&finding=sitting-worse")
    text = printed_text(page)
    assert "Sciatica dermatome map" in text
    today = page.evaluate("new Date().toLocaleDateString('en', {dateStyle: 'long'})")
    assert today in text
    assert "region=right-big-toe" in text.replace(" ", "") and live_server.split("//")[1] in text.replace(" ", "")
    assert "Marked as painful" in text and "Marked as numb or tingling" in text  # the key
    assert "Your answers" in text and "Is the pain worse when you sit for a long time? Yes" in text
    assert "Pain: right big toe" in text and "Numbness or pins and needles: top of right foot" in text


def test_an_emergency_printout_carries_the_answer_folded_on_screen(page, live_server):
    page.goto(live_server + "/?numb=saddle&region=right-calf")
    text = printed_text(page)
    assert "Go to an emergency department now" in text and "Marked as painful" in text
    assert page.evaluate("() => document.querySelector('details.rest-of-answer').open") is False


def test_an_information_page_prints_with_the_app_name_date_and_link(page, live_server):
    page.goto(live_server + "/info/piriformis")
    text = printed_text(page)
    assert "Sciatica dermatome map" in text and "/info/piriformis" in text.replace(" ", "")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("width", [360, 768, 1280])
def test_screenshots_of_the_map_and_its_printout(browser, live_server, output_dir, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.goto(f"{live_server}/?lang={lang}&region=right-buttock&region=right-shin-outer&numb=right-big-toe&finding=sitting-worse")
    page.screenshot(path=output_dir / f"map-{lang}-{width}.png", full_page=True)
    page.emulate_media(media="print")
    page.screenshot(path=output_dir / f"map-{lang}-{width}-print.png", full_page=True)
    context.close()
    assert (output_dir / f"map-{lang}-{width}-print.png").stat().st_size > 10_000
