"""Who said it: cues and speakers for quotes, and reported-speech claims.

Works on one sentence's tokens at a time, each top-level quote collapsed into
one placeholder token, so that a verb inside a quote is never taken as the
cue. Patterns, in the order tried:

- after a quote: `,” Kerry said` / `,” said Kerry` / `,” the ministry said in a statement`
- before a quote: `Kerry declared, “…` / `Kerry said the two sides had “…”` / `He said: "…`
- reported speech: `X said (that) …`, `…, X said`, `…, says X`, `According to X, …`,
  `X told Y …`, `… quoted X as saying …`, `…, saying …` (the main clause's subject),
  `…, as Reuters reported the spokesman's words`
- media in the chain (`TASS reported`, `told Reuters`, `according to RIA Novosti`)
  become `via`, not the speaker, when a person is also named.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from claimcmp.claim_chooser import Chooser, ClaimCandidate, shipped_chooser
from claimcmp.lexicon import (
    CLAIM_CUES,
    CUE_FORMS,
    CUE_PRE_MODIFIERS,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    PERSON_NOUNS,
    PHRASAL_CLAIM_CUES,
    PHRASAL_CUES,
    PROGRESSIVE_AUX,
    SOURCE_NOUNS,
    TIME_WORDS,
)
from claimcmp.mentions import QUOTE_TOKEN, Mention, noun_phrase_after, noun_phrase_before
from claimcmp.textspan import Token

_INTRO_WORDS = {
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "for",
    "while",
    "with",
    "as",
    "speaking",
    "asked",
    "despite",
    "following",
    "meanwhile",
    "however",
    "but",
    "and",
    "yet",
    "still",
    "also",
    "earlier",
    "later",
    "since",
    "when",
    "from",
    "under",
    "although",
    "though",
    "because",
    "if",
    "unlike",
    "like",
    "amid",
    "within",
}
_PREPOSITIONS = {
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "to",
    "by",
    "from",
    "with",
    "late",
    "early",
    "last",
    "this",
    "earlier",
    "later",
    "about",
    "over",
    "outside",
    "as",
    "while",
    "when",
    "according",
    "of",
    "amid",
    "following",
    "ahead",
    "without",
    "inside",
    "near",
    "via",
    "through",
    "under",
    "for",
}
_VERB_SIGNALS = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "did",
    "does",
    "do",
    "shall",
    "am",
    "'s",
    "’s",
    "remain",
    "remains",
    "need",
    "needs",
    "want",
    "wants",
}
_SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those"}
_SPEECH_OBJECTS = {"words", "remarks", "comments", "statement", "view", "views", "position"}
_DASHES = {"–", "—", "―"}  # en dash, em dash, horizontal bar (a quotation dash)
_SUBORDINATORS = {
    "while",
    "although",
    "though",
    "as",
    "because",
    "when",
    "if",
    "after",
    "before",
    "since",
    "whereas",
    "even",
}
_DETERMINER_LIKE = {"this", "last", "late", "early", "earlier", "later"}  # `this issue`, `last year's`
# Complements that are no claim: an indirect question, or a verb with its subject elided
_NO_CLAIM_OPENERS = {
    "how",
    "what",
    "whether",
    "why",
    "when",
    "where",
    "who",
    "which",
    "if",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "have",
    "be",
    "to",
}
# Verbs that take a noun phrase as often as a clause: their claims need a clear clause
_OBJECT_TAKING = {
    "reveal",
    "announce",
    "promise",
    "suggest",
    "confirm",
    "report",
    "hope",
    "pledge",
    "demand",
    "post",
    "tweet",
    "vow",
    "describe",
    "predict",
    "acknowledge",
    "admit",
}
_QUALIFIERS = {"familiar", "close", "in", "at", "from", "with", "within", "briefed", "involved", "who", "for"}
_APPOSITIVE_REACH = 25
_PASSIVE_AUX = frozenset({"was", "is", "were", "are", "been", "being"})
_MAX_CONTENT_TOKENS = 150
_MAIN_VERB_REACH = 40
_PRE_CUE_REACH = 25
# Every word a cue can begin with: one set lookup rules out nearly every token of a
# sentence, punctuation and quote placeholders included
_CUE_FIRST_WORDS = frozenset(CUE_FORMS) | {first for first, _ in PHRASAL_CUES} | {"according"}


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
    medium: Mention | None = None  # a medium named as the speaker, kept apart from `mention`
    score: float | None = None  # the learned chooser's score, where it decided


@dataclass(slots=True)
class ReportedSpeech:
    start: int
    end: int
    attribution: Attribution
    act: bool = False  # a speech act whose content is no clause: `called for an inquiry`, `vowed to sue`


def find_cues(
    toks: list[Token], headline: bool = False, start: int = 0, stop: int | None = None
) -> list[Cue]:
    """Reporting cues among toks[start:stop], phrasal ones as one cue (indices into toks)."""
    cues = []
    free = start  # tokens before this belong to a cue already found
    for i in range(start, len(toks) if stop is None else min(stop, len(toks))):
        tok = toks[i]
        low = tok.lower
        if low not in _CUE_FIRST_WORDS or i < free:
            continue
        passive = _quoted_as_saying(toks, i)
        if passive is not None:
            cues.append(passive)
            free = passive.after
            continue
        if low == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            cues.append(Cue("according to", tok.start, toks[i + 1].end, "according", i, i + 2))
            continue
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        phrasal = PHRASAL_CUES.get((low, nxt))
        if tok.text[0].isupper() and not (headline and i > 0):
            continue
        if phrasal is not None:
            after = i + 2
            if phrasal == "go on":
                if not (
                    after + 1 < len(toks) and toks[after].lower == "to" and toks[after + 1].lower in CUE_FORMS
                ):
                    continue
                after += 2
            cues.append(
                Cue(
                    " ".join(t.text for t in toks[i:after]), tok.start, toks[after - 1].end, phrasal, i, after
                )
            )
            continue
        lemma = CUE_FORMS.get(low)
        if lemma is None or lemma in {"point", "express", "continue"}:
            continue  # those only in their phrasal forms
        cues.append(Cue(tok.text, tok.start, tok.end, lemma, i, i + 1))
    return cues


def _quoted_as_saying(toks: list[Token], i: int) -> Cue | None:
    """`Kim was quoted as telling the envoy`: one cue from the auxiliary on, so that the subject
    before it speaks (the medium that quoted them, if named, comes after)."""
    if (
        toks[i].lower != "quoted"
        or i == 0
        or toks[i - 1].lower not in _PASSIVE_AUX
        or i + 2 >= len(toks)
        or toks[i + 1].lower != "as"
        or toks[i + 2].lower not in {"saying", "telling"}
    ):
        return None
    words = toks[i - 1 : i + 3]
    lemma = "tell" if toks[i + 2].lower == "telling" else "say"
    return Cue(" ".join(t.text for t in words), words[0].start, words[-1].end, lemma, i - 1, i + 3)


def is_claim_cue(cue: Cue) -> bool:
    return cue.lemma in CLAIM_CUES or cue.lemma in PHRASAL_CLAIM_CUES


def subject_of(toks: list[Token], cue: Cue) -> Mention | None:
    """The speaker named before a cue: `X said`, `X, who ..., said`, `X, director of Y, said`."""
    j = cue.index
    progressive = cue.text.endswith("ing")
    while j > 0 and (_is_pre_modifier(toks, j - 1) or (progressive and toks[j - 1].lower in PROGRESSIVE_AUX)):
        j -= 1
    if j >= 2 and toks[j - 1].text[0].isupper() and toks[j - 1].lower.rstrip(".") in TIME_WORDS:
        j -= 2 if toks[j - 2].lower == "on" else 1  # `X (on) Tuesday said`
    if j == 0:
        return None
    prev = toks[j - 1]
    if prev.lower in {"and", "but", "or"}:
        return None
    if prev.lower in {"who", "which", "that"} and j >= 2:
        if toks[j - 2].text == ",":
            return noun_phrase_before(toks, j - 2)
        return noun_phrase_before(toks, j - 1)
    if prev.text == "," and not _closes_relative_clause(toks, j - 1):
        skipped = _skip_adverbial_back(toks, j - 1)
        if skipped is not None:
            if skipped > 1 and toks[skipped - 1].text == "," and toks[skipped - 2].lower in {"and", "but"}:
                skipped -= 1
            if skipped > 0 and toks[skipped - 1].lower in {"and", "but"}:
                return sentence_subject(toks, skipped - 1)
            return subject_of(toks, Cue(cue.text, cue.start, cue.end, cue.lemma, skipped, skipped + 1))
    if prev.text in {",", ")"} or prev.text in _DASHES:
        return _before_appositive(toks, j - 1)
    np = noun_phrase_before(toks, j)
    if (
        np is not None
        and np.kind == "description"
        and np.first > 0
        and toks[np.first - 1].text == ","
        and (toks[np.first].lower not in {"the", "a", "an", "this", "that", "its"})
    ):
        named = noun_phrase_before(toks, np.first - 1)  # `Jo Swinson, Liberal Democrat leader said`
        if named is not None and named.kind == "name" and named.name and len(named.name.split()) >= 2:
            named.role = np.role or named.role
            return named
    qualified = np is not None and np.first >= 2 and toks[np.first - 1].lower in _QUALIFIERS
    if np is not None and np.first >= 2 and (qualified or np.kind == "description"):
        # `Officials in Israel said`, `Strategists for both parties agreed`: the officials, the strategists
        return _qualified_description(toks, j) or np
    return np if np is not None else _qualified_description(toks, j)


def _qualified_description(toks: list[Token], j: int) -> Mention | None:
    """`people familiar with the matter said`, `analysts in the region argue`: a speaker noun
    with a short qualifying phrase between it and the cue."""
    for k in range(j - 2, max(-1, j - 8), -1):
        if (
            toks[k].text in {",", ".", ";", ":"}
            or toks[k].text == QUOTE_TOKEN
            or toks[k].lower in _VERB_SIGNALS
        ):
            return None  # a verb in between: not a qualifying phrase
        speaker_noun = toks[k].lower in PERSON_NOUNS or toks[k].lower in SOURCE_NOUNS
        if speaker_noun and toks[k + 1].lower in _QUALIFIERS:
            head = noun_phrase_before(toks, k + 1)
            if head is None:
                return None
            words = _words(toks[head.first : j])
            entity = "group" if head.head.endswith("s") or head.head == "people" else "person"
            definite = toks[head.first].lower in {"the", "this"}
            return Mention(
                words,
                toks[head.first].start,
                toks[j - 1].end,
                "description",
                role=words,
                head=head.head,
                entity=entity,
                anonymous=not definite,
                first=head.first,
                last=j,
            )
    return None


def _inside_date(toks: list[Token], k: int) -> bool:
    """The comma of `July 20, 2006` separates nothing."""
    return 0 < k < len(toks) - 1 and toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit()


def _closes_relative_clause(toks: list[Token], comma: int) -> bool:
    """`Kerry, who will meet Putin later on Tuesday, told …`: the comma ends a `who` clause."""
    k = _appositive_open(toks, comma)
    return k is not None and k + 1 < comma and toks[k + 1].lower in {"who", "which", "whose"}


def _skip_adverbial_back(toks: list[Token], comma: int) -> int | None:
    """`X on July 20, 2006, said` / `X, and on April 6, 2007, said`: index of the adverbial's
    first word when a time or place phrase stands between the speaker and the cue."""
    for k in range(comma - 1, max(-1, comma - 9), -1):
        tok = toks[k]
        if tok.lower in {"on", "in", "at", "after", "during", "before", "since", "last", "earlier", "later"}:
            inner = toks[k + 1 : comma]
            if inner and all(
                t.text == "," or t.text.isdigit() or t.lower.rstrip(".") in TIME_WORDS or t.text[0].isupper()
                for t in inner
            ):
                return k
            return None
        if tok.text in {".", ";", ":"} or tok.text == QUOTE_TOKEN:
            return None
    return None


def _is_pre_modifier(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if not tok.is_word or tok.text[0].isupper():
        return False
    low = tok.lower
    return (
        low in CUE_PRE_MODIFIERS
        or (low.endswith("ly") and len(low) > 4 and low not in SOURCE_NOUNS)  # not `family`, `ally`
        or (low == "turn" and i > 0 and toks[i - 1].lower == "in")
        or (low == "in" and i + 1 < len(toks) and toks[i + 1].lower == "turn")
    )


def _before_appositive(toks: list[Token], close: int) -> Mention | None:
    """`Kate Allen, director of Amnesty International UK, said` → Kate Allen (with her role).

    Appositives may stack (`Sen. John Cornyn, R-TX, who heads the committee, said`): while
    what stands before the appositive is no full name, look one appositive further back.
    """
    k = _appositive_open(toks, close)
    if k is None:
        return None
    named = noun_phrase_before(toks, k)
    if named is None:
        return None
    if named.first > 0 and toks[named.first - 1].text == "," and not _full_name(named):
        outer = noun_phrase_before(toks, named.first - 1)
        if outer is not None and _full_name(outer):
            return outer
    appositive = toks[k + 1 : close]
    if not _full_name(named):  # `The central bank governor, Ines Moreau, warned`
        inner = _named_appositive(toks, k, close, named)
        if inner is not None:
            return inner
    if (
        appositive
        and appositive[0].lower not in {"who", "which", "whose"}
        and named.kind == "name"
        and not named.role
    ):
        named.role = _words(appositive)[:120] or None
    return named


def _named_appositive(toks: list[Token], open_: int, close: int, described: Mention) -> Mention | None:
    """The person a description or a body stands for when their name follows it between commas
    (`the press secretary, Sarah Sanders,`; `A spokesman for the party, Brad Woodhouse,`)."""
    inner = noun_phrase_after(toks, open_ + 1)
    if inner is None or inner.last != close or not _full_name(inner):
        return None
    inner.role = inner.role or described.role or (described.name if described.kind == "name" else None)
    return inner


def _appositive_open(toks: list[Token], close: int) -> int | None:
    """Index of the comma, dash or bracket opening the appositive that `close` ends."""
    closer = toks[close].text
    relative = False
    k = close - 1
    while k >= 0 and close - k <= _APPOSITIVE_REACH:
        here = toks[k].text
        opens = (closer == ")" and here == "(") or (closer != ")" and (here == "," or here in _DASHES))
        if opens and not _inside_date(toks, k):
            return k
        if here in {".", ";", ":"} or (
            here == QUOTE_TOKEN and not relative and not _relative_before(toks, k)
        ):
            return None
        relative = relative or toks[k].lower in {"who", "which"}
        k -= 1
    return None


def _relative_before(toks: list[Token], k: int) -> bool:
    """A quote inside `, who said in 2015 “…”,` belongs to the relative clause."""
    return any(t.lower in {"who", "which"} for t in toks[max(0, k - 8) : k])


def _full_name(m: Mention) -> bool:
    return m.kind == "name" and m.name is not None and len(m.name.split()) >= 2 and m.entity != "organization"


def _words(toks: list[Token]) -> str:
    return " ".join(t.text for t in toks).replace(" ’s", "’s").replace(" 's", "'s").replace(" ,", ",")


def sentence_subject(toks: list[Token], limit: int) -> Mention | None:
    """The first mention of a sentence, after any introductory phrase."""
    start = 0
    if toks and toks[0].lower in _INTRO_WORDS:
        for k in range(min(limit, 20)):
            # `Speaking on "Fox News Sunday," Sen. Jim DeMint …`: the comma may close a quote
            quote_ends = toks[k].text == QUOTE_TOKEN and k + 1 < limit and toks[k + 1].text[0].isupper()
            if toks[k].text == "," or quote_ends:
                start = k + 1
                break
    while start < limit and (
        not toks[start].is_word or toks[start].lower in {"however", "but", "and", "meanwhile", "yet", "so"}
    ):
        start += 1
    if start >= limit:
        return None
    np = noun_phrase_after(toks, start)
    if np is None or np.first >= limit:
        return None
    return np


def _main_clause_subject(toks: list[Token], before: int) -> Mention | None:
    """Subject of the nearest finite verb before a participle: `the Kremlin rejected …, saying`."""
    for k in range(before - 1, max(0, before - _MAIN_VERB_REACH), -1):
        tok = toks[k]
        if (
            tok.is_word
            and tok.text.islower()
            and len(tok.text) > 3
            and (
                tok.lower.endswith("ed")
                or tok.lower
                in {"issued", "said", "made", "held", "gave", "took", "sent", "put", "wrote", "spoke"}
            )
        ):
            np = subject_of(toks, Cue(tok.text, tok.start, tok.end, "", k, k + 1))
            if np is not None and (np.kind != "pronoun" or np.head in {"he", "she", "they"}):
                return np
    return sentence_subject(toks, before)


def attribute_after(toks: list[Token]) -> Attribution | None:
    """Attribution standing right after a closing mark: `,” Kerry said` or `,” said Kerry`."""
    k = 0
    while k < len(toks) and (toks[k].text == "," or toks[k].text in _DASHES or toks[k].text == "-"):
        k += 1
    if k >= len(toks):
        return None
    cues = find_cues(toks)
    cue = next((c for c in cues if c.index == k), None)
    if cue is not None and cue.lemma != "according":
        np = noun_phrase_after(toks, cue.after)
        if np is not None and _tail_is_short(toks, np.last):
            _appositive_role_after(toks, np)
            return _with_chain(toks, Attribution(np, cue, how="after-inverted"))
        return None
    if cue is not None:  # `,” according to X`
        np = noun_phrase_after(toks, cue.after)
        return _with_chain(toks, Attribution(np, cue, how="after-according")) if np else None
    np = noun_phrase_after(toks, k)
    if np is None or not toks[k].is_word:
        return None
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
        return None
    att = _with_chain(toks, Attribution(np, cue, how="after"))
    _add_media_chain(toks, att, len(toks))
    return att


def sign_off(toks: list[Token]) -> Attribution | None:
    """`“…” ― Stephanie Egan`: a name after a dash that closes the quote's sentence signs it, as
    under an epigraph or in a list of readers' replies."""
    if len(toks) < 2 or toks[0].text not in _DASHES:
        return None
    np = noun_phrase_after(toks, 1)
    if np is None or np.kind != "name" or any(t.is_word for t in toks[np.last :]):
        return None
    return Attribution(np, None, how="after-sign-off")


