"""How large the HTML report of a big run is, and how soon a browser can use it.

    python benchmarks/report.py                 # 1,000 generated articles
    python benchmarks/report.py --size 3000 --chromium /usr/bin/chromium

Generates the corpus (benchmarks/corpus.py), runs `claimcmp compare DIR --format html`, then
opens the file in headless Chromium (Playwright) and prints: the file's size, the time from
navigation until the first groups are drawn and the counts are filled (interactive), and the
time one filter takes to redraw. Bars (issue 15): < 10 MB and interactive in < 2 s.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="articles to generate")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - test extra

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        subprocess.run([sys.executable, str(HERE / "corpus.py"), str(args.size), str(corpus)], check=True)
        report = Path(tmp) / "report.html"
        started = time.perf_counter()
        command = [sys.executable, "-m", "claimcmp", "compare", str(corpus / "articles"), "-o", str(report)]
        subprocess.run(command, check=True)
        made = time.perf_counter() - started
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            started = time.perf_counter()
            page.goto(report.as_uri())
            page.wait_for_function("document.querySelectorAll('article.group').length > 0")
            interactive = time.perf_counter() - started
            groups = page.text_content("[data-testid=total]")
            started = time.perf_counter()
            page.uncheck("[data-testid=filter-single]")
            shown = "document.querySelector('[data-testid=shown]').textContent"
            page.wait_for_function(f"{shown} !== '{groups}'")
            filtered = time.perf_counter() - started
            browser.close()
        size = report.stat().st_size / 1e6
    print("| articles | groups | report made | size | interactive | one filter | page errors |")
    print("|---|---|---|---|---|---|---|")
    figures = [f"{made:.1f} s", f"{size:.1f} MB", f"{interactive:.2f} s", f"{filtered:.2f} s"]
    figures.append(str(len(errors)))
    print(f"| {args.size} | {groups} | " + " | ".join(figures) + " |")


if __name__ == "__main__":
    main()
