import json

import pytest

from webapp.assessment.differential import assess
from webapp.assessment.selection import selection_from

from . import contract


def test_assess_answers_the_contract_shape(client):
    response = client.get("/api/assess?region=right-big-toe&region=right-foot-top")
    assert response.status_code == 200 and response.is_json
    body = response.get_json()
    assert set(body) >= {"segments", "piriformis", "red_flags"}
    best = body["segments"][0]
    assert set(best) >= {"root", "disc", "side", "score", "matched", "why"}
    assert (best["root"], best["disc"], best["side"]) == ("L5", "L4-5", "right")
    assert best["matched"] == ["right-foot-top", "right-big-toe"]
    assert 0 <= best["score"] <= 1
    assert body["piriformis"]["flag"] is False and body["piriformis"]["why"]
    assert body["red_flags"] == []


def test_assess_answers_what_the_engine_answers(client):
    query = "region=left-buttock&region=left-thigh-back&numb=left-little-toe&finding=fair-positive&finding=fever"
    body = client.get(f"/api/assess?{query}").get_json()
    expected = assess(selection_from(["left-buttock", "left-thigh-back"], ["left-little-toe"],
                                     ["fair-positive", "fever"]))
    assert [(s["root"], s["score"]) for s in body["segments"]] == [(s.id, s.score) for s in expected.segments]
    assert body["piriformis"]["flag"] == expected.piriformis.flag
    assert [f["id"] for f in body["red_flags"]] == [f.id for f in expected.red_flags] == ["infection"]


def test_red_flags_come_through_the_api(client):
    body = client.get("/api/assess?numb=saddle&region=right-little-toe").get_json()
    assert body["red_flags"][0]["id"] == "cauda-equina"
    assert "emergency" in body["red_flags"][0]["why"]
    assert body["segments"][0]["root"] == "S1"


def test_empty_query_is_an_empty_answer(client):
    body = client.get("/api/assess").get_json()
    assert body["segments"] == [] and body["red_flags"] == [] and body["piriformis"]["flag"] is False


def test_regions_lists_the_catalogue(client):
    body = client.get("/api/regions").get_json()
    ids = [region["id"] for region in body["regions"]]
    assert set(ids) == contract.REGION_IDS and len(ids) == len(set(ids))
    toe = next(r for r in body["regions"] if r["id"] == "right-big-toe")
    assert toe == {"id": "right-big-toe", "label": "Right big toe", "side": "right", "view": "front",
                   "part": "ankle-foot", "roots": {"L4": "disputed", "L5": "core"}}


def error_of(response) -> dict:
    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.is_json
    return response.get_json()["error"]


@pytest.mark.parametrize("query, parameter, hint", [
    ("region=right-bigtoe", "region", "Unknown region"),
    ("region=Right-Big-Toe", "region", "lower case"),
    ("numb=RIGHT-HEEL", "numb", "lower case"),
    ("finding=sciatica", "finding", "Unknown finding"),
    ("region=", "region", "Unknown region"),
    ("colour=red", "colour", "Unknown parameter"),
    ("region=right-heel%00", "region", "Unknown region"),
    ("lang=fr", "lang", "Unknown value"),
])
def test_bad_values_name_what_was_wrong_and_what_is_accepted(client, query, parameter, hint):
    error = error_of(client.get(f"/api/assess?{query}"))
    assert error["parameter"] == parameter and hint in error["message"]
    if parameter in ("region", "numb"):
        assert set(error["accepted"]) == contract.REGION_IDS
    elif parameter == "finding":
        assert set(error["accepted"]) == contract.FINDING_WORDS
    elif parameter == "colour":
        assert error["accepted"] == ["region", "numb", "finding", "lang"]


def test_too_many_parameters(client):
    error = error_of(client.get("/api/assess?" + "&".join(["region=right-heel"] * 201)))
    assert "200" in error["message"]
    assert client.get("/api/assess?" + "&".join(["region=right-heel"] * 200)).status_code == 200


def test_too_long_a_query(client):
    error = error_of(client.get("/api/assess?region=" + "a" * 9000))
    assert "8192" in error["message"]


@pytest.mark.parametrize("raw", [b"region=%ff%fe", b"region=\xff", b"region=right-%c3%28"])
def test_bad_utf8(client, raw):
    error = error_of(client.get("/api/assess", environ_overrides={"QUERY_STRING": raw.decode("latin-1")}))
    assert "UTF-8" in error["message"]


