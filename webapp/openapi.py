"""The OpenAPI document of the JSON API, built from the same catalogue the API checks."""

from typing import Any

from .assessment.selection import MAX_PARAMETERS, MAX_QUERY_BYTES
from .knowledge.condition import KINDS
from .knowledge.dermatomes import EXTENTS
from .knowledge.findings import EXAM_PAIRS, FINDING_IDS
from .knowledge.red_flags import URGENCIES
from .knowledge.regions import REGION_IDS


def _repeated(name: str, values: tuple[str, ...], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "style": "form", "explode": True,
            "description": description,
            "schema": {"type": "array", "items": {"type": "string", "enum": list(values)}}}


def _finding() -> dict[str, Any]:
    finding = _repeated("finding", FINDING_IDS, "A finding: a patient's answer, or one word of an "
                                                "examination pair (never both; left out = not examined).")
    # Both words of a pair contradict each other: the API refuses them, so the schema does too.
    finding["schema"]["not"] = {"anyOf": [
        {"allOf": [{"contains": {"const": pair.abnormal}}, {"contains": {"const": pair.normal}}]}
        for pair in EXAM_PAIRS]}
    return finding


LANG = {"name": "lang", "in": "query", "required": False, "description": "Language of the texts.",
        "schema": {"type": "string", "enum": ["en", "es"]}}