def _appositive_role_after(toks: list[Token], np: Mention) -> None:
    """`said Vitaly Churkin, Russia’s envoy to the United Nations` → role."""
    j = np.last
    if np.role or j >= len(toks) or not (toks[j].text == "," or toks[j].text in _DASHES):
        return
    words = []
    for tok in toks[j + 1 :]:
        if tok.text in {",", ".", ";"} or tok.text in _DASHES or tok.text == QUOTE_TOKEN:
            break
        words.append(tok)
    if 0 < len(words) <= 12 and words[0].lower not in {"who", "which", "according", "as", "in", "on"}:
        np.role = _words(words)


def _with_chain(toks: list[Token], att: Attribution) -> Attribution:
    """`X cited/quoted Y as saying` → Y via X; `as Reuters reported the spokesman's words` → the
    spokesman via Reuters; a medium alone is the source chain, not the speaker."""
    if att.cue is None or att.mention is None:
        return att
    medium = media_name(att.mention)
    if att.cue.lemma in {"quote", "cite"}:
        obj = noun_phrase_after(toks, att.cue.after)
        if obj is not None:
            k = _skip_appositive(toks, obj.last)
            if k + 1 < len(toks) and toks[k].lower == "as" and toks[k + 1].lower in {"saying", "telling"}:
                return Attribution(obj, att.cue, via=[medium], how=att.how + "-as-saying")
    if att.mention.entity == "media":
        owner = _speech_owner(toks, att.cue.after)
        if owner is not None:
            return Attribution(owner, att.cue, via=[medium], how=att.how + "-words")
        return Attribution(None, att.cue, via=[medium], how=att.how + "-media", medium=att.mention)
    return att


