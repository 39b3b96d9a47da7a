"""Find quoted spans: every mark style, missing or unclosed marks, nested quotes.

Marks are classified by their neighbours rather than by their glyph, because
scrapers flatten curly marks to straight ones unevenly and typists swap them:
a mark after a space and before a letter opens, one after a letter and before
a space or punctuation closes. The glyph only breaks ties. Apostrophes (a mark
between two letters) are never quote marks. Two typewriter marks in a row (`''` or
``` `` ```) are one double mark, as some archives (and LaTeX) print them. One paragraph at a time: quotes do
not cross paragraph breaks (a quote running over several paragraphs is one
span per paragraph, linked by `continues`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claimcmp.textspan import Span

DOUBLE = '"“”„‟″'
SINGLE = "'‘’‚‛"
GUILLEMET_OPEN = "«‹"
GUILLEMET_CLOSE = "»›"
ALL_MARKS = DOUBLE + SINGLE + GUILLEMET_OPEN + GUILLEMET_CLOSE
_TWO_CHARACTER_DOUBLE = ("''", "``")  # typewriter doubles: `''We will win,'' he said.`
_FAMILY_MARKS = {  # one character class each (or a fixed pair first): linear, and only marks are visited
    "double": re.compile(f"''|``|[{re.escape(DOUBLE)}]"),
    "single": re.compile(f"''|``|[{re.escape(SINGLE)}]"),
    "guillemet": re.compile(f"[{re.escape(GUILLEMET_OPEN + GUILLEMET_CLOSE)}]"),
}
_OPEN_HINT = "“„‘‚«‹"
_CLOSE_HINT = "”’»›″"
_BEFORE_OPEN = "([{—–-/:;…"
_AFTER_CLOSE = ".,;:!?)]}—–-…"


@dataclass(slots=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    paragraph: int
    open_mark: int | None  # offset of the opening mark; None when it is missing
    close_mark: int | None  # offset of the closing mark; None when never closed
    family: str  # "double", "single" or "guillemet"
    open_width: int = 1  # 2 for a typewriter double mark (`''`)
    close_width: int = 1
    depth: int = 0  # 1 for a quote inside another quote
    continues: bool = False  # reopens a quote left open at the previous paragraph's end

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class _Mark:
    pos: int
    can_open: bool
    can_close: bool
    width: int = 1


def _family(ch: str) -> str:
    if ch in DOUBLE:
        return "double"
    if ch in SINGLE:
        return "single"
    return "guillemet"


def _classify(text: str, i: int, lo: int, hi: int, width: int = 1) -> _Mark | None:
    ch = text[i]
    prev = text[i - 1] if i > lo else None
    nxt = text[i + width] if i + width < hi else None
    if width == 2:
        ch = "“" if ch == "`" else '"'  # a typewriter double mark: the open hint for ``
    if ch in SINGLE and prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
        return None  # apostrophe: don't, Kerry’s
    if ch in GUILLEMET_OPEN:
        return _Mark(i, True, False)
    if ch in GUILLEMET_CLOSE:
        return _Mark(i, False, True)
    can_open = (prev is None or prev.isspace() or prev in _BEFORE_OPEN or prev in ALL_MARKS) and (
        nxt is not None and not nxt.isspace()
    )
    can_close = (prev is not None and not prev.isspace()) and (
        nxt is None or nxt.isspace() or nxt in _AFTER_CLOSE or nxt in ALL_MARKS
    )
    if can_open and can_close:
        if ch in _OPEN_HINT:
            can_close = False
        elif ch in _CLOSE_HINT:
            can_open = False
        elif prev is not None and prev in ALL_MARKS:
            can_close = False
        else:
            return None
    if not (can_open or can_close):
        return None
    return _Mark(i, can_open, can_close, width)


def _marks(text: str, para: Span, family: str) -> list[_Mark]:
    """The family's marks in the paragraph; a typewriter pair (`''`) is a double mark, never two singles."""
    out = []
    for found in _FAMILY_MARKS[family].finditer(text, para.start, para.end):
        width = found.end() - found.start()
        if width == 2 and family != "double":
            continue  # the pair belongs to the double family
        mark = _classify(text, found.start(), para.start, para.end, width)
        if mark is not None:
            out.append(mark)
    return out


