"""Reading articles: text, JSON records, HTML pages, stdin, folders, and user metadata."""

from __future__ import annotations

import datetime as dt
import io
import json
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcmp.errors import InputError
from claimcmp.extract import extract_claims
from claimcmp.ingest import ReadOptions, read_articles
from claimcmp.ingest.overrides import load_manifest, match_id, merge, parse_outlet_options
from claimcmp.ingest.records import parse_date_value
from claimcmp.ingest.sources import sniff
from claimcmp.ingest.text import LEGACY_WARNING, REPLACED_WARNING, decode, looks_binary, universal_newlines
from claimcmp.metadata import detect_metadata

ARTICLE = 'Kerry meets Putin\n\n"We agreed on a schedule," Kerry said on Thursday.\n'


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(*paths: Path | str, **options: Any) -> tuple[list[Any], list[Any]]:
    return read_articles([str(p) for p in paths], ReadOptions(**options))


# --- text files: the text is what Path.read_text gives -------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"line one\r\nline two\r\n",
        b"old mac\rline\r",
        b"\xef\xbb\xbfwith a byte-order mark\n",
        b"bad \xff\xfe bytes \xc3 in " + "“valid” UTF-8\r\nand more".encode(),
        "curly “quotes” and accents é\r\n".encode(),
    ],
)
def test_text_is_read_text_with_universal_newlines(tmp_path: Path, raw: bytes) -> None:
    path = write(tmp_path, "a.txt", raw)
    (article,), problems = read(path)
    assert problems == []
    assert article.text == path.read_text(encoding="utf-8", errors="replace")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200).filter(lambda b: b"\x00" not in b))
def test_decode_matches_read_text_on_any_bytes(raw: bytes) -> None:
    try:
        text, warnings = decode(raw, "x")
    except InputError:
        return  # empty or binary: refused, nothing to compare
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        assert "byte-order mark" in warnings[0]  # UTF-16 or UTF-32, as its mark says
        return
    if LEGACY_WARNING in warnings:  # no UTF-8 character in it at all: Windows-1252
        assert text == universal_newlines(raw.decode("cp1252", errors="claimcmp-whatwg"))
        assert not any(ord(c) > 127 and c != "\ufffd" for c in raw.decode("utf-8", errors="replace"))
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_bytes(raw)
        assert text == path.read_text(encoding="utf-8", errors="replace")
    assert (REPLACED_WARNING in warnings) == ("\ufffd" in text and "\ufffd".encode() not in raw)


def test_invalid_utf8_warns_and_offsets_index_the_repaired_text(tmp_path: Path) -> None:
    # real UTF-8 characters (the curly marks) beside a bad byte: damaged UTF-8, not another encoding
    path = write(
        tmp_path, "a.txt", "Headline\n\n“We agreed ".encode() + b"\xff" + " on it,” Kerry said.\r\n".encode()
    )
    (article,), _ = read(path)
    assert article.warnings == [REPLACED_WARNING]
    claims = extract_claims(article)
    assert claims
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n  ", "empty file"),
        (b"\xef\xbb\xbf\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(128, 256)) * 40, "binary"),
    ],
)
def test_empty_and_binary_files_are_problems(tmp_path: Path, raw: bytes, message: str) -> None:
    path = write(tmp_path, "bad.txt", raw)
    articles, (problem,) = read(path)
    assert articles == []
    assert problem.source == str(path)
    assert message in problem.message


def test_damaged_text_is_not_binary() -> None:
    assert not looks_binary("une phrase accentuée ".encode("latin-1") * 50)
    assert looks_binary(b"\x00abc")


def test_over_the_size_limit_is_a_problem_without_reading_it(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "a" * 2000)
    articles, (problem,) = read(path, max_bytes=1000)
    assert articles == []
    assert "over the 0.0 MB limit" in problem.message
    assert "--max-size" in problem.message


# --- folders and sources ---------------------------------------------------------------------


