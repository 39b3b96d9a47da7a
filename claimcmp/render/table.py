"""Rich tables for the terminal: claims (extract) and groups (compare)."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcmp.models import Claim, CompareResult, ExtractResult, Group

STATUS_STYLE = {"conflict": "bold red", "variant": "yellow", "agree": "green", "single": "dim"}
_KIND_STYLE = {"direct": "cyan", "partial": "cyan", "unmarked": "magenta", "indirect": "blue",
               "fragment": "dim"}


def _speaker(claim: Claim) -> str:
    if claim.speaker is None:
        return "?"
    return claim.speaker.name or claim.speaker.mention


def claims_table(result: ExtractResult) -> Table:
    table = Table(show_lines=False, expand=True)
    table.add_column("article", overflow="fold", ratio=1)
    table.add_column("speaker", overflow="fold", ratio=2)
    table.add_column("cue", overflow="fold", ratio=1)
    table.add_column("kind", ratio=1)
    table.add_column("quote / claim", overflow="fold", ratio=5)
    for c in result.claims:
        via = f" (via {', '.join(c.via)})" if c.via else ""
        table.add_row(c.article, _speaker(c) + via, c.cue or "", Text(c.kind, style=_KIND_STYLE[c.kind]), c.text)
    return table


def groups_table(result: CompareResult) -> Table:
    claims = {c.id: c for c in result.claims}
    outlets = _outlet_columns(result)
    table = Table(show_lines=True, expand=True)
    table.add_column("status", ratio=1)
    table.add_column("speaker", overflow="fold", ratio=1)
    for name in outlets:
        table.add_column(name, overflow="fold", ratio=3)
    for group in result.groups:
        cells = _outlet_cells(group, claims, result, outlets)
        status = Text(group.status, style=STATUS_STYLE[group.status])
        if group.reasons:
            status.append("\n" + "; ".join(group.reasons), style="red")
        table.add_row(status, group.speaker or "?", *cells)
    return table


def _outlet_columns(result: CompareResult) -> list[str]:
    return [a.outlet or a.id for a in result.articles]


def _outlet_cells(group: Group, claims: dict[str, Claim], result: CompareResult, outlets: list[str]) -> list[Text]:
    by_article = {a.id: (a.outlet or a.id) for a in result.articles}
    cells = {name: Text() for name in outlets}
    versions = {v.claim: v for v in group.versions}
    for cid in group.claims:
        claim = claims[cid]
        cell = cells[by_article[claim.article]]
        if cell.plain:
            cell.append("\n")
        version = versions.get(cid)
        if version is None or not version.diff:
            cell.append(claim.text)
            continue
        for step in version.diff:
            if step.op == "equal":
                cell.append(step.b + " ")
            elif step.b:
                cell.append(step.b + " ", style="bold yellow")
    return [cells[name] for name in outlets]


def render_table(result: ExtractResult, out: TextIO, color: bool, width: int | None = None) -> None:
    console = Console(file=out, width=width, force_terminal=color, no_color=not color,
                      color_system="auto" if color else None, highlight=False)
    if isinstance(result, CompareResult):
        console.print(groups_table(result))
    else:
        console.print(claims_table(result))
