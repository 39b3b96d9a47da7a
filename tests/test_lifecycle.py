"""A run with worker processes ends cleanly on SIGTERM and SIGINT: promptly, with one line and
exit 143 or 130, no process left behind, no temporary file, no partial output file.

Each test starts `claimcmp compare` on a batch big enough for worker processes, waits until
the workers run, sends the signal, and checks what is left. Ten rounds of each signal run
here (the issue's bar is twenty in a row: `CLAIMCMP_LIFECYCLE_ROUNDS=20`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcmp import parallel

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc for child processes"
)

ROUNDS = int(os.environ.get("CLAIMCMP_LIFECYCLE_ROUNDS", "10"))
ARTICLES = parallel.MIN_BATCH_FOR_PROCESSES * 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(ARTICLES):
        town, mayor = f"Town{n % 40}", f"Mayor Ann Lee{n % 7}"
        body = " ".join(
            f"“The river road in {town} will stay closed until week {k},” {mayor} said on Monday. "
            f"Council leader Tom Briggs said the repairs would cost {k * 1000 + n} dollars."
            for k in range(12)
        )
        (folder / f"a{n:04d}.txt").write_text(
            f"Flood closes {town} road\n\nBy Staff {n}\n\n{body}\n", "utf-8"
        )
    return folder


def _descendants(pid: int) -> set[int]:
    """Every process below `pid` (children of children too), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _a_worker(root: int) -> int:
    """A pool worker under `root`: a child of the fork server (whose command line says so)."""
    for pid in sorted(_descendants(root)):
        if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes():
            workers = sorted(_descendants(pid))
            if workers:
                return workers[0]
    raise AssertionError("no worker found")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _interrupt(corpus: Path, tmp_path: Path, sig: signal.Signals) -> None:
    spool = tmp_path / "tmp"
    spool.mkdir()
    output = tmp_path / "out.json"
    env = {**os.environ, "TMPDIR": str(spool)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcmp", "compare", str(corpus), "--workers", "2", "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_descendants(proc.pid)) < 3 and proc.poll() is None:  # fork server and two workers
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
        time.sleep(0.3)  # a moment of work under way
        assert proc.poll() is None, "the run ended before the signal: make the corpus larger"
        family = _descendants(proc.pid)
        sent = time.monotonic()
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    expected = {signal.SIGTERM: (143, "claimcmp: terminated"), signal.SIGINT: (130, "claimcmp: interrupted")}
    assert (proc.returncode, stderr.strip()) == expected[sig]
    assert took <= 2.5, f"took {took:.1f} s to end"
    time.sleep(0.5)  # the fork server notices its parent is gone
    assert [pid for pid in family if _alive(pid)] == []
    assert list(spool.iterdir()) == []
    assert list(tmp_path.glob("*out.json*")) == []


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_sigterm_ends_a_run_cleanly(corpus: Path, tmp_path: Path, round_: int) -> None:
    _interrupt(corpus, tmp_path, signal.SIGTERM)


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_sigint_ends_a_run_cleanly(corpus: Path, tmp_path: Path, round_: int) -> None:
    _interrupt(corpus, tmp_path, signal.SIGINT)


def test_a_missing_output_folder_is_reported_before_any_work(corpus: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "claimcmp", "compare", str(corpus), "-o", str(tmp_path / "no" / "out.json")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert run.returncode == 2
    assert "no such folder" in run.stderr
    assert time.monotonic() - started < 5  # the whole compare takes far longer


def test_a_worker_that_dies_is_reported_not_waited_on(corpus: Path, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcmp", "compare", str(corpus), "--workers", "2", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_descendants(proc.pid)) < 3 and proc.poll() is None:
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
        time.sleep(0.3)
        os.kill(_a_worker(proc.pid), signal.SIGKILL)
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 3
    assert stderr.strip().splitlines() == [
        "claimcmp: error: a worker process died (killed, or out of memory: try --workers 1, or fewer "
        "articles at a time); nothing was written"
    ]
    assert stdout == ""
