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

from claimcmp.lexicon import CUE_FORMS, DENIAL_CUES, MONTHS, NEGATIONS, STOPWORDS, WEEKDAYS
from claimcmp.models import Claim, WordDiff
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
_QUOTES_OFF = str.maketrans("", "", "“”‘’„«»\"")
_RANK = {"agree": 0, "variant": 1, "conflict": 2}


def word_diff(a: str, b: str) -> list[WordDiff]:
    """Word-level steps turning version a into version b (original casing kept)."""
    wa, wb = _words(a), _words(b)
    na, nb = [_word_key(w) for w in wa], [_word_key(w) for w in wb]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes():
        out.append(WordDiff(op=op, a=" ".join(wa[i1:i2]), b=" ".join(wb[j1:j2])))
    return out


def _word_key(word: str) -> str:
    """A word as compared: lower case, quote marks and edge punctuation off (cheap, per word)."""
    return word.translate(_QUOTES_OFF).lower().strip(_EDGE_PUNCT)


def _words(text: str) -> list[str]:
    return [w for w in _WORD_BREAK.split(text) if _word_key(w).strip("'")]


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in STOPWORDS


def _interior(diff: list[WordDiff]) -> list[WordDiff]:
    """Differences with equal words on both sides: a truncated quote is not a contradiction."""
    return [
        step
        for k, step in enumerate(diff)
        if step.op != "equal"
        and 0 < k < len(diff) - 1
        and diff[k - 1].op == "equal"
        and diff[k + 1].op == "equal"
    ]


def _value_conflicts(diff: list[WordDiff]) -> list[str]:
    """Numbers, dates or names replaced one for one: `30` → `31`, `Norwalk` → `Norfolk`."""
    reasons = []
    for step in _interior(diff):
        if step.op != "replace":
            continue
        xs, ys = normalise(step.a).split(), normalise(step.b).split()
        values_a = _values(xs)
        values_b = _values(ys)
        if values_a and values_b and values_a != values_b:
            reasons.append(f"numbers or dates differ: {' '.join(values_a)} vs {' '.join(values_b)}")
        elif (
            len(xs) == 1 and len(ys) == 1 and xs != ys and _is_name(_bare(step.a)) and _is_name(_bare(step.b))
        ):
            reasons.append(f"names differ: {_bare(step.a)} vs {_bare(step.b)}")
    return reasons


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCT)


def _values(words: list[str]) -> list[str]:
    """Numbers, and month or day names when a number stands beside them (`May` alone is a name)."""
    has_number = any(_NUMBER.match(w) for w in words)
    return [w for w in words if _NUMBER.match(w) or w in _NUMBER_WORDS or (has_number and w in _MONTHS_DAYS)]


def _negation_conflict(diff: list[WordDiff]) -> list[str]:
    for step in _interior(diff):
        added = {w for w in normalise(step.b).split() if w in NEGATIONS or w.endswith("n't")}
        removed = {w for w in normalise(step.a).split() if w in NEGATIONS or w.endswith("n't")}
        if added ^ removed and len(step.a.split()) <= 4 and len(step.b.split()) <= 4:
            return [f"negated in one version: {' '.join(sorted(added ^ removed))}"]
    return []


def _cue_lemma(claim: Claim) -> str:
    first = (claim.cue or "").split(" ")[0].lower()
    return CUE_FORMS.get(first, first)


def pair_status(a: Claim, b: Claim, score: float) -> tuple[str, list[str]]:
    """Status of two versions of one statement, and the reasons for a conflict."""
    reasons: list[str] = []
    if _distinct_speakers(a, b) and same_words(a.text, b.text):
        reasons.append(
            f"same words, different speakers: {a.speaker.name if a.speaker else ''} vs "
            f"{b.speaker.name if b.speaker else ''}"
        )
    diff = word_diff(a.text, b.text)
    reasons += _value_conflicts(diff)
    reasons += _negation_conflict(diff)
    if (_cue_lemma(a) in DENIAL_CUES) != (_cue_lemma(b) in DENIAL_CUES):
        reasons.append("one version is a denial")
    if reasons:
        return "conflict", reasons
    if normalise(a.text) == normalise(b.text):
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
