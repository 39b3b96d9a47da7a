"""Who said a quote: the attribution right after its closing mark (`,” Kerry said`), a signing
name (`” ― Jo Park`), or the last cue before its opening mark (`Kerry declared, “…`)."""

from __future__ import annotations

from claimcmp.attribution.clauses import _tail_is_short
from claimcmp.attribution.cues import find_cues
from claimcmp.attribution.records import Attribution, Cue
from claimcmp.attribution.sources import _add_media_chain, _as_saying, _with_chain, medium_speaks
from claimcmp.attribution.subjects import (
    _PRE_CUE_REACH,
    _appositive_role_after,
    _full_name,
    _is_pre_modifier,
    _main_clause_subject,
    _named_appositive,
    _skip_appositive,
    _words,
    sentence_subject,
    subject_of,
)
from claimcmp.lexicon import DASHES, SUBORDINATORS
from claimcmp.mentions import QUOTE_TOKEN, Mention, noun_phrase_after, noun_phrase_before
from claimcmp.textspan import Token


def attribute_after(toks: list[Token]) -> Attribution | None:
    """Attribution standing right after a closing mark: `,” Kerry said` or `,” said Kerry`."""
    k = 0
    while k < len(toks) and (toks[k].text == "," or toks[k].text in DASHES or toks[k].text == "-"):
        k += 1
    if k >= len(toks):
        return None
    cues = find_cues(toks)
    cue = next((c for c in cues if c.index == k), None)
    if cue is not None and cue.lemma != "according":
        np = noun_phrase_after(toks, cue.after)
        if np is not None and _tail_is_short(toks, np.last):
            if np.kind == "description":
                # `,” said the bureau's director, James B. Comey.`, `,” said former secretary of
                # state Hillary Clinton, who …`: the person the description names
                np = _name_in_tail(toks, np) or np
            _appositive_role_after(toks, np)
            return _with_chain(toks, Attribution(np, cue, how="after-inverted"))
        np = _name_closing(toks, cue.after)  # `,” said 9/11 widow Terry Strada.`
        return Attribution(np, cue, how="after-inverted-name") if np is not None else None
    if cue is not None:  # `,” according to X`
        np = noun_phrase_after(toks, cue.after)
        return _with_chain(toks, Attribution(np, cue, how="after-according")) if np else None
    np = noun_phrase_after(toks, k)
    if np is None or not toks[k].is_word:
        return _subject_before_near_cue(toks, k, cues)
    j = _skip_appositive(toks, np.last)  # `,” Kate Allen, Amnesty’s director, said`
    named = _named_appositive(toks, np.last, j - 1, np) if j != np.last and not _full_name(np) else None
    if named is not None:  # `,” the press secretary, Sarah Sanders, said`
        np = named
    elif j != np.last and not np.role:
        np.role = _words(list(toks[np.last + 1 : j - 1])) or None
    while j < len(toks) and _is_pre_modifier(toks, j):
        j += 1
    cue = next((c for c in cues if c.index == j), None)
    if cue is None:
        return _subject_before_near_cue(toks, k, cues)
    att = _with_chain(toks, Attribution(np, cue, how="after"))
    _add_media_chain(toks, att, len(toks))
    return att


# How far after a closing mark a cue may stand when the words before it are no noun phrase the
# forward reading knows (`,” retired Air Force general Lloyd Newton said`)
_NEAR_CUE_REACH = 10


def _subject_before_near_cue(toks: list[Token], k: int, cues: list[Cue]) -> Attribution | None:
    """`,” Mr. Morgan of the Sierra Club said.`: the first cue soon after the quote, with no other
    quote between, speaks through the subject read back from it."""
    if toks[k].lower in SUBORDINATORS or toks[k].lower in {"and", "but", "or", "so", "then"}:
        return None  # `“Rocket Man,” while the dictator described …`: a new clause, not an attribution
    cue = next((c for c in cues if k < c.index <= k + _NEAR_CUE_REACH), None)
    if cue is None or cue.lemma == "according" or any(t.text == QUOTE_TOKEN for t in toks[k : cue.index]):
        return None
    np = subject_of(toks, cue)
    if np is None or np.first < k or (np.kind == "pronoun" and np.first > k):
        return None
    i = np.first - 1 if np.first > k and toks[np.first - 1].lower == "the" else np.first
    if i - 1 > k and toks[i - 1].lower == "of":  # `Mr. Morgan of the Sierra Club`: Morgan speaks
        person = noun_phrase_before(toks, i - 1)
        if person is not None and person.kind == "name" and person.first >= k and person.entity == "person":
            person.role = person.role or " ".join(t.text for t in toks[i - 1 : np.last])
            np = person
    return _with_chain(toks, Attribution(np, cue, how="after-subject"))