def media_name(m: Mention) -> str:
    """`The Interfax news agency` → `Interfax`; `state news service RIA Novosti` → `RIA Novosti`."""
    name = m.name or m.text
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].islower() and words[-1] in MEDIA_NOUNS | {"agency", "service", "news"}:
        words = words[:-1]
    return " ".join(words) or name


def _speech_owner(toks: list[Token], k: int) -> Mention | None:
    """`reported the White House spokesman's words` → the White House spokesman; `reported,
    citing an unidentified official` → an unidentified official."""
    while k < len(toks) and (
        toks[k].lower.rstrip(".") in TIME_WORDS
        or (toks[k].lower == "on" and k + 1 < len(toks) and toks[k + 1].lower.rstrip(".") in TIME_WORDS)
    ):
        k += 1  # `reported (on) Monday, citing …`
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower == "citing":
        cited = noun_phrase_after(toks, k + 2)
        if cited is not None and cited.entity in {"person", "group"}:
            return cited
    for j in range(k, min(len(toks), k + 8)):
        if toks[j].lower in _SPEECH_OBJECTS and j > k and toks[j - 1].text.endswith(("’s", "'s")):
            owner = toks[j - 1]
            bare = Token(owner.text[:-2], owner.start, owner.end - 2)
            return noun_phrase_before([*toks[k : j - 1], bare], j - k)
    return None


