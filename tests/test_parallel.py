"""The process-pool paths give exactly what one process gives, in the same order."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from claimcmp import parallel
from claimcmp.extract import extract_claims
from claimcmp.models import Article
from claimcmp.parallel import map_in_processes
from claimcmp.pipeline import compare_articles


def _square(x: int) -> int:
    return x * x


def test_map_in_processes_keeps_input_order() -> None:
    items = list(range(50))
    assert map_in_processes(_square, items, workers=2, min_batch=2) == [x * x for x in items]


def test_map_in_processes_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    map_in_processes(_square, [1, 2, 3], workers=2, min_batch=2, on_done=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def _articles() -> list[Article]:
    stories = [
        (
            "Flood closes the coast road",
            "Mayor Ann Lee",
            "the road will stay closed until the water goes down",
        ),
        (
            "Strike shuts the rail station",
            "Union leader Tom Park",
            "the station will stay shut until we get a fair deal",
        ),
    ]
    articles = []
    for n in range(8):
        headline, speaker, words = stories[n % 2]
        surname = speaker.split()[-1]
        text = (
            f"{headline}\n\nBy Staff {n}\n\n{speaker} said on Monday that {words}. "
            f'"We are doing all we can," {surname} told reporters in report {n}. '
            f'"Nobody should travel tonight," said {surname}.'
        )
        articles.append(Article(id=f"a{n}", text=text, outlet=f"Outlet {n}"))
    return articles


def test_extraction_in_processes_equals_one_process() -> None:
    articles = _articles()
    pooled = map_in_processes(extract_claims, articles, workers=2, min_batch=2)
    assert pooled == [extract_claims(a) for a in articles]
    assert sum(map(len, pooled)) >= 3 * len(articles)


def test_compare_over_processes_equals_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles()
    in_process = compare_articles(articles)
    pools: list[object] = []

    class CountedPool(ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(parallel, "MIN_BATCH_FOR_PROCESSES", 2)
    pooled = compare_articles(articles)
    assert len(pools) == 1  # one pool extracted the articles and compared the events
    assert len(pooled.events) == 2
    assert any(len(g.versions) > 1 for g in pooled.groups)
    assert pooled == in_process


def test_module_entry_point_runs_a_pooled_batch(tmp_path: Path) -> None:
    """The CLI end to end on a batch big enough for worker processes (started from a
    fork server, which must find and import everything the workers run)."""
    copies = parallel.MIN_BATCH_FOR_PROCESSES // len(_articles()) + 1
    for n, article in enumerate(_articles() * copies):
        (tmp_path / f"a{n:04d}.txt").write_text(article.text, encoding="utf-8")
    assert len(list(tmp_path.iterdir())) >= parallel.MIN_BATCH_FOR_PROCESSES
    run = subprocess.run(
        [sys.executable, "-m", "claimcmp", "compare", str(tmp_path), "--format", "json"],
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert len(result["articles"]) == copies * len(_articles())
    assert result["groups"]


def test_a_function_that_cannot_be_pickled_runs_here_instead_of_hanging() -> None:
    """A pool fails to send a lambda in a background thread and waits forever; it must not get one."""
    done: list[list[int]] = []
    offset = 1
    worker = threading.Thread(
        target=lambda: done.append(map_in_processes(lambda x: x + offset, list(range(100)), workers=2)),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=60)
    assert done == [[x + 1 for x in range(100)]]
