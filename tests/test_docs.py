"""Docs that cannot drift: the schema files and field tables match the models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from claimcmp.models import CompareResult
from claimcmp.pipeline import run_compare

ROOT = Path(__file__).resolve().parent.parent


def test_schema_docs_match_the_models() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "regenerate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_json_output_round_trips_through_the_model() -> None:
    result = run_compare([str(ROOT / "seeds")])
    assert CompareResult.model_validate_json(result.model_dump_json()) == result
