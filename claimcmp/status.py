"""How two versions of one statement relate: agree, variant or conflict, with word diffs.

- agree: the same words once case, quote marks, dashes, ellipses, whitespace
  and punctuation are normalised, or differing in house style only (values printed
  another way, British and American spelling, dots in abbreviations; values.py);
- conflict: the same words given to different speakers; a number, date or
  name present in both versions with different values (compared as values); one
  version negating the other anywhere; a word swapped for its opposite (increase /
  decrease, accept / reject: the lexicon's pairs and WordNet's antonyms); a denial of
  what the other asserts;
- variant: anything else (truncated, reworded, a detail in one version only,
  a quote against reported speech).
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Literal

from claimcmp.lexicon import (
    BODY_ALIASES,
    CUE_FORMS,
    DENIAL_CUES,
    DIRECTION_PAIRS,
    NAME_TITLES,
    NEGATIONS,
    STOPWORDS,
    antonym_pairs,
)
from claimcmp.models import Claim
from claimcmp.textsim import normalise, same_words
from claimcmp.values import same_values, scales_a_number, values_of

_EDGE_PUNCT = "“”\"'‘’,.;:!?()[]"
_WORD_BREAK = re.compile(r"[\s…—–]+")
_QUOTES_OFF = str.maketrans("", "", '“”‘’„«»"')
_RANK = {"agree": 0, "variant": 1, "conflict": 2}

# a detail's words (`peace without conditions`), not a claim's negation
_NOT_NEGATING = frozenset({"without", "nothing", "none", "nobody"})
_DO_SUPPORT = frozenset({"do", "does", "did"})  # `pass` / `don't pass`: the `do` comes with the `not`


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
    """A capitalised word that names someone or somewhere: not a title (`President` / `Donald`
    before `Trump` is one person named two ways)."""
    return word[:1].isupper() and word.lower() not in STOPWORDS and word.lower() not in NAME_TITLES


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


def _swaps(diff: list[Step]) -> list[tuple[str, str, str]]:
    """Words replaced one for one, with the equal word before them (or ""): between equal words,
    or at an edge when both sides are a word or two (`Twelve people were hurt` / `Twenty people
    were hurt`), since a cut shows as words dropped, not as words replaced."""
    out = []
    for k, (op, a, b) in enumerate(diff):
        if op != "replace":
            continue
        before = diff[k - 1][0] == "equal" if k > 0 else False
        after = diff[k + 1][0] == "equal" if k < len(diff) - 1 else False
        short = len(a.split()) <= _EDGE_SWAP_WORDS and len(b.split()) <= _EDGE_SWAP_WORDS
        if (before and after) or ((before or after) and short and len(diff) > 1):
            out.append((diff[k - 1][1].split()[-1] if before else "", a, b))
    return out


_EDGE_SWAP_WORDS = 2


def _value_conflicts(diff: list[Step]) -> list[str]:
    """Values changed one for one (`2019` → `2021`, `by March` → `by May`), compared as values so
    that house style (`3,000` / `3000`, `five` / `5`, `Oct. 5` / `October 5`) is no conflict; and
    single names replaced by other names (`Norwalk` → `Norfolk`). A scale word changed after an
    equal number is the number changed (`$3.2 billion` / `$3.2 million`)."""
    reasons = []
    for before, swapped_a, swapped_b in _swaps(diff):
        a, b = swapped_a, swapped_b
        if len(a.split()) > _VALUE_SWAP_WORDS or len(b.split()) > _VALUE_SWAP_WORDS:
            continue  # a passage rewritten, not a value changed: its numbers need not be the same ones
        values_a, values_b = values_of(a), values_of(b)
        if before and scales_a_number(a) and scales_a_number(b) and values_of(before):
            a, b = f"{before} {a}", f"{before} {b}"
            values_a, values_b = values_of(a), values_of(b)
        if values_a and values_b:
            if not same_values(values_a, values_b):
                shown_a = " ".join(v.printed for v in values_a)
                shown_b = " ".join(v.printed for v in values_b)
                reasons.append(f"numbers or dates differ: “{shown_a}” vs “{shown_b}”")
            continue
        one_each = len(a.split()) == 1 and len(b.split()) == 1
        if one_each and _is_name(_bare(a)) and _is_name(_bare(b)) and not _same_name(_bare(a), _bare(b)):
            reasons.append(f"names differ: “{_bare(a)}” vs “{_bare(b)}”")
    return reasons


_VALUE_SWAP_WORDS = 4  # `on Oct. 5` / `on October 9`, `five million` / `nine million`


def _same_name(a: str, b: str) -> bool:
    """One name in two house styles: `U.S.` / `US`, a plural (`Democrat` / `Democrats`), a
    possessive (`ISIS’s` / `ISIS`, `Trump‘s` / `Trump's`)."""
    x, y = (_POSSESSIVE.sub("", w.lower().replace(".", "")) for w in (a, b))
    return x == y or x in {y + "s", y + "es"} or y in {x + "s", x + "es"}


_POSSESSIVE = re.compile(r"['’‘`]s?$")


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCT)


def _negations(text: str) -> int:
    """How many times the words negate: `won't` and `will not` once each."""
    return sum(
        1 for w in _keys(text) if (w in NEGATIONS or w.endswith(("n't", "n’t"))) and w not in _NOT_NEGATING
    )


def _keys(text: str) -> list[str]:
    return [k for k in (_word_key(w) for w in text.split()) if k]


def _negation_conflict(diff: list[Step]) -> list[str]:
    """One version negates what the other says, anywhere in the claim (`If they pass the budget`
    / `If they don't pass the budget`): the step differs by its negators alone. A phrase that
    merely holds a negative word (`peace without conditions` / `peace`) is a detail, not a negation."""
    for _, a, b in _interior(diff):
        if _negations(a) % 2 == _negations(b) % 2:
            continue  # `isn't` / `is not`: negated alike, in two styles
        rest_a, rest_b = _without_negation(a), _without_negation(b)
        if rest_a == rest_b:
            return [f"negated in one version: “{a or '…'}” vs “{b or '…'}”"]
    return []


def _without_negation(text: str) -> list[str]:
    """The words with their negation taken out: `won't win` → `will win`, `don't pass` → `pass`."""
    out = []
    for word in _keys(text):
        stem = _stem(word)
        if (word in NEGATIONS and stem == word) or stem in _DO_SUPPORT:
            continue
        out.append(stem)
    return out


def _stem(word: str) -> str:
    """`don't` → `do`, `won't` → `will`: the verb a contraction negates, so `will` / `won't` differ
    by the negation alone."""
    word = word.replace("’", "'")
    if word in {"won't", "wont"}:
        return "will"
    if word in {"can't", "cannot"}:
        return "can"
    return word[:-3] if word.endswith("n't") else word


def _direction_conflict(diff: list[Step]) -> list[str]:
    """One word replaced by its opposite: `increase` / `decrease`, `won` / `lost`, `accept` /
    `reject`, `succeeded` / `failed`."""
    index = _opposites()
    for _, a, b in _swaps(diff):
        # `no one` is the form `no_one`; a preposition a verb takes may differ (`agreed to` / `refused`)
        ka, kb = ("_".join(_without_particle(_keys(text))) for text in (a, b))
        sides_a, sides_b = index.get(ka, set()), index.get(kb, set())
        if _negated_form(ka, kb) or any(
            pair_a == pair_b and side_a != side_b for pair_a, side_a in sides_a for pair_b, side_b in sides_b
        ):
            return [f"opposite words: “{a}” vs “{b}”"]
    return []


# Prefixes that negate the word they open: `unsafe`, `nonpartisan` always; `illegal`,
# `impossible`, `dishonest`, `inaccurate` only on adjectives (`discover`, `inform`, `impose` are
# other words), told by their endings.
_NEGATING_PREFIXES = ("un", "non", "non-")
_ADJECTIVE_PREFIXES = ("in", "im", "il", "ir", "dis")
_ADJECTIVE_ENDINGS = ("ble", "al", "ent", "ant", "ive", "ous", "ate", "ect", "est", "ful", "ic", "ar")


def _negated_form(a: str, b: str) -> bool:
    """One word is the other with a negating prefix: `safe` / `unsafe`, `legal` / `illegal`."""
    short, long = sorted((a, b), key=len)
    if len(short) < _MIN_PREFIXED or "_" in short or not long.endswith(short):
        return False
    prefix = long[: -len(short)]
    adjective = prefix in _ADJECTIVE_PREFIXES and short.endswith(_ADJECTIVE_ENDINGS)
    return prefix in _NEGATING_PREFIXES or adjective


_MIN_PREFIXED = 4  # `safe`, `able`; not `do` / `undo`


_VERB_PARTICLES = frozenset({"to", "with", "on", "of", "by", "up", "down"})


def _without_particle(keys: list[str]) -> list[str]:
    return keys[:-1] if len(keys) == 2 and keys[-1] in _VERB_PARTICLES else keys


@functools.cache
def _opposites() -> dict[str, set[tuple[int, int]]]:
    """A word → every (pair, side) it stands in: `increased` → {(0, 0)}; `lost` is on the losing
    side of both win/lose and gain/lose. The lexicon's direction pairs, then WordNet's antonyms."""
    pairs = [tuple(frozenset(forms.split()) for forms in sides) for sides in DIRECTION_PAIRS]
    index: dict[str, set[tuple[int, int]]] = {}
    for number, sides in enumerate([*pairs, *antonym_pairs()]):
        for side, forms in enumerate(sides):
            for form in forms:
                index.setdefault(form, set()).add((number, side))
    return index


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
    if _distinct_speakers(a, b) and not related_speakers(a, b) and same_words(a.text, b.text):
        reasons.append(
            f"same words, different speakers: {a.speaker.name if a.speaker else ''} vs "
            f"{b.speaker.name if b.speaker else ''}"
        )
    if diff is None:
        diff = diff_steps(wa, wb)
    reasons += _value_conflicts(diff)
    reasons += _negation_conflict(diff)
    reasons += _direction_conflict(diff)
    if (_cue_lemma(a) in DENIAL_CUES) != (_cue_lemma(b) in DENIAL_CUES):
        reasons.append("one version is a denial")
    if reasons:
        return "conflict", reasons
    if wa.normal == wb.normal or _house_style_only(diff):
        return "agree", []
    return "variant", []


def _house_style_only(diff: list[Step]) -> bool:
    """Every difference is one value or word in two house styles: `3,000` / `3000`, `five` / `5`,
    `Oct.` / `October`, `U.S.` / `US`, `organisation` / `organization`."""
    changed = [step for step in diff if step[0] != "equal"]
    return bool(changed) and all(op == "replace" and _same_in_style(a, b) for op, a, b in changed)


def _same_in_style(a: str, b: str) -> bool:
    values_a, values_b = values_of(a), values_of(b)
    if values_a or values_b:
        rest_a = [w for w in _keys(a) if not values_of(w)]
        rest_b = [w for w in _keys(b) if not values_of(w)]
        return same_values(values_a, values_b) and _spelled_alike(rest_a, rest_b)
    return _spelled_alike(_keys(a), _keys(b))


_SPELLINGS = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("our", "or"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("ll", "l"),
)


def _spelled_alike(xs: list[str], ys: list[str]) -> bool:
    """The same words in British or American spelling, with or without the dots of an abbreviation."""
    return len(xs) == len(ys) and all(
        _same_name(x, y) or _respelt(x) == _respelt(y) for x, y in zip(xs, ys, strict=True)
    )


def _respelt(word: str) -> str:
    for british, american in _SPELLINGS:
        word = word.replace(british, american)
    return word


def _distinct_speakers(a: Claim, b: Claim) -> bool:
    """Two named speakers that cannot be one: no anonymous source, document or bare pronoun."""
    sa, sb = a.speaker, b.speaker
    if sa is None or sb is None or not sa.name or not sb.name or sa.name == sb.name:
        return False
    named = {"person", "organization", "media"}
    return sa.kind in named and sb.kind in named and not sa.anonymous and not sb.anonymous


def related_speakers(a: Claim, b: Claim) -> str | None:
    """Two speakers that are not one but speak as one: a body and a person whose role is to
    speak for it ("the White House" and "White House press secretary Jo Park"). The note says how."""
    sa, sb = a.speaker, b.speaker
    if sa is None or sb is None or not sa.name or not sb.name or sa.name == sb.name:
        return None
    for body, person in ((sa, sb), (sb, sa)):
        if body.kind == "organization" and person.kind == "person" and person.role:
            role = _bare(person.role).lower()
            own = (body.name or "").lower()
            names = {own, BODY_ALIASES.get(own, "")} - {""}
            names |= {alias for alias, name in BODY_ALIASES.items() if name in names}
            if any(re.search(rf"\b{re.escape(n)}\b", role) for n in names):
                return f"related speakers: {person.name} ({person.role}) speaks for {body.name}"
    return None


def worst(statuses: list[str]) -> str:
    return max(statuses, key=lambda s: _RANK[s]) if statuses else "single"
