"""Markdown for reports: a table of claims (extract), a section per group (compare).

In compare, each group is a small table, one row per outlet's version; the
words where a version differs from the group's reference are **bold**.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from claimcmp.models import ArticleInfo, Claim, CompareResult, ExtractResult, Group, WordDiff
from claimcmp.render.common import (
    article_labels,
    claims_summary,
    highlight,
    speaker_label,
    status_summary,
)

_SPACE = re.compile(r"\s+")
_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})


def escape(text: str) -> str:
    """Text safe in a Markdown table cell: specials escaped, on one line."""
    return _inline(text).strip()


def _inline(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_SPECIAL))


def _row(cells: Iterable[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _table(header: list[str], rows: Iterable[Iterable[object]]) -> list[str]:
    return [_row(header), _row("---" for _ in header), *(_row(r) for r in rows)]


def extract_markdown(result: ExtractResult) -> list[str]:
    labels = article_labels(result.articles)
    rows = (
        [
            escape(labels.get(c.article, c.article)),
            escape(speaker_label(c)),
            escape(c.cue or ""),
            c.kind,
            escape(c.text),
        ]
        for c in result.claims
    )
    head = claims_summary(len(result.claims), len(result.articles)) + "."
    return [head, "", *_table(["article", "speaker", "cue", "kind", "quote / claim"], rows)]


def compare_markdown(result: CompareResult) -> list[str]:
    claims = {c.id: c for c in result.claims}
    members = ((g, [claims[c] for c in g.claims if c in claims]) for g in result.groups)
    return list(compare_markdown_lines(result.articles, [g.status for g in result.groups], members))


def compare_markdown_lines(
    articles: Sequence[ArticleInfo], statuses: Sequence[str], groups: Iterable[tuple[Group, Sequence[Claim]]]
) -> Iterator[str]:
    """The compare report's lines, from the groups with their claims taken one at a time."""
    labels = article_labels(articles)
    yield status_summary(statuses) + "."
    for number, (group, members) in enumerate(groups, start=1):
        yield ""
        yield from group_section(number, group, {c.id: c for c in members}, labels)


def write_compare_markdown(
    articles: Sequence[ArticleInfo],
    statuses: Sequence[str],
    groups: Iterable[tuple[Group, Sequence[Claim]]],
    out: TextIO,
) -> None:
    """`render_markdown` of a compare result given as its groups with their claims, one at a time."""
    for line in compare_markdown_lines(articles, statuses, groups):
        out.write(line + "\n")


def group_section(number: int, group: Group, claims: dict[str, Claim], labels: dict[str, str]) -> list[str]:
    lines = [f"### {number}. {group.status}: {escape(group.speaker or '?')}", ""]
    if group.reasons:
        lines += ["; ".join(escape(r) for r in group.reasons), ""]
    if group.notes:
        lines += ["; ".join(f"*{escape(n)}*" for n in group.notes), ""]
    versions = {v.claim: v for v in group.versions}
    rows = []
    for cid in group.claims:
        if cid not in claims:
            continue
        claim, version = claims[cid], versions.get(cid)
        is_ref = cid == group.reference
        diff = version.diff if version is not None and not is_ref else []
        score = "reference" if is_ref else (f"{version.score:.0f}" if version else "")
        label = escape(labels.get(claim.article, claim.article))
        rows.append([label, _marked(claim.text, diff), score])
    return lines + _table(["outlet", "wording", "score"], rows)


def _marked(text: str, diff: Sequence[WordDiff]) -> str:
    runs = highlight(text, diff)
    return "".join(f"**{_inline(p)}**" if changed else _inline(p) for p, changed in runs).strip()


def render_markdown(result: ExtractResult, out: TextIO, color: bool) -> None:
    lines = compare_markdown(result) if isinstance(result, CompareResult) else extract_markdown(result)
    out.write("\n".join(lines) + "\n")