def _skip_appositive(toks: list[Token], k: int) -> int:
    if k < len(toks) and toks[k].text == ",":
        for m in range(k + 1, min(len(toks), k + _APPOSITIVE_REACH)):
            if toks[m].text == ",":
                return m + 1
    return k


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
    if cue.text.endswith("ing") and cue.index > 0:  # `X issued a statement on Friday, saying, “…`
        np = _main_clause_subject(toks, cue.index - (1 if toks[cue.index - 1].text == "," else 0))
    else:
        np = subject_of(toks, cue)
    if np is None or (np.kind == "pronoun" and np.head in {"it", "this"} and cue.lemma != "say"):
        np = (
            _main_clause_subject(toks, cue.index)
            if cue.text.endswith("ing")
            else sentence_subject(toks, cue.index)
        )
    if np is None:
        return None
    att = _with_chain(toks, Attribution(np, cue, how="before"))
    _add_media_chain(toks, att, limit)
    return medium_speaks(att)


def medium_speaks(att: Attribution) -> Attribution:
    """With no person behind it, a medium is the speaker ("The Register said …")."""
    if att.mention is None and att.medium is not None:
        return Attribution(
            att.medium,
            att.cue,
            via=[v for v in att.via if v != (att.medium.name or att.medium.text)],
            how=att.how,
        )
    return att


def _as_saying(toks: list[Token], cue: Cue) -> Attribution | None:
    """`RIA Novosti cited Churkin as saying …`, `agencies quoted X, the chief, as saying …`."""
    k = cue.index - 1
    named = (
        _before_appositive(toks, k - 1) if k > 0 and toks[k - 1].text == "," else noun_phrase_before(toks, k)
    )
    if named is None:
        return None
    via: list[str] = []
    if named.first > 0:
        verb = toks[named.first - 1]
        if CUE_FORMS.get(verb.lower) in {"quote", "cite"}:
            relay = noun_phrase_before(toks, named.first - 1)
            if relay is not None:
                via.append(media_name(relay))
    return Attribution(named, cue, via=via, how="as-saying")


def _add_media_chain(toks: list[Token], att: Attribution, limit: int) -> None:
    """`In an interview with Russian State outlet TASS, Kerry …` / `Kerry told Reuters …` /
    `…, Kremlin spokesman Dmitry Orlov told journalists, TASS reports.`"""
    for i, tok in enumerate(toks[:limit]):
        if (tok.lower in {"with", "told", "to"} or tok.text == ",") and i + 1 < limit:
            np = noun_phrase_after(toks, i + 1)
            if np is None or np.entity != "media" or np.first >= limit:
                continue
            relays = tok.text != "," or (
                np.last < len(toks) and CUE_FORMS.get(toks[np.last].lower) in {"report", "say"}
            )
            if relays and media_name(np) not in att.via:
                att.via.append(media_name(np))