def _pair(marks: list[_Mark], text: str = "") -> tuple[list[tuple[int, int]], int | None, list[int]]:
    """Pair marks left to right: (closed pairs, a mark left open, orphan closing marks)."""
    pairs: list[tuple[int, int]] = []
    orphans: list[int] = []
    open_at: int | None = None
    for n, m in enumerate(marks):
        if (
            open_at is not None
            and m.can_close
            and not m.can_open
            and _plural_possessive(text, m.pos)
            and any(later.can_close for later in marks[n + 1 :])
        ):
            continue  # ‘The drivers’ union won’t …’: the first ’ is a possessive
        if open_at is None:
            if m.can_open:
                open_at = m.pos
            elif m.can_close:
                orphans.append(m.pos)
        elif m.can_close:
            pairs.append((open_at, m.pos))
            open_at = None
        elif m.can_open:
            # a new opening mark before the last one closed: the first was lost
            pairs.append((open_at, -m.pos))
            open_at = m.pos
    return pairs, open_at, orphans


def _plural_possessive(text: str, i: int) -> bool:
    """`drivers’ union`: a single mark after an s and before a lower-case word."""
    return 0 < i < len(text) - 2 and text[i - 1] in "sS" and text[i + 1] == " " and text[i + 2].islower()


def find_quotes(text: str, paras: list[Span]) -> list[Quote]:
    """All quoted spans of the text, in order of position."""
    quotes: list[Quote] = []
    left_open: dict[str, bool] = {}
    for index, para in enumerate(paras):
        outer = _family_quotes(text, para, index, "double", left_open=left_open)
        outer += _family_quotes(text, para, index, "guillemet", left_open=left_open)
        singles = _family_quotes(text, para, index, "single", left_open=left_open, strict=True)
        for q in singles:
            if any(o.start <= _mark_or(q) and q.end <= o.end for o in outer):
                q.depth = 1
        for q in outer:
            if any(s.start <= _mark_or(q) and q.end <= s.end for s in singles if s.depth == 0):
                q.depth = 1
        quotes.extend(outer)
        quotes.extend(singles)
    for q in quotes:  # « French spacing » keeps its spaces outside the span
        while q.start < q.end and text[q.start].isspace():
            q.start += 1
        while q.end > q.start and text[q.end - 1].isspace():
            q.end -= 1
    quotes = [q for q in quotes if q.end - q.start > 1]  # rock ’n’ roll: no one-letter quotes
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


def _mark_or(q: Quote) -> int:
    return q.open_mark if q.open_mark is not None else q.start


def _family_quotes(
    text: str, para: Span, index: int, family: str, *, left_open: dict[str, bool], strict: bool = False
) -> list[Quote]:
    marks = _marks(text, para, family)
    pairs, open_at, orphans = _pair(marks, text if family == "single" else "")
    out: list[Quote] = []
    first_mark = marks[0].pos if marks else None
    reopened = left_open.get(family, False) and first_mark == para.start and marks[0].can_open
    width = {m.pos: m.width for m in marks}
    for a, b in pairs:
        if b < 0:  # closed by a new opening mark: ends where the next quote begins
            if strict:
                continue
            end = _trim_end(text, a + width[a], -b)
            out.append(Quote(a + width[a], end, index, a, None, family, open_width=width[a]))
        else:
            out.append(Quote(a + width[a], b, index, a, b, family, open_width=width[a], close_width=width[b]))
    # single marks left open are elisions ('90s) or possessives more often than quotes
    if open_at is not None and not strict:
        end = _trim_end(text, open_at + width[open_at], para.end)
        out.append(
            Quote(open_at + width[open_at], end, index, open_at, None, family, open_width=width[open_at])
        )
    if not strict:
        closes = sorted(q.close_mark for q in out if q.close_mark is not None)
        last_orphan: int | None = None
        for pos in orphans:
            k = bisect.bisect_left(closes, pos)
            prev = max(closes[k - 1] if k else -1, last_orphan if last_orphan is not None else -1)
            start = _orphan_start(text, para, pos, prev if prev >= 0 else None)
            if start < pos:
                out.append(Quote(start, pos, index, None, pos, family, close_width=width[pos]))
            last_orphan = pos  # the next orphan never reaches back past this one: linear
    if reopened and out:
        first = min(out, key=lambda q: q.start)
        first.continues = True
    left_open[family] = open_at is not None and not strict
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _orphan_start(text: str, para: Span, close: int, prev_close: int | None) -> int:
    """Where a quote whose opening mark is missing begins.

    After the last colon before it (`said: The serious approach ...”`); else at
    the first sentence after the previous quote's attribution; else at the
    paragraph start.
    """
    floor = para.start
    if prev_close is not None:
        floor = _next_sentence_start(text, prev_close + 1, close)
    colon = text.rfind(": ", floor, close)
    start = colon + 2 if colon >= 0 else floor
    while start < close and text[start].isspace():
        start += 1
    return start


def _next_sentence_start(text: str, start: int, limit: int) -> int:
    i = start
    while i < limit - 1:
        if text[i] in ".!?" and text[i + 1].isspace():
            j = i + 1
            while j < limit and text[j].isspace():
                j += 1
            return j
        i += 1
    return limit
