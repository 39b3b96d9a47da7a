"""Extract or compare a batch without holding all its claims and groups in memory (JSON output).

`extract_articles` and `compare_articles` return one result object; at 10,000 articles
its claims take about 250 MB and compare's groups as much again. `spool_extract` and
`spool_compare` run the same stages with the same functions, but each article's claims
and each event's groups go to a temporary folder as soon as they are made, as JSON text,
and only where each piece lies is kept. `SpooledResult.write_json` then writes what
`write_json` of the in-memory result would write, byte for byte.

Extraction runs per article in the workers, which return the claims as JSON text. Compare's
stages, and where they run:

1. per article, in the workers: claims (pickled straight to the spool by this process),
   the article's word counts for event detection, and its speakers;
2. here: events from the word counts, and one name per speaker across articles;
3. per event, in the workers: the event's claims read back from the spool, renamed,
   aligned and compared; the claims and groups come back as JSON text;
4. here, when written: claims in article order and groups in output order, read back.

JSON and JSON Lines are written this way (each piece is made in the format asked for,
after the filters, which decide group by group); tables, CSV and Markdown work on the
objects.
"""

from __future__ import annotations

import json
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Literal, TextIO

from claimcmp.align import SemanticScorer
from claimcmp.compare import STATUS_ORDER, compare_event, rename_speakers
from claimcmp.errors import InputError
from claimcmp.events import Vocabulary, features, group_events, word_counts
from claimcmp.extract import extract_claims, extract_statements
from claimcmp.filters import GroupFilter
from claimcmp.identities import SpeakerUse, speaker_uses, unify_speakers
from claimcmp.models import Article, ArticleInfo, Claim, CompareResult, Event, ExtractResult, Problem
from claimcmp.parallel import Workers
from claimcmp.pipeline import article_info
from claimcmp.render.flat import group_line
from claimcmp.render.json_stream import json_item, write_json

Span = tuple[int, int]  # (offset, length) of a piece in a spool file
SpoolFormat = Literal["json", "jsonl"]
SPOOL_FORMATS: tuple[SpoolFormat, ...] = ("json", "jsonl")
_NOTHING: Span = (0, 0)


@dataclass
class _GroupEntry:
    status: int
    size: int
    id: str  # as compare_event named it, until its place in the output gives it "g<n>"
    span: Span | None  # None: a group the filters hide (it still takes its number)

    def order(self) -> tuple[int, int, str]:
        return (self.status, -self.size, self.id)  # compare_articles' order


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
    _claims: list[Span] = field(default_factory=list)  # each article's claims, as JSON items or lines
    _groups: list[_GroupEntry] = field(default_factory=list)

    def write(self, out: TextIO) -> None:
        """Write the result as `--format json` or `--format jsonl` does, whichever it was spooled for."""
        if self.fmt == "json":
            self.write_json(out)
            out.write("\n")
        elif self.compare:  # a group a line, with its claims
            with self._open("groups") as groups:
                out.writelines(self._group_items(groups))
        else:  # a claim a line
            with self._open("claims") as claims:
                out.writelines(self._claim_items(claims))

    def write_json(self, out: TextIO) -> None:
        """Write the result as `--format json` does (without the final line break)."""
        if self.fmt != "json":
            raise ValueError(f"this result was spooled for {self.fmt}, not json")
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

    def _open(self, name: str) -> BinaryIO:
        if self.folder is None:
            raise ValueError("this spooled result was closed: nothing is left to write")
        return open(Path(self.folder.name) / name, "rb")

    def _claim_items(self, spool: BinaryIO) -> Iterator[str]:
        for span in self._claims:
            if span[1]:
                yield _read(spool, span).decode("utf-8")

    def _group_items(self, spool: BinaryIO) -> Iterator[str]:
        for n, entry in enumerate(sorted(self._groups, key=_GroupEntry.order), 1):
            if entry.span is None:
                continue
            text = _read(spool, entry.span).decode("utf-8")
            yield text.replace(f'"id": "{entry.id}"', f'"id": "g{n}"', 1)  # id is the first field, in both


def spool_extract(
    articles: list[Article],
    problems: Sequence[Problem] = (),
    *,
    release: bool = False,
    fmt: SpoolFormat = "json",
) -> SpooledResult:
    """`extract_articles`, with the claims kept in a temporary folder (see the module).

    `release` empties `articles` as they are handed to extraction (the caller gives the
    list up), so that their texts are not all held until the end. `fmt` is the format the
    result will be written in: "json" or "jsonl".
    """
    result = SpooledResult([], list(problems), compare=False, fmt=fmt)
    return _spooled(result, partial(_extract_all, articles, release=release))