def _name_in_tail(toks: list[Token], described: Mention) -> Mention | None:
    """A person's full name right after a description (past a comma, or past `of …`), ending
    at a comma or the sentence's end: the description is their role."""
    k = described.last
    for i in range(k, min(len(toks), k + _NEAR_CUE_REACH)):
        if toks[i].text == QUOTE_TOKEN or (toks[i].is_word and toks[i].lower in {"who", "which", "that"}):
            return None
        np = noun_phrase_after(toks, i) if toks[i].is_word and toks[i].text[0].isupper() else None
        if np is not None and np.kind == "name" and _full_name(np) and np.entity == "person":
            ends = np.last >= len(toks) or toks[np.last].text in {",", ".", ";"} or not toks[np.last].is_word
            if not ends:
                return None
            np.role = np.role or _words(toks[described.first : i]).rstrip(" ,") or None
            return np
    return None


def _name_closing(toks: list[Token], start: int) -> Mention | None:
    """The proper name that ends the sentence a few words after an inverted cue."""
    end = len(toks)
    while end > start and not toks[end - 1].is_word:
        end -= 1
    for i in range(start, min(end, start + _NEAR_CUE_REACH)):
        if toks[i].text == QUOTE_TOKEN:
            return None
        np = noun_phrase_after(toks, i)
        if np is None or np.kind != "name" or np.entity != "person":
            continue
        # the sentence ends, or an appositive or participle follows (`said master of ceremonies
        # Asab Al-Tabchi, a Syrian engineer …`, `said retired neurosurgeon Ben Carson, asked about …`)
        if np.last == end or (toks[np.last].text == "," and _full_name(np)):
            return np
    return None


def sign_off(toks: list[Token]) -> Attribution | None:
    """`“…” ― Stephanie Egan`: a name after a dash that closes the quote's sentence signs it, as
    under an epigraph or in a list of readers' replies."""
    if len(toks) < 2 or toks[0].text not in DASHES:
        return None
    np = noun_phrase_after(toks, 1)
    if np is None or np.kind != "name" or any(t.is_word for t in toks[np.last :]):
        return None
    return Attribution(np, None, how="after-sign-off")


def attribute_before(toks: list[Token], limit: int, headline: bool = False) -> Attribution | None:
    """Attribution in the same sentence before an opening mark at token index `limit`."""
    # only the last stretch before the mark: a cue further back is no attribution, and a
    # sentence of a thousand quotes must not be rescanned for each one
    lo = max(0, limit - _PRE_CUE_REACH - 4)
    cues = [c for c in find_cues(toks, headline=headline, start=lo, stop=limit) if c.after <= limit]
    cues = [c for c in cues if limit - c.after <= _PRE_CUE_REACH]
    if not cues:
        return None
    cue = cues[-1]
    if cue.lemma == "according":
        np = noun_phrase_after(toks, cue.after)
        return _with_chain(toks, Attribution(np, cue, how="before-according")) if np else None
    if cue.lemma == "say" and cue.index > 0 and toks[cue.index - 1].lower == "as":
        return _as_saying(toks, cue)
    if cue.index == 0 and cue.text[0].isupper():
        np = noun_phrase_after(toks, cue.after)  # `Said Ellis: “…”`: the inverted cue opens the sentence
    elif cue.participle and cue.index > 0 and toks[cue.index - 1].text != ",":
        named = noun_phrase_before(toks, cue.index)  # `footage of Trump saying, “…`: the name speaks
        np = named if named is not None and named.kind == "name" else _main_clause_subject(toks, cue.index)
    elif cue.participle and cue.index > 0:  # `X issued a statement on Friday, saying, “…`
        np = _main_clause_subject(toks, cue.index - 1)
    else:
        np = subject_of(toks, cue)
    if np is None or (np.kind == "pronoun" and np.head in {"it", "this"} and cue.lemma != "say"):
        np = _main_clause_subject(toks, cue.index) if cue.participle else sentence_subject(toks, cue.index)
    if np is None:
        return None
    att = _with_chain(toks, Attribution(np, cue, how="before"))
    _add_media_chain(toks, att, limit)
    return medium_speaks(att)