def reported_speech(
    toks: list[Token], headline: bool = False, chooser: Chooser | None = None
) -> list[ReportedSpeech]:
    """Reported-speech claims in one sentence (each quote is one placeholder token); `chooser`
    decides which forward candidates to keep (default: the model shipped for English)."""
    chooser = chooser if chooser is not None else shipped_chooser()
    out: list[ReportedSpeech] = []
    cues = find_cues(toks, headline=headline)
    tails = _tails(toks, cues)
    consumed = min((cue.index for cue, _, _ in tails), default=len(toks))
    for cue, content_end, att in tails:
        if content_end > 0 and cue.index == consumed:
            rest = _parenthetical_rest(toks, cue)
            if rest is not None:
                # `By extending an olive branch, officials said, North Korea is …`: the words on both
                # sides of the cue are what was said, so the content spans them (and the cue)
                first = _content_start(toks)
                out.append(ReportedSpeech(toks[first].start, _last_word(toks).end, att))
                continue
            first = max(0, content_end - _MAX_CONTENT_TOKENS)
            out.append(ReportedSpeech(toks[first].start, toks[content_end - 1].end, att))
    for cue in cues:
        # after a sentence-final `, X said`, only `, adding that …` may start another claim
        trailing = cue.index > consumed and cue.text.endswith("ing") and toks[cue.index - 1].text == ","
        if (cue.index >= consumed and not trailing) or cue.lemma == "according":
            continue
        rs = _forward_claim(toks, cue, len(toks) if trailing else consumed, headline, chooser)
        if rs is not None:
            out.append(rs)
    leading = _leading_according(toks, cues)
    if leading is not None:
        medium = leading.attribution.mention
        if out and medium is not None and medium.entity == "media":
            for rs in out:  # `According to SANA, the minister stressed that …`: SANA relays
                rs.attribution.via.append(medium.name or medium.text)
        else:
            out.append(leading)
    if not out:
        return out  # most sentences: no offsets to index
    starts = [t.start for t in toks]
    return [rs for rs in out if not _only_a_quote(toks, starts, rs)]


def _parenthetical_rest(toks: list[Token], cue: Cue) -> int | None:
    """Index where the clause resumes after a mid-sentence `, X said,` — if it does."""
    k = cue.after
    while k < len(toks) and (toks[k].lower.rstrip(".") in TIME_WORDS or _is_pre_modifier(toks, k)):
        k += 1
    if k + 1 >= len(toks) or not (toks[k].text == "," or toks[k].text in _DASHES):
        return None  # (`The vote — Smith said — was close`: dashes as well as commas)
    rest = [t for t in toks[k + 1 :] if t.is_word]
    if len(rest) < 4 or len(rest) > _MAX_CONTENT_TOKENS:
        return None
    first = rest[0].lower
    if first in _PREDICATE_OPENERS and rest[0].text.islower():
        return k + 1  # `Climate change, Mr. Obama often says, is the greatest threat`: the subject came first
    if first.endswith("ing") or first in CUE_FORMS or first in _PREPOSITIONS or first in _NO_CLAIM_OPENERS:
        return None  # `…, she said, adding that …` / `…, he said, according to …`
    return k + 1 if _clause_start(rest) else None


def _content_start(toks: list[Token]) -> int:
    """Where a sentence's own words begin: past punctuation and a leading `But`, `And`, `So`."""
    k = 0
    while k < len(toks) and (not toks[k].is_word or toks[k].lower in {"but", "and", "so", "yet", "still"}):
        k += 1
    return min(k, len(toks) - 1)


def _last_word(toks: list[Token]) -> Token:
    k = len(toks) - 1
    while k > 0 and not toks[k].is_word and toks[k].text not in {")", "]"} and toks[k].text != QUOTE_TOKEN:
        k -= 1
    return toks[k]


def _tails(toks: list[Token], cues: list[Cue]) -> list[tuple[Cue, int, Attribution]]:
    """Sentence-final attributions, right to left; a medium after another attribution relays it
    (`…, said Churkin, according to RIA Novosti`) and becomes its via."""
    found: list[tuple[Cue, int, Attribution]] = []
    for cue in reversed(cues):
        tail = _tail_attribution(toks, cue)
        if tail is None:
            continue
        end, att = tail
        if found and _is_relay(found[-1][2]):
            relay = found.pop()[2]
            att.via.extend(relay.via or [_name(relay.mention)])
        found.append((cue, end, att))
    out = []
    for cue, end, att in found:
        if _attributed_inside(toks, end):
            continue  # `Kerry said at the start: The serious approach …,” Kerry said`: already a quote's
        if att.mention is None:
            content = toks[:end]
            if att.medium is None or any(t.text == QUOTE_TOKEN for t in content) or find_cues(content):
                continue  # a medium relaying someone else's words: no claim of its own
            out.append((cue, end, Attribution(att.medium, cue, how=att.how)))
            continue
        out.append((cue, end, att))
    return out


def _attributed_inside(toks: list[Token], end: int) -> bool:
    """The content before a tail holds a cue with its own speaker followed by a colon or quote."""
    for cue in find_cues(toks, start=max(0, end - _MAX_CONTENT_TOKENS), stop=end):
        k = cue.after
        while k < end and toks[k].is_word and toks[k].text != QUOTE_TOKEN:
            k += 1
        if k < end and toks[k].text in {":", QUOTE_TOKEN} and subject_of(toks, cue) is not None:
            return True
    return False


def _is_relay(att: Attribution) -> bool:
    return att.mention is None or att.mention.entity == "media"


def _name(m: Mention | None) -> str:
    return "" if m is None else (m.name or m.text)