def test_folder_mixes_kinds_and_skips_others(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.md", ARTICLE)
    write(tmp_path, "c.json", json.dumps({"id": "rec", "text": ARTICLE}))
    write(tmp_path, "d.jsonl", json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": ARTICLE}))
    write(tmp_path, "notes.csv", "id,text\n1,x\n")
    write(tmp_path, ".hidden.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "e.txt", ARTICLE)
    articles, problems = read(tmp_path)
    assert [(Path(p.source).name, p.message) for p in problems] == [
        ("sub", "a folder inside a folder (-r reads them)")
    ]
    assert [a.id for a in articles] == ["a", "b", "rec", "d-1", "d-2"]


def test_one_bad_file_costs_only_itself(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", b"\x00\x01\x02")
    write(tmp_path, "c.txt", "")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert sorted(Path(p.source).name for p in problems) == ["b.txt", "c.txt"]


def test_missing_and_empty_folder_are_problems(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    articles, problems = read(tmp_path / "missing.txt", tmp_path / "empty")
    assert articles == []
    assert problems[0].message == "no such file or folder"
    assert "no article files" in problems[1].message


def test_repeated_ids_are_made_unique(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "x").mkdir()
    write(tmp_path / "x", "a.txt", ARTICLE)
    articles, problems = read(tmp_path / "a.txt", tmp_path / "x" / "a.txt", tmp_path / "a.txt")
    assert [a.id for a in articles] == ["a", "a-2"]  # two files with one name; the first named twice
    assert [p.message for p in problems] == [f"the same file as {tmp_path / 'a.txt'}; read once"]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b'{"text": "x"}', "json"),
        (b'\xef\xbb\xbf  [{"text": "x"}]', "json"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"<!-- saved --><html lang=en>", "html"),
        (b"<b>not a page</b>", "text"),
        (b"Plain text.", "text"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_unknown_suffix_given_by_name_is_sniffed(tmp_path: Path) -> None:
    path = write(tmp_path, "export.data", json.dumps([{"id": "x1", "text": ARTICLE}]))
    articles, _ = read(path)
    assert [a.id for a in articles] == ["x1"]


# --- stdin -----------------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("data", "ids", "warned"),
    [
        (ARTICLE.encode(), ["stdin"], False),
        (json.dumps({"id": "r1", "text": ARTICLE}).encode(), ["r1"], False),
        (
            (json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": ARTICLE})).encode(),
            ["stdin-1", "stdin-2"],
            False,
        ),
        (b"[UPDATED] Kerry said the talks went well.", ["stdin"], True),
    ],
)
def test_stdin_is_text_unless_it_is_json(
    monkeypatch: pytest.MonkeyPatch, data: bytes, ids: list[str], warned: bool
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    articles, problems = read("-")
    assert problems == []
    assert [a.id for a in articles] == ids
    assert bool(articles[0].warnings) == warned


# --- JSON records ----------------------------------------------------------------------------


def test_record_fields_win_over_detected_metadata(tmp_path: Path) -> None:
    text = "Headline in text\n\nBy Jane Roe, March 1, 2016\n\nBody. Reuters"
    record = {
        "id": 7,
        "outlet": "AP",
        "title": "Given title",
        "date": "2016-03-24T10:00:00Z",
        "url": "https://example.org/a",
        "author": ["A. One", "B. Two"],
        "text": text,
        "extra": {"ignored": True},
    }
    (article,), _ = read(write(tmp_path, "r.json", json.dumps(record)))
    assert (article.id, article.outlet, article.headline) == ("7", "AP", "Given title")
    assert article.published == dt.date(2016, 3, 24)
    assert article.byline == "A. One, B. Two"
    assert article.url == "https://example.org/a"
    assert article.text == text


def test_detected_metadata_fills_what_a_record_lacks(tmp_path: Path) -> None:
    text = "Headline in text\n\nBy Jane Roe | March 1, 2016\n\nBody text here."
    (article,), _ = read(write(tmp_path, "r.json", json.dumps({"text": text})))
    assert article.id == "r"
    assert article.headline == "Headline in text"
    assert article.published == dt.date(2016, 3, 1)


def test_record_text_is_kept_exactly(tmp_path: Path) -> None:
    text = 'Line one\r\n"Quoted words here," he said.\r\n'
    (article,), _ = read(write(tmp_path, "r.json", json.dumps({"text": text})))
    assert article.text == text
    for claim in extract_claims(article):
        assert text[claim.start : claim.end] == claim.text


def test_bad_records_and_lines_are_problems_the_rest_is_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok", "text": ARTICLE}),
        "{broken",
        json.dumps({"id": "nt"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"text": "   "}),
    ]
    path = write(tmp_path, "r.jsonl", "\n".join(lines))
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok"]
    assert [(p.source.rsplit(":", 1)[1], p.message) for p in problems] == [
        ("2", "invalid JSON (Expecting property name enclosed in double quotes)"),
        ("3", 'no "text" (a non-empty string)'),
        ("4", "not a JSON object"),
        ("6", 'no "text" (a non-empty string)'),
    ]


def test_unreadable_date_is_a_warning(tmp_path: Path) -> None:
    (article,), _ = read(write(tmp_path, "r.json", json.dumps({"text": ARTICLE, "date": "soon"})))
    assert article.published is None
    assert article.warnings == ["date 'soon' not understood; ignored"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("{", "invalid JSON"),
        ("[]", "no records"),
        ("nope\n", "invalid JSON"),
    ],
)
def test_unusable_json_file_is_one_problem(tmp_path: Path, raw: str, message: str) -> None:
    articles, (problem,) = read(write(tmp_path, "r.json", raw))
    assert articles == []
    assert message in problem.message


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2016-03-24", dt.date(2016, 3, 24)),
        ("2016-03-24T23:59:00+03:00", dt.date(2016, 3, 24)),
        ("March 24, 2016", dt.date(2016, 3, 24)),
        ("24 March 2016", dt.date(2016, 3, 24)),
        ("yesterday", None),
        (20160324, None),
    ],
)
def test_parse_date_value(value: object, date: dt.date | None) -> None:
    assert parse_date_value(value) == date


# --- metadata from the user ------------------------------------------------------------------


def test_outlet_option_matches_id_or_unique_prefix(tmp_path: Path) -> None:
    write(tmp_path, "001_abc.txt", ARTICLE)
    write(tmp_path, "002_def.txt", ARTICLE)
    overrides = parse_outlet_options(["001=Reuters", "002_def=TASS"])
    articles, problems = read(tmp_path, overrides=overrides)
    assert problems == []
    assert [a.outlet for a in articles] == ["Reuters", "TASS"]


def test_outlet_matching_no_article_or_several_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "001_abc.txt", ARTICLE)
    write(tmp_path, "001_abd.txt", ARTICLE)
    overrides = parse_outlet_options(["001_ab=X", "009=Y"])
    articles, problems = read(tmp_path, overrides=overrides)
    assert [a.outlet for a in articles] == [None, None]
    assert [(p.source, p.message) for p in problems] == [
        ("--outlet 001_ab", "2 article ids start with '001_ab'; give more of the id"),
        ("--outlet 009", "no article has the id '009'"),
    ]


@pytest.mark.parametrize("spec", ["Reuters", "=Reuters", "001=", " = "])
def test_bad_outlet_option(spec: str) -> None:
    with pytest.raises(InputError, match="expected ID=NAME"):
        parse_outlet_options([spec])


def test_manifest_csv_and_json(tmp_path: Path) -> None:
    csv_path = write(
        tmp_path,
        "m.csv",
        "\ufeffid,outlet,title,date,url\n001,Reuters,T1,2016-03-24,https://r.example/1\n002,,T2,,\n",
    )
    as_list = write(tmp_path, "m.json", json.dumps([{"id": "001", "outlet": "Reuters"}]))
    as_map = write(tmp_path, "n.json", json.dumps({"001": {"outlet": "Reuters"}}))
    from_csv = load_manifest(str(csv_path)).by_key
    assert from_csv == {
        "001": {
            "outlet": "Reuters",
            "headline": "T1",
            "url": "https://r.example/1",
            "published": dt.date(2016, 3, 24),
        },
        "002": {"headline": "T2"},
    }
    assert (
        load_manifest(str(as_list)).by_key
        == load_manifest(str(as_map)).by_key
        == {"001": {"outlet": "Reuters"}}
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("outlet,title\nReuters,T\n", 'no "id" column'),
        ("id,date\n001,someday\n", "row 1: date 'someday' not understood"),
        ("id,outlet\n,Reuters\n", "row 1: no id"),
        ("[1, 2]", "expected a list of objects"),
        ("{", "invalid JSON"),
    ],
)
def test_bad_manifest_is_an_input_error(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path, "m.csv", content)
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        load_manifest(str(path))


