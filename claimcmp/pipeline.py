"""The library entry points the CLI (and Python users) call: read → extract → compare."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimcmp.extract import extract_claims
from claimcmp.ingest import Progress, ReadOptions, read_articles
from claimcmp.models import Article, ArticleInfo, Claim, CompareResult, ExtractResult, Problem


def article_info(article: Article, claims: Sequence[Claim]) -> ArticleInfo:
    return ArticleInfo(
        id=article.id, source=article.source, headline=article.headline, outlet=article.outlet,
        byline=article.byline, published=article.published, url=article.url, event=article.event,
        characters=len(article.text), claims=len(claims), warnings=article.warnings,
    )


def extract_articles(articles: Sequence[Article], problems: Sequence[Problem] = (),
                     progress: Progress | None = None) -> ExtractResult:
    """Claims of every article; articles are independent of one another."""
    infos, claims = [], []
    for done, article in enumerate(articles, start=1):
        found = extract_claims(article)
        infos.append(article_info(article, found))
        claims.extend(found)
        if progress is not None:
            progress("extracting", done, len(articles))
    return ExtractResult(articles=infos, claims=claims, problems=list(problems))


def run_extract(paths: Iterable[str], options: ReadOptions | None = None) -> ExtractResult:
    """Read the articles at paths (see `ReadOptions`) and extract their claims."""
    articles, problems = read_articles(paths, options)
    return extract_articles(articles, problems, options.progress if options else None)


def run_compare(paths: Iterable[str], *, one_event: bool = False,
                options: ReadOptions | None = None) -> CompareResult:
    from claimcmp.compare import compare_articles  # noqa: PLC0415 - compare (numpy, rapidfuzz) loads only when used

    articles, problems = read_articles(paths, options)
    return compare_articles(articles, problems, one_event=one_event)
