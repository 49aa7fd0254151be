"""The differential's learned rates (``learned.json``, written by ``python -m benchmarks.fit``)
and the measured location studies the fit starts from (``location_studies.json``)."""

import json
from pathlib import Path

LEARNED = Path(__file__).with_name("learned.json")
LOCATION_STUDIES = Path(__file__).with_name("location_studies.json")


def learned() -> dict:
    return json.loads(LEARNED.read_text(encoding="utf-8"))
