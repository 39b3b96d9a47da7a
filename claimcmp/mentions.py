"""Noun phrases that can name a speaker, read from word tokens without a parser.

A mention is a proper name with its titles ("Russian Foreign Minister Sergei
Lavrov"), a pronoun ("he"), or a description whose head noun can speak ("the
ministry", "a senior State Department official", "the statement").
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcmp.lexicon import (
    COURTESY_TITLES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FIRST_NAME_GENDERS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    SOURCE_NOUN_ENTITIES,
    SOURCE_NOUNS,
    STOPWORDS,
    TITLE_WORDS,
    VERB_SIGNALS,
    nickname_table,
)
from claimcmp.textspan import Token

_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "another"}
_INDEFINITE = {"a", "an", "another", "one", "some", "two", "three", "several", "many"}
_ANY_DETERMINER = frozenset(_DETERMINERS | _INDEFINITE)  # built once: it is asked for every token
_NP_INNER_LOWER = {"of", "for", "and", "&"} | NAME_PARTICLES
# `a source within the US Administration`, `an expert from the Carnegie Centre`
_ATTACHING = {"within", "from", "at", "in", "with", "of", "inside", "close", "to"}
# nouns a speaker mention may end in (the learned chooser asks the same of a speaker reading)
HEAD_NOUNS = PERSON_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS | SOURCE_NOUNS.keys()
_NP_WORDS_BEFORE_MINING = PERSON_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS | TITLE_WORDS
# nouns only the mined lexicon knows: many are verbs too (`hosts`, `leads`, `backs`)
_MINED_ONLY = frozenset(SOURCE_NOUNS.keys() - _NP_WORDS_BEFORE_MINING)
_NP_WORDS = frozenset(TITLE_WORDS | HEAD_NOUNS)  # lower-case words a noun phrase may hold
_COMPASS = frozenset({"north", "south", "east", "west"})
_DEMONYM_ENDINGS = ("ean", "ian", "can", "ese", "ish")  # Korean, Asian, African, Sudanese, Irish
_MAX_NP = 12
_MAX_ADJECTIVES = 2
_MAX_NAME_WORDS = 3


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun" or "description"
    name: str | None = None  # the proper-name part, titles removed
    role: str | None = None
    head: str = ""  # lower-case head word: surname, pronoun or head noun
    entity: str = "unknown"  # person, organization, media, document, group
    anonymous: bool = False
    first: int = -1  # index of its first token in the token list it was read from
    last: int = -1  # index one past its last token


def _is_cap_word(tok: Token) -> bool:
    return tok.is_word and (tok.text[0].isupper() or tok.text[0].isdigit())


QUOTE_TOKEN = "_q_"


def _np_token_ok(tok: Token) -> bool:
    if tok.text == QUOTE_TOKEN:
        return False
    if _is_cap_word(tok):
        return True
    return tok.is_word and tok.lower.rstrip(".") in _NP_WORDS


def noun_phrase_before(toks: list[Token], end: int) -> Mention | None:
    """The mention ending just before toks[end] (exclusive), or None."""
    j = end - 1
    if j < 0 or not toks[j].is_word:
        return None
    low = toks[j].lower
    if low in PRONOUNS_PERSON or low in PRONOUNS_GROUP:
        return _at(make_mention(toks[j : j + 1]), j, j + 1)
    i = j
    adjectives = _MAX_ADJECTIVES if toks[j].lower in HEAD_NOUNS else 0
    while i >= 0 and end - i <= _MAX_NP:
        tok = toks[i]
        if _np_token_ok(tok) or tok.text in {"’s", "'s"} or tok.text == "-" or _plural_possessive(toks, i, j):
            i -= 1
            continue
        if adjectives and i < j and _adjective_like(tok):
            adjectives -= 1  # `top black lawmakers said`: words the lists do not know, before a known head
            i -= 1
            continue
        if tok.lower in _NP_INNER_LOWER and i - 1 >= 0 and _is_cap_word(toks[i - 1]) and i < j:
            if tok.lower == "and" and _two_people(toks, i):
                break  # `Larry King and Ed Schultz say`, `Mr. King and Mr. Schultz say`: the second speaks
            i -= 1
            continue
        if tok.lower in NAME_PARTICLES and tok.lower != "of" and i < j and _is_cap_word(toks[i + 1]):
            i -= 1  # `de Mistura said`: a particle opening the name
            continue
        break
    start = i + 1
    if start <= j and i >= 0 and toks[i].lower in _ANY_DETERMINER:
        start = i
    # `an aide to Mr. Trump said`: the aide speaks (there must be words after `to`: `candidates to
    # disclose` is an infinitive)
    if (
        start > 1
        and start <= j
        and toks[start - 1].lower in _ATTACHING
        and toks[start - 2].lower in HEAD_NOUNS
    ):
        head = noun_phrase_before(toks, start - 1)  # the description the phrase attaches to
        if head is not None and head.kind == "description":
            return _qualified(toks, head, j + 1)
    span = _trim_leading(toks[start : j + 1])
    return _at(make_mention(span), j + 1 - len(span), j + 1) if span else None


def _adjective_like(tok: Token) -> bool:
    """A lower-case word that may modify a speaker noun: not a function word, a cue or a verb signal."""
    low = tok.lower
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and low not in STOPWORDS
        and low not in _ANY_DETERMINER  # `many`, `several`: the phrase's determiner, not an adjective
        and low not in CUE_FORMS
        and low not in VERB_SIGNALS
        and not low.endswith("ly")
    )


def _qualified(toks: list[Token], head: Mention, end: int) -> Mention:
    """`a source within the US Administration`, `officials in Israel`: the description speaks,
    not the place or body named in its qualifying phrase."""
    first = toks[head.first].lower
    plural = head.head.endswith("s") or head.head == "people"
    return description_over(
        toks,
        head.first,
        end,
        head=head.head,
        entity="group" if plural else head.entity,
        anonymous=first not in {"the", "this"} and head.entity in {"person", "group"},
    )


def description_over(
    toks: list[Token],
    first: int,
    last: int,
    *,
    head: str,
    entity: str,
    anonymous: bool = False,
    role: str | None = None,
) -> Mention:
    """A description mention of toks[first:last], its role the whole text unless given."""
    span = toks[first:last]
    text = _raw(span)
    return Mention(
        text,
        span[0].start,
        span[-1].end,
        "description",
        role=text if role is None else role,
        head=head,
        entity=entity,
        anonymous=anonymous,
        first=first,
        last=last,
    )


def noun_phrase_after(toks: list[Token], start: int) -> Mention | None:
    """The mention starting at toks[start], or None."""
    if start >= len(toks) or not toks[start].is_word:
        return None
    low = toks[start].lower
    if low in PRONOUNS_PERSON or low in PRONOUNS_GROUP:
        return _at(make_mention(toks[start : start + 1]), start, start + 1)
    i = start
    if low in _ANY_DETERMINER:
        i += 1
    while i < len(toks) and i - start < _MAX_NP:
        tok = toks[i]
        if tok.text.islower() and tok.lower in CUE_FORMS and i > start and _is_cap_word(toks[i - 1]):
            break  # `TASS reports`, `Reuters reported`: the verb, not a noun of the name
        if tok.text.islower() and tok.lower in _MINED_ONLY and i > start and _holds_full_name(toks[start:i]):
            break  # `John Ortiz hosts a show`: a mined noun's form right after a full name is its verb
        if _np_token_ok(tok) or tok.text in {"’s", "'s"}:
            i += 1
            continue
        if tok.lower in _NP_INNER_LOWER and i + 1 < len(toks) and _is_cap_word(toks[i + 1]) and i > start:
            if tok.lower == "and" and (_holds_full_name(toks[start:i]) or _two_people(toks, i)):
                break  # `Secretary John Kerry and President Vladimir Putin`: two people, not one name
            i += 1
            continue
        if _adjective_before_head(toks, i):
            i += 1
            continue
        break
    span = _trim_trailing(toks[start:i])
    if not any(t.is_word and t.lower not in _ANY_DETERMINER for t in span):
        return None
    return _at(make_mention(span), start, start + len(span))


def _two_people(toks: list[Token], and_at: int) -> bool:
    """`X and Y` joins two people, not one name (`Procter and Gamble`): an honorific or title
    opens the second, or each side is two proper-name words."""
    after = toks[and_at + 1 : and_at + 3]
    if after and _is_title(after[0]):
        return True
    return _holds_full_name(after) and _holds_full_name(toks[max(0, and_at - 2) : and_at])


def _holds_full_name(span: list[Token]) -> bool:
    """Two proper-name words in a row (`John Kerry`), titles aside."""
    run = 0
    for k, tok in enumerate(span):
        name_word = _is_cap_word(tok) and _name_not_title(span, k)
        run = run + 1 if name_word and tok.lower not in NOT_NAMES else 0
        if run >= 2:
            return True
    return False


def _adjective_before_head(toks: list[Token], i: int) -> bool:
    """`a Moscow governmental statement`: a lower-case modifier right before a speaker noun."""
    tok = toks[i]
    if not tok.is_word or not tok.text.islower() or tok.lower in NOT_NAMES or tok.text == QUOTE_TOKEN:
        return False
    if tok.lower in CUE_FORMS:
        return False  # `official told reporters`: a verb, not a modifier of `reporters`
    if tok.lower.endswith(("ed", "s")) and i > 0 and _is_cap_word(toks[i - 1]):
        return False  # `Irina Sokolova briefed reporters`: after a name, a verb
    return i + 1 < len(toks) and toks[i + 1].lower in HEAD_NOUNS


def _at(m: Mention | None, first: int, last: int) -> Mention | None:
    if m is not None:
        m.first, m.last = first, last
    return m


def _trim_leading(span: list[Token]) -> list[Token]:
    while span and not span[0].is_word:
        span = span[1:]
    while span and span[0].lower in NOT_NAMES and span[0].lower not in _ANY_DETERMINER and len(span) > 1:
        span = span[1:]
    return span


def _trim_trailing(span: list[Token]) -> list[Token]:
    while span and (not span[-1].is_word or span[-1].lower in _NP_INNER_LOWER):
        span = span[:-1]
    return span


# A span's words alone decide what mention it is (its offsets are only copied), and the
# same names recur through an article and across a batch: each distinct span is read once.
_READ_MENTIONS: dict[tuple[str, ...], Mention | None] = {}
_READ_MENTIONS_LIMIT = 20_000  # then start afresh: memory stays bounded, rereading is cheap


def make_mention(span: list[Token]) -> Mention | None:
    """Classify a token span as a speaker mention, or None if nothing in it can speak."""
    words = tuple([t.text for t in span])
    try:
        read = _READ_MENTIONS[words]  # one lookup: safe even if another thread clears the cache
    except KeyError:
        if len(_READ_MENTIONS) >= _READ_MENTIONS_LIMIT:
            _READ_MENTIONS.clear()
        read = _READ_MENTIONS[words] = _read_mention(span)
    if read is None:
        return None
    # a fresh copy each time: callers fill in a mention's role and token indices
    return Mention(
        read.text,
        span[0].start,
        span[-1].end,
        read.kind,
        name=read.name,
        role=read.role,
        head=read.head,
        entity=read.entity,
        anonymous=read.anonymous,
    )


def _read_mention(span: list[Token]) -> Mention | None:
    text_start, text_end = span[0].start, span[-1].end
    words = [t for t in span if t.is_word]
    if not words:
        return None
    first = words[0].lower
    if len(words) == 1 and first in PRONOUNS_PERSON:
        return Mention(words[0].text, text_start, text_end, "pronoun", head=first, entity="person")
    if len(words) == 1 and first in PRONOUNS_GROUP:
        return Mention(words[0].text, text_start, text_end, "pronoun", head=first, entity="group")
    det = first if first in _ANY_DETERMINER else None
    body = words[1:] if det else words
    if not body:
        return None
    text = " ".join(t.text for t in body)
    raw = _raw(span)
    low_body = text.lower()
    if low_body in MEDIA_NAMES or (det == "the" and ("the " + low_body) in MEDIA_NAMES):
        return Mention(raw, text_start, text_end, "name", name=text, head=low_body, entity="media")
    if body[-1].text.endswith(("’s", "'s")) and len(body[-1].text) > 2:
        return None  # `Russia’s` modifies what follows; it is not the speaker
    body = _drop_place_of(body)
    name_toks, role_toks = _split_name(body)
    head = body[-1].lower.rstrip(".")
    if name_toks and not _is_org_name(name_toks):
        name = " ".join(t.text for t in name_toks)
        if all(t.text[0].isdigit() for t in name_toks):
            return None
        courtesy = _after_courtesy_title(body, len(body) - 1)
        if name.lower() in NOT_NAMES or (all(t.lower in TITLE_WORDS for t in name_toks) and not courtesy):
            return None
        while role_toks and role_toks[0].lower in NOT_NAMES:
            role_toks = role_toks[1:]  # `As Clinton talked`, `If Trump wins`: the opener is no role
        role = " ".join(t.text for t in role_toks) or None
        return Mention(
            raw,
            text_start,
            text_end,
            "name",
            name=name,
            role=role,
            head=name_toks[-1].lower,
            entity=_person_or_org(name_toks, role_toks),
        )
    # organisations and descriptions
    capitalised = [t for t in body if _is_cap_word(t)]
    entity = _description_entity(head) or _capitalised_entity(body, capitalised)
    if entity is None:
        return None
    anonymous = det in _INDEFINITE and entity in {"person", "group"}
    titles_only = all(t.lower.rstrip(".") in TITLE_WORDS for t in body) and entity in {"person", "group"}
    kind = "name" if capitalised and len(capitalised) == len(body) and not titles_only else "description"
    org_name = text if kind == "name" else None
    return Mention(
        raw,
        text_start,
        text_end,
        kind,
        name=org_name,
        head=head,
        entity=entity,
        anonymous=anonymous,
        role=text if kind == "description" else None,
    )


def _raw(span: list[Token]) -> str:
    return " ".join(t.text for t in span).replace(" ’s", "’s").replace(" 's", "'s").replace("s ’ ", "s’ ")


def _plural_possessive(toks: list[Token], i: int, j: int) -> bool:
    """`Sanders’ campaign`, `the Democrats’ plan`: a lone apostrophe after a capitalised word in s,
    inside the phrase (never its last word)."""
    return (
        i < j
        and toks[i].text in {"’", "'"}
        and i > 0
        and _is_cap_word(toks[i - 1])
        and toks[i - 1].text.endswith("s")
        and toks[i - 1].end == toks[i].start
    )


def _drop_place_of(body: list[Token]) -> list[Token]:
    """`Attorney General Richard Blumenthal of Connecticut`: the person, not the place."""
    for k, tok in enumerate(body):
        if tok.lower == "of" and k >= 2:
            before = body[:k]
            proper = [t for t in before if _is_cap_word(t) and not _is_title(t)]
            if len(proper) >= 2 and _is_cap_word(before[-1]) and not _is_title(before[-1]):
                return before
    return body


def _is_title(tok: Token) -> bool:
    """A title word; short ones only as acronyms or abbreviations (`UN`, `Sen.`, not `Un` in Kim Jong Un).
    A plural title (`Senators Jane Doe and …`) and a hyphenated one (`Editor-in-Chief`,
    `Secretary-General`) are titles too, so they go to the role and not into the name."""
    low = tok.lower.rstrip(".")
    if low in TITLE_WORDS:
        return len(low) > 3 or tok.text.isupper() or tok.text.endswith(".")
    if len(low) > 4 and low.endswith("s") and low[:-1] in TITLE_WORDS:
        return True
    return "-" in low and any(part in TITLE_WORDS and len(part) > 3 for part in low.split("-"))


def _split_name(body: list[Token]) -> tuple[list[Token], list[Token]]:
    """Trailing proper-name tokens, and the titles/description before them."""
    i = len(body)
    while i > 0:
        tok = body[i - 1]
        low = tok.lower.rstrip(".")
        if tok.text.endswith(("’s", "'s")):
            break  # `Russia’s Lavrov`: the possessive is a description, not part of the name
        # `78-year-old Smith`: an age describes the person and is not part of the name
        aged = tok.text[0].isdigit()
        proper = _is_cap_word(tok) and _name_not_title(body, i - 1) and low not in NOT_NAMES and not aged
        proper = proper or _starts_place(body, i - 1) or _after_courtesy_title(body, i - 1)
        particle = low in NAME_PARTICLES and i < len(body) and low != "of"
        if proper or particle or tok.text == "-":
            i -= 1
        else:
            break
    name = body[i:]
    if i > 0 and len(name) > _MAX_NAME_WORDS:
        # `Minister of Economic Development Igor Lebedev`: after a title the name is its last words
        keep = 3 if name[-2].text.rstrip(".").isupper() or name[-2].lower in NAME_PARTICLES else 2
        i = len(body) - keep
        name = body[i:]
    role = body[:i]
    # `Larry King and Ed Schultz`: a coordination names two people; the first is not a role
    for k in range(len(role) - 1, -1, -1):
        if role[k].lower in {"and", "or", "&"} or role[k].text == ",":
            role = role[k + 1 :]
            break
    return name, role


def _name_not_title(span: list[Token], k: int) -> bool:
    """span[k] is no title word, or one a given name before it makes a surname."""
    return not _is_title(span[k]) or _title_as_surname(span, k)


def _title_as_surname(span: list[Token], k: int) -> bool:
    """`Larry King`, `Paul Bishop`: a title word right after a given name ends a personal name
    (not `Court Justice Frank Nervo`, where a capitalised word follows and `Court` is a body)."""
    if k == 0 or (k + 1 < len(span) and _is_cap_word(span[k + 1])):
        return False
    prev = span[k - 1]
    low = prev.lower
    if not _is_cap_word(prev) or _is_title(prev) or low in ORG_NOUNS or low in MEDIA_NOUNS:
        return False
    return low in FIRST_NAME_GENDERS or low in nickname_table()[1]


def _after_courtesy_title(body: list[Token], k: int) -> bool:
    """`Mr. King`, `Ms. Judge`: the last word after a courtesy title is a surname."""
    return (
        k == len(body) - 1
        and k > 0
        and body[k - 1].lower.rstrip(".") in COURTESY_TITLES
        and body[k].text[:1].isupper()
    )


def _starts_place(body: list[Token], k: int) -> bool:
    """`North Korea`, `South Africa`: a compass word before a capitalised word that is not a
    demonym starts a place name; before a demonym it is a title word (`North Korean leader`)."""
    if body[k].lower not in _COMPASS or k + 1 >= len(body) or not _is_cap_word(body[k + 1]):
        return False
    return not body[k + 1].lower.endswith(_DEMONYM_ENDINGS)


def _is_org_name(toks: list[Token]) -> bool:
    last = toks[-1].lower.rstrip(".")
    return last in ORG_NOUNS or last in MEDIA_NOUNS or any(t.lower in {"of", "for", "&"} for t in toks)


def _person_or_org(name: list[Token], role: list[Token]) -> str:
    if _starts_place(name, 0):
        return "organization"  # a country speaks through its government
    if any(t.lower.rstrip(".") in TITLE_WORDS or t.lower.endswith("year-old") for t in role):
        return "person"  # `Senator Smith`, `78-year-old Smith`
    if len(name) >= 2:
        return "person"
    return "unknown"


def _capitalised_entity(body: list[Token], capitalised: list[Token]) -> str | None:
    if all(t.lower in NOT_NAMES for t in body):
        return None  # `Last year`, `However`: sentence openers, not names
    if capitalised and _is_org_name(body):
        return "organization"
    if capitalised and len(capitalised) == len(body):
        return "organization" if len(body) > 1 else "unknown"
    return None


def _description_entity(head: str) -> str | None:
    if head in DOCUMENT_NOUNS:
        return "document"
    if head in PERSON_NOUNS or head in {"spokesman", "spokeswoman", "spokesperson"}:
        return "group" if head.endswith("s") and head not in {"spokesperson"} else "person"
    if head in ORG_NOUNS:
        return "organization"
    if head in MEDIA_NOUNS:
        return "media"
    if head in SOURCE_NOUNS:  # mined from PolNeAR: "strategists", "the two chairmen", "the campaign"
        entity = SOURCE_NOUN_ENTITIES[SOURCE_NOUNS[head]]
        return "group" if entity == "person" and SOURCE_NOUNS[head] != head else entity
    return None
