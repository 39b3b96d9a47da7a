"""Who said it: cues and speakers for quotes, and reported-speech claims.

Works on one sentence's tokens at a time, with quoted words masked out so that
a verb inside a quote is never taken as the cue. Patterns, in the order tried:

- after a quote: `,” Kerry said` / `,” said Kerry` / `,” the ministry said in a statement`
- before a quote: `Kerry declared, “…` / `Kerry said the two sides had “…”` / `He said: "…`
- reported speech: `X said (that) …`, `…, X said`, `…, says X`, `According to X, …`,
  `X told Y …`, `… quoted X as saying …`, `…, saying …` (the sentence's subject)
- media in the chain (`TASS reported`, `told Reuters`, `according to RIA Novosti`)
  become `via`, not the speaker, when a person is also named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcmp.lexicon import (
    CLAIM_CUES,
    CUE_FORMS,
    CUE_PRE_MODIFIERS,
    DOCUMENT_NOUNS,
    PHRASAL_CUES,
    TIME_WORDS,
)
from claimcmp.mentions import QUOTE_TOKEN, Mention, noun_phrase_after, noun_phrase_before
from claimcmp.textspan import Token

_INTRO_WORDS = {"in", "on", "at", "after", "before", "during", "for", "while", "with", "as",
                "speaking", "asked", "despite", "following", "meanwhile", "however", "but", "and",
                "yet", "still", "also", "earlier", "later", "since", "when", "from", "under"}
_PREPOSITIONS = {"on", "in", "at", "during", "after", "before", "to", "by", "from", "with", "late",
                 "early", "last", "this", "earlier", "later", "about", "over", "outside"}
_VERB_SIGNALS = {"is", "are", "was", "were", "be", "been", "will", "would", "could", "should",
                 "can", "may", "might", "must", "has", "have", "had", "did", "does", "do", "shall",
                 "am", "'s", "’s", "remain", "remains", "need", "needs", "want", "wants"}
_SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those"}
_APPOSITIVE_REACH = 25
_PRE_CUE_REACH = 25


@dataclass(slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str
    index: int  # token index of the cue's (first) word
    after: int  # token index just past the cue's words


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: Cue | None
    via: list[str] = field(default_factory=list)
    how: str = ""


@dataclass(slots=True)
class ReportedSpeech:
    start: int
    end: int
    attribution: Attribution


def find_cues(toks: list[Token], headline: bool = False) -> list[Cue]:
    """Reporting cues among the tokens, phrasal ones as one cue."""
    cues = []
    for i, tok in enumerate(toks):
        low = tok.lower
        if not tok.is_word:
            continue
        if low == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            cues.append(Cue("according to", tok.start, toks[i + 1].end, "according", i, i + 2))
            continue
        lemma = CUE_FORMS.get(low)
        if lemma is None or (tok.text[0].isupper() and not headline):
            continue
        after = i + 1
        if i + 1 < len(toks) and (low, toks[i + 1].lower) in PHRASAL_CUES:
            after = i + 2
            if low == "went" and after + 2 < len(toks) and toks[after].lower == "to":
                after += 2  # went on to say
            lemma = f"{lemma} {toks[i + 1].lower}"
        elif lemma in {"point", "express", "continue"} :
            continue  # only as "pointed out", "expressed hope"
        cues.append(Cue(" ".join(t.text for t in toks[i:after]), tok.start, toks[after - 1].end,
                        lemma, i, after))
    return cues


def subject_of(toks: list[Token], cue: Cue) -> Mention | None:
    """The speaker named before a cue: `X said`, `X, who ..., said`, `X, director of Y, said`."""
    j = cue.index
    while j > 0 and _is_pre_modifier(toks, j - 1):
        j -= 1
    if j >= 2 and toks[j - 1].text[0].isupper() and toks[j - 1].lower.rstrip(".") in TIME_WORDS and toks[j - 2].lower == "on":
        j -= 2
    if j == 0:
        return None
    prev = toks[j - 1]
    if prev.lower in {"and", "but", "or"}:
        return None
    if prev.lower in {"who", "which", "that"} and j >= 2:
        if toks[j - 2].text == ",":
            return noun_phrase_before(toks, j - 2)
        return noun_phrase_before(toks, j - 1)
    if prev.text in {",", ")", "–", "—"}:
        return _before_appositive(toks, j - 1)
    np = noun_phrase_before(toks, j)
    if np is not None and np.kind == "description" and np.first > 0 and toks[np.first - 1].text == ",":
        named = noun_phrase_before(toks, np.first - 1)
        if named is not None and named.kind == "name":
            named.role = np.role or named.role
            return named
    return np


def _is_pre_modifier(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if not tok.is_word or tok.text[0].isupper():
        return False
    low = tok.lower
    return low in CUE_PRE_MODIFIERS or (low.endswith("ly") and len(low) > 4) or (
        low == "turn" and i > 0 and toks[i - 1].lower == "in") or (
        low == "in" and i + 1 < len(toks) and toks[i + 1].lower == "turn")


def _before_appositive(toks: list[Token], close: int) -> Mention | None:
    """`Kate Allen, director of Amnesty International UK, said` → Kate Allen (with her role)."""
    closer = toks[close].text
    opener = {")": "(", ",": ",", "–": "–", "—": "—"}[closer]
    k = close - 1
    while k >= 0 and close - k <= _APPOSITIVE_REACH:
        if toks[k].text == opener or (closer == "," and toks[k].text in {"–", "—"}):
            break
        if toks[k].text in {".", ";", ":"}:
            return None
        k -= 1
    else:
        return None
    if k < 0:
        return None
    named = noun_phrase_before(toks, k)
    if named is None:
        return None
    appositive = toks[k + 1 : close]
    if appositive and appositive[0].lower not in {"who", "which", "whose"} and named.kind == "name" and not named.role:
        named.role = " ".join(t.text for t in appositive if t.is_word or t.text in {"’s", "'s"})[:120] or None
    return named


def sentence_subject(toks: list[Token], limit: int) -> Mention | None:
    """The first mention of a sentence, after any introductory phrase."""
    start = 0
    if toks and toks[0].lower in _INTRO_WORDS:
        for k in range(min(limit, 20)):
            if toks[k].text == ",":
                start = k + 1
                break
    while start < limit and (not toks[start].is_word or toks[start].lower in {"however", "but", "and", "meanwhile", "yet", "so"}):
        start += 1
    if start >= limit:
        return None
    np = noun_phrase_after(toks, start)
    if np is None or np.first >= limit:
        return None
    return np


def attribute_after(toks: list[Token]) -> Attribution | None:
    """Attribution standing right after a closing mark: `,” Kerry said` or `,” said Kerry`."""
    k = 0
    while k < len(toks) and toks[k].text in {",", "–", "—", "-"}:
        k += 1
    if k >= len(toks):
        return None
    cues = find_cues(toks)
    first = toks[k]
    cue = next((c for c in cues if c.index == k), None)
    if cue is not None and cue.lemma != "according":
        np = noun_phrase_after(toks, cue.after)
        if np is not None:
            _appositive_role_after(toks, np)
            return _with_chain(toks, Attribution(np, cue, how="after-inverted"))
        return None
    if cue is not None:  # `,” according to X`
        np = noun_phrase_after(toks, cue.after)
        return Attribution(np, cue, how="after-according") if np else None
    np = noun_phrase_after(toks, k)
    if np is None or not first.is_word:
        return None
    j = np.last
    while j < len(toks) and _is_pre_modifier(toks, j):
        j += 1
    cue = next((c for c in cues if c.index == j), None)
    if cue is None:
        return None
    return _with_chain(toks, Attribution(np, cue, how="after"))


def _appositive_role_after(toks: list[Token], np: Mention) -> None:
    """`said Vitaly Churkin, Russia’s envoy to the United Nations` → role."""
    j = np.last
    if np.role or j >= len(toks) or toks[j].text not in {",", "–", "—"}:
        return
    words = []
    for tok in toks[j + 1 :]:
        if tok.text in {",", ".", ";", "–", "—"}:
            break
        words.append(tok.text)
    if 0 < len(words) <= 12 and words[0].lower() not in {"who", "which", "according", "as", "in", "on"}:
        np.role = " ".join(words).replace(" ’s", "’s").replace(" 's", "'s")


def _with_chain(toks: list[Token], att: Attribution) -> Attribution:
    """Resolve `X cited/quoted Y as saying` to Y via X, and media speakers to via."""
    assert att.cue is not None
    if att.cue.lemma in {"quote", "cite"} and att.mention is not None:
        obj = noun_phrase_after(toks, att.cue.after)
        if obj is not None:
            k = _skip_appositive(toks, obj.last)
            if k + 1 < len(toks) and toks[k].lower == "as" and toks[k + 1].lower in {"saying", "telling"}:
                return Attribution(obj, att.cue, via=[att.mention.name or att.mention.text], how=att.how + "-as-saying")
    if att.mention is not None and att.mention.entity == "media":
        return Attribution(None, att.cue, via=[att.mention.name or att.mention.text], how=att.how + "-media")
    return att


def _skip_appositive(toks: list[Token], k: int) -> int:
    if k < len(toks) and toks[k].text == ",":
        for m in range(k + 1, min(len(toks), k + _APPOSITIVE_REACH)):
            if toks[m].text == ",":
                return m + 1
    return k


def attribute_before(toks: list[Token], limit: int) -> Attribution | None:
    """Attribution in the same sentence before an opening mark at token index `limit`."""
    cues = [c for c in find_cues(toks[:limit]) if limit - c.after <= _PRE_CUE_REACH]
    if not cues:
        return None
    cue = cues[-1]
    if cue.lemma == "according":
        np = noun_phrase_after(toks, cue.after)
        return Attribution(np, cue, how="before-according") if np else None
    if cue.lemma == "say" and cue.index > 0 and toks[cue.index - 1].lower == "as":
        return _as_saying(toks, cue)
    np = subject_of(toks, cue)
    if np is None or (np.kind == "pronoun" and np.head in {"it", "this"}):
        np = sentence_subject(toks, cue.index)
    if np is None:
        return None
    att = Attribution(np, cue, how="before")
    _add_media_chain(toks, att, limit)
    return att


def _as_saying(toks: list[Token], cue: Cue) -> Attribution | None:
    """`RIA Novosti cited Churkin as saying …`, `agencies quoted X, the chief, as saying …`."""
    k = cue.index - 1
    if k > 0 and toks[k - 1].text == ",":
        named = _before_appositive(toks, k - 1)
    else:
        named = noun_phrase_before(toks, k)
    if named is None:
        return None
    via: list[str] = []
    if named.first > 0:
        verb = toks[named.first - 1]
        if CUE_FORMS.get(verb.lower) in {"quote", "cite"}:
            relay = noun_phrase_before(toks, named.first - 1)
            if relay is not None:
                via.append(relay.name or relay.text)
    return Attribution(named, cue, via=via, how="as-saying")


def _add_media_chain(toks: list[Token], att: Attribution, limit: int) -> None:
    """`In an interview with Russian State outlet TASS, Kerry …` / `Kerry told Reuters …`."""
    for i, tok in enumerate(toks[:limit]):
        if tok.lower in {"with", "told", "to"} and i + 1 < limit:
            np = noun_phrase_after(toks, i + 1)
            if np is not None and np.entity == "media" and np.first < limit:
                att.via.append(np.name or np.text)


def reported_speech(toks: list[Token], end: int, quote_ranges: list[tuple[int, int]],
                    headline: bool = False) -> list[ReportedSpeech]:
    """Reported-speech claims in one sentence (tokens exclude quoted words; quotes are kept as ranges)."""
    out: list[ReportedSpeech] = []
    cues = find_cues(toks, headline=headline)
    consumed_tail = len(toks)
    for cue in reversed(cues):
        found = _tail_attribution(toks, cue, cues) if cue.index < consumed_tail else None
        if found is not None:
            content_end, att = found
            if content_end > 0:
                out.append(ReportedSpeech(toks[0].start, toks[content_end - 1].end, att))
                consumed_tail = min(consumed_tail, cue.index)
    for cue in cues:
        if cue.index >= consumed_tail or cue.lemma == "according":
            continue
        rs = _forward_claim(toks, cue, end, consumed_tail, headline)
        if rs is not None:
            out.append(rs)
    leading = _leading_according(toks, cues, end)
    if leading is not None:
        out.append(leading)
    return _drop_quote_only(out, quote_ranges)


def _tail_attribution(toks: list[Token], cue: Cue, cues: list[Cue]) -> tuple[int, Attribution] | None:
    """`CONTENT, X said.` / `CONTENT, says X.` / `CONTENT, according to X.`: (content end, who)."""
    if cue.lemma == "according":
        if cue.index == 0 or toks[cue.index - 1].text != ",":
            return None
        np = noun_phrase_after(toks, cue.after)
        if np is None or not _tail_is_short(toks, np.last):
            return None
        return cue.index - 1, Attribution(np, cue, how="tail-according")
    if cue.lemma not in CLAIM_CUES and cue.lemma.split()[0] not in CLAIM_CUES:
        return None
    if cue.index > 0 and toks[cue.index - 1].text in {",", "–", "—"}:
        np = noun_phrase_after(toks, cue.after)
        if np is None or not _tail_is_short(toks, np.last):
            return None
        _appositive_role_after(toks, np)
        return cue.index - 1, _with_chain(toks, Attribution(np, cue, how="tail-inverted"))
    np = subject_of(toks, cue)
    if np is None or np.first <= 0 or toks[np.first - 1].text not in {",", "–", "—"}:
        return None
    if not _tail_is_short(toks, cue.after) or np.kind == "pronoun" and np.head == "it":
        return None
    return np.first - 1, _with_chain(toks, Attribution(np, cue, how="tail"))


def _tail_is_short(toks: list[Token], k: int) -> bool:
    """After `, X said` only adverbials or an appositive may follow, not a new clause."""
    rest = [t for t in toks[k:] if t.is_word]
    if not rest:
        return True
    if rest[0].lower == "that":
        return False
    if toks[k].text in {",", "–", "—"}:
        return True
    return len(rest) <= 6 and rest[0].lower in _PREPOSITIONS | TIME_WORDS | {"as", "according", "of", "from"}


def _forward_claim(toks: list[Token], cue: Cue, end: int, limit: int, headline: bool) -> ReportedSpeech | None:
    """`X said (that) CONTENT` and `…, saying CONTENT` (the sentence's subject speaks)."""
    lemma = cue.lemma.split()[0]
    if lemma not in CLAIM_CUES:
        return None
    participle = cue.text.endswith("ing")
    if participle:
        if cue.index == 0 or toks[cue.index - 1].text != ",":
            return None
        np = sentence_subject(toks, cue.index - 1)
    elif cue.index > 0 and toks[cue.index - 1].lower == "as":
        att = _as_saying(toks, cue)
        np = att.mention if att else None
    else:
        np = subject_of(toks, cue)
        if np is None and cue.index > 0 and toks[cue.index - 1].lower in {"and", "but"}:
            np = sentence_subject(toks, cue.index)
    if np is None or (np.kind == "pronoun" and np.head in {"i", "we", "you"}):
        return None
    k = cue.after
    via: list[str] = []
    if lemma == "tell":
        obj = noun_phrase_after(toks, k)
        if obj is None:
            return None
        if obj.entity == "media":
            via.append(obj.name or obj.text)
        k = obj.last
    k = _skip_to_content(toks, k, limit)
    if k >= limit:
        return None
    content = toks[k:limit]
    while content and not content[-1].is_word and content[-1].text not in {")", "]"}:
        content = content[:-1]
    if len([t for t in content if t.is_word]) < 3 and not headline:
        return None
    if not (headline or lemma == "deny" or _looks_like_clause(content)):
        return None
    att = Attribution(np, cue, via=via, how="forward")
    return ReportedSpeech(content[0].start, content[-1].end, att)


def _skip_to_content(toks: list[Token], k: int, limit: int) -> int:
    """Skip `that`, and adverbials such as `on Friday`, `in a statement`, `to reporters`."""
    for j in range(k, min(limit, k + 12)):
        if toks[j].lower == "that":
            between = toks[k:j]
            if all(t.is_word or t.text == "," for t in between):
                return j + 1
            break
        if toks[j].text in {".", ";", ":"}:
            break
    while k < limit:
        tok = toks[k]
        low = tok.lower
        if tok.text == ",":
            k += 1
        elif low in TIME_WORDS or (low.rstrip(".") in TIME_WORDS and tok.text[0].isupper()):
            k += 1
        elif low in _PREPOSITIONS and k + 1 < limit:
            stop = _adverbial_end(toks, k + 1, limit)
            if stop is None:
                break
            k = stop
        else:
            break
    return k


def _adverbial_end(toks: list[Token], k: int, limit: int) -> int | None:
    """End of a short adverbial phrase (time, document or audience), else None."""
    for j in range(k, min(limit, k + 6)):
        low = toks[j].lower.rstrip(".")
        if low in TIME_WORDS or low in DOCUMENT_NOUNS or low in {"reporters", "journalists", "interview",
                                                                  "conference", "remarks", "speech", "briefing"}:
            return j + 1
        if toks[j].text in {",", "."}:
            return None
    return None


def _looks_like_clause(content: list[Token]) -> bool:
    words = [t for t in content if t.is_word]
    if not words:
        return False
    if any(t.text == QUOTE_TOKEN for t in words[2:]):
        return True  # a partial quote carries the clause's verb
    if words[0].lower in _SUBJECT_PRONOUNS and len(words) >= 3:
        return True
    for i, tok in enumerate(words):
        low = tok.lower
        if low in _VERB_SIGNALS or low.endswith("n't"):
            return True
        if i > 0 and len(low) > 4 and low.endswith("ed") and tok.text.islower():
            return True
        if i > 0 and low.endswith("s") and tok.text.islower() and len(low) > 3 and not low.endswith("ss") and (
            words[i - 1].text[0].isupper() or words[i - 1].lower in _SUBJECT_PRONOUNS):
            return True
    return False


def _leading_according(toks: list[Token], cues: list[Cue], end: int) -> ReportedSpeech | None:
    """`According to X, CONTENT.`"""
    if not cues or cues[0].lemma != "according" or cues[0].index > 1:
        return None
    cue = cues[0]
    np = noun_phrase_after(toks, cue.after)
    if np is None or np.last >= len(toks) or toks[np.last].text != ",":
        return None
    k = np.last + 1
    content = toks[k:]
    while content and not content[-1].is_word:
        content = content[:-1]
    if len([t for t in content if t.is_word]) < 3:
        return None
    return ReportedSpeech(content[0].start, content[-1].end, Attribution(np, cue, how="according"))


def _drop_quote_only(found: list[ReportedSpeech], quote_ranges: list[tuple[int, int]]) -> list[ReportedSpeech]:
    """A complement wholly inside quote marks is a quote, not also a claim."""
    out = []
    for rs in found:
        inside = any(a - 2 <= rs.start and rs.end <= b + 2 for a, b in quote_ranges)
        if not inside:
            out.append(rs)
    return out
