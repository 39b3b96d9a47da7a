"""The command line: data on stdout, one line per message on stderr, documented exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pytest
from click.testing import CliRunner, Result

import claimcmp.pipeline
from claimcmp.cli import cli
from claimcmp.errors import InputError
from claimcmp.filters import GroupFilter, apply_filters
from claimcmp.models import Claim, CompareResult, ExtractResult, Group
from claimcmp.render import RENDERERS
from claimcmp.render.output import open_output

ARTICLE = 'Kerry meets Putin\n\n"We agreed on a schedule," Kerry said on Thursday.\n'


def run(runner: CliRunner, *args: str, stdin: str | bytes | None = None) -> Result:
    return runner.invoke(cli, list(args), input=stdin)


def one_error_line(result: Result) -> str:
    """The stderr of a failed run: exactly one line, no traceback."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


class SpooledFake:
    """What `run_compare_spooled` returns (JSON and JSON Lines written, other formats loaded), over a hand-built result:
    filtered and written as the real one would be."""

    def __init__(self, result: CompareResult, fmt: str = "json", shown: GroupFilter | None = None) -> None:
        if shown is not None and shown.active():
            result = apply_filters(
                result, statuses=shown.statuses, speaker=shown.speaker, min_score=shown.min_score
            )
        self.result, self.fmt = result, fmt
        self.articles, self.problems = result.articles, result.problems
        self.closed = False

    def write(self, out: TextIO) -> None:
        RENDERERS[self.fmt](self.result, out, False)

    compare = True

    def load(self) -> CompareResult:
        return self.result

    def iter_groups(self) -> Iterator[tuple[Group, list[Claim]]]:
        claims = {c.id: c for c in self.result.claims}
        for group in self.result.groups:
            yield group, [claims[c] for c in group.claims if c in claims]

    @property
    def statuses(self) -> Counter[str]:
        return Counter(g.status for g in self.result.groups)

    def has_conflict(self) -> bool:
        return any(g.status == "conflict" for g in self.result.groups)

    def __enter__(self) -> SpooledFake:
        return self

    def __exit__(self, *error: object) -> None:
        self.closed = True


@pytest.fixture
def fake_compare(monkeypatch: pytest.MonkeyPatch, compared: CompareResult) -> None:
    """compare returns the hand-built result, whatever it reads, whichever way it writes it."""
    monkeypatch.setattr(
        claimcmp.pipeline,
        "run_compare_spooled",
        lambda paths, **kw: SpooledFake(compared, kw.get("fmt", "json"), kw.get("shown")),
    )


# --- help ------------------------------------------------------------------------------------


def test_help_documents_exit_codes_inputs_and_commands(runner: CliRunner) -> None:
    result = run(runner, "--help")
    assert result.exit_code == 0
    for text in [
        "Exit codes:",
        "0  success",
        "1  conflicts found",
        "2  bad input",
        "extract",
        "compare",
        "schema",
    ]:
        assert text in result.stdout


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_command_help_names_formats_inputs_and_the_html_extra(runner: CliRunner, command: str) -> None:
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    for text in [
        "csv|html|json|jsonl|markdown|table",
        "--output",
        "--force",
        "--outlet",
        "--manifest",
        "pip install 'claimcmp[html]'",
        "Exit codes:",
        "*.jsonl",
    ]:
        assert text in result.stdout


def test_compare_help_has_the_filters(runner: CliRunner) -> None:
    out = run(runner, "compare", "--help").stdout
    for option in ["--status", "--speaker", "--min-score", "--fail-on-conflict", "--one-event"]:
        assert option in out


# --- extract ---------------------------------------------------------------------------------


def test_extract_seeds_table(runner: CliRunner, seeds: Path) -> None:
    result = run(runner, "extract", str(seeds))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "claims in 5 articles" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_extract_json_is_the_model_and_offsets_are_exact(runner: CliRunner, seeds: Path) -> None:
    result = run(runner, "extract", str(seeds), "--format", "json")
    assert result.exit_code == 0
    parsed = ExtractResult.model_validate_json(result.stdout)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")}
    assert parsed.claims
    for claim in parsed.claims:
        assert texts[claim.article][claim.start : claim.end] == claim.text


