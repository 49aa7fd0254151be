"""The validators themselves: they must see an error where there is one."""

import pytest

from .checkers import axe_violations, nu_check

BAD = "<!doctype html><html lang=en><title>x</title><p><div></span>"
GOOD = "<!doctype html><html lang=en><head><title>x</title></head><body><p>ok</p></body></html>"
BAD_SVG = GOOD.replace("<p>ok</p>", '<svg viewBox="0 0 1 1"><path d="M0 0Q"/><rect tabindex="x"/></svg>')


def test_the_nu_checker_reports_each_documents_errors_under_its_name():
    errors = nu_check({"bad": BAD, "good": GOOD, "bad svg": BAD_SVG})
    assert set(errors) == {"bad", "good", "bad svg"}
    assert errors["good"] == []
    assert any("span" in e["message"] for e in errors["bad"])
    assert errors["bad svg"]


@pytest.mark.browser
def test_axe_reports_a_violation_where_there_is_one(audit_page):
    audit_page.set_content('<!doctype html><html lang="en"><title>x</title><main><button></button>'
                           '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>')
    assert {"button-name", "image-alt"} <= {v["id"] for v in axe_violations(audit_page)}
