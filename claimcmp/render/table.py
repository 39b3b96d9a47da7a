"""Rich tables for the terminal, readable at 80 columns: claims (extract) and groups (compare).

Articles are shown by short labels (outlet, else a short id). The compare
tables are drawn by `compare_table`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcmp.models import ArticleInfo, CompareResult, ExtractResult
from claimcmp.render.common import article_labels, claims_summary, speaker_label, status_summary
from claimcmp.render.compare_table import Shown, group_tables

WIDE = 110  # terminal columns from which extract shows cue and kind in columns of their own
KIND_STYLE = {
    "direct": "cyan",
    "partial": "cyan",
    "unmarked": "magenta",
    "indirect": "blue",
    "act": "blue",
    "fragment": "dim",
}


def claims_table(result: ExtractResult, color: bool, wide: bool = False) -> Table:
    """One row per claim: five columns when wide, else three (article over kind,
    speaker over cue, quote) so the quote keeps half of an 80-column terminal."""
    labels = article_labels(result.articles, width=12)
    table = Table(
        box=box.SIMPLE_HEAD,
        expand=True,
        leading=1,
        pad_edge=False,
        caption=_claims_caption(result),
        caption_justify="left",
    )
    if wide:
        _wide_columns(table)
    else:
        _narrow_columns(table)
    for claim in result.claims:
        kind = Text(claim.kind, style=KIND_STYLE[claim.kind] if color else "")
        article, speaker = labels.get(claim.article, claim.article), speaker_label(claim)
        if wide:
            table.add_row(article, speaker, claim.cue or "", kind, claim.text)
        else:
            cue = Text(claim.cue or "", style="dim" if color else "")
            table.add_row(Text(article + "\n").append(kind), Text(speaker + "\n").append(cue), claim.text)
    return table


def _wide_columns(table: Table) -> None:
    table.add_column("article", overflow="fold", max_width=12)
    table.add_column("speaker", overflow="fold", max_width=24)
    table.add_column("cue", overflow="fold", max_width=14)
    table.add_column("kind", no_wrap=True, width=8)
    table.add_column("quote / claim", overflow="fold", ratio=1)


def _narrow_columns(table: Table) -> None:
    table.add_column("article\nkind", overflow="fold", max_width=12)
    table.add_column("speaker\ncue", overflow="fold", ratio=1, width=12)
    table.add_column("quote / claim", overflow="fold", ratio=3)


def _claims_caption(result: ExtractResult) -> str:
    return claims_summary(len(result.claims), len(result.articles))


class _Console(Console):
    def on_broken_pipe(self) -> None:
        raise BrokenPipeError  # the CLI stops quietly; rich would exit 1, our "conflicts" code


def render_table(result: ExtractResult, out: TextIO, color: bool, width: int | None = None) -> None:
    if isinstance(result, CompareResult):
        by_id = {c.id: c for c in result.claims}
        shown = ((g, [by_id[c] for c in g.claims if c in by_id]) for g in result.groups)
        statuses = [g.status for g in result.groups]
        write_compare_table(result.articles, statuses, shown, out, color, width=width)
        return
    console = _console(out, color, width)
    console.print(claims_table(result, color, wide=console.width >= WIDE))


def write_compare_table(
    articles: Sequence[ArticleInfo],
    statuses: Sequence[str],
    groups: Iterable[Shown],
    out: TextIO,
    color: bool,
    *,
    width: int | None = None,
) -> None:
    """The compare tables, printed as the groups (each with its claims, in output order) are
    read, and the status summary (`statuses`: of every group shown)."""
    console = _console(out, color, width)
    for table in group_tables(groups, articles, color, console.width):
        console.print(table)
        console.line()
    console.print(status_summary(statuses))


def _console(out: TextIO, color: bool, width: int | None) -> Console:
    return _Console(
        file=out,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
    )