def _tail_attribution(toks: list[Token], cue: Cue) -> tuple[int, Attribution] | None:
    """`CONTENT, X said.` / `CONTENT, says X.` / `CONTENT, according to X.` / `CONTENT, as X reported`."""
    if cue.lemma == "according":
        if cue.index == 0 or not _ends_clause(toks, cue.index - 1):
            return None
        np = noun_phrase_after(toks, cue.after)
        if np is None or not _tail_is_short(toks, np.last):
            return None
        return _content_end(toks, cue.index - 1), _with_chain(
            toks, Attribution(np, cue, how="tail-according")
        )
    if not is_claim_cue(cue) and cue.lemma not in {"report", "quote", "cite"}:
        return None
    if cue.lemma == "say" and cue.index > 0 and toks[cue.index - 1].lower == "as":
        return _tail_as_saying(toks, cue)
    if _introduces_quote(toks, cue):
        return None  # `…, Blumenthal clearly says, “We have learned …`
    if cue.index > 0 and _ends_clause(toks, cue.index - 1):
        np = noun_phrase_after(toks, cue.after)
        if np is None or not _tail_is_short(toks, np.last):
            return None
        _appositive_role_after(toks, np)
        return _content_end(toks, cue.index - 1), _with_chain(toks, Attribution(np, cue, how="tail-inverted"))
    np = subject_of(toks, cue)
    if np is None or np.first <= 0:
        return None
    lead = np.first - 1
    if toks[lead].lower == "as" and lead > 0 and _ends_clause(toks, lead - 1):
        att = _with_chain(toks, Attribution(np, cue, how="tail-as"))
        return (_content_end(toks, lead - 1), att) if att.mention is not None else None
    if not _ends_clause(toks, lead) or (np.kind == "pronoun" and np.head == "it"):
        return None
    after = cue.after
    if cue.lemma == "tell":  # `…, X told reporters, TASS reported.`
        obj = noun_phrase_after(toks, after)
        after = obj.last if obj is not None else after
    if not _tail_is_short(toks, after):
        return None
    return _content_end(toks, lead), _with_chain(toks, Attribution(np, cue, how="tail"))


def _introduces_quote(toks: list[Token], cue: Cue) -> bool:
    """`says, “…`: the cue opens a direct quote rather than closing reported speech."""
    k = cue.after
    return k + 1 < len(toks) and toks[k].text in {",", ":"} and toks[k + 1].text == QUOTE_TOKEN


def _tail_as_saying(toks: list[Token], cue: Cue) -> tuple[int, Attribution] | None:
    """`CONTENT, RIA Novosti cited Churkin as saying on Friday.`"""
    att = _as_saying(toks, cue)
    if att is None or att.mention is None or not _tail_is_short(toks, cue.after):
        return None
    start = att.mention.first
    if att.via and start >= 2:
        relay_start = start - 1
        relay = noun_phrase_before(toks, relay_start)
        if relay is not None:
            start = relay.first
    if start <= 0 or not _ends_clause(toks, start - 1):
        return None
    return _content_end(toks, start - 1), att


def _ends_clause(toks: list[Token], k: int) -> bool:
    """A comma or dash, or a quote that closes on a comma (`“close to terrorist,” Churkin said`)."""
    tok = toks[k]
    return tok.text == "," or tok.text in _DASHES or tok.text == QUOTE_TOKEN


def _content_end(toks: list[Token], k: int) -> int:
    """The content runs up to the comma, or through a quote token that ends the clause."""
    return k + 1 if toks[k].text == QUOTE_TOKEN else k


def _tail_is_short(toks: list[Token], k: int) -> bool:
    """After `, X said` only adverbials or an appositive may follow, not a new clause."""
    if len(toks) - k > _MAX_CONTENT_TOKENS:
        return False  # a tail is short by definition; also keeps huge sentences linear
    rest = [t for t in toks[k:] if t.is_word]
    if not rest:
        return True
    if rest[0].lower == "that":
        return False
    if toks[k].text == "," or toks[k].text in _DASHES:
        # `X, according to Y, said …` is parenthetical; `X said, adding that …` is not
        return CUE_FORMS.get(rest[0].lower) is None or rest[0].lower.endswith("ing")
    if rest[0].lower in {"who", "which", "whose"}:
        return True  # `said one diplomat who asked not to be named`
    if any(t.lower == "that" or t.text == QUOTE_TOKEN for t in rest):
        return False  # `X posted on Twitter that …`: the content follows the cue
    first = rest[0].lower.rstrip(".")
    return first in _PREPOSITIONS or first in TIME_WORDS or (len(rest) <= 3 and rest[0].text[0].isupper())


# After a cue that takes no clause, these open the act's object, which PolNeAR and readers take as
# its content: "called for an inquiry", "called on the council to …", "spoke about the deal".
_CLAUSE_ONLY = True
_ACT_PREPOSITIONS = frozenset({"for", "on", "about", "against"})
_PREDICATE_OPENERS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "would",
        "will",
        "could",
        "can",
        "should",
        "may",
        "might",
    }
)
_AUXILIARY_OPENERS = frozenset({"was", "were", "is", "are", "has", "had", "have", "be"})


def _forward_claim(
    toks: list[Token], cue: Cue, limit: int, headline: bool, chooser: Chooser
) -> ReportedSpeech | None:
    """`X said (that) CONTENT`, `…, saying CONTENT` (the main clause's subject speaks), and the
    speech acts after other cues (`X called for …`, `X asked whether …`): the rules propose, the
    learned chooser (claim_chooser.py) keeps the candidates it scores at or above its threshold."""
    np = _forward_speaker(toks, cue)
    if np is None or (np.kind == "pronoun" and np.head in {"i", "we", "you"}):
        return None
    k = cue.after
    via: list[str] = []
    if cue.index > 0 and toks[cue.index - 1].lower == "as":  # `Interfax quoted X as saying`
        relayed = _as_saying(toks, cue)
        via = relayed.via if relayed is not None else []
    if cue.lemma == "tell":
        obj = noun_phrase_after(toks, k)
        if obj is None:
            return None
        if obj.entity == "media":
            via.append(obj.name or obj.text)
        k = obj.last
    claim_cue = is_claim_cue(cue)
    preposition = None
    if not claim_cue and k < len(toks) and toks[k].lower in _ACT_PREPOSITIONS:
        preposition = toks[k].lower
        k += 1
    k = _skip_to_content(toks, k, limit)
    limit = min(limit, k + _MAX_CONTENT_TOKENS)  # reported speech runs to the sentence end, within reason
    if toks and toks[0].lower in _SUBORDINATORS:
        limit = _main_clause_comma(toks, k, limit)  # `While Kerry said …, the Kremlin rejected …`
    limit = _before_according(toks, k, limit, via)
    if k >= limit or toks[k].text in {":", ",", ".", ";"}:
        return None
    if preposition is None and toks[k].lower in _PREPOSITIONS - _DETERMINER_LIKE - {"to"}:
        return None  # an adverbial the reading could not skip (`said at the start of the talks: …`)
    if toks[k].text == QUOTE_TOKEN and not headline:
        return None  # `said, “…” and predicted, “…”`: the quotes carry the speech
    content = toks[k:limit]
    while content and not content[-1].is_word and content[-1].text not in {")", "]"}:
        content = content[:-1]
    if not content or any(t.text == ":" for t in content[:3]):
        return None
    if len([t for t in content if t.is_word]) < 2 or content[0].lower in _AUXILIARY_OPENERS:
        return None  # (`officials said was a clerical error`: the reading took the subject for the speaker)
    if _negated(toks, cue):
        return None  # `The White House did not assert that …` reports no claim
    explicit = k > 0 and toks[k - 1].lower == "that"
    candidate = ClaimCandidate(
        toks=toks,
        cue_index=cue.index,
        cue_after=cue.after,
        lemma=cue.lemma,
        first=k,
        end=k + len(content),
        speaker=np,
        hand_rule=claim_cue and preposition is None and _hand_rule_keeps(content, cue, headline, explicit),
        claim_cue=claim_cue,
        explicit_that=explicit,
        clause=explicit or _reads_as_clause(content),
        headline=headline,
        preposition=preposition,
    )
    score = chooser.score(candidate)
    if score < chooser.threshold and not candidate.hand_rule:
        return None  # (the model extends the hand rules: what they keep, it never drops)
    att = Attribution(np, cue, via=via, how="forward", score=round(score, 3))
    return ReportedSpeech(
        content[0].start, content[-1].end, att, act=not (candidate.clause or candidate.hand_rule)
    )


