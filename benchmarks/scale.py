"""Wall time and peak memory of `claimcmp compare` as the corpus grows, per executor and format.

    python benchmarks/scale.py --sizes 1000 10000                  # local executor, json and table
    python benchmarks/scale.py --sizes 1000 --dask --formats json  # a 2-worker Dask LocalCluster

Generates each corpus once (benchmarks/corpus.py, cached under bench-out/), runs the command
with its output to /dev/null, and samples the resident memory of the whole process tree (the
command, its fork server and workers, or Dask's scheduler, nannies and workers) ten times a
second. Peak memory is the largest sum seen, twice: of resident memory (pages shared between
processes, as forked workers share their fork server's, counted once per process: an upper
bound) and of proportional memory (PSS: a page shared by k processes counts 1/k in each, so
the sum is what the tree takes); and the largest single process. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from proctree import tree_pss_mb, tree_rss_mb  # noqa: E402 - the benchmark folder is not a package


def _largest_process_mb(root: int) -> float:
    """The resident memory of the largest single process in root's tree, in MiB."""
    best = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        pid = int(stat.parent.name)
        if pid == root or _descends(pid, root):
            best = max(best, int(fields[21]) * 4096 / 2**20)
    return best


def _descends(pid: int, root: int) -> bool:
    for _ in range(8):
        try:
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            return False
        if pid == root:
            return True
        if pid <= 1:
            return False
    return False


def corpus(size: int) -> Path:
    folder = HERE.parent / "bench-out" / f"scale-{size}"
    if not (folder / "articles").is_dir():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), str(size), str(folder)], check=True)
    return folder / "articles"


def measure(articles: Path, fmt: str, extra: list[str]) -> tuple[float, float, float, float]:
    command = [sys.executable, "-m", "claimcmp", "compare", str(articles), "--format", fmt, *extra]
    started = time.perf_counter()
    with open("/dev/null", "w") as sink:
        proc = subprocess.Popen(command, stdout=sink)
        peak_tree = peak_pss = peak_one = 0.0
        while proc.poll() is None:
            peak_tree = max(peak_tree, tree_rss_mb(proc.pid, include_root=True))
            peak_pss = max(peak_pss, tree_pss_mb(proc.pid, include_root=True))
            peak_one = max(peak_one, _largest_process_mb(proc.pid))
            time.sleep(0.1)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: exit {proc.returncode}")
    return time.perf_counter() - started, peak_tree, peak_pss, peak_one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--formats", nargs="+", default=["json", "table"])
    parser.add_argument(
        "--dask", action="store_true", help="a 2-worker Dask LocalCluster (--dask --workers 2)"
    )
    args = parser.parse_args()
    extra = ["--dask", "--workers", "2"] if args.dask else []
    executor = "Dask LocalCluster, 2 workers" if args.dask else "local processes"
    print("| articles | format | executor | wall | peak RSS, whole tree | peak PSS, whole tree | largest |")
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        articles = corpus(size)
        for fmt in args.formats:
            wall, tree, pss, one = measure(articles, fmt, extra)
            print(
                f"| {size:,} | {fmt} | {executor} | {wall:.1f} s | {tree:.0f} MB | {pss:.0f} MB"
                f" | {one:.0f} MB |",
                flush=True,
            )


if __name__ == "__main__":
    main()