ERROR = {
    "description": f"Bad input: an unknown or upper-case id, an unknown finding or parameter, "
                   f"both words of an examination pair, "
                   f"more than {MAX_PARAMETERS} parameters, a query over {MAX_QUERY_BYTES} bytes, "
                   f"a NUL byte or bad UTF-8.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
# Answered by the server in front of the app, before the query is read: gunicorn and nginx
# take a request line of at most 16 KB (gunicorn.conf.py, deploy/nginx.conf).
URI_TOO_LONG = {"description": "The request line is longer than the server in front of the app takes "
                                "(16 KB)."}


def openapi_document(version: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Sciatica dermatome map", "version": version,
                 "description": "Which lumbar segment a pattern of leg pain and numbness fits, "
                                "piriformis syndrome, and red flags. Explains patterns; does not diagnose."},
        "paths": {
            "/api/assess": {"get": {
                "operationId": "assess",
                "summary": "Assess marked regions and findings",
                "parameters": [
                    _repeated("region", REGION_IDS, "A region where it hurts (patient's own side)."),
                    _repeated("numb", REGION_IDS, "A region that is numb or has pins and needles."),
                    _finding(),
                    LANG,
                ],
                "responses": {
                    "200": {"description": "The assessment.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Assessment"}}}},
                    "400": ERROR,
                    "414": URI_TOO_LONG,
                },
            }},
            "/api/conditions": {"get": {
                "operationId": "conditions",
                "summary": "Every condition the differential weighs",
                "parameters": [LANG],
                "responses": {
                    "200": {"description": "Every condition, with its area and sources; every red flag, "
                                           "with its urgency, the findings that raise it and its guidelines.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Conditions"}}}},
                    "400": ERROR,
                    "414": URI_TOO_LONG,
                },
            }},
            "/api/regions": {"get": {
                "operationId": "regions",
                "summary": "The region catalogue",
                "parameters": [LANG],
                "responses": {
                    "200": {"description": "Every region.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Regions"}}}},
                    "400": ERROR,
                    "414": URI_TOO_LONG,
                },
            }},
        },
        "components": {"schemas": {
            "Segment": {"type": "object", "required": ["root", "disc", "side", "score", "matched", "why"],
                        "properties": {
                            "root": {"type": "string", "examples": ["L5"]},
                            "disc": {"type": ["string", "null"], "examples": ["L4-5"]},
                            "side": {"type": "string", "enum": ["right", "left"]},
                            "score": {"type": "number", "minimum": 0, "maximum": 1},
                            "matched": {"type": "array", "items": {"type": "string", "enum": list(REGION_IDS)}},
                            "why": {"type": "string"}}},
            "Piriformis": {"type": "object", "required": ["flag", "why"],
                           "properties": {"flag": {"type": "boolean"},
                                          "score": {"type": "number", "minimum": 0, "maximum": 1},
                                          "side": {"type": ["string", "null"], "enum": ["right", "left", None]},
                                          "why": {"type": "string"}}},
            "RedFlag": {"type": "object", "required": ["id", "urgency", "why"],
                        "properties": {"id": {"type": "string"},
                                       "urgency": {"type": "string", "enum": list(URGENCIES)},
                                       "why": {"type": "string"}}},
            "Candidate": {"type": "object", "required": ["kind", "id", "side", "score", "matched", "why"],
                          "properties": {
                              "kind": {"type": "string", "enum": list(KINDS)},
                              "id": {"type": "string", "examples": ["L5", "common-peroneal"]},
                              "side": {"type": "string", "enum": ["right", "left"]},
                              "score": {"type": "number", "minimum": 0, "maximum": 1},
                              "matched": {"type": "array", "items": {"type": "string", "enum": list(REGION_IDS)}},
                              "why": {"type": "string"}}},
            "Condition": {"type": "object", "required": ["kind", "id", "label", "regions", "sources"],
                          "properties": {
                              "kind": {"type": "string", "enum": list(KINDS)},
                              "id": {"type": "string"},
                              "label": {"type": "string"},
                              "regions": {"type": "array", "items": {"type": "string", "enum": list(REGION_IDS)}},
                              "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}}},
            "Conditions": {"type": "object", "required": ["conditions", "red_flags"],
                           "properties": {"conditions": {"type": "array",
                                                         "items": {"$ref": "#/components/schemas/Condition"}},
                                          "red_flags": {"type": "array",
                                                        "items": {"$ref": "#/components/schemas/RedFlagRule"}}}},
            "RedFlagRule": {"type": "object", "required": ["id", "urgency", "findings", "sources"],
                            "properties": {
                                "id": {"type": "string"},
                                "urgency": {"type": "string", "enum": list(URGENCIES)},
                                "findings": {"type": "array", "items": {"type": "string", "enum": list(FINDING_IDS)}},
                                "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}}},
            "Source": {"type": "object", "required": ["id", "short", "citation"],
                       "properties": {"id": {"type": "string"}, "short": {"type": "string"},
                                      "citation": {"type": "string"}}},
            "Assessment": {"type": "object", "required": ["segments", "piriformis", "red_flags", "differential"],
                           "properties": {
                               "differential": {"type": "array", "items": {"$ref": "#/components/schemas/Candidate"}},
                               "no_single_cause": {"type": "object",
                                                   "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1}},
                               "segments": {"type": "array", "items": {"$ref": "#/components/schemas/Segment"}},
                               "piriformis": {"$ref": "#/components/schemas/Piriformis"},
                               "red_flags": {"type": "array", "items": {"$ref": "#/components/schemas/RedFlag"}}}},
            "Region": {"type": "object", "required": ["id", "label", "side", "view", "part", "roots"],
                       "properties": {
                           "id": {"type": "string", "enum": list(REGION_IDS)},
                           "label": {"type": "string"},
                           "side": {"type": ["string", "null"], "enum": ["right", "left", None]},
                           "view": {"type": "string", "enum": ["front", "back"]},
                           "part": {"type": "string"},
                           "roots": {"type": "object",
                                     "additionalProperties": {"type": "string", "enum": list(EXTENTS)}}}},
            "Regions": {"type": "object", "required": ["regions"],
                        "properties": {"regions": {"type": "array", "items": {"$ref": "#/components/schemas/Region"}}}},
            "Error": {"type": "object", "required": ["error"],
                      "properties": {"error": {"type": "object", "required": ["message"],
                                               "properties": {"message": {"type": "string"},
                                                              "parameter": {"type": "string"},
                                                              "value": {"type": "string"},
                                                              "accepted": {"type": "array", "items": {"type": "string"}},
                                                              "status": {"type": "integer"}}}}},
        }},
    }
