"""The HTML report (`compare --format html`): self-contained, escaped, and working in a real
browser — headless Chromium from the system (Debian's `chromium`), driven by Playwright.

Without a browser the browser tests are skipped, except under CI (`CI=true`), where a missing
browser is a failure. The seeds report's screenshot is kept in tests/artefacts/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimcmp.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = Path(__file__).resolve().parent / "fixtures" / "names"
ARTEFACTS = Path(__file__).resolve().parent / "artefacts"

HOSTILE_TEXT = (
    "Harbour plan splits council\n\n"
    "<script>window.pwned = 1; alert('script')</script> "
    "“We will <img src=x onerror=window.pwned=2;alert(1)> never sell the harbour,” Mayor Jo Park said. "
    "“<a href='javascript:alert(3)'>Click</a> the plan is sound,” councillor Sam Lee said."
)


def _compare(tmp_path: Path, *paths: str, fmt: str = "html") -> str:
    out = tmp_path / f"report.{fmt}"
    run = CliRunner().invoke(cli, ["compare", *paths, "--format", fmt, "-o", str(out), "--force"])
    assert run.exit_code == 0, run.output
    return out.read_text(encoding="utf-8")


def _hostile_inputs(tmp_path: Path) -> list[str]:
    records = [
        {
            "id": "evil",
            "outlet": "<b>Evil</b> Times",
            "url": "javascript:alert(4)",
            "title": "<script>x</script>",
            "text": HOSTILE_TEXT,
        },
        {
            "id": "plain",
            "outlet": "Plain Post",
            "url": "https://example.org/a",
            "text": "Harbour plan splits council\n\n“We will never sell the harbour,” Mayor Jo Park said.",
        },
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [str(path)]


# --- the file itself ------------------------------------------------------------------------


def test_the_report_is_one_self_contained_file(tmp_path: Path) -> None:
    page = _compare(tmp_path, str(SEEDS))
    assert page.startswith("<!doctype html>")
    assert "Content-Security-Policy" in page
    assert not re.search(
        r"<(link|img|iframe)\b|\bsrc=|https?://(?!example)", page.split('id="report-data"')[0]
    )
    assert page.count("<script") == 2  # the data and the page's own script: nothing else


def test_the_suffix_chooses_html(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    run = CliRunner().invoke(cli, ["compare", str(SEEDS), "-o", str(out)])
    assert run.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_extract_refuses_html_with_one_line(tmp_path: Path) -> None:
    run = CliRunner().invoke(cli, ["extract", str(SEEDS), "--format", "html"])
    assert run.exit_code == 2
    assert "report of compare" in run.stderr


def test_hostile_text_is_escaped_in_the_file(tmp_path: Path) -> None:
    page = _compare(tmp_path, *_hostile_inputs(tmp_path))
    assert page.count("<script") == 2
    markup, data = page.split('<script type="application/json" id="report-data">')
    data = data.split("</script>")[0]
    assert "<" not in data  # the article text in the data cannot close its element: \u003c
    assert "onerror" in data  # it is there, as text
    assert "<img" not in markup
    assert "javascript:alert(4)" not in page  # a link that is not http(s) is dropped
    assert "&lt;b&gt;Evil&lt;/b&gt; Times" in page  # in the overview, escaped by the template


# --- in a browser -----------------------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright  # noqa: PLC0415 - test extra
    except ImportError:
        executable = None
    if executable is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs Chromium and Playwright for the report tests (.ci/run installs them)")
        pytest.skip("no Chromium or Playwright here")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


class Page:
    """A report open in the browser, with every console message, error, dialog and request."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1200, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on(
            "console", lambda m: self.errors.append(m.text) if m.type in {"error", "warning"} else None
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def shown(self) -> int:
        return int(self.page.text_content("[data-testid=shown]") or -1)


def _report_and_json(tmp_path: Path, *paths: str) -> tuple[Path, dict[str, Any]]:
    page = tmp_path / "report.html"
    page.write_text(_compare(tmp_path, *paths), encoding="utf-8")
    data = json.loads(_compare(tmp_path, *paths, fmt="json"))
    return page, data


