"""The one run of the stages over a batch, for every output format.

Stages are pure functions over models (extract.py, events.py, identities.py, compare.py);
this module feeds them through an executor (executors.py) and puts what they make in a
spool (spool.py) as it arrives, so a batch never has all its claims and groups in memory:

1. per article, on the workers: claims (pickled to the spool here), the article's word
   counts for event detection, and its speakers;
2. here: events from the word counts, and one name per speaker across articles;
3. per event, on the workers: the event's claims read back, renamed, aligned and compared,
   then filtered (`GroupFilter`), and made into what the output needs — JSON items, JSON
   Lines, or pickled objects for the renderers that work on objects (table, CSV, Markdown);
4. `SpooledResult` writes them, or loads them, in output order.

Extraction alone is step 1 with the claims in the output's form.

`progress(stage, done, total)` hears of every stage: extracting, events, comparing.
"""

from __future__ import annotations

import json
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from claimcmp.align import SemanticScorer
from claimcmp.compare import STATUS_ORDER, compare_event, rename_speakers
from claimcmp.context import claim_contexts
from claimcmp.events import Vocabulary, features, group_events, word_counts
from claimcmp.executors import LOCAL, ExecutorChoice
from claimcmp.extract import extract_claims, extract_statements
from claimcmp.filters import GroupFilter
from claimcmp.identities import SpeakerUse, speaker_uses, unify_speakers
from claimcmp.memory import release_freed_memory
from claimcmp.models import Article, ArticleInfo, Claim, Event, Problem
from claimcmp.render.flat import group_line
from claimcmp.render.json_stream import json_item
from claimcmp.spool import (
    NOTHING,
    GroupEntry,
    Span,
    SpooledResult,
    SpoolFormat,
    append,
    new_folder,
    read,
    spool_error,
)

StageProgress = Callable[[str, int, int], None]
_TRIM_EVERY = 1000  # articles between two hand-backs of freed memory (a few milliseconds each)


def spool_extract(
    articles: Iterable[Article],
    problems: Sequence[Problem] = (),
    *,
    count: int | None = None,
    fmt: SpoolFormat = "json",
    executor: ExecutorChoice = LOCAL,
    progress: StageProgress | None = None,
) -> SpooledResult:
    """Every article's claims, kept in a temporary folder in the form `fmt` names.

    `articles` may be a stream (`ingest.stream_articles`), taken only as workers need them,
    so their texts are never all held; `count` is how many to expect (default: `len`), and
    `problems` may still grow as the stream is read (a list: what it holds at the end is kept).
    """
    result = SpooledResult([], [], compare=False, fmt=fmt)
    expected = _count(articles, count)
    run = partial(_extract_all, articles, count=expected, executor=executor, progress=progress)
    return _spooled(result, run, problems)


def spool_compare(
    articles: Iterable[Article],
    problems: Sequence[Problem] = (),
    *,
    count: int | None = None,
    one_event: bool = False,
    min_score: float = 0.0,
    semantic: SemanticScorer | None = None,
    fmt: SpoolFormat = "json",
    shown: GroupFilter | None = None,
    executor: ExecutorChoice = LOCAL,
    progress: StageProgress | None = None,
    contexts: bool = False,
) -> SpooledResult:
    """Extract, find events, unify speakers, align and compare; the groups `shown` lets through
    and their claims kept in a temporary folder. `min_score` is compare's own alignment floor,
    not the filter's. `contexts` keeps each claim's paragraph context too (`load_contexts`).
    `articles`, `count` and `problems` as for `spool_extract`."""
    run = partial(
        _compare_all,
        articles,
        count=_count(articles, count),
        one_event=one_event,
        min_score=min_score,
        semantic=semantic,
        shown=shown or GroupFilter(),
        executor=executor,
        progress=progress,
        contexts=contexts,
    )
    return _spooled(SpooledResult([], [], compare=True, fmt=fmt), run, problems)


def _count(articles: Iterable[Article], count: int | None) -> int:
    if count is not None:
        return count
    if isinstance(articles, Sized):
        return len(articles)
    raise TypeError("a stream of articles needs a count")


def _spooled(
    result: SpooledResult, run: Callable[[SpooledResult, Path], None], problems: Sequence[Problem]
) -> SpooledResult:
    """`run(result, folder)` with a new temporary folder, which goes with the result on any error;
    the result's problems are those in `problems` once the run has read every article."""
    result.folder = new_folder()
    try:
        run(result, Path(result.folder.name))
    except OSError as exc:  # the only files touched are the spool's
        result.close()
        raise spool_error(exc) from exc
    except BaseException:
        result.close()
        raise
    result.problems = list(problems)
    return result


