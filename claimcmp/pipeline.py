"""The library entry points the CLI (and Python users) call: read → extract → compare.

All of them run the one orchestration (orchestration.py). `run_*_spooled` hand back the
spooled result (written as JSON or JSON Lines straight from disk, or loaded); the others
load it into one `ExtractResult` / `CompareResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, cast

from claimcmp.executors import LOCAL, ExecutorChoice
from claimcmp.ingest import ReadOptions, read_articles, stream_articles
from claimcmp.models import Article, CompareResult, ExtractResult, Problem

if TYPE_CHECKING:
    from claimcmp.align import SemanticScorer
    from claimcmp.filters import GroupFilter
    from claimcmp.spool import SpooledResult, SpoolFormat

StageProgress = Callable[[str, int, int], None]


def extract_articles(
    articles: Sequence[Article],
    problems: Sequence[Problem] = (),
    progress: StageProgress | None = None,
    *,
    executor: ExecutorChoice = LOCAL,
) -> ExtractResult:
    """Claims of every article; articles are independent of one another."""
    from claimcmp.orchestration import spool_extract  # noqa: PLC0415 - the stages load only when used

    with spool_extract(
        list(articles), problems, fmt="objects", executor=executor, progress=progress
    ) as spool:
        return spool.load()


def compare_articles(
    articles: Sequence[Article],
    problems: Sequence[Problem] = (),
    *,
    one_event: bool = False,
    min_score: float = 0.0,
    semantic: SemanticScorer | None = None,
    shown: GroupFilter | None = None,
    executor: ExecutorChoice = LOCAL,
    progress: StageProgress | None = None,
) -> CompareResult:
    """Extract, find events, unify speakers, align and compare: the full compare result."""
    from claimcmp.orchestration import spool_compare  # noqa: PLC0415 - as above

    with spool_compare(
        list(articles),
        problems,
        one_event=one_event,
        min_score=min_score,
        semantic=semantic,
        fmt="objects",
        shown=shown,
        executor=executor,
        progress=progress,
    ) as spool:
        return cast(CompareResult, spool.load())


def run_extract(
    paths: Iterable[str], options: ReadOptions | None = None, *, executor: ExecutorChoice = LOCAL
) -> ExtractResult:
    """Read the articles at paths (see `ReadOptions`) and extract their claims."""
    articles, problems = read_articles(paths, options)
    return extract_articles(articles, problems, options.progress if options else None, executor=executor)


def run_compare(
    paths: Iterable[str],
    *,
    one_event: bool = False,
    options: ReadOptions | None = None,
    semantic: SemanticScorer | None = None,
    executor: ExecutorChoice = LOCAL,
) -> CompareResult:
    articles, problems = read_articles(paths, options)
    progress = options.progress if options else None
    return compare_articles(
        articles, problems, one_event=one_event, semantic=semantic, executor=executor, progress=progress
    )


def run_extract_spooled(
    paths: Iterable[str],
    options: ReadOptions | None = None,
    fmt: SpoolFormat = "json",
    *,
    executor: ExecutorChoice = LOCAL,
) -> SpooledResult:
    """`run_extract` in bounded memory: the claims wait on disk in the form `fmt` names (see
    `claimcmp.spool`); close the result once it is written."""
    from claimcmp.orchestration import spool_extract  # noqa: PLC0415 - as above

    articles, problems, count = _articles(paths, options)
    progress = options.progress if options else None
    return spool_extract(articles, problems, count=count, fmt=fmt, executor=executor, progress=progress)


def run_compare_spooled(
    paths: Iterable[str],
    *,
    one_event: bool = False,
    options: ReadOptions | None = None,
    semantic: SemanticScorer | None = None,
    fmt: SpoolFormat = "json",
    shown: GroupFilter | None = None,
    executor: ExecutorChoice = LOCAL,
    contexts: bool = False,
) -> SpooledResult:
    """`run_compare` in bounded memory: claims and groups wait on disk (see `claimcmp.spool`),
    filtered by `shown`; close the result once it is written. `contexts` keeps each claim's
    paragraph context for the HTML report."""
    from claimcmp.orchestration import spool_compare  # noqa: PLC0415 - as above

    articles, problems, count = _articles(paths, options)
    progress = options.progress if options else None
    return spool_compare(
        articles,
        problems,
        count=count,
        one_event=one_event,
        semantic=semantic,
        fmt=fmt,
        shown=shown,
        executor=executor,
        progress=progress,
        contexts=contexts,
    )


def _articles(
    paths: Iterable[str], options: ReadOptions | None
) -> tuple[Iterable[Article], list[Problem], int]:
    """The articles under paths as a stream read while they are extracted, with the problems it
    finds and how many to expect; read first when the user's metadata must be matched to them."""
    if options is not None and options.overrides:
        articles, problems = read_articles(paths, options)
        return articles, problems, len(articles)
    stream = stream_articles(paths, options)
    return stream, stream.problems, stream.expected
