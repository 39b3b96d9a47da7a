"""Every executor gives the same output, and the package's imports keep stages and
infrastructure apart with no cycle.

The Dask tests start a real LocalCluster of worker processes (not threads), as `--dask` does,
and one more used through its address, as `--scheduler` does (its workers then get each
event's claims with the task instead of reading this machine's temporary files).
"""

from __future__ import annotations

import ast
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcmp import parallel
from claimcmp.dask_executor import DaskWorkers
from claimcmp.executors import ExecutorChoice
from claimcmp.ingest import read_articles
from claimcmp.models import Article
from claimcmp.orchestration import spool_compare, spool_extract
from claimcmp.render import RENDERERS
from claimcmp.spool import SpoolFormat

PACKAGE = Path(__file__).resolve().parent.parent / "claimcmp"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = Path(__file__).resolve().parent / "fixtures" / "names"


def _articles() -> list[Article]:
    articles, _ = read_articles([str(SEEDS), str(NAMES)])
    return articles


def _compare(executor: ExecutorChoice, fmt: SpoolFormat) -> str:
    out = io.StringIO()
    with spool_compare(_articles(), fmt=fmt, executor=executor) as spooled:
        if fmt == "objects":
            RENDERERS["csv"](spooled.load(), out, False)
        else:
            spooled.write(out)
    return out.getvalue()


def _extract(executor: ExecutorChoice) -> str:
    out = io.StringIO()
    with spool_extract(_articles(), fmt="json", executor=executor) as spooled:
        spooled.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A running LocalCluster's address: what a user passes to --scheduler."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("fmt", ["json", "jsonl", "objects"])
def test_output_is_identical_on_every_executor(
    fmt: SpoolFormat, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_process = _compare(ExecutorChoice("local", workers=1), fmt)
    monkeypatch.setattr(parallel, "MIN_BATCH_FOR_PROCESSES", 2)  # a real pool, even for a few articles
    processes = _compare(ExecutorChoice("local", workers=2), fmt)
    local_cluster = _compare(ExecutorChoice("dask", workers=2), fmt)
    remote = _compare(ExecutorChoice("dask", scheduler=scheduler), fmt)
    assert in_process
    assert processes == in_process
    assert local_cluster == in_process
    assert remote == in_process


def test_extraction_is_identical_on_dask(scheduler: str) -> None:
    assert _extract(ExecutorChoice("dask", scheduler=scheduler)) == _extract(
        ExecutorChoice("local", workers=1)
    )


def test_dask_workers_keep_input_order_across_many_chunks(scheduler: str) -> None:
    with DaskWorkers(scheduler=scheduler) as workers:
        assert not workers.shares_files
        got = list(workers.imap(abs, iter(range(-500, 0)), 500))
    assert got == [abs(x) for x in range(-500, 0)]


def test_an_unreachable_scheduler_is_one_input_error() -> None:
    pytest.importorskip("dask.distributed")
    from claimcmp.errors import InputError  # noqa: PLC0415

    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        DaskWorkers(scheduler="tcp://127.0.0.1:1")


# --- the package's imports -------------------------------------------------------------------

# modules that run what they are given, or store and write what the stages made
INFRASTRUCTURE = {"claimcmp.executors", "claimcmp.parallel", "claimcmp.dask_executor", "claimcmp.spool"}
STAGES = {
    "claimcmp.extract",
    "claimcmp.events",
    "claimcmp.identities",
    "claimcmp.compare",
    "claimcmp.align",
    "claimcmp.status",
    "claimcmp.speakers",
    "claimcmp.speaker_fill",
    "claimcmp.attribution",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    """Every claimcmp module → the claimcmp modules it imports anywhere (lazily too)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimcmp"):
                found.add(node.module)
                found.update(
                    f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules
                )
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("claimcmp"))
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_the_package_has_no_import_cycle() -> None:
    graph = _imports()
    cycles = []
    for start in graph:
        seen: set[str] = set()
        stack = list(graph[start])
        while stack:
            module = stack.pop()
            if module == start:
                cycles.append(start)
                break
            if module not in seen:
                seen.add(module)
                stack.extend(graph.get(module, ()))
    assert cycles == []


def test_infrastructure_imports_no_stage() -> None:
    graph = _imports()
    for module in INFRASTRUCTURE:
        stages = {m for m in graph[module] if any(m == s or m.startswith(s + ".") for s in STAGES)}
        assert stages == set(), f"{module} imports {stages}"
