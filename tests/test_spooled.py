"""Spooled extract and compare write the same JSON as the in-memory ones, and clean up after themselves."""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcmp.cli import cli
from claimcmp.errors import InputError
from claimcmp.filters import GroupFilter, apply_filters
from claimcmp.ingest import read_articles
from claimcmp.models import Article
from claimcmp.orchestration import spool_compare, spool_extract
from claimcmp.parallel import MIN_BATCH_FOR_PROCESSES
from claimcmp.pipeline import compare_articles, extract_articles
from claimcmp.render import RENDERERS
from claimcmp.render.flat import render_jsonl
from claimcmp.render.json_stream import write_json
from claimcmp.spool import SpoolFormat

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SENTENCES = [
    "“We will not close a single library,” Mayor Dana Whitfield said on Monday.",
    "“We will not close one library,” said Mayor Whitfield.",
    "Council leader Tom Briggs said the cuts would cost 40 jobs.",
    "The cuts will cost 45 jobs, according to the union.",
    "“The road will stay closed until the water goes down,” engineer Sam Price said.",
    "Price told Reuters: the road stays shut.",
    "“It is not true,” a spokesman said, denying the report.",
    "Residents were told to avoid the riverside paths.",
]


def _in_memory(articles: list[Article], one_event: bool = False) -> str:
    out = io.StringIO()
    write_json(compare_articles(articles, one_event=one_event), out)
    return out.getvalue()


def _spooled(articles: Iterable[Article], one_event: bool = False, count: int | None = None) -> str:
    out = io.StringIO()
    with spool_compare(articles, one_event=one_event, count=count) as spooled:
        spooled.write_json(out)
    return out.getvalue()


def _extract_in_memory(articles: list[Article]) -> str:
    out = io.StringIO()
    write_json(extract_articles(articles), out)
    return out.getvalue()


def _extract_spooled(articles: Iterable[Article], count: int | None = None) -> str:
    out = io.StringIO()
    with spool_extract(articles, count=count) as spooled:
        spooled.write_json(out)
    return out.getvalue()


def _story(aid: str, head: str, picks: list[int], outlet: str) -> Article:
    return Article(id=aid, text=head + "\n\n" + " ".join(SENTENCES[i] for i in picks), outlet=outlet)


def test_the_seeds_are_written_byte_for_byte_as_in_memory() -> None:
    articles, _ = read_articles([str(SEEDS)])
    assert _spooled(articles) == _in_memory(articles)


def test_events_groups_and_articles_without_claims_match() -> None:
    articles = [
        _story("a", "Library cuts", [0, 2, 7], "A"),
        _story("b", "Libraries saved", [1, 3], "B"),
        _story("c", "River road shut", [4, 5], "C"),
        _story("d", "River road", [4, 6], "D"),
        Article(id="empty", text="Nothing quoted\n\nResidents were told to avoid the paths."),
    ]
    for one_event in (False, True):
        assert _spooled(articles, one_event) == _in_memory(articles, one_event)


def test_no_articles_gives_the_empty_result() -> None:
    assert _spooled([]) == _in_memory([])


def test_a_batch_large_enough_for_worker_processes_matches() -> None:
    articles = [
        _story(f"x{n:03}", f"Story {n % 7}", [n % 8, (n * 3) % 8], f"Outlet {n % 5}")
        for n in range(MIN_BATCH_FOR_PROCESSES)
    ]
    assert _spooled(list(articles)) == _in_memory(articles)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=4), min_size=1, max_size=5))
def test_any_small_batch_matches(picks: list[list[int]]) -> None:
    articles = [_story(f"a{n}", "News", p, f"O{n}") for n, p in enumerate(picks)]
    assert _spooled(articles) == _in_memory(articles)


