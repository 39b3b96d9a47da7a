"""The library entry points the CLI (and Python users) call: read → extract → compare."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from claimcmp.ingest import Progress, ReadOptions, read_articles
from claimcmp.models import Article, ArticleInfo, CompareResult, ExtractResult, Problem
from claimcmp.parallel import extract_all

if TYPE_CHECKING:
    from claimcmp.align import SemanticScorer
    from claimcmp.filters import GroupFilter
    from claimcmp.spooled import SpooledResult, SpoolFormat


def article_info(article: Article, claims: int) -> ArticleInfo:
    """The article as the output lists it: its metadata, its length and how many claims it has."""
    return ArticleInfo(
        id=article.id,
        source=article.source,
        headline=article.headline,
        outlet=article.outlet,
        byline=article.byline,
        published=article.published,
        url=article.url,
        event=article.event,
        characters=len(article.text),
        claims=claims,
        warnings=article.warnings,
    )


def extract_articles(
    articles: Sequence[Article], problems: Sequence[Problem] = (), progress: Progress | None = None
) -> ExtractResult:
    """Claims of every article; articles are independent of one another."""
    on_done = (lambda done, total: progress("extracting", done, total)) if progress is not None else None
    per_article = extract_all(articles, on_done=on_done)
    infos = [article_info(a, len(found)) for a, found in zip(articles, per_article, strict=True)]
    claims = [c for found in per_article for c in found]
    return ExtractResult(articles=infos, claims=claims, problems=list(problems))


def run_extract(paths: Iterable[str], options: ReadOptions | None = None) -> ExtractResult:
    """Read the articles at paths (see `ReadOptions`) and extract their claims."""
    articles, problems = read_articles(paths, options)
    return extract_articles(articles, problems, options.progress if options else None)


def run_compare(
    paths: Iterable[str],
    *,
    one_event: bool = False,
    options: ReadOptions | None = None,
    semantic: SemanticScorer | None = None,
) -> CompareResult:
    from claimcmp.compare import compare_articles  # noqa: PLC0415 - compare (numpy, rapidfuzz) loads only when used

    articles, problems = read_articles(paths, options)
    return compare_articles(articles, problems, one_event=one_event, semantic=semantic)


def run_extract_spooled(
    paths: Iterable[str], options: ReadOptions | None = None, fmt: SpoolFormat = "json"
) -> SpooledResult:
    """`run_extract` for JSON (or JSON Lines) output in bounded memory: the claims wait on
    disk (see `claimcmp.spooled`); close the result once it is written."""
    from claimcmp.spooled import spool_extract  # noqa: PLC0415 - as for run_compare

    articles, problems = read_articles(paths, options)
    return spool_extract(articles, problems, release=True, fmt=fmt)


def run_compare_spooled(
    paths: Iterable[str],
    *,
    one_event: bool = False,
    options: ReadOptions | None = None,
    semantic: SemanticScorer | None = None,
    fmt: SpoolFormat = "json",
    shown: GroupFilter | None = None,
) -> SpooledResult:
    """`run_compare` for JSON (or JSON Lines) output in bounded memory: claims and groups
    wait on disk (see `claimcmp.spooled`), filtered by `shown`; close the result once it
    is written."""
    from claimcmp.spooled import spool_compare  # noqa: PLC0415 - as for run_compare

    articles, problems = read_articles(paths, options)
    return spool_compare(
        articles, problems, one_event=one_event, semantic=semantic, release=True, fmt=fmt, shown=shown
    )
