"""The differential's model: naive Bayes over the areas of one leg and the findings.

Each hypothesis (a condition, or no single cause) gives every area of the leg a rate of
being marked painful and a rate of being marked numb, and every finding a rate of being
abnormal. The rates are estimated from published patients (``benchmarks.fit``), with the
knowledge base as their prior; this module only reads them and weighs a side's marks.

Two readings of an area left unmarked are possible: that it says nothing (the marks are
draws from where the hypothesis puts symptoms: ``presence``), or that it says the area is
spared (every area is a yes or a no: ``absence``). Cross-validation chose one; the model
carries it, with the damping of the marks' joint weight (marks on one leg are not
independent draws) and the temperature that calibrates the shares.
"""

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

Reading = Literal["absence", "presence"]
READINGS: tuple[Reading, ...] = ("absence", "presence")


@dataclass(frozen=True)
class Model:
    reading: Reading
    damping: float
    temperature: float
    prior: dict[str, float]                 # hypothesis -> prior share
    pain: dict[str, dict[str, float]]       # hypothesis -> area -> P(marked painful, not numb)
    numb: dict[str, dict[str, float]]       # hypothesis -> area -> P(marked numb)
    signs: dict[str, dict[str, float]]      # hypothesis -> abnormal word -> P(abnormal)
    piriformis_flag_at: float

    @cached_property
    def _mark_logs(self) -> dict[str, tuple[float, dict[str, float], dict[str, float]]]:
        """Per hypothesis: the log weight of a leg with nothing marked, and what marking each
        area painful or numb adds to it."""
        logs = {}
        for hypothesis in self.prior:
            pain, numb = self.pain[hypothesis], self.numb[hypothesis]
            if self.reading == "absence":
                spared = {area: math.log(1 - pain[area] - numb[area]) for area in pain}
                logs[hypothesis] = (sum(spared.values()),
                                    {area: math.log(pain[area]) - spared[area] for area in pain},
                                    {area: math.log(numb[area]) - spared[area] for area in numb})
            else:
                total = sum(pain.values()) + sum(numb.values())
                logs[hypothesis] = (0.0, {area: math.log(rate / total) for area, rate in pain.items()},
                                    {area: math.log(rate / total) for area, rate in numb.items()})
        return logs

    @cached_property
    def _log_priors(self) -> dict[str, float]:
        return {hypothesis: math.log(share) for hypothesis, share in self.prior.items()}

    def marks_log(self, hypothesis: str, pain: set[str], numb: set[str]) -> float:
        """log P(these marks on one leg | hypothesis), damped."""
        spared, pain_logs, numb_logs = self._mark_logs[hypothesis]
        return self.damping * (spared + sum([pain_logs[a] for a in pain]) + sum([numb_logs[a] for a in numb]))

    def posteriors(self, pain: set[str], numb: set[str],
                   finding_logs: dict[str, float]) -> dict[str, float]:
        """Every hypothesis's share of one leg, calibrated: the marks (numbness wins where an
        area is marked both ways) and the findings' summed log likelihoods."""
        pain = pain - numb
        log_joint = {h: (self._log_priors[h] + self.marks_log(h, pain, numb) + finding_logs.get(h, 0.0))
                     / self.temperature for h in self.prior}
        top = max(log_joint.values())
        weights = {h: math.exp(value - top) for h, value in log_joint.items()}
        total = sum(weights.values())
        return {h: weight / total for h, weight in weights.items()}


def model_from(hypotheses: dict, reading: Reading, damping: float, temperature: float = 1.0,
               piriformis_flag_at: float = 0.0) -> Model:
    """A model from the rates of the learned file's ``hypotheses``."""
    return Model(
        reading=reading, damping=damping, temperature=temperature,
        prior={h: body["prior"] for h, body in hypotheses.items()},
        pain={h: {a: cell["pain"] for a, cell in body["areas"].items()} for h, body in hypotheses.items()},
        numb={h: {a: cell["numb"] for a, cell in body["areas"].items()} for h, body in hypotheses.items()},
        signs={h: {w: f["rate"] for w, f in body["findings"].items()} for h, body in hypotheses.items()},
        piriformis_flag_at=piriformis_flag_at,
    )


def model_of(document: dict) -> Model:
    """The model a learned file describes."""
    chosen = document["hyperparameters"]
    return model_from(document["hypotheses"], chosen["reading"], chosen["damping"], chosen["temperature"],
                      chosen["piriformis_flag_at"])
