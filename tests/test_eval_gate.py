"""Eval gate: score claimcmp on the development sets in ../shared/eval, where that folder exists.

The floors are the issues' bars; a change that drops below one fails CI. The sets
are for development only (the dev texts are not in this repository), so the gate
skips with a message where they are absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from claimcmp.pipeline import run_compare

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = {
    "seeds": (EVAL.parent / "seeds", EVAL / "seeds_gold.json"),
    "dev": (EVAL / "dev" / "articles", EVAL / "dev" / "dev_gold.json"),
}
FLOORS: dict[str, dict[str, float]] = {  # about 3 points under the figures of 2026-12-06 (README)
    "seeds": {
        "quotes_f1": 0.97,
        "attribution_f1": 0.93,
        "claims_recall": 0.9,
        "unmarked_recall": 0.9,
        "pair_recall": 1.0,
        "pair_precision": 0.95,
        "status_accuracy": 1.0,
        "event_agreement": 1.0,
    },
    "dev": {
        "quotes_f1": 0.96,
        "attribution_f1": 0.86,
        "claims_recall": 0.83,
        "pair_recall": 0.71,
        "pair_precision": 0.9,
        "status_accuracy": 0.95,  # issue 13's bar (1.000 on 2026-12-07)
        "event_agreement": 1.0,
    },
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claimcmp_eval_score", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(result: dict[str, Any]) -> dict[str, float]:
    grouping = result["grouping"]
    return {
        "quotes_f1": result["quotes"]["f1"],
        "attribution_f1": result["attribution"]["f1"],
        "claims_recall": result["claims_recall"] or 0.0,
        "unmarked_recall": result["unmarked_recall"] or 0.0,
        "pair_recall": grouping["pair_recall"],
        "pair_precision": grouping["pair_precision"],
        "status_accuracy": grouping["status_accuracy"],
        "event_agreement": result["event_pair_agreement"] or 0.0,
    }


@pytest.mark.skipif(
    not EVAL.exists(), reason=f"no evaluation sets at {EVAL} (they live beside the repo, in shared/)"
)
@pytest.mark.parametrize("name", sorted(SETS))
def test_scores_stay_above_the_bars(name: str) -> None:
    texts, gold_path = SETS[name]
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = json.loads(run_compare([str(texts)]).model_dump_json())
    result = _scorer().score(gold, pred, texts)
    figures = _figures(result)
    assert result["offsets_repaired"] == 0
    assert result["grouping"]["cross_event_pairs"] == 0
    low = {k: (figures[k], floor) for k, floor in FLOORS[name].items() if figures[k] < floor}
    assert not low, f"{name}: below the bar (got, floor): {low}"
