"""Headline, outlet, byline and date, where the article's own text shows them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from claimcmp.lexicon import MEDIA_NAMES, MONTHS

_MONTH_NAMES = MONTHS
_MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES)}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>[A-Z][a-z]{2,8})\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH} (?P<day>[0-3]?\d),? (?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>[0-3]?\d) {_MONTH},? (?P<year>(?:19|20)\d\d)\b"),
]
_BY = re.compile(r"^By (?P<who>[^\d\n]{2,60}?)(?: [|–—-] | (?=[A-Z][a-z]{2,8}\.? \d)|$)")
_DASHED = re.compile(
    r"^(?P<who>[A-Z][^–—|\n]{1,40}?) [–—|] (?P<date>[^–—|\n]{6,30}) [–—|] (?P<outlet>[^–—|\n]{2,40}?) [–—|]"
)
_HEAD_LINES = 8


def parse_date(text: str) -> dt.date | None:
    """The first full date (with a year) in text, or None."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if m is None:
            continue
        groups = m.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS.get(groups["month"].lower())
        if month is None:
            continue
        try:
            return dt.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            continue
    return None


def detect_metadata(text: str) -> dict[str, Any]:
    """headline, outlet, byline and published date, each None when the text does not show it."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    meta: dict[str, Any] = {
        "headline": lines[0][:300] if lines else None,
        "outlet": None,
        "byline": None,
        "published": None,
    }
    for line in lines[1:_HEAD_LINES]:
        _read_byline(line, meta)
    if meta["published"] is None:
        for line in lines[1:4]:
            if len(line) <= 40 and (date := parse_date(line)) is not None:
                meta["published"] = date
                break
    if meta["outlet"] is None:
        meta["outlet"] = _wire_credit(lines[-6:])
    return meta


def _read_byline(line: str, meta: dict[str, Any]) -> None:
    if (m := _DASHED.match(line)) is not None and parse_date(m.group("date")):
        meta["byline"] = meta["byline"] or m.group("who").strip()
        meta["published"] = meta["published"] or parse_date(m.group("date"))
        meta["outlet"] = meta["outlet"] or m.group("outlet").strip()
    elif (m := _BY.match(line)) is not None:
        who = m.group("who").strip().rstrip(",")
        if who.lower() in MEDIA_NAMES:
            meta["outlet"] = meta["outlet"] or who
        else:
            meta["byline"] = meta["byline"] or who
        if len(line) < 120:
            meta["published"] = meta["published"] or parse_date(line)


def _wire_credit(tail: list[str]) -> str | None:
    """A wire service credited at the end ('... in eastern Ukraine. Reuters')."""
    names = sorted(MEDIA_NAMES, key=len, reverse=True)
    reach = max(map(len, names), default=0) + 3
    for line in reversed(tail):
        low = line[-reach:].lower()  # only the end can hold the credit: a long line costs nothing
        for name in names:
            if low.endswith(". " + name) or (low == name and len(line) == len(name)):
                return line[len(line) - len(name) :]
            if low.endswith(" (" + name + ")"):
                return line[len(line) - len(name) - 1 : -1]
    return None