_THAT_AS_DETERMINER_AFTER = frozenset({"of", "in", "on", "at", "for", "with", "by", "from", "about", "into"})
_CLAUSE_REACH = 5  # a subject of up to four words, then its verb
_CLAUSE_BREAKS = frozenset({",", "—", "–", ";", ":", "and", "or", "as", "but", QUOTE_TOKEN})


def _reads_as_clause(content: list[Token]) -> bool:
    """A subject, then a finite verb before any comma, quote, `and` or `as`: `the plan would
    fail`, `Iran is lying`, `the disclosures shed new light`; not an object with a quoted
    description (`the mayor “pathetic”`, `Mr. Smith as “a veteran”`), a speech act's content."""
    first = content[0]
    if not (
        first.lower in _SUBJECT_PRONOUNS or first.text[0].isupper() or first.lower in _SUBJECT_DETERMINERS
    ):
        return False
    words = [first]
    for n, tok in enumerate(content[1 : _CLAUSE_REACH + 1], 1):
        if tok.lower in _CLAUSE_BREAKS:
            return False
        low, prev = tok.lower, words[-1]
        words.append(tok)
        if low in _VERB_SIGNALS or low.endswith("n't") or _present_verb_after_subject(words, len(words) - 1):
            return True
        lower_word = tok.text.islower() and len(low) > 3
        possessed = prev.text.endswith(("’s", "'s"))
        if lower_word and low.endswith("ed") and not possessed and prev.lower not in _SUBJECT_DETERMINERS:
            return True
        # `Iran wants talks`, not `European leaders “not to …”`: the verb has words after it
        followed = n + 1 < len(content) and content[n + 1].is_word and content[n + 1].text != QUOTE_TOKEN
        if (
            lower_word
            and followed
            and low.endswith("s")
            and not low.endswith(_NOT_VERBS_IN_S)
            and not possessed
            and (prev.lower in _SUBJECT_PRONOUNS or prev.text[0].isupper())
        ):
            return True
    return False


def _hand_rule_keeps(content: list[Token], cue: Cue, headline: bool, explicit: bool) -> bool:
    """What the hand-written rules alone decided (a feature of the chooser): a clause after a
    claim cue, not an indirect question or a bare object (`revealed new intelligence …`)."""
    first = content[0].lower
    if first in _NO_CLAIM_OPENERS or (first in _PREPOSITIONS and first not in _DETERMINER_LIKE):
        return False
    if len([t for t in content if t.is_word]) < 3 and not headline:
        return False
    if not (headline or cue.lemma == "deny" or _looks_like_clause(content)):
        return False
    return not (cue.lemma in _OBJECT_TAKING and not (headline or explicit or _clause_start(content)))


def _before_according(toks: list[Token], start: int, limit: int, via: list[str]) -> int:
    """`X said CONTENT, according to Reuters`: the source chain is not part of the content,
    and a medium named there relays the speech (it joins `via`)."""
    for c in range(start + 1, limit - 2):
        if toks[c].text == "," and toks[c + 1].lower == "according" and toks[c + 2].lower == "to":
            source = noun_phrase_after(toks, c + 3)
            if source is not None and source.entity == "media":
                via.append(source.name or source.text)
            return c
    return limit


def _main_clause_comma(toks: list[Token], start: int, limit: int) -> int:
    """In a sentence opened by a subordinate clause, the comma where the main clause begins:
    a noun phrase followed by a finite verb."""
    for c in range(start, limit - 2):
        if toks[c].text != ",":
            continue
        np = noun_phrase_after(toks, c + 1)
        if np is None or np.last >= limit:
            continue
        verb = toks[np.last]
        if (
            verb.lower in _VERB_SIGNALS
            or verb.lower in CUE_FORMS
            or (verb.text.islower() and verb.lower.endswith("ed"))
        ):
            return c
    return limit


def _negated(toks: list[Token], cue: Cue) -> bool:
    window = toks[max(0, cue.index - 3) : cue.index]
    return any(t.lower in {"not", "never", "n't"} or t.lower.endswith("n't") for t in window)


def _clause_start(content: list[Token]) -> bool:
    """A subject first (pronoun, name, determiner) and a verb soon after it."""
    words = [t for t in content if t.is_word]
    first = words[0]
    subject_like = (
        first.lower in _SUBJECT_PRONOUNS
        or first.text[0].isupper()
        or first.lower in {"the", "a", "an", "his", "her", "its", "their", "our", "some", "many", "all"}
    )
    return subject_like and _looks_like_clause(words[:8])


