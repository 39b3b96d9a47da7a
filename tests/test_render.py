"""Renderers over one hand-built result: every format shows the same claims and groups."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcmp.models import ArticleInfo, Claim, CompareResult, ExtractResult, Group, WordDiff
from claimcmp.render import RENDERERS
from claimcmp.render.common import article_labels, highlight, short_ids
from claimcmp.render.compare_table import RUN_GROUPS
from claimcmp.render.flat import CLAIM_COLUMNS, GROUP_COLUMNS
from claimcmp.render.progress import ProgressBar
from claimcmp.render.table import render_table, write_compare_table


def render(result: ExtractResult, fmt: str, color: bool = False) -> str:
    out = io.StringIO()
    RENDERERS[fmt](result, out, color)
    return out.getvalue()


def table(result: ExtractResult, width: int = 80, color: bool = False) -> str:
    out = io.StringIO()
    render_table(result, out, color, width=width)
    return out.getvalue()


def as_extract(result: CompareResult) -> ExtractResult:
    return ExtractResult(articles=result.articles, claims=result.claims)


def test_registry_lists_the_formats() -> None:
    assert sorted(RENDERERS) == ["csv", "html", "json", "jsonl", "markdown", "table"]


@pytest.mark.parametrize("fmt", sorted(set(RENDERERS) - {"html"}))
def test_every_format_renders_extract_and_compare(compared: CompareResult, fmt: str) -> None:
    assert render(compared, fmt).endswith("\n")
    assert render(as_extract(compared), fmt).endswith("\n")


def test_html_renders_compare_and_refuses_extract(compared: CompareResult) -> None:
    """The report is of a compare result (tests/test_report.py opens it in a browser)."""
    assert render(compared, "html").endswith("</html>\n")
    with pytest.raises(TypeError, match="compare result"):
        render(as_extract(compared), "html")


def test_json_round_trips(compared: CompareResult) -> None:
    assert CompareResult.model_validate_json(render(compared, "json")) == compared


def test_jsonl_extract_is_one_claim_a_line(compared: CompareResult) -> None:
    lines = render(as_extract(compared), "jsonl").splitlines()
    assert [Claim.model_validate_json(line) for line in lines] == compared.claims


def test_jsonl_compare_is_one_group_a_line_with_its_members(compared: CompareResult) -> None:
    lines = [json.loads(line) for line in render(compared, "jsonl").splitlines()]
    assert [line["id"] for line in lines] == ["g1", "g2", "g3"]
    first = lines[0]
    assert first["status"] == "conflict"
    assert [m["text"] for m in first["members"]] == ["We will send 300 troops", "We will send 3,000 troops"]
    assert [m["outlet"] for m in first["members"]] == ["Reuters", "TASS"]


def test_csv_extract_has_a_row_per_claim(compared: CompareResult) -> None:
    rows = list(csv.DictReader(io.StringIO(render(as_extract(compared), "csv"))))
    assert list(rows[0]) == CLAIM_COLUMNS
    assert [r["claim"] for r in rows] == [c.id for c in compared.claims]
    assert rows[0]["speaker_name"] == "John Kerry"
    assert rows[0]["speaker_mention"] == "Kerry"
    assert (rows[0]["start"], rows[0]["end"]) == ("0", "23")


def test_csv_compare_has_a_row_per_claim_of_each_group(compared: CompareResult) -> None:
    rows = list(csv.DictReader(io.StringIO(render(compared, "csv"))))
    assert list(rows[0]) == GROUP_COLUMNS + CLAIM_COLUMNS
    assert [(r["group"], r["status"], r["claim"], r["score"], r["reference"]) for r in rows] == [
        ("g1", "conflict", "001_aaaa#1", "100", "true"),
        ("g1", "conflict", "002_bbbb#1", "88.5", "false"),
        ("g2", "variant", "001_aaaa#2", "100", "true"),
        ("g2", "variant", "002_bbbb#2", "61", "false"),
        ("g3", "single", "001_aaaa#3", "", "true"),
    ]
    assert rows[0]["reasons"] == "numbers or dates differ: 300 vs 3,000"


def test_markdown_compare_marks_differences_and_escapes(compared: CompareResult) -> None:
    text = render(compared, "markdown")
    assert text.startswith("3 groups: 1 conflict, 1 variant, 1 single.")
    assert "### 1. conflict: John Kerry" in text
    assert "| TASS | We will send **3,000** troops | 88 |" in text
    assert "| TASS | The talks were **very** useful | 61 |" in text
    assert r"Nothing \| was \[agreed\]" in text


def test_markdown_extract_is_one_table(compared: CompareResult) -> None:
    lines = render(as_extract(compared), "markdown").splitlines()
    assert lines[2] == "| article | speaker | cue | kind | quote / claim |"
    assert len([line for line in lines if line.startswith("| ")]) == 2 + len(compared.claims)


def test_compare_table_fits_80_columns_and_marks_differences(compared: CompareResult) -> None:
    text = table(compared)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Reuters" in text
    assert "TASS" in text
    assert "*3,000*" in text
    assert "*very*" in text
    assert "numbers or dates" in text  # the reason, wrapped in its column
    assert "Nothing | was [agreed]" in text  # no rich markup read from claim text
    assert text.rstrip().endswith("3 groups: 1 conflict, 1 variant, 1 single")


def test_compare_table_in_colour_uses_styles_not_stars(compared: CompareResult) -> None:
    text = table(compared, color=True)
    assert "\x1b[" in text
    assert "*3,000*" not in text


def test_groups_from_one_outlet_share_a_plainer_table(compared: CompareResult) -> None:
    text = table(compared)
    single = text[text.index("single") :]
    assert "outlet" in text
    assert "wording" in text
    assert "Reuters" in single


@pytest.mark.parametrize(
    ("width", "headers"),
    [(80, ["article", "speaker", "quote / claim"]), (140, ["article", "speaker", "cue", "kind"])],
)
def test_extract_table_layout_follows_width(compared: CompareResult, width: int, headers: list[str]) -> None:
    text = table(as_extract(compared), width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    for header in headers:
        assert header in text
    assert "5 claims in 2 articles" in text


def test_empty_results_render_in_every_format() -> None:
    empty = CompareResult(articles=[ArticleInfo(id="a")], claims=[])
    for fmt in RENDERERS:
        render(empty, fmt)
    assert "0 groups" in table(empty)


def test_highlight_keeps_the_text_and_merges_neighbours() -> None:
    diff = [
        WordDiff(op="equal", a="We", b="We"),
        WordDiff(op="replace", a="will", b="shall not"),
        WordDiff(op="equal", a="go.", b="go."),
    ]
    runs = highlight("We  shall not go.", diff)
    assert "".join(piece for piece, _ in runs) == "We  shall not go."
    assert [piece for piece, changed in runs if changed] == ["shall not"]


def test_highlight_gives_up_rather_than_mark_wrongly() -> None:
    diff = [WordDiff(op="insert", a="", b="missing")]
    assert highlight("some text", diff) == [("some text", False)]
    assert highlight("", []) == []


def test_article_labels_are_short_and_unique() -> None:
    articles = [
        ArticleInfo(id="001_5a0e71876e275197", outlet="Reuters"),
        ArticleInfo(id="002_c03f9f791f1fa645", outlet="Reuters"),
        ArticleInfo(id="003_1df769d1c3363f19"),
        ArticleInfo(id="a-very-long-article-identifier"),
    ]
    assert article_labels(articles) == {
        "001_5a0e71876e275197": "Reuters 001",
        "002_c03f9f791f1fa645": "Reuters 002",
        "003_1df769d1c3363f19": "003",
        "a-very-long-article-identifier": "a-very-long-a…",
    }
    assert short_ids(["001_a", "001_b"]) == {"001_a": "001_a", "001_b": "001_b"}


def test_progress_bar_draws_only_for_long_runs_on_a_terminal() -> None:
    drawn = io.StringIO()
    with ProgressBar(drawn, force=True) as bar:
        for done in range(1, 22):
            bar("reading", done, 21)
    assert "reading" in drawn.getvalue()

    short = io.StringIO()
    with ProgressBar(short, force=True) as bar:
        bar("reading", 1, 20)
    assert short.getvalue() == ""

    piped = io.StringIO()  # not a terminal
    with ProgressBar(piped) as bar:
        bar("reading", 1, 100)
    assert piped.getvalue() == ""


def test_groups_from_more_outlets_than_fit_are_stacked(compared: CompareResult) -> None:
    base = compared.claims[0]
    articles = [ArticleInfo(id=f"{n:03d}_x", outlet=f"Outlet{n}") for n in range(6)]
    claims = [base.model_copy(update={"id": f"{a.id}#1", "article": a.id}) for a in articles]
    group = compared.groups[0].model_copy(
        update={"claims": [c.id for c in claims], "reference": claims[0].id, "versions": []}
    )
    wide = CompareResult(articles=articles, claims=claims, groups=[group])
    narrow_text = table(wide, width=80)
    assert "wording" in narrow_text
    assert max(len(line) for line in narrow_text.splitlines()) <= 80
    assert all(f"Outlet{n}" in narrow_text for n in range(6))
    assert "wording" not in table(wide, width=200)  # side by side when they fit


def test_summaries_count_in_singular_and_plural(compared: CompareResult) -> None:
    one = compared.model_copy(update={"groups": compared.groups[:1]})
    assert table(one).rstrip().endswith("1 group: 1 conflict")
    assert render(one, "markdown").startswith("1 group: 1 conflict.")
    lone = ExtractResult(articles=compared.articles[:1], claims=compared.claims[:1])
    assert "1 claim in 1 article" in table(lone)


def test_streamed_json_is_pydantics_text_byte_for_byte(compared: CompareResult) -> None:
    """The json renderer writes item by item; the text must not differ from the whole dump."""
    assert render(compared, "json") == compared.model_dump_json(indent=2) + "\n"
    extract = as_extract(compared)
    assert render(extract, "json") == extract.model_dump_json(indent=2) + "\n"
    empty = CompareResult(articles=[], claims=[])
    assert render(empty, "json") == empty.model_dump_json(indent=2) + "\n"


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_streamed_json_keeps_any_text_exact(text: str, warning: str) -> None:
    """Quotes, backslashes, line and paragraph separators, astral characters: all escaped alike."""
    claim = Claim(id="a#1", article="a", kind="direct", text=text, start=0, end=len(text), warnings=[warning])
    info = ArticleInfo(id="a", headline=warning, warnings=[text, warning])
    result = ExtractResult(articles=[info], claims=[claim, claim])
    assert render(result, "json") == result.model_dump_json(indent=2) + "\n"


def test_compare_table_is_printed_as_the_groups_are_read(compared: CompareResult) -> None:
    """The table of a large result never waits for all its groups: the first table is written
    before more than one table's worth of groups has been read, and every group is shown."""
    single = next(g for g in compared.groups if g.status == "single")
    claim = next(c for c in compared.claims if c.id == single.claims[0])
    count = RUN_GROUPS * 2 + 5
    read = 0
    read_at_first_write: list[int] = []

    def groups() -> Iterator[tuple[Group, list[Claim]]]:
        nonlocal read
        for n in range(count):
            read += 1
            yield single.model_copy(update={"id": f"g{n + 1}"}), [claim]

    class Watching(io.StringIO):
        def write(self, text: str) -> int:
            if not read_at_first_write:
                read_at_first_write.append(read)
            return super().write(text)

    out = Watching()
    write_compare_table(compared.articles, ["single"] * count, groups(), out, False)
    assert read_at_first_write[0] <= RUN_GROUPS + 1
    text = out.getvalue()
    assert text.count("Nothing | was") == count
    assert text.count("group ") >= 3  # one header per table: three tables for 205 groups
    assert f"{count} groups" in text.splitlines()[-1]
