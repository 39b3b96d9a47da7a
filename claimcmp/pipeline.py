"""The library entry points the CLI (and Python users) call: read → extract → compare."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimcmp.extract import extract_claims
from claimcmp.ingest import read_articles
from claimcmp.models import Article, ArticleInfo, Claim, CompareResult, ExtractResult, Problem


def article_info(article: Article, claims: Sequence[Claim]) -> ArticleInfo:
    return ArticleInfo(
        id=article.id, source=article.source, headline=article.headline, outlet=article.outlet,
        byline=article.byline, published=article.published, url=article.url, event=article.event,
        characters=len(article.text), claims=len(claims), warnings=article.warnings,
    )


def extract_articles(articles: Sequence[Article], problems: Sequence[Problem] = ()) -> ExtractResult:
    """Claims of every article; articles are independent of one another."""
    infos, claims = [], []
    for article in articles:
        found = extract_claims(article)
        infos.append(article_info(article, found))
        claims.extend(found)
    return ExtractResult(articles=infos, claims=claims, problems=list(problems))


def run_extract(paths: Iterable[str]) -> ExtractResult:
    articles, problems = read_articles(paths)
    return extract_articles(articles, problems)


def run_compare(paths: Iterable[str], *, one_event: bool = False) -> CompareResult:
    from claimcmp.compare import compare_articles

    articles, problems = read_articles(paths)
    return compare_articles(articles, problems, one_event=one_event)