def test_seeds_report_opens_offline_with_no_error_and_every_group(browser: Any, tmp_path: Path) -> None:
    path, data = _report_and_json(tmp_path, str(SEEDS))
    view = Page(browser, path)
    assert view.shown() == len(data["groups"])
    assert view.page.locator("article.group").count() == min(len(data["groups"]), 100)
    counts = Counter(g["status"] for g in data["groups"])
    for status in ("agree", "variant", "conflict", "single"):
        assert view.page.text_content(f"[data-testid=count-{status}]") == f"{counts[status]} {status}"
    assert view.errors == []
    assert view.requests == [view.url]  # the file itself, and nothing from the network
    ARTEFACTS.mkdir(exist_ok=True)
    view.page.screenshot(path=str(ARTEFACTS / "seeds-report.png"), full_page=False)


def test_every_filter_and_the_search_agree_with_the_json(browser: Any, tmp_path: Path) -> None:
    path, data = _report_and_json(tmp_path, str(SEEDS), str(NAMES))
    groups = data["groups"]
    view = Page(browser, path)
    page = view.page
    for status in ("single", "agree"):
        page.uncheck(f"[data-testid=filter-{status}]")
    assert view.shown() == sum(g["status"] not in {"single", "agree"} for g in groups)
    page.check("[data-testid=filter-single]")
    page.check("[data-testid=filter-agree]")
    event = data["events"][0]["id"]
    page.select_option("[data-testid=filter-event]", event)
    assert view.shown() == sum(g["event"] == event for g in groups)
    page.select_option("[data-testid=filter-event]", "")
    speaker = Counter(g["speaker"] for g in groups if g["speaker"]).most_common(1)[0][0]
    page.select_option("[data-testid=filter-speaker]", speaker)
    assert view.shown() == sum(g["speaker"] == speaker for g in groups)
    page.select_option("[data-testid=filter-speaker]", "")
    outlet = "courier"  # the fixture's articles name no outlet: each stands for itself
    page.select_option("[data-testid=filter-outlet]", outlet)
    claims = {c["id"]: c for c in data["claims"]}
    assert view.shown() == sum(any(claims[c]["article"] == outlet for c in g["claims"]) for g in groups)
    page.select_option("[data-testid=filter-outlet]", "")
    page.fill("[data-testid=search]", "blank cheque")
    assert (
        view.shown() == sum(any("blank cheque" in claims[c]["text"] for c in g["claims"]) for g in groups) > 0
    )
    assert view.errors == []


def test_a_permalink_opens_its_group_even_when_filtered_out(browser: Any, tmp_path: Path) -> None:
    path, data = _report_and_json(tmp_path, str(SEEDS))
    last = data["groups"][-1]["id"]  # beyond the first page of groups drawn
    view = Page(browser, path)
    view.page.uncheck("[data-testid=filter-single]")
    view.page.goto(f"{view.url}#{last}")
    assert view.page.locator(f"#{last}").is_visible()
    assert view.page.evaluate("document.activeElement.id") == last


def test_keyboard_reaches_the_filters_and_the_groups(browser: Any, tmp_path: Path) -> None:
    path, _ = _report_and_json(tmp_path, str(SEEDS))
    view = Page(browser, path)
    reached = set()
    for _ in range(40):
        view.page.keyboard.press("Tab")
        reached.add(
            view.page.evaluate(
                "document.activeElement.getAttribute('data-testid') || document.activeElement.className"
            )
        )
    assert {"filter-conflict", "search", "filter-event"} <= reached
    assert "permalink" in reached


def test_a_hostile_article_runs_nothing(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(_compare(tmp_path, *_hostile_inputs(tmp_path)), encoding="utf-8")
    view = Page(browser, path)
    page = view.page
    page.fill("[data-testid=search]", "")
    for details in page.locator("details").all():
        details.click()  # open every context: all article text is on the page
    assert view.dialogs == []
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert "<img src=x onerror=" in (page.text_content("#groups") or "")  # shown as text, not run
    assert view.requests == [view.url]
