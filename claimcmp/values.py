"""Values in a version's words, compared as values rather than as tokens.

Outlets print the same value in their own house style: `3,000` and `3000`, `five` and `5`, `15%`
and `15 percent`, `Oct. 5` and `October 5`, `$2bn` and `$2 billion`. Compared as words these
differ; compared as values they are equal, and only a changed value (`2019` → `2021`, `by March` →
`by May`) is a conflict. `values_of` reads the numbers (digits with any thousands separator,
number words, scale words, percent and currency signs) and the months and weekdays of a few
words as printed, each with the words that printed it, so that a conflict's reason can quote both
versions as the reader saw them.

Word lists are the language's (`claimcmp.lexicon`); the patterns are linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcmp.lexicon import FRACTION_WORDS, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, SCALE_WORDS, WEEKDAYS

# Digits with thousands separators (`3,000`, `3 000`, `3.000.000`), decimals, and what may cling
# to them: a currency sign before, a percent sign, an ordinal or a scale letter after.
_NUMBER = re.compile(
    r"(?P<currency>[$€£¥])?(?P<digits>\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+)(?P<decimals>\.\d+)?"
    r"(?P<suffix>%|st|nd|rd|th|s|bn|b|m|k)?"
)
_SUFFIX_SCALE = {"bn": 1e9, "b": 1e9, "m": 1e6, "k": 1e3}
_PERCENT_WORDS = frozenset({"percent", "per", "pct", "%"})
_EDGES = "“”\"'‘’,;:!?()[]"


@dataclass(frozen=True, slots=True)
class Value:
    """One value: its kind, its canonical form, and the words that printed it."""

    kind: str  # "number", "percent", "decade", "month" or "weekday"
    canonical: float | int | str
    printed: str


def values_of(text: str) -> list[Value]:
    """The values a few words print, in order."""
    words = [w.strip(_EDGES) for w in text.split()]
    words = [w for w in words if w]
    out: list[Value] = []
    i = 0
    while i < len(words):
        found, used = _read_value(words, i)
        if found is None:
            i += 1
            continue
        out.append(found)
        i += used
    return out


def scales_a_number(word: str) -> bool:
    """A word that changes the number printed before it: `million`, `percent`."""
    low = word.strip(_EDGES).lower()
    return low in SCALE_WORDS or low in _PERCENT_WORDS


def same_values(a: list[Value], b: list[Value]) -> bool:
    """Equal as values, in any house style: the kinds and canonical forms, in order."""
    return [(v.kind, v.canonical) for v in a] == [(v.kind, v.canonical) for v in b]


def _read_value(words: list[str], i: int) -> tuple[Value | None, int]:
    word = words[i]
    low = word.lower().rstrip(".")
    if low in MONTHS or low in MONTH_ABBREVIATIONS:
        if word[:1].isupper():  # `may` is a verb; `May` a month or a name, read as the month
            month = MONTHS.index(MONTH_ABBREVIATIONS.get(low, low)) + 1
            return Value("month", month, word), 1
        return None, 1
    if low in WEEKDAYS and word[:1].isupper():
        return Value("weekday", low, word), 1
    share, used = _fraction(words, i)
    if share is not None:
        return Value("percent", _canonical(round(100 * share)), " ".join(words[i : i + used])), used
    number, used = _number(words, i)
    if number is None:
        return None, 1
    printed = " ".join(words[i : i + used])
    decade = _NUMBER.fullmatch(word)
    round_tens = number % 10 == 0 and decade is not None and len(decade["digits"]) in {2, 4}
    if decade is not None and decade["suffix"] == "s" and round_tens:
        # `the 1990s` and `the '90s`: one decade, the century left to the reader
        return Value("decade", int(number) % 100, printed), used
    if i + used < len(words) and words[i + used].lower() in _PERCENT_WORDS:
        extra = 2 if words[i + used].lower() == "per" and i + used + 1 < len(words) else 1
        return Value("percent", number, " ".join(words[i : i + used + extra])), used + extra
    if printed.endswith("%"):
        return Value("percent", number, printed), used
    return Value("number", number, printed), used


_FRACTION_COUNTS = {"a": 1, "an": 1} | NUMBER_WORDS


def share_word(word: str) -> float | None:
    """A share one word prints: `half`, `two-thirds` (lower case), else None."""
    if word == "half":
        return FRACTION_WORDS[word]
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in FRACTION_WORDS:
        return NUMBER_WORDS[parts[0]] * FRACTION_WORDS[parts[1]]
    return None


def _fraction(words: list[str], i: int) -> tuple[float | None, int]:
    """A share in words: `half`, `a third`, `one quarter`, `two-thirds`, `three quarters`. Printed
    as a percent would be, so `a quarter` and `25 percent` are one value."""
    low = words[i].lower()
    share = share_word(low)
    if share is not None:
        return share, 1
    if low in _FRACTION_COUNTS and i + 1 < len(words) and words[i + 1].lower() in FRACTION_WORDS:
        return _FRACTION_COUNTS[low] * FRACTION_WORDS[words[i + 1].lower()], 2  # `a third`, `two thirds`
    return None, 1


def _number(words: list[str], i: int) -> tuple[float | None, int]:
    """A number in digits or words, with a scale word after it (`1.5 million`, `two hundred`)."""
    match = _NUMBER.fullmatch(words[i])
    if match is not None:
        value = float(re.sub(r"\D", "", match["digits"]) + (match["decimals"] or ""))
        value *= _SUFFIX_SCALE.get(match["suffix"] or "", 1.0)
        used = 1
    elif "-" in words[i] and all(part in NUMBER_WORDS for part in words[i].lower().split("-")):
        parts = words[i].lower().split("-")  # `twenty-five`
        value, used = float(sum(NUMBER_WORDS[part] for part in parts)), 1
    elif words[i].lower() in NUMBER_WORDS:
        value, used = float(NUMBER_WORDS[words[i].lower()]), 1
        # `twenty-five` is one word; `twenty five` two
        while i + used < len(words) and words[i + used].lower() in NUMBER_WORDS and value >= 20:
            value += NUMBER_WORDS[words[i + used].lower()]
            used += 1
    else:
        return None, 1
    while i + used < len(words) and words[i + used].lower() in SCALE_WORDS:
        value *= SCALE_WORDS[words[i + used].lower()]
        used += 1
    return _canonical(value), used


def _canonical(value: float) -> float:
    return float(round(value, 6))
