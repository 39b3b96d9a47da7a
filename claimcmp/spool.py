"""Where a run's claims and groups wait until they are written: a temporary folder of spans.

A batch of 10,000 articles makes ~250 MB of claim objects and as much again of groups;
the orchestration (orchestration.py) puts each article's claims and each event's groups
here as soon as they are made, in the form the output needs (JSON items, JSON Lines, or
pickled objects for the renderers that work on objects), and keeps only where each lies.
`SpooledResult` writes them out in output order, or loads them back as one result.

Infrastructure: this module stores and writes what the stages made; it runs no stage.
"""

from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Literal, TextIO

from claimcmp.errors import InputError
from claimcmp.models import ArticleInfo, Claim, CompareResult, Event, ExtractResult, Group, Problem
from claimcmp.render.json_stream import write_json

Span = tuple[int, int]  # (offset, length) of a piece in a spool file
# json: JSON items; jsonl: JSON Lines; objects: pickled models, for `load` (tables, CSV, Markdown)
SpoolFormat = Literal["json", "jsonl", "objects"]
SPOOL_FORMATS: tuple[SpoolFormat, ...] = ("json", "jsonl")  # the formats written straight from the spool
NOTHING: Span = (0, 0)
_TICK_EVERY = 100  # pieces written between two reports to the progress bar


@dataclass(slots=True)
class GroupEntry:  # one per group of the run (tens of thousands): slots, no __dict__
    status: int
    size: int
    id: str  # as compare_event named it, until its place in the output gives it "g<n>"
    span: Span | None  # None: a group the filters hide (it still takes its number)
    event: str = ""

    def order(self) -> tuple[int, int, str]:
        return (self.status, -self.size, self.id)  # conflicts first, then larger groups


