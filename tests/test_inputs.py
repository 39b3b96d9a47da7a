"""Inputs that must never cost a run: other encodings, folders with odd entries, the same file
twice, deeply nested JSON, invented dates, a full disk, and an output format read from the file's
suffix. Each case is written for this file; the exit codes are those `claimcmp --help` documents."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimcmp.cli import cli
from claimcmp.ingest.sources import expand
from claimcmp.ingest.text import LEGACY_WARNING, decode

QUOTE = "“We will build the new harbour wall,” said José Ortiz, the mayor."
ARTICLE = f"Mayor backs harbour plan\n\n{QUOTE}\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def speakers_of(result: Result) -> list[str | None]:
    data = json.loads(result.stdout)
    return [(c["speaker"] or {}).get("name") for c in data["claims"]]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_byte_order_mark_names_the_encoding(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "a.txt"
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    result = run("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert speakers_of(result) == ["José Ortiz"]
    assert "byte-order mark" in result.stderr


def test_bytes_that_are_no_utf8_are_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    result = run("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert speakers_of(result) == ["José Ortiz"]  # curly quotes kept, the name whole
    assert LEGACY_WARNING in result.stderr


@pytest.mark.parametrize(
    ("name", "codec"), [("a.json", "utf-16"), ("a.jsonl", "cp1252"), ("b.json", "utf-32")]
)
def test_json_records_are_read_in_any_encoding_a_text_file_is(tmp_path: Path, name: str, codec: str) -> None:
    record = {"id": "r1", "outlet": "Harbour Post", "text": ARTICLE}
    text = json.dumps(record, ensure_ascii=False) + "\n"
    (tmp_path / name).write_bytes(text.encode(codec))
    result = run("extract", str(tmp_path / name), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert speakers_of(result) == ["José Ortiz"]
    assert "byte-order mark" in result.stderr or LEGACY_WARNING in result.stderr


def test_the_users_encoding_reads_json_records(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        (json.dumps({"id": "r1", "text": ARTICLE}, ensure_ascii=False) + "\n").encode("latin-1", "replace")
    )
    result = run("extract", str(path), "--format", "json", "--encoding", "cp1252")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_a_few_bad_bytes_in_utf8_are_damage_not_another_encoding() -> None:
    data = ARTICLE.encode("utf-8") + b"\xff tail\n"
    text, warnings = decode(data, "a.txt")
    assert QUOTE in text
    assert text.endswith("\ufffd tail\n")
    assert warnings
    assert "Windows-1252" not in warnings[0]


def test_the_users_encoding_wins(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    result = run("extract", str(path), "--format", "json", "--encoding", "cp1252")
    assert result.exit_code == 0
    assert speakers_of(result) == ["José Ortiz"]
    assert result.stderr == ""


def test_an_unknown_encoding_is_one_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(path), "--encoding", "klingon")
    assert result.exit_code == 2
    assert "klingon" in result.stderr
    assert "Traceback" not in result.output


def test_deeply_nested_json_costs_only_itself(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    assert speakers_of(result) == ["José Ortiz"]
    assert "nested too deeply" in result.stderr


def test_a_deeply_nested_json_line_costs_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": ARTICLE}) + "\n" + "[" * 100_000 + "\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "json")
    assert result.exit_code == 0
    assert speakers_of(result) == ["José Ortiz"]
    assert "r.jsonl:2" in result.stderr


def _odd_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ARTICLE.replace("harbour", "river"), encoding="utf-8")
    (folder / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "same.txt").symlink_to(folder / "a.txt")
    os.mkfifo(folder / "pipe.txt")
    return folder


def test_what_a_folder_skips_is_said(tmp_path: Path) -> None:
    folder = _odd_folder(tmp_path)
    result = run("extract", str(folder), "--format", "json")
    assert result.exit_code == 0
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a"]
    assert "sub: a folder inside a folder (-r reads them)" in result.stderr
    assert "dead.txt: a link to nothing" in result.stderr
    assert "pipe.txt: not a regular file" in result.stderr
    assert "same.txt: the same file as" in result.stderr


def test_recursive_reads_the_folders_inside(tmp_path: Path) -> None:
    folder = _odd_folder(tmp_path)
    result = run("extract", "-r", str(folder), "--format", "json")
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a", "b"]
    assert "folder inside a folder" not in result.stderr


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    sources, problems = expand([str(path), str(tmp_path), str(path)])
    assert [s.path for s in sources] == [path]
    assert len(problems) == 2
    assert all("read once" in p.message for p in problems)


def test_an_unreadable_folder_entry_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real_is_dir = Path.is_dir

    def is_dir(self: Path) -> bool:
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    sources, problems = expand([str(tmp_path)])
    assert [s.path.name for s in sources if s.path] == ["a.txt"]
    assert [p.message for p in problems] == ["cannot read (Permission denied)"]


def test_the_output_format_follows_the_files_suffix(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for name, first in [("c.csv", "article,"), ("c.json", "{"), ("c.jsonl", "{"), ("c.md", "")]:
        out = tmp_path / name
        result = run("extract", str(article), "-o", str(out))
        assert result.exit_code == 0, result.stderr
        assert out.read_text(encoding="utf-8").startswith(first)
        assert "─" not in out.read_text(encoding="utf-8")  # never a Rich table


def test_a_full_disk_is_one_line_and_exit_2() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "claimcmp", "extract", str(seeds), "--format", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "claimcmp: error: cannot write the output (No space left on device); nothing complete was written"
    ]


def test_a_page_without_date_metadata_gets_no_date_from_its_footer(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Mayor backs harbour plan</title></head><body><article>"
        "<h1>Mayor backs harbour plan</h1><p>The mayor said on Tuesday that the harbour plan would create "
        "jobs for hundreds of residents in the coming years, and the council agreed with her.</p>"
        f"<p>{QUOTE} He spoke after a long meeting at city hall with residents.</p></article>"
        "<footer>© 2018 Daily Post</footer></body></html>",
        encoding="utf-8",
    )
    result = run("extract", str(page), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["published"] is None
