"""How far the place of pain can be trusted to point to the level: the published figures,
for the practitioner to set beside the app's answer."""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..text import N_
from .sources import ALBERT_2019, MURPHY_2009, TACHIBANA_2016, TAYLOR_2013, Source


@dataclass(frozen=True)
class Evidence:
    source: Source
    finding: str


RELIABILITY: tuple[Evidence, ...] = (
    Evidence(MURPHY_2009, N_("In people with proven lumbar radicular pain, the pain did not follow a dermatome in 64 in 100.")),
    Evidence(TAYLOR_2013, N_("Pain from a pressed L5 or S1 root often spreads outside its dermatome; numbness and pins and needles keep to it more closely, so they weigh more here.")),
    Evidence(ALBERT_2019, N_("Given patients' own pain drawings, clinicians told L5 from S1 no better than chance, even with the average pain maps beside them.")),
    Evidence(TACHIBANA_2016, N_("The level told from where the symptoms lie agreed with the confirmed level in 68.8 in 100.")),
)


# The map's own figures on its published development and held-out cases, written by
# `python -m benchmarks.evaluate` (never by hand); a test checks they are current.
MEASURED = Path(__file__).with_name("measured.json")


@cache
def measured() -> dict:
    """Read once: the file changes only when the benchmark is run, not while the app serves."""
    return json.loads(MEASURED.read_text(encoding="utf-8"))
