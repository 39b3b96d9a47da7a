"""Map the per-article stage over processes when a batch is large enough to pay for them.

Extraction is pure Python (the GIL rules out threads) and each article is
independent, so a process pool gives near-linear speed-up on large batches. Small
batches run in-process: starting workers costs ~0.1 s, more than 60 articles take.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from claimcmp.extract import extract_claims
from claimcmp.models import Article, Claim

MIN_BATCH_FOR_PROCESSES = 64


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def extract_all(
    articles: Sequence[Article],
    workers: int | None = None,
    on_done: Callable[[int, int], None] | None = None,
) -> list[list[Claim]]:
    """Claims of each article, in input order; `workers=1` forces one process.

    `on_done(done, total)` is called as articles finish (for a progress bar).
    """
    n = default_workers() if workers is None else max(1, workers)
    if n == 1 or len(articles) < MIN_BATCH_FOR_PROCESSES:
        return _collect((extract_claims(a) for a in articles), len(articles), on_done)
    chunk = max(1, min(32, len(articles) // (n * 8)))
    with ProcessPoolExecutor(max_workers=n) as pool:
        return _collect(pool.map(extract_claims, articles, chunksize=chunk), len(articles), on_done)


def _collect(
    results: Iterable[list[Claim]], total: int, on_done: Callable[[int, int], None] | None
) -> list[list[Claim]]:
    out = []
    for done, claims in enumerate(results, start=1):
        out.append(claims)
        if on_done is not None:
            on_done(done, total)
    return out