def _tick(progress: StageProgress | None, stage: str, total: int) -> Callable[[int], None]:
    if progress is None:
        return lambda done: None
    progress(stage, 0, total)
    return lambda done: progress(stage, done, max(total, done))  # a stream may hold more than expected


def _extract_all(
    articles: Iterable[Article],
    result: SpooledResult,
    folder: Path,
    *,
    count: int,
    executor: ExecutorChoice,
    progress: StageProgress | None,
) -> None:
    spans = []
    tick = _tick(progress, "extracting", count)
    with executor.open(count) as workers, open(folder / "claims", "wb") as spool:
        handed = _hand_over(articles, result.articles)
        task = partial(_extract_piece, fmt=result.fmt)
        for n, (piece, found) in enumerate(workers.imap(task, handed, count)):
            spans.append(append(spool, piece))
            result.articles[n].claims = found  # made when the article was handed over
            tick(n + 1)
    result.claims = spans


def _extract_piece(article: Article, fmt: SpoolFormat) -> tuple[bytes, int]:
    """An article's claims in the spool's form, and how many."""
    claims = extract_claims(article)
    return _claims_piece(claims, fmt), len(claims)


def _claims_piece(claims: list[Claim], fmt: SpoolFormat) -> bytes:
    if fmt == "objects":
        return pickle.dumps(claims, pickle.HIGHEST_PROTOCOL) if claims else b""
    if fmt == "json":
        return ",".join(json_item(c) for c in claims).encode("utf-8")
    return "".join(c.model_dump_json() + "\n" for c in claims).encode("utf-8")


def _compare_all(
    articles: Iterable[Article],
    result: SpooledResult,
    folder: Path,
    *,
    count: int,
    one_event: bool,
    min_score: float,
    semantic: SemanticScorer | None,
    shown: GroupFilter,
    executor: ExecutorChoice,
    progress: StageProgress | None,
    contexts: bool,
) -> None:
    infos = result.articles  # what later stages need of each article: all but its text
    pickled: list[Span] = []
    vocabulary = Vocabulary()
    docs = []
    uses: Counter[SpeakerUse] = Counter()
    names_seen: dict[str, str] = {}
    tick = _tick(progress, "extracting", count)
    with executor.open(count) as workers:
        with open(folder / "pickled", "wb") as spool, open(folder / "contexts", "wb") as context_spool:
            handed = _hand_over(articles, infos)
            extract_task = partial(_extract_for_compare, contexts=contexts)
            extracted = workers.imap(extract_task, handed, count)
            for n, (claims, words, used, found, context) in enumerate(extracted):  # in article order
                pickled.append(append(spool, claims))
                result.contexts.append(append(context_spool, context))
                infos[n].claims = found  # made when the article was handed over
                docs.append(features(words, vocabulary))
                _note_uses(uses, used, infos[n].id, names_seen)
                tick(n + 1)
                if (n + 1) % _TRIM_EVERY == 0:
                    release_freed_memory()  # the texts read and handed over: freed, but held by the heap
        ids = [info.id for info in infos]
        release_freed_memory()  # before the run's costliest moment in this process
        events_done = _tick(progress, "events", len(ids))  # one step: shown as started, then done
        result.events = group_events(ids, [info.published for info in infos], docs, vocabulary, one_event)
        events_done(len(ids))
        del docs, vocabulary
        release_freed_memory()  # the events stage's arrays and dicts, freed in the heap's middle
        event_of = {aid: ev.id for ev in result.events for aid in ev.articles}
        names = unify_speakers(uses, event_of)
        work = _event_work(
            infos, result.events, event_of, pickled=pickled, uses=uses, names=names, folder=folder
        )
        if not workers.shares_files:  # workers elsewhere: the claims travel with the task
            with open(folder / "pickled", "rb") as spool:
                for one in work:
                    one.payload = [read(spool, span) for _, span in one.articles]
        del uses, names
        claim_spans: dict[str, Span] = {}
        tick = _tick(progress, "comparing", len(work))
        task = partial(_compare_event, fmt=result.fmt, min_score=min_score, semantic=semantic, shown=shown)
        with open(folder / "claims", "wb") as claims_out, open(folder / "groups", "wb") as groups_out:
            results = workers.imap(task, work, len(work), in_process=semantic is not None)
            for n, (one, (claim_pieces, groups)) in enumerate(zip(work, results, strict=True), 1):
                for (aid, _), listed in zip(one.articles, claim_pieces, strict=True):
                    claim_spans[aid] = append(claims_out, listed)
                for status, size, gid, shown_as in groups:
                    span = None if shown_as is None else append(groups_out, shown_as)
                    result.groups.append(GroupEntry(STATUS_ORDER[status], size, gid, span, one.event))
                    if shown_as is not None:
                        result.statuses[status] += 1  # of the groups shown
                one.payload = None
                tick(n)
    result.claims = [claim_spans.get(aid, NOTHING) for aid in ids]
    for info in infos:
        info.event = event_of.get(info.id)


