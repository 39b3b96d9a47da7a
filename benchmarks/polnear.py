"""Score claimcmp's attribution on PolNeAR, overall, per outlet and per cue.

    python benchmarks/polnear.py                        # ../polnear/dev, as extracted beside the checkout
    python benchmarks/polnear.py --split train --out bench-out/polnear-train.md
    python benchmarks/polnear.py --data DIR --scorer PATH/score.py --claimcmp .venv/bin/claimcmp

PolNeAR (Newell, Margolin and Ruths, LREC 2018; github networkdynamics/PolNeAR) is 1,008 political
news articles from seven US outlets with every attribution (source, cue, content) marked by hand.
`../shared/eval/polnear/extract.py` turns a clone into DATA/SPLIT/{text,gold.json}; this script runs
`claimcmp extract DATA/SPLIT/text --format json` once and scores it with PolNeAR's scorer
(`score.py`, whose docstring defines every figure): on the whole split, then on each outlet's
articles (the outlet is the file name's first part), and with the scorer's per-cue breakdown of
misses. The test split is never read here: it is how claimcmp is judged from outside.

Writes a Markdown report (stdout, or --out) and, with --json, every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "polnear"
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "polnear" / "score.py"
SPLITS = ("train", "dev")  # never "test": see the module docstring
HEADLINE = (
    ("R50", "R@.5"),
    ("P50", "P@.5"),
    ("src_named", "src acc named"),
    ("attr_P", "attr P"),
    ("attr_R", "attr R"),
    ("attr_F1", "attr F1"),
)
QTYPES = ("direct", "partial", "indirect")


def _claimcmp(explicit: str | None) -> list[str]:
    if explicit:
        return [explicit]
    local = ROOT / ".venv" / "bin" / "claimcmp"
    return [str(local)] if local.exists() else [sys.executable, "-m", "claimcmp"]


def _score(
    scorer: Path, gold: Path, texts: Path, pred: Path, summary: Path, *, examples: bool
) -> dict[str, Any]:
    cmd = [sys.executable, str(scorer), "--gold", str(gold), "--text", str(texts)]
    cmd += ["--pred", f"claimcmp={pred}", "--json", str(summary)]
    if examples:
        cmd += ["--examples", "claimcmp"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    result: dict[str, Any] = json.loads(summary.read_text(encoding="utf-8"))
    return result


def _outlet(stem: str) -> str:
    return stem.split("_", 1)[0]


def _row(name: str, figures: dict[str, Any], n_articles: int) -> str:
    cells = [name, str(n_articles), str(figures["A"])]
    cells += [f"{100 * figures[key]:.1f}" for key, _ in HEADLINE]
    by_q = figures.get("R50_by_qtype", {})
    cells += [f"{100 * by_q[q]:.1f}" if q in by_q else "-" for q in QTYPES]
    return "| " + " | ".join(cells) + " |"


def _header() -> list[str]:
    names = ["set", "articles", "A", *(label for _, label in HEADLINE), *(f"R@.5 {q}" for q in QTYPES)]
    return ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]


def run(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    split_dir = Path(args.data) / args.split
    texts, gold = split_dir / "text", split_dir / "gold.json"
    if not gold.exists():
        raise SystemExit(f"no {gold}: extract PolNeAR first (../shared/eval/polnear/README.md)")
    with tempfile.TemporaryDirectory(prefix="claimcmp-polnear-") as tmp_name:
        tmp = Path(tmp_name)
        pred = tmp / "pred.json"
        began = time.perf_counter()
        with pred.open("w", encoding="utf-8") as out:
            cmd = [*_claimcmp(args.claimcmp), "extract", str(texts), "--format", "json"]
            subprocess.run(cmd, check=True, stdout=out)
        seconds = time.perf_counter() - began
        whole = _score(args.scorer, gold, texts, pred, tmp / "all.json", examples=True)
        stems = sorted(p.stem for p in texts.glob("*.txt"))
        by_outlet: dict[str, list[str]] = defaultdict(list)
        for stem in stems:
            by_outlet[_outlet(stem)].append(stem)
        outlets: dict[str, Any] = {}
        for outlet, members in sorted(by_outlet.items()):
            folder = tmp / f"text-{outlet}"
            folder.mkdir()
            for stem in members:
                os.symlink((texts / f"{stem}.txt").resolve(), folder / f"{stem}.txt")
            scored = _score(args.scorer, gold, folder, pred, tmp / f"{outlet}.json", examples=False)
            outlets[outlet] = {"articles": len(members), "figures": scored["systems"]["claimcmp"]}
    figures = whole["systems"]["claimcmp"]
    lines = [f"# claimcmp on PolNeAR {args.split} ({len(stems)} articles, extract in {seconds:.1f} s)", ""]
    lines += _header()
    lines.append(_row("all", figures, len(stems)))
    lines += [_row(name, o["figures"], o["articles"]) for name, o in outlets.items()]
    lines += [
        "",
        "Misses by cue lemma (gold attributions in A not found at R@.5, of all in A with that cue):",
        "",
    ]
    lines += ["| cue lemma | missed | in A |", "|---|---:|---:|"]
    breakdown = whole.get("breakdown", {})
    lines += [f"| {lemma} | {missed} | {total} |" for lemma, missed, total in breakdown.get("by_lemma", [])]
    report = {
        "split": args.split,
        "seconds": seconds,
        "all": figures,
        "outlets": outlets,
        "breakdown": breakdown,
    }
    return "\n".join(lines) + "\n", report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", default=str(DEFAULT_DATA), help="extract.py's OUT folder (default ../polnear)"
    )
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="PolNeAR's score.py")
    parser.add_argument("--claimcmp", help="the claimcmp command to run (default .venv's, else python -m)")
    parser.add_argument("--out", type=Path, help="write the Markdown report here (default stdout)")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args(argv)
    markdown, report = run(args)
    if args.out:
        args.out.write_text(markdown, encoding="utf-8")
    else:
        sys.stdout.write(markdown)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
