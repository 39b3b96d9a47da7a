"""Rich tables for the terminal: claims (extract) and groups (compare), readable at 80 columns.

Articles are shown by short labels (outlet, else a short id). In compare,
the words where a version differs from its group's reference are bold
yellow on a colour terminal and *starred* in plain text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcmp.models import Claim, CompareResult, ExtractResult, Group, WordDiff
from claimcmp.render.common import article_labels, highlight, speaker_label, truncate

STATUS_STYLE = {"conflict": "bold red", "variant": "yellow", "agree": "green", "single": "dim"}
KIND_STYLE = {"direct": "cyan", "partial": "cyan", "unmarked": "magenta", "indirect": "blue",
              "fragment": "dim"}
CHANGED_STYLE = "bold yellow"


def claims_table(result: ExtractResult, color: bool) -> Table:
    labels = article_labels(result.articles)
    table = Table(box=box.SIMPLE_HEAD, expand=True, leading=1, pad_edge=False,
                  caption=_claims_caption(result), caption_justify="left")
    table.add_column("article", overflow="fold", max_width=14, no_wrap=False)
    table.add_column("speaker", overflow="fold", ratio=2)
    table.add_column("cue", overflow="fold", ratio=1, max_width=12)
    table.add_column("kind", no_wrap=True, width=8)
    table.add_column("quote / claim", overflow="fold", ratio=6)
    for claim in result.claims:
        kind = Text(claim.kind, style=KIND_STYLE[claim.kind] if color else "")
        table.add_row(labels.get(claim.article, claim.article), speaker_label(claim),
                      claim.cue or "", kind, claim.text)
    return table


def _claims_caption(result: ExtractResult) -> str:
    return f"{len(result.claims)} claims in {len(result.articles)} articles"


def groups_table(result: CompareResult, color: bool) -> Table:
    labels = article_labels(result.articles)
    claims = {c.id: c for c in result.claims}
    columns = _shown_articles(result, claims)
    table = Table(box=box.HORIZONTALS, show_lines=True, expand=True, pad_edge=False,
                  caption=_groups_caption(result), caption_justify="left")
    table.add_column("status / speaker", overflow="fold", ratio=2, min_width=10)
    for article in columns:
        table.add_column(labels.get(article, article), overflow="fold", ratio=3)
    for group in result.groups:
        cells = _article_cells(group, claims, columns, color)
        table.add_row(_group_cell(group, color), *cells)
    return table


def _shown_articles(result: CompareResult, claims: dict[str, Claim]) -> list[str]:
    """The articles that hold a claim of a shown group, in the result's order."""
    used = {claims[c].article for g in result.groups for c in g.claims if c in claims}
    return [a.id for a in result.articles if a.id in used]


def _group_cell(group: Group, color: bool) -> Text:
    cell = Text(group.status, style=STATUS_STYLE[group.status] if color else "")
    cell.append("\n" + truncate(group.speaker or "?", 40), style="bold" if color else "")
    for reason in group.reasons:
        cell.append("\n" + reason, style="red" if color else "")
    return cell


def _article_cells(group: Group, claims: dict[str, Claim], columns: list[str],
                   color: bool) -> list[Text]:
    cells = {article: Text() for article in columns}
    versions = {v.claim: v for v in group.versions}
    for cid in group.claims:
        claim = claims.get(cid)
        if claim is None or claim.article not in cells:
            continue
        cell = cells[claim.article]
        if cell.plain:
            cell.append("\n\n")
        version = versions.get(cid)
        diff = version.diff if version is not None and cid != group.reference else []
        _append_highlighted(cell, claim.text, diff, color)
        if version is not None and cid != group.reference:
            cell.append(f" ({version.score:.0f})", style="dim" if color else "")
    return [cells[a] for a in columns]


def _append_highlighted(cell: Text, text: str, diff: Sequence[WordDiff], color: bool) -> None:
    for piece, changed in highlight(text, diff):
        if not changed:
            cell.append(piece)
        elif color:
            cell.append(piece, style=CHANGED_STYLE)
        else:
            cell.append(f"*{piece}*")


def _groups_caption(result: CompareResult) -> str:
    counts = Counter(g.status for g in result.groups)
    parts = [f"{counts[s]} {s}" for s in ("conflict", "variant", "agree", "single") if counts[s]]
    return f"{len(result.groups)} groups" + (f": {', '.join(parts)}" if parts else "")


def render_table(result: ExtractResult, out: TextIO, color: bool, width: int | None = None) -> None:
    console = Console(file=out, width=width, force_terminal=color, no_color=not color,
                      color_system="auto" if color else None, highlight=False, emoji=False,
                      markup=False)
    if isinstance(result, CompareResult):
        console.print(groups_table(result, color))
    else:
        console.print(claims_table(result, color))