def test_a_stream_is_taken_as_workers_need_it_and_gives_the_same_output() -> None:
    """A stream of articles (as `ingest.stream_articles` gives) is read while the workers
    extract, never all at once, and the result is the list's, byte for byte."""
    articles = [
        _story(f"x{n:03}", f"Story {n % 7}", [n % 8, (n * 3) % 8], f"Outlet {n % 5}")
        for n in range(3 * MIN_BATCH_FOR_PROCESSES)
    ]
    taken = 0
    taken_at_first_result: list[int] = []

    def stream() -> Iterator[Article]:
        nonlocal taken
        for article in articles:
            taken += 1
            yield article

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "extracting" and done == 1:
            taken_at_first_result.append(taken)

    with spool_compare(stream(), count=len(articles), progress=progress) as spooled:
        out = io.StringIO()
        spooled.write_json(out)
    assert taken_at_first_result
    assert taken_at_first_result[0] < len(articles) // 2
    assert out.getvalue() == _in_memory(articles)
    with pytest.raises(TypeError, match="count"):
        spool_compare(iter(articles))


def test_the_temporary_folder_is_gone_once_closed() -> None:
    spooled = spool_compare([_story("a", "Library cuts", [0, 2], "A")])
    assert spooled.folder is not None
    folder = Path(spooled.folder.name)
    assert folder.is_dir()
    spooled.close()
    assert not folder.exists()
    with pytest.raises(ValueError, match="closed"):
        spooled.write_json(io.StringIO())


def test_conflicts_are_counted() -> None:
    quote = "“We will not close a single library while I am mayor,” "
    articles = [
        Article(id="a", text="Budget\n\n" + quote + "Mayor Dana Whitfield said.", outlet="A"),
        Article(id="b", text="Budget\n\n" + quote + "council leader Tom Briggs said.", outlet="B"),
    ]
    result = compare_articles(articles, one_event=True)
    assert any(g.status == "conflict" for g in result.groups)
    with spool_compare(articles, one_event=True) as spooled:
        assert spooled.has_conflict()
        assert sum(spooled.statuses.values()) == len(result.groups)
    with spool_compare(articles[:1]) as alone:
        assert not alone.has_conflict()


def test_an_unusable_temporary_folder_is_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    with pytest.raises(InputError, match="cannot keep temporary files"):
        spool_compare([_story("a", "Library cuts", [0], "A")])
    article = tmp_path / "a.txt"
    article.write_text("Library cuts\n\n" + SENTENCES[0], encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(article), "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcmp: error: cannot keep temporary files in")
    assert "TMPDIR" in result.stderr
    assert "Traceback" not in result.output


def test_the_cli_writes_unfiltered_json_as_the_library_does(tmp_path: Path) -> None:
    articles, _ = read_articles([str(SEEDS)])
    spooled = CliRunner().invoke(cli, ["compare", str(SEEDS), "--format", "json"])
    assert spooled.exit_code == 0
    assert spooled.stdout == _in_memory(articles) + "\n"
    filtered = CliRunner().invoke(cli, ["compare", str(SEEDS), "--format", "json", "--status", "variant"])
    assert filtered.exit_code == 0
    assert '"status": "single"' not in filtered.stdout


# --- extract --------------------------------------------------------------------------------


def test_extract_matches_on_the_seeds_a_worker_sized_batch_and_nothing() -> None:
    seeds, _ = read_articles([str(SEEDS)])
    assert _extract_spooled(seeds) == _extract_in_memory(seeds)
    batch = [_story(f"x{n:03}", "Story", [n % 8], "O") for n in range(MIN_BATCH_FOR_PROCESSES)]
    assert _extract_spooled(iter(batch), count=len(batch)) == _extract_in_memory(batch)
    assert _extract_spooled([]) == _extract_in_memory([])


def test_extract_has_no_events_or_groups_and_cleans_up() -> None:
    spooled = spool_extract([_story("a", "Library cuts", [0, 2], "A")])
    assert spooled.folder is not None
    folder = Path(spooled.folder.name)
    out = io.StringIO()
    spooled.write_json(out)
    assert '"groups"' not in out.getvalue()
    assert spooled.articles[0].claims == out.getvalue().count('"cue_start":') == 2
    spooled.close()
    assert not folder.exists()


