"""The differential's learned rates (``learned.json``, written by ``python -m benchmarks.fit``)
and the measured location studies they start from (``location_studies.json``)."""

import json
from pathlib import Path

LEARNED = Path(__file__).with_name("learned.json")
LOCATION_STUDIES: dict = json.loads(Path(__file__).with_name("location_studies.json").read_text(encoding="utf-8"))


def learned() -> dict:
    return json.loads(LEARNED.read_text(encoding="utf-8"))
