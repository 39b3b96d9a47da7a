"""Rich tables of compare groups, readable at 80 columns.

Groups reported by several outlets get a column per outlet, holding that
outlet's wording; consecutive groups from the same outlets share a table, so
each table has only the columns its groups fill. Groups from one outlet
(status single), and groups from more outlets than columns fit in the
terminal, are stacked instead: a row per version, with outlet and wording.

Tables are made and printed a run of groups at a time (at most `RUN_GROUPS` groups a table),
from groups read one by one, so a result of any size is printed in bounded memory.

The words where a version differs from its group's reference are bold
yellow on a colour terminal and *starred* in plain text; a version's score
against the reference follows it in brackets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rich import box
from rich.table import Table
from rich.text import Text

from claimcmp.models import ArticleInfo, Claim, Group, WordDiff
from claimcmp.render.common import article_labels, highlight, truncate

STATUS_STYLE = {"conflict": "bold red", "variant": "yellow", "agree": "green", "single": "dim"}
CHANGED_STYLE = "bold yellow"
_FIRST = "group"
_MIN_COLUMN = 20  # narrowest outlet column worth reading
RUN_GROUPS = 100  # groups a table holds at most: rich keeps a table's rows until it is printed

Shown = tuple[Group, list[Claim]]  # a group with its claims


class _Context:
    """What every table of one result needs: article labels and order, colour."""

    def __init__(self, articles: Sequence[ArticleInfo], color: bool, width: int) -> None:
        self.max_columns = max(2, (width - 16) // _MIN_COLUMN)
        self.labels = article_labels(articles, width=24)
        self.order = {a.id: n for n, a in enumerate(articles)}
        self.color = color

    def style(self, style: str) -> str:
        return style if self.color else ""

    def articles_of(self, claims: list[Claim]) -> tuple[str, ...]:
        return tuple(sorted({c.article for c in claims}, key=lambda a: self.order.get(a, 0)))


def group_tables(
    groups: Iterable[Shown], articles: Sequence[ArticleInfo], color: bool, width: int = 80
) -> Iterator[Table]:
    """The tables that show the groups (each with its claims), in the groups' order, for a
    terminal this wide; made one at a time as the groups are read."""
    ctx = _Context(articles, color, width)
    for shared, run in _runs(groups, ctx):
        yield _outlets_table(shared, run, ctx) if shared else _stacked_table(run, ctx)


def _runs(groups: Iterable[Shown], ctx: _Context) -> Iterator[tuple[tuple[str, ...], list[Shown]]]:
    """Consecutive groups with the same articles, up to `RUN_GROUPS`; () for groups to stack
    (one article, or more than fit side by side), which all count as the same."""
    key: tuple[str, ...] | None = None
    run: list[Shown] = []
    for group, claims in groups:
        articles = ctx.articles_of(claims)
        this = articles if 1 < len(articles) <= ctx.max_columns else ()
        if run and (this != key or len(run) == RUN_GROUPS):
            yield key or (), run
            run = []
        key = this
        run.append((group, claims))
    if run:
        yield key or (), run


def _new_table(*columns: str, ratios: Sequence[int]) -> Table:
    table = Table(box=box.HORIZONTALS, show_lines=True, expand=True, pad_edge=False)
    for name, ratio in zip(columns, ratios, strict=True):
        table.add_column(name, overflow="fold", ratio=ratio)
    return table


def _outlets_table(articles: tuple[str, ...], groups: list[Shown], ctx: _Context) -> Table:
    names = [ctx.labels.get(a, a) for a in articles]
    first = 3 if any(g.reasons for g, _ in groups) else 2  # reasons need room to be read
    table = _new_table(_FIRST, *names, ratios=[first] + [5] * len(names))
    for group, claims in groups:
        cells = {a: Text() for a in articles}
        for claim in claims:
            _add_version(cells[claim.article], group, claim, ctx)
        table.add_row(_group_cell(group, ctx), *(cells[a] for a in articles))
    return table


def _stacked_table(groups: list[Shown], ctx: _Context) -> Table:
    """A row per version: the group's cell on its first row, a rule after its last."""
    table = Table(box=box.HORIZONTALS, expand=True, pad_edge=False)
    table.add_column(_FIRST, overflow="fold", ratio=2)
    table.add_column("outlet", overflow="fold", max_width=16)  # as wide as its labels, up to 16
    table.add_column("wording", overflow="fold", ratio=6)
    for group, claims in groups:
        for n, claim in enumerate(claims):
            cell = Text()
            _add_version(cell, group, claim, ctx)
            table.add_row(
                _group_cell(group, ctx) if n == 0 else "",
                ctx.labels.get(claim.article, claim.article),
                cell,
                end_section=n == len(claims) - 1,
            )
    return table


def _group_cell(group: Group, ctx: _Context) -> Text:
    cell = Text(group.status, style=ctx.style(STATUS_STYLE[group.status]))
    cell.append("\n" + truncate(group.speaker or "?", 40), style=ctx.style("bold"))
    for reason in group.reasons:
        cell.append("\n" + reason, style=ctx.style("red"))
    for note in group.notes:
        cell.append("\n" + note, style=ctx.style("dim"))
    return cell


def _add_version(cell: Text, group: Group, claim: Claim, ctx: _Context) -> None:
    if cell.plain:
        cell.append("\n\n")
    version = next((v for v in group.versions if v.claim == claim.id), None)
    compared = version is not None and claim.id != group.reference
    _append_highlighted(cell, claim.text, version.diff if version and compared else [], ctx)
    if version is not None and compared:
        cell.append(f" ({version.score:.0f})", style=ctx.style("dim"))


def _append_highlighted(cell: Text, text: str, diff: Sequence[WordDiff], ctx: _Context) -> None:
    for piece, changed in highlight(text, diff):
        if not changed:
            cell.append(piece)
        elif ctx.color:
            cell.append(piece, style=CHANGED_STYLE)
        else:
            cell.append(f"*{piece}*")