def test_the_cli_writes_extract_json_as_the_library_does() -> None:
    articles, _ = read_articles([str(SEEDS)])
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0
    assert result.stdout == _extract_in_memory(articles) + "\n"


# --- JSON Lines -----------------------------------------------------------------------------


def _jsonl_in_memory(articles: list[Article], compare: bool) -> str:
    out = io.StringIO()
    render_jsonl(compare_articles(articles) if compare else extract_articles(articles), out, False)
    return out.getvalue()


def _jsonl_spooled(articles: list[Article], compare: bool) -> str:
    out = io.StringIO()
    spool = spool_compare if compare else spool_extract
    with spool(list(articles), fmt="jsonl") as spooled:
        spooled.write(out)
        with pytest.raises(ValueError, match="jsonl"):
            spooled.write_json(io.StringIO())
    return out.getvalue()


@pytest.mark.parametrize("compare", [False, True])
def test_json_lines_match_the_in_memory_renderer(compare: bool) -> None:
    seeds, _ = read_articles([str(SEEDS)])
    batch = [
        _story(f"x{n:03}", f"Story {n % 7}", [n % 8, (n * 3) % 8], f"Outlet {n % 5}")
        for n in range(MIN_BATCH_FOR_PROCESSES)
    ]
    for articles in (seeds, batch, []):
        assert _jsonl_spooled(articles, compare) == _jsonl_in_memory(articles, compare)


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_the_cli_writes_json_lines_as_the_library_does(command: str) -> None:
    articles, _ = read_articles([str(SEEDS)])
    result = CliRunner().invoke(cli, [command, str(SEEDS), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stdout == _jsonl_in_memory(articles, command == "compare")


# --- filters --------------------------------------------------------------------------------

FILTERS = [
    GroupFilter.of(statuses=["variant", "conflict"]),
    GroupFilter.of(statuses=["single"]),
    GroupFilter.of(speaker="KERRY"),
    GroupFilter.of(min_score=80),
    GroupFilter.of(statuses=["variant"], speaker="john", min_score=50),
    GroupFilter.of(statuses=["agree"], speaker="nobody of that name"),
]


@pytest.mark.parametrize("shown", FILTERS)
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_filters_show_what_apply_filters_shows(shown: GroupFilter, fmt: SpoolFormat) -> None:
    seeds, _ = read_articles([str(SEEDS)])
    expected = io.StringIO()
    filtered = apply_filters(
        compare_articles(seeds), statuses=shown.statuses, speaker=shown.speaker, min_score=shown.min_score
    )
    RENDERERS[fmt](filtered, expected, False)
    got = io.StringIO()
    with spool_compare(list(seeds), fmt=fmt, shown=shown) as spooled:
        spooled.write(got)
        assert spooled.has_conflict() == any(g.status == "conflict" for g in filtered.groups)
    assert got.getvalue() == expected.getvalue()


def test_the_cli_filters_spooled_json_as_the_library_does() -> None:
    seeds, _ = read_articles([str(SEEDS)])
    filtered = apply_filters(compare_articles(seeds), statuses=["variant"], min_score=60)
    expected = io.StringIO()
    write_json(filtered, expected)
    args = ["compare", str(SEEDS), "--format", "json", "--status", "variant", "--min-score", "60"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert result.stdout == expected.getvalue() + "\n"


@pytest.mark.parametrize("fmt", ["csv", "markdown", "table"])
@pytest.mark.parametrize("filters", [[], ["--status", "variant,conflict"], ["--speaker", "kerry"]])
def test_cli_formats_written_group_by_group_equal_the_whole_result(fmt: str, filters: list[str]) -> None:
    """CSV and Markdown are written from the spool one group at a time; they must equal the
    renderer over the whole result, filtered alike."""
    run = CliRunner().invoke(cli, ["compare", str(SEEDS), "--format", fmt, *filters])
    assert run.exit_code == 0, run.output
    articles, problems = read_articles([str(SEEDS)])
    shown = GroupFilter.of(*_filter_args(filters))
    whole = compare_articles(articles, problems, shown=shown)
    out = io.StringIO()
    RENDERERS[fmt](whole, out, False)
    assert run.stdout == out.getvalue()


def _filter_args(filters: list[str]) -> tuple[list[str] | None, str | None, float | None]:
    statuses = filters[1].split(",") if filters[:1] == ["--status"] else None
    speaker = filters[1] if filters[:1] == ["--speaker"] else None
    return statuses, speaker, None


def test_progress_hears_of_every_stage_in_order() -> None:
    articles, _ = read_articles([str(SEEDS)])
    seen: list[tuple[str, int, int]] = []
    with spool_compare(articles, progress=lambda stage, done, total: seen.append((stage, done, total))):
        pass
    stages = [stage for stage, _, _ in seen]
    assert [s for n, s in enumerate(stages) if n == 0 or stages[n - 1] != s] == [
        "extracting",
        "events",
        "comparing",
    ]
    finals = {stage: (done, total) for stage, done, total in seen}
    assert finals["extracting"] == (len(articles), len(articles))
    assert finals["comparing"][0] == finals["comparing"][1] > 0


# --- per-event output ---------------------------------------------------------------------


def test_per_event_output_holds_the_json_lines_output_split_by_event(tmp_path: Path) -> None:
    """`--per-event DIR`: events.jsonl lists the events; each event's file holds its groups,
    the same lines (same numbers) as `--format jsonl`, and every group is in one file."""
    runner = CliRunner()
    whole = runner.invoke(
        cli, ["compare", str(SEEDS), "--format", "jsonl", "--status", "variant,agree,single"]
    )
    folder = tmp_path / "out"
    split = runner.invoke(
        cli, ["compare", str(SEEDS), "--per-event", str(folder), "--status", "variant,agree,single"]
    )
    assert whole.exit_code == split.exit_code == 0
    events = [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]
    assert [e["id"] for e in events] == ["e1", "e2"]
    lines: list[str] = []
    for event in events:
        mine = (folder / f"{event['id']}.jsonl").read_text().splitlines()
        assert all(json.loads(line)["event"] == event["id"] for line in mine)
        lines += mine
    assert sorted(lines) == sorted(whole.stdout.splitlines())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no part folder left


def test_per_event_output_never_writes_into_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(SEEDS), "--per-event", str(tmp_path)])
    assert result.exit_code == 2
    assert "is not empty" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]
    clash = CliRunner().invoke(
        cli, ["compare", str(SEEDS), "--per-event", str(tmp_path / "new"), "-o", "x.json"]
    )
    assert clash.exit_code == 2
    assert "without --output" in clash.stderr


def test_writing_is_reported_to_the_progress_bar() -> None:
    """The last stage a long run shows: every piece written is counted, and the count ends at
    its total (the articles' claims and the groups, for JSON; the groups, for the group formats)."""
    articles, _ = read_articles([str(SEEDS)])
    heard: list[tuple[str, int, int]] = []
    with spool_compare(articles) as spooled:
        spooled.progress = lambda stage, done, total: heard.append((stage, done, total))
        spooled.write_json(io.StringIO())
    groups = len(spooled.groups)
    assert heard[-1] == ("writing", len(articles) + groups, len(articles) + groups)
    heard.clear()
    with spool_compare(articles, fmt="objects") as spooled:
        spooled.progress = lambda stage, done, total: heard.append((stage, done, total))
        shown = list(spooled.iter_groups())
    assert heard[-1] == ("writing", len(shown), len(shown))
