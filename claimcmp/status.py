"""How two versions of one statement relate: agree, variant or conflict, with word diffs.

- agree: the same words once case, quote marks, dashes, ellipses, whitespace
  and punctuation are normalised;
- conflict: the same words given to different speakers; a number, date or
  name present in both versions with different values; one version negating
  the other; a denial of what the other asserts;
- variant: anything else (truncated, reworded, a detail in one version only,
  a quote against reported speech).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from claimcmp.lexicon import CUE_FORMS, DENIAL_CUES, MONTHS, NEGATIONS, STOPWORDS, WEEKDAYS
from claimcmp.models import Claim
from claimcmp.textsim import normalise, same_words

_NUMBER = re.compile(r"^\d[\d,.]*(?:%|st|nd|rd|th|s|bn|m|k)?$")
_NUMBER_WORDS = frozenset(
    (
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
        "hundred thousand million billion dozen half third quarter first second"
    ).split()
)
_MONTHS_DAYS = frozenset(MONTHS) | WEEKDAYS
_EDGE_PUNCT = "“”\"'‘’,.;:!?()[]"
_WORD_BREAK = re.compile(r"[\s…—–]+")
_QUOTES_OFF = str.maketrans("", "", '“”‘’„«»"')
_RANK = {"agree": 0, "variant": 1, "conflict": 2}


@dataclass(frozen=True, slots=True)
class Wording:
    """A text cut into words once: as written (for diffs) and as compared (for matching)."""

    words: list[str]
    keys: list[str]
    normal: str

    @classmethod
    def of(cls, text: str, normal: str | None = None) -> Wording:
        """`normal` is `normalise(text)`, when the caller has it already."""
        words, keys = [], []
        for word in _WORD_BREAK.split(text):
            key = _word_key(word)
            if key.strip("'"):
                words.append(word)
                keys.append(key)
        return cls(words, keys, normalise(text) if normal is None else normal)


DiffOp = Literal["equal", "insert", "delete", "replace"]
Step = tuple[DiffOp, str, str]  # (op, words of a, words of b): a WordDiff without the model's cost


def diff_steps(a: Wording, b: Wording) -> list[Step]:
    """Word-level steps turning version a into version b (original casing kept)."""
    if a.keys == b.keys:  # the common case in a group: no need for difflib
        return [("equal", " ".join(a.words), " ".join(b.words))] if a.words else []
    matcher = difflib.SequenceMatcher(None, a.keys, b.keys, autojunk=False)
    return [
        (op, " ".join(a.words[i1:i2]), " ".join(b.words[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _word_key(word: str) -> str:
    """A word as compared: lower case, quote marks and edge punctuation off (cheap, per word)."""
    return word.translate(_QUOTES_OFF).lower().strip(_EDGE_PUNCT)


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in STOPWORDS


def _interior(diff: list[Step]) -> list[Step]:
    """Differences with equal words on both sides: a truncated quote is not a contradiction."""
    return [
        step
        for k, step in enumerate(diff)
        if step[0] != "equal"
        and 0 < k < len(diff) - 1
        and diff[k - 1][0] == "equal"
        and diff[k + 1][0] == "equal"
    ]


def _value_conflicts(diff: list[Step]) -> list[str]:
    """Numbers, dates or names replaced one for one: `30` → `31`, `Norwalk` → `Norfolk`."""
    reasons = []
    for op, a, b in _interior(diff):
        if op != "replace":
            continue
        xs, ys = normalise(a).split(), normalise(b).split()
        values_a = _values(xs)
        values_b = _values(ys)
        if values_a and values_b and values_a != values_b:
            reasons.append(f"numbers or dates differ: {' '.join(values_a)} vs {' '.join(values_b)}")
        elif len(xs) == 1 and len(ys) == 1 and xs != ys and _is_name(_bare(a)) and _is_name(_bare(b)):
            reasons.append(f"names differ: {_bare(a)} vs {_bare(b)}")
    return reasons


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCT)


def _values(words: list[str]) -> list[str]:
    """Numbers, and month or day names when a number stands beside them (`May` alone is a name)."""
    has_number = any(_NUMBER.match(w) for w in words)
    return [w for w in words if _NUMBER.match(w) or w in _NUMBER_WORDS or (has_number and w in _MONTHS_DAYS)]


def _negation_conflict(diff: list[Step]) -> list[str]:
    for _, a, b in _interior(diff):
        added = {w for w in normalise(b).split() if w in NEGATIONS or w.endswith("n't")}
        removed = {w for w in normalise(a).split() if w in NEGATIONS or w.endswith("n't")}
        if added ^ removed and len(a.split()) <= 4 and len(b.split()) <= 4:
            return [f"negated in one version: {' '.join(sorted(added ^ removed))}"]
    return []


def _cue_lemma(claim: Claim) -> str:
    first = (claim.cue or "").split(" ")[0].lower()
    return CUE_FORMS.get(first, first)


def pair_status(
    a: Claim, b: Claim, wordings: tuple[Wording, Wording] | None = None, diff: list[Step] | None = None
) -> tuple[str, list[str]]:
    """Status of two versions of one statement, and the reasons for a conflict.

    `wordings` are the two texts' `Wording`s and `diff` their `diff_steps`, when the
    caller has them already.
    """
    wa, wb = wordings if wordings is not None else (Wording.of(a.text), Wording.of(b.text))
    reasons: list[str] = []
    if _distinct_speakers(a, b) and same_words(a.text, b.text):
        reasons.append(
            f"same words, different speakers: {a.speaker.name if a.speaker else ''} vs "
            f"{b.speaker.name if b.speaker else ''}"
        )
    if diff is None:
        diff = diff_steps(wa, wb)
    reasons += _value_conflicts(diff)
    reasons += _negation_conflict(diff)
    if (_cue_lemma(a) in DENIAL_CUES) != (_cue_lemma(b) in DENIAL_CUES):
        reasons.append("one version is a denial")
    if reasons:
        return "conflict", reasons
    if wa.normal == wb.normal:
        return "agree", []
    return "variant", []


def _distinct_speakers(a: Claim, b: Claim) -> bool:
    """Two named speakers that cannot be one: no anonymous source, document or bare pronoun."""
    sa, sb = a.speaker, b.speaker
    if sa is None or sb is None or not sa.name or not sb.name or sa.name == sb.name:
        return False
    named = {"person", "organization", "media"}
    return sa.kind in named and sb.kind in named and not sa.anonymous and not sb.anonymous


def worst(statuses: list[str]) -> str:
    return max(statuses, key=lambda s: _RANK[s]) if statuses else "single"
