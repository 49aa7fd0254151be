"""Property tests: any valid selection answers well; any junk answers a 4xx in JSON."""

from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from . import contract

region_ids = st.sampled_from(sorted(contract.REGION_IDS))
findings = st.sampled_from(sorted(contract.FINDING_WORDS))
NORMAL_OF = dict(contract.EXAM_PAIRS)


def _consistent(words: list[str]) -> list[str]:
    """At most one word of each pair: the abnormal one wins."""
    return [w for w in words if not (w in NORMAL_OF.values() and any(NORMAL_OF.get(o) == w for o in words))]


selections = st.tuples(st.lists(region_ids, max_size=12), st.lists(region_ids, max_size=6),
                       st.lists(findings, max_size=8).map(_consistent))


def query(pain, numb, found) -> str:
    return urlencode([("region", r) for r in pain] + [("numb", r) for r in numb] + [("finding", f) for f in found])


@settings(max_examples=300, deadline=None)
@given(selections)
def test_any_valid_selection_answers_sorted_scores_in_range(client_session, selection):
    url = "/api/assess?" + query(*selection)
    first = client_session.get(url)
    assert first.status_code == 200
    body = first.get_json()
    scores = [segment["score"] for segment in body["segments"]]
    assert all(0 <= score <= 1 for score in scores)
    assert scores == sorted(scores, reverse=True)
    for side in ("right", "left"):
        assert sum(s["score"] for s in body["segments"] if s["side"] == side) <= 1.0 + 1e-9
    pain, numb, _ = selection
    assert all(set(s["matched"]) <= set(pain) | set(numb) for s in body["segments"])
    assert 0 <= body["piriformis"]["score"] <= 1
    assert client_session.get(url).get_json() == body


@settings(max_examples=300, deadline=None)
@given(selections)
def test_the_differential_is_one_scale_and_the_contract_derives_from_it(client_session, selection):
    body = client_session.get("/api/assess?" + query(*selection)).get_json()
    differential = body["differential"]
    scores = [entry["score"] for entry in differential]
    assert all(0 <= score <= 1 for score in scores) and scores == sorted(scores, reverse=True)
    for side in ("right", "left"):
        assert sum(e["score"] for e in differential if e["side"] == side) <= 1.0 + 1e-9
    assert all(entry["id"] in contract.CONDITION_IDS[entry["kind"]] for entry in differential)
    roots = [e for e in differential if e["kind"] == "root"]
    assert [(s["root"], s["side"], s["score"], s["matched"], s["why"]) for s in body["segments"]] == [
        (e["id"], e["side"], e["score"], e["matched"], e["why"]) for e in roots]
    piriformis = [e for e in differential if e["kind"] == "piriformis" and e["side"] == body["piriformis"]["side"]]
    if piriformis:
        assert piriformis[0]["score"] == body["piriformis"]["score"]
    assert all(flag["urgency"] in contract.URGENCIES for flag in body["red_flags"])


@settings(max_examples=100, deadline=None)
@given(selections, st.sampled_from(contract.EXAM_PAIRS))
def test_both_words_of_a_pair_answer_400_naming_the_two(client_session, selection, pair):
    pain, numb, found = selection
    response = client_session.get("/api/assess?" + query(pain, numb, found + list(pair)))
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["parameter"] == "finding" and set(error["accepted"]) == set(pair)
    assert pair[0] in error["message"] and pair[1] in error["message"]


@settings(max_examples=300, deadline=None)
@given(selections, st.randoms())
def test_order_of_parameters_does_not_matter(client_session, selection, random):
    pain, numb, found = selection
    pairs = [("region", r) for r in pain] + [("numb", r) for r in numb] + [("finding", f) for f in found]
    shuffled = pairs[:]
    random.shuffle(shuffled)
    assert (client_session.get("/api/assess?" + urlencode(pairs)).get_json()
            == client_session.get("/api/assess?" + urlencode(shuffled)).get_json())


junk_text = st.text(min_size=0, max_size=40)
junk_pairs = st.lists(st.tuples(junk_text, junk_text), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(junk_pairs)
def test_junk_answers_4xx_json(client_session, pairs):
    valid = {"region": contract.REGION_IDS, "numb": contract.REGION_IDS, "finding": contract.FINDING_WORDS,
             "lang": {"en", "es"}}
    if all(name in valid and value in valid[name] for name, value in pairs):
        return
    response = client_session.get("/api/assess?" + urlencode(pairs))
    assert 400 <= response.status_code < 500 and response.is_json
    assert response.get_json()["error"]["message"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_raw_bytes_never_break_the_server(client_session, raw):
    response = client_session.get("/api/assess", environ_overrides={"QUERY_STRING": raw.decode("latin-1")})
    assert response.status_code in (200, 400) and response.is_json