def test_extract_formats_agree_on_the_claims(runner: CliRunner, seeds: Path) -> None:
    path = str(seeds / "001_5a0e71876e275197.txt")
    full = ExtractResult.model_validate_json(run(runner, "extract", path, "--format", "json").stdout)
    lines = run(runner, "extract", path, "--format", "jsonl").stdout.splitlines()
    rows = list(csv.DictReader(io.StringIO(run(runner, "extract", path, "--format", "csv").stdout)))
    ids = [c.id for c in full.claims]
    assert [json.loads(line)["id"] for line in lines] == ids
    assert [r["claim"] for r in rows] == ids


def test_extract_from_stdin_text_and_json(runner: CliRunner) -> None:
    text = run(runner, "extract", "-", "--format", "json", stdin=ARTICLE)
    assert text.exit_code == 0
    assert ExtractResult.model_validate_json(text.stdout).articles[0].id == "stdin"
    record = json.dumps({"id": "r9", "outlet": "AP", "text": ARTICLE})
    from_json = run(runner, "extract", "-", "--format", "json", stdin=record)
    info = ExtractResult.model_validate_json(from_json.stdout).articles[0]
    assert (info.id, info.outlet) == ("r9", "AP")


def test_outlet_and_manifest_options(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "001_x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "002_y.txt").write_text(ARTICLE, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("id,outlet,date\n001,AP,2016-03-24\n002,TASS,\n", encoding="utf-8")
    result = run(
        runner,
        "extract",
        str(tmp_path / "001_x.txt"),
        str(tmp_path / "002_y.txt"),
        "--manifest",
        str(manifest),
        "--outlet",
        "002=Reuters",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    infos = ExtractResult.model_validate_json(result.stdout).articles
    assert [(a.outlet, str(a.published)) for a in infos] == [("AP", "2016-03-24"), ("Reuters", "None")]


def test_outlet_for_no_article_is_reported_not_fatal(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(runner, "extract", str(tmp_path), "--outlet", "zzz=AP", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == "claimcmp: skipped --outlet zzz: no article has the id 'zzz'\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--outlet", "Reuters"],
        ["--manifest", "no-such-manifest.csv"],
        ["--format", "xml"],
        ["--max-size", "0"],
    ],
)
def test_bad_options_exit_2(runner: CliRunner, seeds: Path, args: list[str]) -> None:
    result = run(runner, "extract", str(seeds), *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.output


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "missing.txt: no such file or folder"),
        ("empty.txt", b"", "empty.txt: empty file (no text)"),
        ("blank.txt", b"\n \r\n\t", "blank.txt: empty file (no text)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "image.txt: looks like a binary"),
        ("broken.json", b'{"text": ', "broken.json: invalid JSON"),
        ("empty-dir", "dir", "empty-dir: no article files"),
    ],
)
def test_one_bad_input_is_one_error_line_and_exit_2(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    result = run(runner, "extract", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    line = one_error_line(result)
    assert line.startswith("claimcmp: error: ")
    assert message in line


def test_one_bad_file_in_a_folder_is_skipped(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    result = run(runner, "extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == f"claimcmp: skipped {tmp_path / 'b.txt'}: looks like a binary file, not text\n"
    assert all(json.loads(line)["article"] == "a" for line in result.stdout.splitlines())


def test_all_inputs_bad_exits_2_after_naming_each(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    result = run(runner, "extract", str(tmp_path), str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 4
    assert lines[-1] == "claimcmp: error: no article could be read from the 3 inputs above"


def test_invalid_utf8_is_a_warning_and_the_run_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    # curly marks in UTF-8 beside a bad byte: damaged UTF-8 (bytes with no UTF-8 at all are Windows-1252)
    path.write_bytes("Title\r\n\r\n“We agreed ".encode() + b"\xff" + " on it,” Kerry said.\r\n".encode())
    result = run(runner, "extract", str(path), "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == (
        f"claimcmp: warning: {path}: invalid UTF-8 replaced with U+FFFD; offsets index the repaired text\n"
    )
    text = path.read_text(encoding="utf-8", errors="replace")
    for claim in ExtractResult.model_validate_json(result.stdout).claims:
        assert text[claim.start : claim.end] == claim.text


def test_too_large_file_is_skipped_with_a_hint(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 400_000, encoding="utf-8")
    result = run(runner, "extract", str(tmp_path / "big.txt"), "--max-size", "1")
    assert result.exit_code == 2
    assert "2.0 MB is over the 1.0 MB limit for one article (raise it with --max-size)" in (
        one_error_line(result)
    )


def test_internal_error_is_one_line_and_exit_3(
    runner: CliRunner, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(claimcmp.pipeline, "run_extract_spooled", broken)
    result = run(runner, "extract", str(seeds))
    assert result.exit_code == 3
    assert one_error_line(result) == (
        "claimcmp: error: internal error: IndexError: list index out of range "
        "(a bug; CLAIMCMP_DEBUG=1 shows the traceback)"
    )


# --- output ----------------------------------------------------------------------------------


def test_output_file_and_refusal_to_overwrite(runner: CliRunner, seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    first = run(runner, "extract", str(seeds), "--format", "json", "-o", str(out))
    assert first.exit_code == 0
    assert first.stdout == ""
    written = out.read_text(encoding="utf-8")
    ExtractResult.model_validate_json(written)

    again = run(runner, "extract", str(seeds), "--format", "csv", "--output", str(out))
    assert again.exit_code == 2
    assert one_error_line(again) == (
        f"claimcmp: error: --output {out}: already exists (use --force to overwrite it)"
    )
    assert out.read_text(encoding="utf-8") == written

    forced = run(runner, "extract", str(seeds), "--format", "csv", "-o", str(out), "--force")
    assert forced.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("article,outlet,claim,")


def test_output_into_a_missing_folder_is_one_line(runner: CliRunner, seeds: Path, tmp_path: Path) -> None:
    result = run(runner, "extract", str(seeds), "-o", str(tmp_path / "no" / "such" / "x.json"))
    assert result.exit_code == 2
    assert "cannot write" in one_error_line(result)


def test_a_failed_render_leaves_no_file_behind(tmp_path: Path) -> None:
    out = tmp_path / "x.json"

    def render_and_fail() -> None:
        with open_output(str(out), force=False) as (stream, _):
            stream.write("half of it")
            raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        render_and_fail()
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_appears_while_rendering_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "x.json"

    def render_while_another_writes() -> None:
        with open_output(str(out), force=False) as (stream, _):
            stream.write("new")
            out.write_text("someone else's", encoding="utf-8")

    with pytest.raises(InputError, match="already exists"):
        render_while_another_writes()
    assert out.read_text(encoding="utf-8") == "someone else's"
    assert list(tmp_path.iterdir()) == [out]


def test_output_dash_is_stdout(runner: CliRunner, seeds: Path) -> None:
    result = run(runner, "extract", str(seeds), "--format", "jsonl", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.count("\n") > 10


# --- compare ---------------------------------------------------------------------------------


def test_compare_seeds_formats_agree(runner: CliRunner, seeds: Path) -> None:
    full = CompareResult.model_validate_json(run(runner, "compare", str(seeds), "--format", "json").stdout)
    assert full.groups
    lines = [
        json.loads(line)
        for line in run(runner, "compare", str(seeds), "--format", "jsonl").stdout.splitlines()
    ]
    rows = list(csv.DictReader(io.StringIO(run(runner, "compare", str(seeds), "--format", "csv").stdout)))
    assert [line["id"] for line in lines] == [g.id for g in full.groups]
    assert [(r["group"], r["claim"]) for r in rows] == [(g.id, c) for g in full.groups for c in g.claims]


def test_compare_seeds_table(runner: CliRunner, seeds: Path) -> None:
    result = run(runner, "compare", str(seeds))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "groups:" in result.stdout.splitlines()[-1]


def test_compare_filters_apply_to_every_format(runner: CliRunner, seeds: Path) -> None:
    args = ["compare", str(seeds), "--status", "variant,single", "--speaker", "kerry"]
    shown = CompareResult.model_validate_json(run(runner, *args, "--format", "json").stdout)
    assert shown.groups
    assert all(g.status in {"variant", "single"} for g in shown.groups)
    assert all("kerry" in (g.speaker or "").lower() for g in shown.groups)
    assert {c.id for c in shown.claims} == {c for g in shown.groups for c in g.claims}
    lines = run(runner, *args, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [g.id for g in shown.groups]


def test_compare_min_score(runner: CliRunner, fake_compare: None, seeds: Path) -> None:
    result = run(runner, "compare", str(seeds), "--min-score", "80", "--format", "jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["g1"]


@pytest.mark.parametrize("value", ["bogus", "conflict,nope", ","])
def test_compare_bad_status_is_a_usage_error(runner: CliRunner, seeds: Path, value: str) -> None:
    result = run(runner, "compare", str(seeds), "--status", value)
    assert result.exit_code == 2
    assert "use a comma-separated list of agree, variant, conflict, single" in result.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--fail-on-conflict"], 1),
        ([], 0),
        (["--fail-on-conflict", "--status", "variant"], 0),
    ],
)
def test_fail_on_conflict(
    runner: CliRunner, fake_compare: None, seeds: Path, args: list[str], code: int
) -> None:
    result = run(runner, "compare", str(seeds), "--format", "json", *args)
    assert result.exit_code == code
    CompareResult.model_validate_json(result.stdout)  # the data is written either way


# --- schema ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "title"), [([], "CompareResult"), (["--for", "extract"], "ExtractResult")])
def test_schema(runner: CliRunner, args: list[str], title: str) -> None:
    result = run(runner, "schema", *args)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == title
    assert "Claim" in schema["$defs"]
    assert ("groups" in schema["properties"]) == (title == "CompareResult")


# --- processes: start-up imports, pipes ------------------------------------------------------


def _python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


HEAVY = "{'rich', 'pydantic', 'trafilatura', 'numpy', 'rapidfuzz'}"


def test_importing_the_cli_loads_nothing_heavy() -> None:
    code = f"import sys, claimcmp.cli; print(sorted({{m.split('.')[0] for m in sys.modules}} & {HEAVY}))"
    assert _python(code) == "[]"


def test_reading_text_never_imports_trafilatura(seeds: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from claimcmp.cli import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    try: cli(['extract', {str(seeds)!r}, '--format', 'json'])\n"
        "    except SystemExit: pass\n"
        "print('trafilatura' in sys.modules)"
    )
    assert _python(code) == "False"


def test_closed_stdout_pipe_is_quiet(seeds: Path) -> None:
    """`claimcmp ... | head -1`: the output is larger than a pipe's buffer, the reader leaves."""
    args = ["extract", *[str(seeds)] * 8, "--format", "json"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcmp", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err
    assert "Error" not in err


# --- docs ------------------------------------------------------------------------------------


def test_usage_guide_covers_every_command_option_and_format() -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "usage.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert f"claimcmp {name}" in guide
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in guide, f"{name} {opt} is not in docs/usage.md"
    for fmt in ["table", "json", "jsonl", "csv", "markdown"]:
        assert f"`{fmt}`" in guide
    for code in ["| 0 |", "| 1 |", "| 2 |", "| 3 |"]:
        assert code in guide


def test_usage_guide_examples_show_the_real_output() -> None:
    script = Path(__file__).resolve().parent.parent / "docs" / "usage_examples.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False, timeout=600
    )
    assert done.returncode == 0, done.stderr
