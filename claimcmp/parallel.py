"""Map a per-article or per-event stage over processes when a batch is large enough to pay.

Extraction and alignment are Python-bound (the GIL rules out threads) and each
article, and each event, is independent, so a process pool gives near-linear
speed-up on large batches. Small batches run in-process: starting workers costs
~0.1 s, more than 60 articles take.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from claimcmp.extract import extract_claims
from claimcmp.models import Article, Claim

MIN_BATCH_FOR_PROCESSES = 64
_CHUNKS_PER_WORKER = 8  # small chunks balance uneven items; fewer chunks cost fewer round trips
_MAX_CHUNK = 32

Item = TypeVar("Item")
Result = TypeVar("Result")


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def map_in_processes(
    fn: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int | None = None,
    on_done: Callable[[int, int], None] | None = None,
    min_batch: int = MIN_BATCH_FOR_PROCESSES,
) -> list[Result]:
    """`[fn(x) for x in items]`, in input order, over a process pool when there are `min_batch`
    items or more and more than one worker (`fn` and the items must pickle).

    `on_done(done, total)` is called as items finish (for a progress bar).
    """
    n = default_workers() if workers is None else max(1, workers)
    if n == 1 or len(items) < max(2, min_batch):
        return _collect((fn(x) for x in items), len(items), on_done)
    chunk = max(1, min(_MAX_CHUNK, len(items) // (n * _CHUNKS_PER_WORKER)))
    with ProcessPoolExecutor(max_workers=n) as pool:
        return _collect(pool.map(fn, items, chunksize=chunk), len(items), on_done)


def extract_all(
    articles: Sequence[Article],
    workers: int | None = None,
    on_done: Callable[[int, int], None] | None = None,
) -> list[list[Claim]]:
    """Claims of each article, in input order; `workers=1` forces one process."""
    return map_in_processes(extract_claims, articles, workers, on_done)


def _collect(
    results: Iterable[Result], total: int, on_done: Callable[[int, int], None] | None
) -> list[Result]:
    out = []
    for done, result in enumerate(results, start=1):
        out.append(result)
        if on_done is not None:
            on_done(done, total)
    return out
