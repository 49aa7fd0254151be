"""The JSON API of the public contract: /api/assess, /api/regions and /api/conditions."""

from importlib.metadata import version

from flask import Blueprint, jsonify, request

from ..assessment.differential import assess
from ..assessment.selection import SelectionError, parse_query
from ..assessment.wording import contract_answer
from ..headers import vary_on_what_answers_depend_on
from ..i18n import language_options, translator
from ..knowledge.catalogue import CONDITIONS
from ..knowledge.dermatomes import roots_supplying
from ..knowledge.findings import FINDING_IDS
from ..knowledge.red_flags import RED_FLAG_RULES
from ..knowledge.regions import REGIONS
from ..knowledge.sources import Source
from ..openapi import openapi_document

blueprint = Blueprint("api", __name__, url_prefix="/api")
blueprint.after_request(vary_on_what_answers_depend_on)


@blueprint.after_request
def open_to_any_page(response):
    """A clinic's own page may call the API from its browser: no credentials, no cookies."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@blueprint.get("/assess")
def assess_selection():
    selection, _ = parse_query(request.query_string, language_options())
    return jsonify(contract_answer(assess(selection), selection.findings, translator()))


@blueprint.get("/regions")
def regions():
    parse_query(request.query_string, language_options())
    return jsonify({"regions": [
        {"id": region.id, "label": translator()(region.label), "side": region.side,
         "view": region.view, "part": region.area.part.id,
         "roots": roots_supplying(region.area.id)}
        for region in REGIONS.values()
    ]})


@blueprint.get("/conditions")
def conditions():
    parse_query(request.query_string, language_options())
    translate = translator()
    return jsonify({"conditions": [
        {"kind": c.kind, "id": c.id, "label": translate(c.label),
         "regions": [r.id for r in REGIONS.values() if r.side and c.fits(r.area.id)],
         "sources": [_source(s) for s in c.sources]}
        for c in CONDITIONS
    ], "red_flags": [
        {"id": rule.id, "urgency": rule.urgency, "findings": sorted(rule.raised_by & set(FINDING_IDS)),
         "sources": [_source(s) for s in rule.sources]}
        for rule in RED_FLAG_RULES
    ]})


def _source(source: Source) -> dict:
    return {"id": source.id, "short": source.short, "citation": source.citation}


@blueprint.get("/openapi.json")
def openapi():
    return jsonify(openapi_document(version("dermatome-map")))


@blueprint.errorhandler(SelectionError)
def bad_selection(error: SelectionError):
    body = {"message": error.message}
    if error.parameter is not None:
        body["parameter"] = error.parameter
    if error.value is not None:
        body["value"] = error.value
    if error.accepted:
        body["accepted"] = list(error.accepted)
    return jsonify({"error": body}), 400