def test_markup_is_never_echoed_raw(client):
    response = client.get("/api/assess?region=%3Cscript%3Ealert(1)%3C/script%3E")
    text = response.get_data(as_text=True)
    error_of(response)
    assert "<script>" not in text and "\\u003cscript\\u003e" in text
    assert json.loads(text)["error"]["value"] == "<script>alert(1)</script>"


def test_unknown_api_path_and_method_answer_json(client):
    assert client.get("/api/nothing").get_json()["error"]["status"] == 404
    response = client.post("/api/assess")
    assert response.status_code == 405 and response.get_json()["error"]["status"] == 405


def test_missing_headers_are_fine(app):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/api/assess", "QUERY_STRING": "region=right-heel",
               "SERVER_NAME": "localhost", "SERVER_PORT": "80", "wsgi.url_scheme": "http"}
    client = app.test_client()
    response = client.open(environ_base=environ, path="/api/assess?region=right-heel", headers={})
    assert response.status_code == 200 and response.get_json()["segments"][0]["root"] == "S1"


def test_conditions_lists_every_hypothesis_with_its_area_and_sources(client):
    body = client.get("/api/conditions?lang=es").get_json()
    by_kind: dict[str, set[str]] = {}
    for condition in body["conditions"]:
        by_kind.setdefault(condition["kind"], set()).add(condition["id"])
        assert condition["sources"] and all(s["citation"] for s in condition["sources"])
        assert set(condition["regions"]) <= contract.REGION_IDS
    assert by_kind == contract.CONDITION_IDS
    meralgia = next(c for c in body["conditions"] if c["id"] == "lateral-femoral-cutaneous")
    assert "right-thigh-outer" in meralgia["regions"] and "right-foot-top" not in meralgia["regions"]
    assert meralgia["label"].startswith("Nervio cutáneo femoral lateral")


@pytest.mark.parametrize("query, first_kind, first_id", [
    ("numb=right-thigh-outer", "nerve", "lateral-femoral-cutaneous"),
    ("region=right-groin&region=right-thigh-front&region=right-knee-front&finding=hip-rotation-painful", "hip", "hip-joint"),
    ("region=right-thigh-outer&finding=trochanter-tender", "hip", "trochanteric"),
    ("region=right-buttock&region=right-thigh-back&finding=sitting-worse&finding=buttock-tenderness&finding=fair-positive",
     "piriformis", "piriformis"),
    ("numb=right-shin-outer&numb=right-foot-top&finding=foot-drop&finding=normal-hip-abduction"
     "&finding=normal-ankle-inversion&finding=slr-negative", "nerve", "common-peroneal"),
    ("region=right-buttock&region=right-thigh-back-outer&numb=right-foot-top&finding=weak-big-toe-extension"
     "&finding=slr-positive", "root", "L5"),
])
def test_the_differential_tells_the_spine_from_its_mimics(client, query, first_kind, first_id):
    body = client.get(f"/api/assess?{query}").get_json()
    first = body["differential"][0]
    assert (first["kind"], first["id"], first["side"]) == (first_kind, first_id, "right")
    assert first["why"]


def test_a_contradictory_pair_answers_400_naming_both(client):
    error = error_of(client.get("/api/assess?region=right-heel&finding=slr-positive&finding=slr-negative"))
    assert error["parameter"] == "finding" and set(error["accepted"]) == {"slr-positive", "slr-negative"}
    assert "'slr-positive'" in error["message"] and "'slr-negative'" in error["message"]


def test_red_flags_carry_their_urgency_most_urgent_first(client):
    body = client.get("/api/assess?region=right-heel&finding=cancer-history&finding=fever&finding=bladder-bowel").get_json()
    assert [(f["id"], f["urgency"]) for f in body["red_flags"]] == [
        ("cauda-equina", "emergency"), ("cancer", "urgent"), ("infection", "urgent")]


@pytest.mark.parametrize("path", ["/api/assess?region=right-heel", "/api/regions", "/api/conditions",
                                  "/api/assess?region=BAD"])
def test_any_page_may_call_the_api_without_credentials(client, path):
    response = client.get(path, headers={"Origin": "https://clinic.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
