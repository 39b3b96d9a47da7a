"""The learned step of attribution: which reported-speech claims the rules propose are real.

The rules (`attribution._forward_claim`) propose a candidate wherever a cue verb with a speaker
before it is followed by words: "X said (that) …", "X called for …", "X asked whether …",
"X threatened to …". Word lists and hand rules cannot tell which of these report speech on text
they were not written for, so a logistic regression trained on PolNeAR train
(`training/train_chooser.py`, 840 articles of hand-marked attributions) scores each candidate from
binary features of its words: the cue's lemma and form, the words around it, how the content
opens, its length, the speaker's kind, and what the hand rules would have said. The weights ship
in `claimcmp/data/chooser-en.json` (keyed by language) and load on first use; a claim the model
kept carries its score.

A pure function of the candidate: no state but the weights, read once.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from claimcmp.lexicon import PREPOSITIONS, STOPWORDS
from claimcmp.mentions import HEAD_NOUNS, QUOTE_TOKEN, Mention
from claimcmp.textspan import Token

_DATA = Path(__file__).resolve().parent.parent / "data"
_SPEAKER_OPENERS = PREPOSITIONS | frozenset({"unlike", "like", "contrary", "despite", "than", "but", "and"})
# Words kept as themselves in features; any other word is reduced to its shape, so that the model
# learns "asked whether", "called for", "said the" rather than the vocabulary of one corpus.
_CLOSED_CLASS = STOPWORDS | frozenset(
    "whether if how why what whom whose where who which for on about against to of at into over "
    "through during since because although though while unless until despite amid".split()
)


@dataclass(slots=True, frozen=True)
class ClaimCandidate:
    """A reported-speech claim the rules propose, with what the rules know about it."""

    toks: list[Token]  # the sentence, each quote one placeholder token
    cue_index: int  # first token of the cue
    cue_after: int  # first token after the cue
    lemma: str
    first: int  # first token of the content
    end: int  # one past its last token
    speaker: Mention
    hand_rule: bool  # the hand-written rules alone would have kept it
    claim_cue: bool  # the cue is one the hand rules take reported speech after
    explicit_that: bool
    clause: bool  # the content reads as a clause (a subject and a verb), not an object
    headline: bool
    preposition: str | None  # "for" in "called for an inquiry": the act's object is the content


class Chooser(Protocol):
    threshold: float

    def score(self, candidate: ClaimCandidate) -> float: ...


def _word(tok: Token | None) -> str:
    if tok is None:
        return "<none>"
    if tok.text == QUOTE_TOKEN:
        return "<quote>"
    low = tok.lower
    if low in _CLOSED_CLASS or not tok.is_word:
        return low
    if tok.text[0].isupper():
        return "<Cap>"
    if tok.text[0].isdigit():
        return "<num>"
    return "<low>"


def _speaker_word(tok: Token | None) -> str:
    """The speaker's first word as the model sees it: a closed-class word or preposition itself
    (`the`, `his`, `unlike`), a lower-case participle as `<ing>` (`including ones`), else its shape."""
    if tok is not None and tok.is_word:
        low = tok.lower
        if low in _SPEAKER_OPENERS:
            return low
        if low.endswith("ing") and tok.text.islower():
            return "<ing>"
    return _word(tok)


def _at(toks: list[Token], i: int) -> Token | None:
    return toks[i] if 0 <= i < len(toks) else None


def _form(cue_text: str) -> str:
    low = cue_text.lower()
    for ending in ("ing", "ed", "s"):
        if low.endswith(ending):
            return ending
    return "base"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def features(c: ClaimCandidate) -> list[str]:
    """The candidate's binary features, as strings (a feature present is 1)."""
    toks = c.toks
    content = toks[c.first : c.end]
    words = [t for t in content if t.is_word]
    nxt, prev, first = _word(_at(toks, c.cue_after)), _word(_at(toks, c.cue_index - 1)), _word(toks[c.first])
    second = _word(_at(toks, c.first + 1))
    out = [
        f"lemma={c.lemma}",
        f"form={_form(toks[c.cue_index].text)}",
        f"next={nxt}",
        f"lemma|next={c.lemma}|{nxt}",
        f"prev={prev}",
        f"first={first}",
        f"first2={first}|{second}",
        f"lemma|first={c.lemma}|{first}",
        f"len={_bucket(len(words), (2, 4, 8, 16, 32))}",
        f"gap={_bucket(c.first - c.cue_after, (0, 1, 3, 6))}",
        f"speaker={c.speaker.kind}:{c.speaker.entity}",
        f"speaker_gap={_bucket(c.cue_index - c.speaker.last, (0, 1, 3, 8))}",
        f"cue_at={_bucket(c.cue_index, (0, 2, 5, 10, 20))}",
        f"hand={c.hand_rule}",
        f"claim_cue={c.claim_cue}",
        f"lemma|hand={c.lemma}|{c.hand_rule}",
    ]
    if c.explicit_that:
        out.append("that")
    if c.clause:
        out += ["clause", f"lemma|clause={c.lemma}"]
    if c.headline:
        out.append("headline")
    if c.preposition is not None:
        out += [f"prep={c.preposition}", f"lemma|prep={c.lemma}|{c.preposition}"]
    if any(t.text == QUOTE_TOKEN for t in content):
        out.append("quote_inside")
    sp = c.speaker
    if sp.first >= 0:  # what the speaker reading took: junk there (`Unlike Patriot`) means a wrong reading
        out += [
            f"spk_first={_speaker_word(toks[sp.first])}",
            f"spk_before={_word(_at(toks, sp.first - 1))}",
            f"spk_len={_bucket(sp.last - sp.first, (1, 2, 3, 5))}",
            f"spk_known_head={sp.kind != 'description' or sp.head in HEAD_NOUNS}",
        ]
    if c.end >= len(toks) or not any(t.is_word for t in toks[c.end :]):
        out.append("to_sentence_end")
    if c.cue_index > 0 and toks[c.cue_index - 1].text == ",":
        out.append("after_comma")
    return out


class LogisticChooser:
    """A logistic regression over `features`: weights per feature name and an intercept."""

    def __init__(self, weights: dict[str, float], intercept: float, threshold: float) -> None:
        self.weights = weights
        self.intercept = intercept
        self.threshold = threshold

    def score(self, candidate: ClaimCandidate) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in features(candidate))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def shipped_chooser(language: str = "en") -> LogisticChooser:
    """The model that ships in the package for this language (read once per process)."""
    data = json.loads((_DATA / f"chooser-{language}.json").read_text(encoding="utf-8"))
    return LogisticChooser(data["weights"], data["intercept"], data["threshold"])
