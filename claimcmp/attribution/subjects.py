"""Who stands before a cue: the subject of `X said`, appositives (`Kate Allen, director of …,
said`), relative clauses, qualified descriptions (`people familiar with the matter`), and the
main clause's subject for participles."""

from __future__ import annotations

from claimcmp.attribution.records import Cue
from claimcmp.lexicon import (
    CUE_FORMS,
    CUE_PRE_MODIFIERS,
    DASHES,
    INTRO_WORDS,
    PERSON_NOUNS,
    PROGRESSIVE_AUX,
    QUALIFIERS,
    SOURCE_NOUNS,
    STOPWORDS,
    TIME_WORDS,
    VERB_SIGNALS,
)
from claimcmp.mentions import QUOTE_TOKEN, Mention, description_over, noun_phrase_after, noun_phrase_before
from claimcmp.textspan import Token

_APPOSITIVE_REACH = 25


_MAIN_VERB_REACH = 40


_PRE_CUE_REACH = 25


def subject_of(toks: list[Token], cue: Cue) -> Mention | None:
    """The speaker named before a cue: `X said`, `X, who ..., said`, `X, director of Y, said`."""
    j = cue.index
    progressive = cue.participle
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
        found = noun_phrase_before(toks, j - 1)
        if found is None and prev.lower == "who":
            return _someone_before_who(toks, j - 1)
        return found
    if prev.text == "," and not _closes_relative_clause(toks, j - 1):
        skipped = _skip_adverbial_back(toks, j - 1)
        if skipped is not None:
            if skipped > 1 and toks[skipped - 1].text == "," and toks[skipped - 2].lower in {"and", "but"}:
                skipped -= 1
            if skipped > 0 and toks[skipped - 1].lower in {"and", "but"}:
                return sentence_subject(toks, skipped - 1)
            return subject_of(toks, Cue(cue.text, cue.start, cue.end, cue.lemma, skipped, skipped + 1))
    if prev.text in {",", ")"} or prev.text in DASHES:
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
    qualified = np is not None and np.first >= 2 and toks[np.first - 1].lower in QUALIFIERS
    if np is not None and np.first >= 2 and (qualified or np.kind == "description"):
        # `Officials in Israel said`, `Strategists for both parties agreed`: the officials, the strategists
        return _qualified_description(toks, j) or np
    if np is not None:
        return np
    return _qualified_description(toks, j) or _determined_subject(toks, j)


_DETERMINED_REACH = 6  # `the city of Phoenix`, `the International Monetary Fund's board`
_CLAUSE_OPENERS = frozenset({",", "and", "but", ":", ";", "—", "–"})


def _determined_subject(toks: list[Token], j: int) -> Mention | None:
    """`Still, the fund warned that …`, `The city of Phoenix is demanding …`: a determiner opening
    the clause and a few words no list knows, right before the cue, are its subject."""
    for k in range(j - 1, max(-1, j - _DETERMINED_REACH - 1), -1):
        tok = toks[k]
        if tok.lower in {"the", "this", "its", "their"} and k < j - 1:
            if k > 0 and toks[k - 1].lower not in _CLAUSE_OPENERS:
                return None
            span = toks[k:j]
            of = next((n for n, t in enumerate(span) if t.lower == "of"), len(span))
            return description_over(
                toks, k, j, head=span[of - 1].lower, entity="organization", role=_words(span[1:])
            )
        if not tok.is_word or tok.lower in STOPWORDS - {"of"} or tok.lower in CUE_FORMS:
            return None
    return None


_WHO_REACH = 4  # a determiner and up to three words: `an architect`, `a retired Navy pilot`


def _someone_before_who(toks: list[Token], who: int) -> Mention | None:
    """`an architect who said …`: whoever `who` follows is a person, though no list knows the noun.
    `who` is the index of `who`, or of the comma before it (`The justice, who …`)."""
    for k in range(who - 1, max(-1, who - _WHO_REACH - 1), -1):
        tok = toks[k]
        if tok.lower in {"a", "an", "the", "one", "another"}:
            if k == who - 1:
                return None
            return description_over(
                toks,
                k,
                who,
                head=toks[who - 1].lower,
                entity="person",
                anonymous=tok.lower != "the",
                role=_words(toks[k + 1 : who]),
            )
        if not (tok.is_word and (tok.text.islower() or tok.text[0].isupper()) and tok.lower not in STOPWORDS):
            return None
    return None


def _qualified_description(toks: list[Token], j: int) -> Mention | None:
    """`people familiar with the matter said`, `analysts in the region argue`: a speaker noun
    with a short qualifying phrase between it and the cue."""
    for k in range(j - 2, max(-1, j - 8), -1):
        if (
            toks[k].text in {",", ".", ";", ":"}
            or toks[k].text == QUOTE_TOKEN
            or toks[k].lower in VERB_SIGNALS
        ):
            return None  # a verb in between: not a qualifying phrase
        speaker_noun = toks[k].lower in PERSON_NOUNS or toks[k].lower in SOURCE_NOUNS
        if speaker_noun and toks[k + 1].lower in QUALIFIERS:
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
                return None if _inside_participle(toks, k) else k
            return None
        if tok.text in {".", ";", ":"} or tok.text == QUOTE_TOKEN:
            return None
    return None