def _forward_speaker(toks: list[Token], cue: Cue) -> Mention | None:
    if cue.index > 0 and toks[cue.index - 1].lower == "as":
        att = _as_saying(toks, cue)
        return att.mention if att else None
    if cue.text.endswith("ing"):
        if cue.index == 0:
            return None
        comma = toks[cue.index - 1].text == ","
        that = cue.after < len(toks) and toks[cue.after].lower == "that"
        if not (comma or that):
            return subject_of(toks, cue)  # `Washington is suggesting that`
        return _main_clause_subject(toks, cue.index - (1 if comma else 0))
    if cue.index > 0 and toks[cue.index - 1].lower == "as":
        att = _as_saying(toks, cue)
        return att.mention if att else None
    np = subject_of(toks, cue)
    if np is None and cue.index > 0 and toks[cue.index - 1].lower in {"and", "but"}:
        np = sentence_subject(toks, cue.index)
    return np


def _skip_to_content(toks: list[Token], k: int, limit: int) -> int:
    """Skip `that`, and adverbials such as `on Friday`, `in a statement`, `to reporters`."""
    for j in range(k, min(limit, k + 12)):
        if toks[j].lower == "that":
            if j > k and toks[j - 1].lower in _THAT_AS_DETERMINER_AFTER:
                break  # `revealed the existence of that site`: a determiner, not the complementizer
            if j > k + 1 and toks[k].lower == "to" and toks[k + 1].text.islower() and toks[k + 1].is_word:
                break  # `vowed to veto any bill that raised …`: an infinitive's object, then a relative
            between = toks[k:j]
            if all((t.is_word and t.lower not in CUE_FORMS) or t.text == "," for t in between):
                return j + 1  # (not past another cue: `said, adding that …` is the adding's)
            break
        if toks[j].text in {".", ";", ":"} or (
            toks[j].text == QUOTE_TOKEN and toks[j - 1].lower not in {"on", "to"}
        ):
            break  # (a programme named after `on`, `said on “Fox News Sunday” that`, may stand between)
    while k < limit:
        tok = toks[k]
        low = tok.lower
        if tok.text == "," or low.rstrip(".") in TIME_WORDS:
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
        if (
            low in TIME_WORDS
            or low in DOCUMENT_NOUNS
            or low in {"reporters", "journalists", "interview", "conference", "remarks", "speech", "briefing"}
        ):
            return j + 1
        if toks[j].text in {",", "."}:
            return None
    return None


def _looks_like_clause(content: list[Token]) -> bool:
    words = [t for t in content if t.is_word]
    if not words:
        return False
    if any(t.text == QUOTE_TOKEN for t in words[2:]) or (
        len(words) >= 2
        and words[1].text == QUOTE_TOKEN
        and (words[0].text[0].isupper() or words[0].lower in _SUBJECT_PRONOUNS)
    ):
        return True  # a partial quote carries the clause's verb
    if words[0].lower in _SUBJECT_PRONOUNS and len(words) >= 3:
        return True
    if words[0].text[0].isupper() and len(words) >= 3:
        return True  # `said Kerry personally favors …`: a named subject starts a clause
    for i, tok in enumerate(words):
        low = tok.lower
        if low in _VERB_SIGNALS or low.endswith("n't"):
            return True
        if (
            i > 0
            and len(low) > 4
            and low.endswith("ed")
            and tok.text.islower()
            and words[i - 1].lower not in {"and", "or", "but"}
        ):
            return True  # not `… his retirement and moved to Spain`: that verb is the speaker's
        if (
            i > 0
            and low.endswith("s")
            and tok.text.islower()
            and len(low) > 3
            and not low.endswith("ss")
            and (
                (words[i - 1].text[0].isupper() and not words[i - 1].text.endswith(("’s", "'s")))
                or words[i - 1].lower in _SUBJECT_PRONOUNS
            )
        ):
            return True
        if _present_verb_after_subject(words, i):
            return True
    return False


_SUBJECT_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "every", "each"}
_NOT_VERBS_IN_S = ("ss", "us", "is", "’s", "'s")
_SUBJECT_REACH = 4  # determiner and up to three words of a subject before its verb
_NOT_IN_SUBJECT = _SUBORDINATORS | _PREPOSITIONS | {"and", "or"}


def _present_verb_after_subject(words: list[Token], i: int) -> bool:
    """`the station stays shut`, `the company plans to …`: a determiner, a noun or two, then a
    lower-case -s word with more after it. Right after the determiner (`the words`), after a
    possessive (`the victims' names`) or last (`the union leaders`) it is a plural noun."""
    tok, low = words[i], words[i].lower
    return (
        2 <= i <= _SUBJECT_REACH
        and i + 1 < len(words)
        and words[0].lower in _SUBJECT_DETERMINERS
        and tok.text.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(_NOT_VERBS_IN_S)
        and low not in _SPEECH_OBJECTS
        and tok.start - words[i - 1].end == 1  # one space: no `victims' names`, no comma between
        # no preposition in the subject: in `the visit to reporters`, `reporters` is its object
        and all(w.lower not in _NOT_IN_SUBJECT for w in words[1:i])
    )


def _leading_according(toks: list[Token], cues: list[Cue]) -> ReportedSpeech | None:
    """`According to X, CONTENT.`"""
    if not cues or cues[0].lemma != "according" or cues[0].index > 1:
        return None
    cue = cues[0]
    np = noun_phrase_after(toks, cue.after)
    if np is None or np.last >= len(toks) or toks[np.last].text != ",":
        return None
    content = toks[np.last + 1 :]
    while content and not content[-1].is_word and content[-1].text != QUOTE_TOKEN:
        content = content[:-1]
    if len([t for t in content if t.is_word]) < 3:
        return None
    return ReportedSpeech(
        content[0].start, content[-1].end, _with_chain(toks, Attribution(np, cue, how="according"))
    )


def _only_a_quote(toks: list[Token], starts: list[int], rs: ReportedSpeech) -> bool:
    """A complement wholly inside quote marks is a quote, not also a claim."""
    lo, hi = bisect.bisect_left(starts, rs.start), bisect.bisect_right(starts, rs.end)
    inside = [t for t in toks[lo:hi] if t.end <= rs.end and (t.is_word or t.text == QUOTE_TOKEN)]
    return len(inside) == 1 and inside[0].text == QUOTE_TOKEN
