"""Practitioner mode: the segment explorer, the spine, a patient's link, the consult sheet."""

import io
import re
from html import unescape

import pytest
from pypdf import PdfReader

from webapp.knowledge.dermatomes import LEG_ROOTS, ROOTS, SEED_DISCS, root_pressed_by

from .browsing import updated
from .checkers import axe_violations, nu_errors
from .markup import Elements


def practitioner(client, query: str = ""):
    response = client.get(f"/practitioner?{query}")
    return response, response.get_data(as_text=True)


def shading(html: str) -> dict[str, str]:
    shaded = {}
    for region_id, attrs in Elements(html).regions(role="button").items():
        found = re.search(r"shade-(core|border|disputed)", attrs.get("class", ""))
        if found:
            shaded[region_id] = found.group(1)
    return shaded


@pytest.mark.parametrize("root", LEG_ROOTS, ids=lambda r: r.name)
def test_each_root_shades_its_skin_area_and_names_its_checks(client, root):
    response, html = practitioner(client, f"segment={root.name}")
    assert response.status_code == 200
    expected = {f"{side}-{skin.area}": skin.extent for skin in root.dermatome for side in ("right", "left")}
    assert shading(html) == expected
    key_points = {rid for rid, a in Elements(html).regions(role="button").items() if "is-key-point" in a["class"]}
    assert key_points == {f"right-{root.key_point.area}", f"left-{root.key_point.area}"}
    assert root.key_muscle.muscle in html and root.key_point.where in html
    assert (root.reflex.name or root.reflex.note) in html
    current = [a["href"] for tag, a in Elements(html).tags if tag == "a" and a.get("aria-current") == "true"]
    assert current == [f"/practitioner?segment={root.name}"]


@pytest.mark.parametrize("disc", SEED_DISCS)
def test_each_disc_shows_the_usual_and_the_far_lateral_root(client, disc):
    usual, far = root_pressed_by(disc), root_pressed_by(disc, far_lateral=True)
    _, html = practitioner(client, f"segment={disc}")
    assert f"The {disc} disc: a usual herniation presses the {usual.name} root" in html
    assert f"presses the {far.name} root, which leaves the spine at this level" in html
    spine = html[html.index('<svg class="spine'):] if '<svg class="spine' in html else html
    assert re.search(rf'data-root="{usual.name}"[^>]*class="[^"]*is-pressed|class="[^"]*is-pressed[^"]*"[^>]*data-root="{usual.name}"', spine)
    assert re.search(rf'data-root="{far.name}"[^>]*class="[^"]*is-far-lateral|class="[^"]*is-far-lateral[^"]*"[^>]*data-root="{far.name}"', spine)
    assert set(shading(html)) == {f"{side}-{skin.area}" for skin in usual.dermatome for side in ("right", "left")}


def test_a_patients_link_renders_the_same_answer_as_the_api(client):
    query = "region=left-buttock&region=left-thigh-back&numb=left-little-toe&numb=left-foot-outer&finding=sitting-worse"
    api = client.get(f"/api/assess?{query}").get_json()
    _, html = practitioner(client, query)
    text = unescape(html)
    best = api["segments"][0]
    assert (best["root"], best["disc"]) == ("S1", "L5-S1")
    assert "On the patient's left side, the pattern fits the S1 nerve root, most often pressed by the L5-S1 disc." in text
    assert "your left" not in text.lower() and "Patient's left" in text
    assert f"{round(best['score'] * 100)} in 100" in html
    for segment in api["segments"][1:]:
        assert f"{segment['root']} on the patient's left side" in text
    assert set(Elements(html).marks()) == {
        "left-buttock", "left-thigh-back", "left-little-toe", "left-foot-outer"}
    # The figure shades the best segment until a segment is chosen.
    assert shading(html) == {f"left-{skin.area}": skin.extent for skin in ROOTS["S1"].dermatome}


def test_a_chosen_segment_is_shaded_on_the_patients_side(client):
    _, html = practitioner(client, "region=right-big-toe&segment=L4")
    assert set(shading(html)) == {f"right-{skin.area}" for skin in ROOTS["L4"].dermatome}


def test_links_keep_the_patients_marks(client):
    _, html = practitioner(client, "region=right-big-toe&finding=fever&segment=L5")
    assert 'href="/practitioner?region=right-big-toe&amp;finding=fever&amp;segment=S1"' in html
    assert 'href="/diagram.svg?region=right-big-toe&amp;finding=fever&amp;segment=L5"' in html
    assert 'href="/?region=right-big-toe&amp;finding=fever"' in html


def test_the_evidence_on_reliability_is_beside_the_answer(client):
    _, html = practitioner(client)
    for figure in ("64 in 100", "68.8 in 100", "no better than chance", "Taylor et al. 2013"):
        assert figure in html
    assert "sensitivity 0.88, specificity 0.83" in html


def test_a_bad_segment_is_a_clear_400(client):
    response, html = practitioner(client, "segment=L9")
    assert response.status_code == 400 and "does not know" in html


@pytest.mark.parametrize("query", ["", "segment=L4-5&region=right-big-toe&numb=left-heel&finding=fever"])
def test_the_practitioner_page_is_valid_html(client, query):
    assert nu_errors(practitioner(client, query)[1]) == []


@pytest.mark.browser
def test_switching_segments_by_htmx(page, live_server):
    page.goto(live_server + "/practitioner?region=right-big-toe")
    updated(page, page.get_by_role("link", name="S1", exact=True).click)
    assert "segment=S1" in page.url and "region=right-big-toe" in page.url
    assert "shade-core" in page.locator('[data-region="right-heel"][role="button"]').get_attribute("class")
    assert page.locator("#segment-heading").inner_text() == "The S1 nerve root"
    page.go_back()
    page.wait_for_load_state("networkidle")
    assert "segment" not in page.url


@pytest.mark.browser
def test_no_accessibility_violations(audit_page, live_server):
    audit_page.goto(live_server + "/practitioner?segment=L4-5&region=right-big-toe&finding=fever")
    assert axe_violations(audit_page) == []


@pytest.mark.browser
def test_the_consult_sheet_prints_on_one_a4_page(browser, live_server, output_dir):
    page = browser.new_page()
    page.goto(live_server + "/practitioner?segment=L4-5&region=right-buttock&region=right-thigh-back-outer"
              "&region=right-shin-outer&numb=right-big-toe&numb=right-foot-top&finding=sitting-worse&finding=fever")
    pdf = page.pdf(format="A4", print_background=True)
    (output_dir / "consult-sheet.pdf").write_bytes(pdf)
    page.screenshot(path=str(output_dir / "practitioner-desktop.png"), full_page=True)
    page.close()
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert "L5" in text and "Findings" in text and "Notes" in text and "See a doctor today" in text
    assert "Explain a segment" not in text and "A few questions" not in text


@pytest.mark.browser
def test_marks_made_during_a_consult_keep_the_chosen_segment(page, live_server):
    page.goto(live_server + "/practitioner?segment=L4")
    updated(page, page.locator('.body-diagram [data-region="left-ankle-inner"][role="button"]').click)
    assert "segment=L4" in page.url and "region=left-ankle-inner" in page.url
    assert "L4" in page.locator("#result-heading").inner_text()
    assert page.locator('[data-region="left-ankle-inner"][role="button"]').get_attribute("data-mark") == "pain"
    assert page.locator('.segment-choices a[aria-current="true"]').inner_text() == "L4"
