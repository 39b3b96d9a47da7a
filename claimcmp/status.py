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

from claimcmp.align import normalise
from claimcmp.lexicon import CUE_FORMS, DENIAL_CUES, NEGATIONS, STOPWORDS
from claimcmp.models import Claim, WordDiff

SAME_WORDS_SCORE = 90
_NUMBER = re.compile(r"^\d[\d,.]*(?:%|st|nd|rd|th|s|bn|m|k)?$")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
                 "million", "billion", "dozen", "half", "third", "quarter", "first", "second"}
_MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday"}
_RANK = {"agree": 0, "variant": 1, "conflict": 2}


def word_diff(a: str, b: str) -> list[WordDiff]:
    """Word-level steps turning version a into version b (original casing kept)."""
    wa, wb = _words(a), _words(b)
    na, nb = [normalise(w) for w in wa], [normalise(w) for w in wb]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes():
        out.append(WordDiff(op=op, a=" ".join(wa[i1:i2]), b=" ".join(wb[j1:j2])))
    return out


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s…—–]+", text) if normalise(w)]


def _is_value(word: str) -> bool:
    low = word.lower()
    return bool(_NUMBER.match(low)) or low in _NUMBER_WORDS or low in _MONTHS_DAYS


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in STOPWORDS


def _value_conflicts(diff: list[WordDiff]) -> list[str]:
    """Numbers, dates or names replaced one for one: `30` → `31`, `Norwalk` → `Norfolk`."""
    reasons = []
    for step in diff:
        if step.op != "replace":
            continue
        xs, ys = [normalise(w) for w in step.a.split()], [normalise(w) for w in step.b.split()]
        raw_a, raw_b = step.a.split(), step.b.split()
        values_a = [w for w in xs if _is_value(w)]
        values_b = [w for w in ys if _is_value(w)]
        if values_a and values_b and set(values_a) != set(values_b):
            reasons.append(f"numbers or dates differ: {' '.join(values_a)} vs {' '.join(values_b)}")
        elif len(raw_a) == 1 and len(raw_b) == 1 and _is_name(raw_a[0].strip("“”\"'‘’,.")) and _is_name(
                raw_b[0].strip("“”\"'‘’,.")):
            reasons.append(f"names differ: {raw_a[0].strip(',.')} vs {raw_b[0].strip(',.')}")
    return reasons


def _negation_conflict(diff: list[WordDiff]) -> list[str]:
    for step in diff:
        if step.op == "equal":
            continue
        added = {w for w in normalise(step.b).split() if w in NEGATIONS or w.endswith("n't")}
        removed = {w for w in normalise(step.a).split() if w in NEGATIONS or w.endswith("n't")}
        if added != removed and step.op in {"insert", "delete", "replace"} and (added ^ removed):
            return [f"negated in one version: {' '.join(sorted(added ^ removed))}"]
    return []


def _cue_lemma(claim: Claim) -> str:
    first = (claim.cue or "").split(" ")[0].lower()
    return CUE_FORMS.get(first, first)


def pair_status(a: Claim, b: Claim, score: float) -> tuple[str, list[str]]:
    """Status of two versions of one statement, and the reasons for a conflict."""
    reasons: list[str] = []
    na = a.speaker.name if a.speaker else None
    nb = b.speaker.name if b.speaker else None
    if na and nb and na != nb and score >= SAME_WORDS_SCORE:
        reasons.append(f"same words, different speakers: {na} vs {nb}")
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


def worst(statuses: list[str]) -> str:
    return max(statuses, key=lambda s: _RANK[s]) if statuses else "single"