@dataclass
class SpooledResult:
    """An extract or compare result whose claims and groups wait in a temporary folder.

    Close it (or use it as a context manager) to delete the folder.
    """

    articles: list[ArticleInfo]
    problems: list[Problem]
    compare: bool  # a compare result (events, groups), else an extract one
    fmt: SpoolFormat = "json"  # what the spooled pieces are written in
    events: list[Event] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    folder: tempfile.TemporaryDirectory[str] | None = None
    claims: list[Span] = field(default_factory=list)  # each article's claims, in article order
    groups: list[GroupEntry] = field(default_factory=list)
    contexts: list[Span] = field(default_factory=list)  # each article's claim contexts, if kept
    # hears ("writing", pieces written, pieces in all) as the result is written: articles' claims, groups
    progress: Callable[[str, int, int], None] | None = None
    _written: int = 0
    _total: int = 0

    def load_contexts(self, claim_ids: set[str]) -> dict[str, tuple[str, str]]:
        """The (before, after) paragraph context of the claims named, where it was kept."""
        out: dict[str, tuple[str, str]] = {}
        with self._open("contexts") as spool:
            for span in self.contexts:
                if span[1]:
                    found: dict[str, tuple[str, str]] = pickle.loads(read(spool, span))
                    out.update((cid, ctx) for cid, ctx in found.items() if cid in claim_ids)
        return out

    def write(self, out: TextIO) -> None:
        """Write the result as `--format json` or `--format jsonl` does, whichever it was spooled for."""
        if self.fmt == "json":
            self.write_json(out)
            out.write("\n")
        elif self.fmt == "objects":
            raise ValueError("this result was spooled as objects: load() it and render that")
        elif self.compare:  # a group a line, with its claims
            self._will_write(claims=False, groups=True)
            with self._open("groups") as groups:
                out.writelines(self._group_items(groups))
        else:  # a claim a line
            self._will_write(claims=True, groups=False)
            with self._open("claims") as claims:
                out.writelines(self._claim_items(claims))

    def write_per_event(self, folder: Path) -> None:
        """Write a compare result spooled for JSON Lines as a folder: `events.jsonl` (an event a
        line: id, label, articles) and `<event>.jsonl` for each event with groups shown (its
        groups, a line each, numbered and ordered as in the whole output)."""
        if self.fmt != "jsonl" or not self.compare:
            raise ValueError("only a compare result spooled for jsonl is written per event")
        numbered: dict[str, list[tuple[int, GroupEntry]]] = {}
        for n, entry in self._shown():
            numbered.setdefault(entry.event, []).append((n, entry))
        with open(folder / "events.jsonl", "w", encoding="utf-8") as index:
            for event in self.events:
                index.write(event.model_dump_json() + "\n")
        self._will_write(claims=False, groups=True)
        with self._open("groups") as groups:
            for event in self.events:
                if event.id not in numbered:
                    continue
                with open(folder / f"{event.id}.jsonl", "w", encoding="utf-8") as out:
                    for n, entry in numbered[event.id]:
                        self._tick()
                        out.write(self._group_text(groups, entry, n))

    def write_json(self, out: TextIO) -> None:
        """Write the result as `--format json` does (without the final line break)."""
        if self.fmt != "json":
            raise ValueError(f"this result was spooled for {self.fmt}, not json")
        self._will_write(claims=True, groups=self.compare)
        if not self.compare:
            frame = ExtractResult.trusted(articles=self.articles, claims=[], problems=self.problems)
            with self._open("claims") as claims:
                write_json(frame, out, {"claims": self._claim_items(claims)})
            return
        frame = CompareResult.trusted(
            articles=self.articles, claims=[], problems=self.problems, events=self.events, groups=[]
        )
        with self._open("claims") as claims, self._open("groups") as groups:
            pieces = {"claims": self._claim_items(claims), "groups": self._group_items(groups)}
            write_json(frame, out, pieces)

    def load(self) -> ExtractResult | CompareResult:
        """The whole result as objects (spooled as "objects"), groups numbered in output order."""
        if self.fmt != "objects":
            raise ValueError(f"this result was spooled for {self.fmt}, not as objects")
        with self._open("claims") as spool:
            claims: list[Claim] = [
                c for span in self.claims if span[1] for c in pickle.loads(read(spool, span))
            ]
        if not self.compare:
            return ExtractResult.trusted(articles=self.articles, claims=claims, problems=self.problems)
        groups = [group for group, _ in self.iter_groups()]
        return CompareResult.trusted(
            articles=self.articles, claims=claims, problems=self.problems, events=self.events, groups=groups
        )

    def iter_groups(self) -> Iterator[tuple[Group, list[Claim]]]:
        """The groups shown, in output order and numbered so, each with its claims, read one at a
        time (spooled as "objects"): CSV and Markdown are written this way, in bounded memory."""
        if self.fmt != "objects" or not self.compare:
            raise ValueError("only a compare result spooled as objects has groups to read one by one")
        self._will_write(claims=False, groups=True)
        with self._open("groups") as spool:
            for n, entry in self._shown():
                group, claims = pickle.loads(read(spool, entry.span or NOTHING))
                group.id = f"g{n}"
                self._tick()
                yield group, claims

    def has_conflict(self) -> bool:
        return self.statuses["conflict"] > 0

    def close(self) -> None:
        if self.folder is not None:
            self.folder.cleanup()
            self.folder = None

    def __enter__(self) -> SpooledResult:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def path(self, name: str) -> Path:
        if self.folder is None:
            raise ValueError("this spooled result was closed: nothing is left to write")
        return Path(self.folder.name) / name

    def _open(self, name: str) -> BinaryIO:
        return open(self.path(name), "rb")

    def _claim_items(self, spool: BinaryIO) -> Iterator[str]:
        for span in self.claims:
            self._tick()
            if span[1]:
                yield read(spool, span).decode("utf-8")

    def _group_items(self, spool: BinaryIO) -> Iterator[str]:
        for n, entry in self._shown():
            self._tick()
            yield self._group_text(spool, entry, n)

    def _shown(self) -> Iterator[tuple[int, GroupEntry]]:
        """The groups shown, in output order, each with its number: hidden groups take theirs too."""
        for n, entry in enumerate(sorted(self.groups, key=GroupEntry.order), 1):
            if entry.span is not None:
                yield n, entry

    def _tick(self) -> None:
        """One more piece written (an article's claims, a group): the progress bar hears of it."""
        self._written += 1
        if self.progress is not None and (self._written % _TICK_EVERY == 0 or self._written == self._total):
            self.progress("writing", self._written, self._total)

    def _will_write(self, claims: bool, groups: bool) -> None:
        """Start counting pieces for the progress bar: the articles' claims, the groups shown, or both."""
        self._written = 0
        self._total = (len(self.claims) if claims else 0) + (
            sum(1 for e in self.groups if e.span is not None) if groups else 0
        )

    @staticmethod
    def _group_text(spool: BinaryIO, entry: GroupEntry, n: int) -> str:
        text = read(spool, entry.span or NOTHING).decode("utf-8")
        return text.replace(f'"id": "{entry.id}"', f'"id": "g{n}"', 1)  # id is the first field, in both


def new_folder() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for one run's spool, or an `InputError` that says where there is no room."""
    try:
        return tempfile.TemporaryDirectory(prefix="claimcmp-")
    except OSError as exc:
        raise spool_error(exc) from exc


def spool_error(exc: OSError) -> InputError:
    where = tempfile.gettempdir()
    return InputError(
        f"cannot keep temporary files in {where}: {exc.strerror or exc} (set TMPDIR to a folder with room)"
    )


def append(spool: BinaryIO, data: bytes) -> Span:
    offset = spool.tell()
    spool.write(data)
    return (offset, len(data))


def read(spool: BinaryIO, span: Span) -> bytes:
    spool.seek(span[0])
    return spool.read(span[1])
