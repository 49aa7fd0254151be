"""Every endpoint, driven by generated requests: never a 5xx, whatever arrives."""

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import contract

EXAMPLES = 2500

values = st.one_of(
    st.sampled_from(sorted(contract.REGION_IDS | contract.FINDINGS | {"en", "es", "dark", "light", "L5", "L4-5", "0b5cad"})),
    st.text(max_size=30),
    st.binary(max_size=20).map(lambda b: b.decode("latin-1")),
)
names = st.one_of(st.sampled_from(["region", "numb", "finding", "lang", "segment", "accent", "theme"]), st.text(max_size=10))
queries = st.lists(st.tuples(names, values), max_size=12).map(
    lambda pairs: "&".join(f"{quote(n, safe='')}={quote(v, safe='')}" for n, v in pairs))
headers = st.fixed_dictionaries({}, optional={
    "HX-Request": st.just("true"),
    "HX-Request-Type": st.sampled_from(["partial", "full", "", "junk"]),
    "Accept-Language": st.one_of(st.sampled_from(["es", "en-GB,en;q=0.5", "*", "xx-YY;q=abc"]), st.text(max_size=20).filter(str.isprintable)),
    "Accept-Encoding": st.sampled_from(["gzip", "br", "gzip, br", "identity", "compress;q=x"]),
    "If-None-Match": st.text(max_size=20).filter(str.isprintable),
})


def test_generated_requests_to_every_endpoint_never_fail(app, client_session):
    rules = sorted({rule.rule for rule in app.url_map.iter_rules()})
    statuses: list[int] = []
    endpoints_met: set[str] = set()

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def send(data):
        rule = data.draw(st.sampled_from(rules))
        path = rule.replace("<path:filename>", data.draw(st.sampled_from(["css/app.css", "../x", "js/map.0000.js", "%00"])))
        method = data.draw(st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "OPTIONS"]))
        response = client_session.open(f"{path}?{data.draw(queries)}", method=method, headers=data.draw(headers))
        statuses.append(response.status_code)
        endpoints_met.add(rule)
        assert response.status_code < 500, (method, path, response.status_code)

    send()
    assert len(statuses) >= 2000
    assert {200, 400, 404, 405} <= set(statuses)
    assert endpoints_met == set(rules)