def test_missing_manifest_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_manifest(str(tmp_path / "none.csv"))


def test_outlet_option_wins_over_manifest_which_wins_over_detection(tmp_path: Path) -> None:
    write(tmp_path, "001.txt", "Title\n\nBy Reuters | March 1, 2016\n\nBody.")
    manifest = write(tmp_path, "m.csv", "id,outlet,title\n001,AP,Manifest title\n")
    overrides = merge(load_manifest(str(manifest)), parse_outlet_options(["001=AFP"]))
    (article,), _ = read(tmp_path / "001.txt", overrides=overrides)
    assert (article.outlet, article.headline) == ("AFP", "Manifest title")


def test_match_id() -> None:
    ids = ["001_a", "001_b", "002_c"]
    assert match_id("001_a", ids) == "001_a"
    assert match_id("002", ids) == "002_c"
    assert match_id("001", ids) is None


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Kerry meets Putin | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2016-03-24T10:00:00Z">
</head><body><nav>Home | World | Sport</nav><article><h1>Kerry meets Putin</h1>
<p>"We agreed on a target schedule for a political transition," Kerry said on Thursday after
talks in Moscow that lasted four hours.</p>
<p>Putin said the two countries had achieved a great deal. "We understand what we have achieved,"
he told reporters at the Kremlin after the meeting.</p></article>
<footer>Copyright Example News</footer></body></html>"""


def test_html_page_gives_text_and_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (article,), problems = read(write(tmp_path, "page.html", PAGE))
    assert problems == []
    assert article.headline == "Kerry meets Putin"
    assert article.outlet == "Example News"
    assert article.byline == "Jane Doe"
    assert article.published == dt.date(2016, 3, 24)
    assert article.text.startswith('Kerry meets Putin\n\n"We agreed')
    assert "Home | World" not in article.text
    assert "Copyright" not in article.text
    claims = extract_claims(article)
    assert any(c.text.startswith("We agreed") for c in claims)


def test_html_reading_never_touches_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while reading a file")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    articles, problems = read(
        write(
            tmp_path,
            "page.html",
            PAGE.replace("<head>", '<head><link rel="canonical" href="https://news.example/a">'),
        )
    )
    assert problems == []
    assert articles[0].url == "https://news.example/a"


def test_html_without_article_text_is_a_problem(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = write(tmp_path, "blank.html", "<html><body><script>var x;</script></body></html>")
    articles, (problem,) = read(path)
    assert articles == []
    assert "no article text" in problem.message


def test_html_without_trafilatura_is_one_clear_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "page.html", PAGE)
    articles, (problem,) = read(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert problem.message == "reading HTML needs trafilatura: pip install 'claimcmp[html]'"


def test_html_with_a_broken_trafilatura_install_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project.\nInstall it.", name="lxml")
        return real_import(name, *args, **kwargs)

    real_import = __import__
    monkeypatch.delitem(sys.modules, "trafilatura", raising=False)
    monkeypatch.setattr("builtins.__import__", broken)
    _, (problem,) = read(write(tmp_path, "page.html", PAGE))
    assert problem.message == (
        "trafilatura is installed but cannot be imported: "
        "lxml.html.clean module is now a separate project. Install it."
    )


def test_record_files_may_exceed_the_article_limit_records_may_not(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{n}", "text": ARTICLE}) for n in range(40)]
    lines.append(json.dumps({"id": "big", "text": "a" * 3000}))
    articles, (problem,) = read(write(tmp_path, "r.jsonl", "\n".join(lines)), max_bytes=2500)
    assert len(articles) == 40
    assert problem.source.endswith("r.jsonl:41")
    assert "over the 0.0 MB limit" in problem.message


@pytest.mark.parametrize(
    ("last_line", "outlet"),
    [("Fighting went on in the east. Reuters", "Reuters"), ("Fighting went on (AP)", "AP"), ("AFP", "AFP")],
)
def test_wire_credit_at_the_end_is_the_outlet(last_line: str, outlet: str) -> None:
    assert detect_metadata(f"Title\n\nBody text here.\n\n{last_line}")["outlet"] == outlet