def _note_uses(
    uses: Counter[SpeakerUse], used: Counter[SpeakerUse], article: str, seen: dict[str, str]
) -> None:
    """Add an article's speaker uses, each name and kind kept once for the run (a use comes back
    from a worker with its own copies of the strings: 20 MB at 10,000 articles) and the
    article's id shared with its `ArticleInfo`."""
    for use, n in used.items():
        name = seen.setdefault(use.name, use.name)
        kind = seen.setdefault(use.kind, use.kind)
        uses[SpeakerUse(article, name, kind, use.anonymous)] += n


def _hand_over(articles: Iterable[Article], infos: list[ArticleInfo]) -> Iterator[Article]:
    """Each article in turn, its `ArticleInfo` noted first."""
    for article in articles:
        infos.append(ArticleInfo.of(article, 0))
        yield article


def _extract_for_compare(
    article: Article, contexts: bool
) -> tuple[bytes, Counter[str], Counter[SpeakerUse], int, bytes]:
    """An article's claims, pickled for the spool, what the later stages need of it here, and
    (if asked) each claim's context in its paragraph, pickled."""
    claims = extract_statements(article)
    context = pickle.dumps(claim_contexts(article, claims), pickle.HIGHEST_PROTOCOL) if contexts else b""
    return (
        pickle.dumps(claims, pickle.HIGHEST_PROTOCOL),
        word_counts(article.text),
        speaker_uses(claims),
        len(claims),
        context,
    )


@dataclass
class _EventWork:
    """What a worker needs to compare one event: where its articles' claims lie, and their names."""

    event: str
    articles: list[tuple[str, Span]]  # in article order
    outlet_of: dict[str, str | None]
    names: dict[str, str]  # the one name of each speaker named in the event
    spool: str
    payload: list[bytes] | None = None  # the pickled claims themselves, for workers on other machines


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


def _event_claims(work: _EventWork) -> list[list[Claim]]:
    if work.payload is not None:
        return [pickle.loads(piece) for piece in work.payload]
    with open(work.spool, "rb") as spool:
        return [pickle.loads(read(spool, span)) for _, span in work.articles]


def _compare_event(
    work: _EventWork, fmt: SpoolFormat, min_score: float, semantic: SemanticScorer | None, shown: GroupFilter
) -> tuple[list[bytes], list[tuple[str, int, str, bytes | None]]]:
    """One event compared: its articles' claims in the spool's form, and its groups as (status,
    size, id, piece). The piece is None for a group the filters hide, which keeps its place in
    the numbering. With filters, only the claims of the groups shown are listed."""
    found = _event_claims(work)
    claims = [c for article in found for c in article]
    rename_speakers(claims, work.names)
    groups = compare_event(claims, work.event, work.outlet_of, min_score=min_score, semantic=semantic)
    by_id = {c.id: c for c in claims}
    entries: list[tuple[str, int, str, bytes | None]] = []
    listed: set[str] = set()
    for g in groups:
        group = shown.apply(g)
        piece: bytes | None
        if group is None:
            piece = None
        elif fmt == "objects":  # with its claims, so that a group can be written without the rest
            members = [by_id[c] for c in group.claims if c in by_id]
            piece = pickle.dumps((group, members), pickle.HIGHEST_PROTOCOL)
        elif fmt == "json":
            piece = json_item(group).encode("utf-8")
        else:
            line = json.dumps(group_line(group, by_id, work.outlet_of), ensure_ascii=False) + "\n"
            piece = line.encode("utf-8")
        entries.append((g.status, len(g.claims), g.id, piece))  # numbered by output order when written
        if group is not None:
            listed.update(group.claims)
    if fmt == "jsonl":
        return [b""] * len(found), entries
    if shown.active():
        found = [[c for c in article if c.id in listed] for article in found]
    return [_claims_piece(article, fmt) for article in found], entries