def _inside_participle(toks: list[Token], k: int) -> bool:
    """`Trump, speaking to a veterans group in Virginia, said`: the place ends a participial
    aside, whose comma the appositive reading takes, not an adverbial after the speaker."""
    for j in range(k - 1, max(-1, k - _APPOSITIVE_REACH), -1):
        if toks[j].text == ",":
            # `Trump, speaking to a veterans group in Virginia, said`; `Cruz, the only candidate to
            # campaign in Wyoming, told`: a participle or a description opens the aside
            return j + 1 < k and (
                toks[j + 1].lower.endswith("ing") or toks[j + 1].lower in {"the", "a", "an"}
            )
        if toks[j].text in {".", ";", ":"} or toks[j].text == QUOTE_TOKEN:
            return False
    return False


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
    if named is not None and named.text.isdigit() and named.first > 1 and toks[named.first - 1].text == ",":
        named = noun_phrase_before(toks, named.first - 1)  # `Clinton, 35, the daughter of …, said`: an age
    if named is None:
        if k + 1 < close and toks[k + 1].lower == "who":
            # `The Supreme Court justice, who …, said`: `who` makes whoever stands before it a person
            return _someone_before_who(toks, k)
        # `One delegate not on the Cruz slate, Kelly Schmdit, told`: a description no reading
        # takes, then the person's full name between commas
        inner = noun_phrase_after(toks, k + 1)
        return inner if inner is not None and inner.last == close and _full_name(inner) else None
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
    if not toks[open_ + 1].text[:1].isupper():
        return None  # `Clinton, 35, the daughter of President Bill Clinton, said`: a role, not a name
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
        opens = (closer == ")" and here == "(") or (closer != ")" and (here == "," or here in DASHES))
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
    """The first mention of a sentence, after any introductory phrase or dateline."""
    start = _after_dateline(toks, limit)
    if toks and toks[0].lower in INTRO_WORDS:
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
    if np is None:
        np = _named_after_opening(toks, start, limit)
    if np is None or np.first >= limit:
        return None
    return np


_OPENING_REACH = 8  # `One of the men, Jessie Elkins, …`


def _named_after_opening(toks: list[Token], start: int, limit: int) -> Mention | None:
    """`One of the men, Jessie Elkins, 70, had served …`: when no mention reading takes the words
    opening the sentence, the full name between the commas after them is its subject."""
    for k in range(start + 1, min(limit, start + _OPENING_REACH)):
        if toks[k - 1].text != ",":
            continue
        named = noun_phrase_after(toks, k)
        if named is not None and _full_name(named) and named.last < limit and toks[named.last].text == ",":
            return named
        return None
    return None


_DATELINE_REACH = 10  # `LOS ANGELES, Sept. 28 (UPI) —`


def _after_dateline(toks: list[Token], limit: int) -> int:
    """Past a dateline (`WASHINGTON —`, `NEW YORK, Sept. 28 (AP) —`): a word in capitals opening
    the sentence, then a dash within a few words."""
    if not toks or not (toks[0].text.isupper() and len(toks[0].text) > 1 and toks[0].is_word):
        return 0
    for k in range(1, min(limit, _DATELINE_REACH)):
        if toks[k].text in DASHES or toks[k].text in {"-", "--"}:
            return k + 1
    return 0


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


def _appositive_role_after(toks: list[Token], np: Mention) -> None:
    """`said Vitaly Churkin, Russia’s envoy to the United Nations` → role."""
    j = np.last
    if np.role or j >= len(toks) or not (toks[j].text == "," or toks[j].text in DASHES):
        return
    words = []
    for tok in toks[j + 1 :]:
        if tok.text in {",", ".", ";"} or tok.text in DASHES or tok.text == QUOTE_TOKEN:
            break
        words.append(tok)
    if 0 < len(words) <= 12 and words[0].lower not in {"who", "which", "according", "as", "in", "on"}:
        np.role = _words(words)


def _skip_appositive(toks: list[Token], k: int) -> int:
    """Past the appositives after a name, up to two (`Scott Pruitt, the attorney general of
    Oklahoma, one of the states suing, said`), when a cue follows the last one."""
    end = _one_appositive(toks, k)
    if end != k:
        further = _one_appositive(toks, end - 1)
        if further != end - 1 and further < len(toks) and CUE_FORMS.get(toks[further].lower) is not None:
            return further
    return end


def _one_appositive(toks: list[Token], k: int) -> int:
    if k < len(toks) and toks[k].text == ",":
        for m in range(k + 1, min(len(toks), k + _APPOSITIVE_REACH)):
            if toks[m].text == ",":
                return m + 1
    return k