def spool_compare(
    articles: list[Article],
    problems: Sequence[Problem] = (),
    *,
    one_event: bool = False,
    min_score: float = 0.0,
    semantic: SemanticScorer | None = None,
    release: bool = False,
    fmt: SpoolFormat = "json",
    shown: GroupFilter | None = None,
) -> SpooledResult:
    """`compare_articles`, with claims and groups kept in a temporary folder (see the module).

    `release` and `fmt`: as for `spool_extract`. `shown` filters the groups written, as
    `apply_filters` does; `min_score` is compare's own alignment floor, not that filter.
    """
    run = partial(
        _compare_all,
        articles,
        release=release,
        one_event=one_event,
        min_score=min_score,
        semantic=semantic,
        shown=shown or GroupFilter(),
    )
    return _spooled(SpooledResult([], list(problems), compare=True, fmt=fmt), run)


def _spooled(result: SpooledResult, run: Callable[[SpooledResult, Path], None]) -> SpooledResult:
    """`run(result, folder)` with a new temporary folder, which goes with the result on any error."""
    try:
        result.folder = tempfile.TemporaryDirectory(prefix="claimcmp-")
    except OSError as exc:
        raise _spool_error(exc) from exc
    try:
        run(result, Path(result.folder.name))
    except OSError as exc:  # the only files touched are the spool's
        result.close()
        raise _spool_error(exc) from exc
    except BaseException:
        result.close()
        raise
    return result


def _spool_error(exc: OSError) -> InputError:
    where = tempfile.gettempdir()
    return InputError(
        f"cannot keep temporary files in {where}: {exc.strerror or exc} (set TMPDIR to a folder with room)"
    )


def _extract_all(articles: list[Article], result: SpooledResult, folder: Path, *, release: bool) -> None:
    spans = []
    with Workers(len(articles)) as workers, open(folder / "claims", "wb") as spool:
        handed = _hand_over(articles, result.articles, release)
        task = partial(_extract_text, fmt=result.fmt)
        for n, (text, found) in enumerate(workers.imap(task, handed, len(articles))):
            spans.append(_append(spool, text.encode("utf-8")))
            result.articles[n].claims = found  # made when the article was handed over
    result._claims = spans


def _extract_text(article: Article, fmt: SpoolFormat) -> tuple[str, int]:
    """An article's claims as JSON items (joined by commas) or as JSON Lines, and how many."""
    claims = extract_claims(article)
    if fmt == "json":
        return ",".join(json_item(c) for c in claims), len(claims)
    return "".join(c.model_dump_json() + "\n" for c in claims), len(claims)


def _compare_all(
    articles: list[Article],
    result: SpooledResult,
    folder: Path,
    *,
    release: bool,
    one_event: bool,
    min_score: float,
    semantic: SemanticScorer | None,
    shown: GroupFilter,
) -> None:
    infos = result.articles  # what later stages need of each article: all but its text
    pickled: list[Span] = []
    vocabulary = Vocabulary()
    docs = []
    uses: Counter[SpeakerUse] = Counter()
    with Workers(len(articles)) as workers:
        with open(folder / "pickled", "wb") as spool:
            handed = _hand_over(articles, infos, release)
            extracted = workers.imap(_extract_for_compare, handed, len(articles))
            for n, (claims, words, used, found) in enumerate(extracted):  # in article order
                pickled.append(_append(spool, claims))
                infos[n].claims = found  # made when the article was handed over
                docs.append(features(words, vocabulary))
                uses.update(used)
        ids = [info.id for info in infos]
        result.events = group_events(ids, [info.published for info in infos], docs, vocabulary, one_event)
        del docs, vocabulary
        event_of = {aid: ev.id for ev in result.events for aid in ev.articles}
        names = unify_speakers(uses, event_of)
        work = _event_work(
            infos, result.events, event_of, pickled=pickled, uses=uses, names=names, folder=folder
        )
        del uses, names
        claim_spans: dict[str, Span] = {}
        task = partial(_compare_event, fmt=result.fmt, min_score=min_score, semantic=semantic, shown=shown)
        with open(folder / "claims", "wb") as claims_out, open(folder / "groups", "wb") as groups_out:
            results = workers.imap(task, work, len(work), in_process=semantic is not None)
            for one, (claim_texts, groups) in zip(work, results, strict=True):
                for (aid, _), listed in zip(one.articles, claim_texts, strict=True):
                    claim_spans[aid] = _append(claims_out, listed.encode("utf-8"))
                for status, size, gid, shown_as in groups:
                    span = None if shown_as is None else _append(groups_out, shown_as.encode("utf-8"))
                    result._groups.append(_GroupEntry(STATUS_ORDER[status], size, gid, span))
                    if shown_as is not None:
                        result.statuses[status] += 1  # of the groups shown
    result._claims = [claim_spans.get(aid, _NOTHING) for aid in ids]
    for info in infos:
        info.event = event_of.get(info.id)


