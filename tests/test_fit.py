"""The differential's learned rates: what the fit writes from the shipped cases, fitted on
the development part alone, and better than the baselines it replaced on patients it never saw."""

import json
import math

from benchmarks.baselines import HAND_SET_PIRIFORMIS_FLAG_AT, hand_set, lookup
from support.fitting import GRID, development_rows, learned_text, predictions, rows_of
from support.published import published_cases
from support.ranking import ranking
from webapp.assessment.differential import shipped_model, side_posteriors
from webapp.knowledge.learned import learned


def test_the_shipped_rates_are_what_the_fit_writes_from_the_shipped_cases():
    assert learned() == json.loads(learned_text()), "run python -m benchmarks.fit"


def test_the_fit_saw_only_the_development_part_and_chose_from_its_grid():
    document = learned()
    development = development_rows()
    assert document["rows"] == len(development) and document["cases"] == len({r.case for r in development})
    held_out = {case.id for case in published_cases("held-out")}
    assert not held_out & {r.case for r in development}
    chosen = document["hyperparameters"]
    assert all(chosen[name] in values for name, values in GRID.items())
    assert document["cross_validation"]["best"] <= document["cross_validation"]["worst"]


def test_every_rate_is_a_posterior_between_its_prior_and_its_counts():
    for hypothesis, body in learned()["hypotheses"].items():
        rows = body["rows"]
        for area, cell in body["areas"].items():
            for mark in ("pain", "numb"):
                prior, rate = cell[f"prior_{mark}"], cell[mark]
                observed = cell[f"marked_{'painful' if mark == 'pain' else 'numb'}"] / rows if rows else prior
                assert min(prior, observed) - 1e-6 <= rate <= max(prior, observed) + 1e-6, (hypothesis, area, mark)
            assert 0 < cell["pain"] + cell["numb"] < 1
        for word, finding in body["findings"].items():
            observed = finding["abnormal"] / finding["examined"] if finding["examined"] else finding["prior"]
            assert min(finding["prior"], observed) - 1e-6 <= finding["rate"] <= max(finding["prior"], observed) + 1e-6


def test_on_patients_it_never_saw_the_learned_differential_ranks_better_than_its_baselines():
    model = shipped_model()
    rows = rows_of(published_cases("held-out"))
    learned_scores = predictions(rows, lambda pain, numb, findings: side_posteriors(model, pain, numb, findings))
    for with_examination in (False, True):
        mine = ranking(learned_scores, with_examination, model.piriformis_flag_at)
        hand = ranking(predictions(rows, hand_set), with_examination, HAND_SET_PIRIFORMIS_FLAG_AT)
        table = ranking(predictions(rows, lookup), with_examination, None)
        assert mine.top1 > max(hand.top1, table.top1)
        assert mine.root_top1 > max(hand.root_top1, table.root_top1)
        assert mine.mimics_not_root > max(hand.mimics_not_root, table.mimics_not_root)
        assert not math.isnan(mine.calibration_error)