def _hand_over(articles: list[Article], infos: list[ArticleInfo], release: bool) -> Iterator[Article]:
    """Each article in turn, its `ArticleInfo` noted first; with `release`, dropped from the list."""
    if release:
        articles.reverse()
    for n in range(len(articles)):
        article = articles.pop() if release else articles[n]
        infos.append(article_info(article, 0))
        yield article


def _extract_for_compare(article: Article) -> tuple[bytes, Counter[str], Counter[SpeakerUse], int]:
    """An article's claims, pickled for the spool, and what the later stages need of it here."""
    claims = extract_statements(article)
    return (
        pickle.dumps(claims, pickle.HIGHEST_PROTOCOL),
        word_counts(article.text),
        speaker_uses(claims),
        len(claims),
    )


@dataclass
class _EventWork:
    """What a worker needs to compare one event: where its articles' claims lie, and their names."""

    event: str
    articles: list[tuple[str, Span]]  # in article order
    outlet_of: dict[str, str | None]
    names: dict[str, str]  # the one name of each speaker named in the event
    spool: str


def _event_work(
    articles: Sequence[ArticleInfo],
    events: list[Event],
    event_of: dict[str, str],
    *,
    pickled: list[Span],
    uses: Counter[SpeakerUse],
    names: dict[str, str],
    folder: Path,
) -> list[_EventWork]:
    index = {a.id: i for i, a in enumerate(articles)}
    names_in: dict[str, dict[str, str]] = {ev.id: {} for ev in events}
    for use in uses:
        if use.name in names:
            names_in[event_of[use.article]][use.name] = names[use.name]
    work = [
        _EventWork(
            event=ev.id,
            articles=[(aid, pickled[index[aid]]) for aid in ev.articles],
            outlet_of={aid: articles[index[aid]].outlet for aid in ev.articles},
            names=names_in[ev.id],
            spool=str(folder / "pickled"),
        )
        for ev in events
    ]
    size = {ev.id: sum(articles[index[aid]].claims for aid in ev.articles) for ev in events}
    return sorted(work, key=lambda w: -size[w.event])  # largest first: the workers end level


def _compare_event(
    work: _EventWork, fmt: SpoolFormat, min_score: float, semantic: SemanticScorer | None, shown: GroupFilter
) -> tuple[list[str], list[tuple[str, int, str, str | None]]]:
    """One event compared: its articles' claims as JSON items, and its groups as (status, size, id,
    text). The text is a JSON item, or for JSON Lines a line holding the group's claims; it is
    None for a group the filters hide, which keeps its place in the numbering. With filters, only
    the claims of the groups shown are listed, as `apply_filters` does."""
    with open(work.spool, "rb") as spool:
        found: list[list[Claim]] = [pickle.loads(_read(spool, span)) for _, span in work.articles]
    claims = [c for article in found for c in article]
    rename_speakers(claims, work.names)
    groups = compare_event(claims, work.event, work.outlet_of, min_score=min_score, semantic=semantic)
    by_id = {c.id: c for c in claims}
    entries: list[tuple[str, int, str, str | None]] = []
    listed: set[str] = set()
    for g in groups:
        group = shown.apply(g)
        if group is None:
            text = None
        elif fmt == "json":
            text = json_item(group)
        else:
            text = json.dumps(group_line(group, by_id, work.outlet_of), ensure_ascii=False) + "\n"
        entries.append((g.status, len(g.claims), g.id, text))  # numbered as compare_articles numbers them
        if group is not None:
            listed.update(group.claims)
    if fmt != "json":
        return [""] * len(found), entries
    if shown.active():
        found = [[c for c in article if c.id in listed] for article in found]
    return [",".join(json_item(c) for c in article) for article in found], entries


def _append(spool: BinaryIO, data: bytes) -> Span:
    offset = spool.tell()
    spool.write(data)
    return (offset, len(data))


def _read(spool: BinaryIO, span: Span) -> bytes:
    spool.seek(span[0])
    return spool.read(span[1])
