"""Reading the words after a cue: where the content starts (past `that` and adverbials), where it
ends, and whether it reads as a clause (a statement) or an object (a speech act)."""

from __future__ import annotations

from claimcmp.attribution.records import Cue
from claimcmp.lexicon import (
    CUE_FORMS,
    DASHES,
    DETERMINER_LIKE,
    DOCUMENT_NOUNS,
    NO_CLAIM_OPENERS,
    NOT_VERBS_IN_S,
    OBJECT_TAKING,
    PREDICATE_OPENERS,
    PREPOSITIONS,
    SPEECH_OBJECTS,
    SUBJECT_DETERMINERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    THAT_AS_DETERMINER_AFTER,
    TIME_WORDS,
    VERB_SIGNALS,
)
from claimcmp.mentions import QUOTE_TOKEN, noun_phrase_after
from claimcmp.textspan import Token

_MAX_CONTENT_TOKENS = 150


def _tail_is_short(toks: list[Token], k: int) -> bool:
    """After `, X said` only adverbials or an appositive may follow, not a new clause."""
    if len(toks) - k > _MAX_CONTENT_TOKENS:
        return False  # a tail is short by definition; also keeps huge sentences linear
    rest = [t for t in toks[k:] if t.is_word]
    if not rest:
        return True
    if rest[0].lower == "that":
        return False
    if toks[k].text == "," or toks[k].text in DASHES:
        # `X, according to Y, said …` is parenthetical; `X said, adding that …` is not
        return CUE_FORMS.get(rest[0].lower) is None or rest[0].lower.endswith("ing")
    if rest[0].lower in {"who", "which", "whose"}:
        return True  # `said one diplomat who asked not to be named`
    # up to the first comma or dash the tail's own words; after it, the sentence may go on
    # (`…, he told me on Friday, is that …`, `…, said X during the debate, suggesting that …`)
    clause = toks[k:]
    comma = next((n for n, t in enumerate(clause) if t.text == "," or t.text in DASHES), len(clause))
    head = clause[:comma]
    that = any(t.lower == "that" and not _time_after(head, n) for n, t in enumerate(head))
    if that or any(t.text == QUOTE_TOKEN for t in head):
        return False  # `X posted on Twitter that …`: the content follows the cue
    if any(t.lower in VERB_SIGNALS for t in head):
        return False  # `…, Cornyn told reporters this was the only chance`: a clause goes on
    resumed = clause[comma + 1] if comma + 1 < len(clause) else None
    if resumed is not None and resumed.lower in CUE_FORMS and not resumed.lower.endswith("ing"):
        return False  # `Salceda, citing data from the State Department, said that …`: the subject's cue
    first = rest[0].lower.rstrip(".")
    infinitive = first == "to" and len(rest) > 1 and rest[1].text.islower()
    if infinitive and rest[1].lower not in SUBJECT_DETERMINERS:
        return False  # `said the decision to forgo …`: an infinitive goes on with the content
    return first in PREPOSITIONS or first in TIME_WORDS or (len(rest) <= 3 and rest[0].text[0].isupper())


def _time_after(toks: list[Token], n: int) -> bool:
    """`that evening`, `that day`: a determiner before a time word, not a complementizer."""
    return n + 1 < len(toks) and toks[n + 1].lower.rstrip(".") in TIME_WORDS


_CLAUSE_REACH = 5  # a subject of up to four words, then its verb
_CONDITION_OPENERS = frozenset({"if", "unless", "once", "when", "although", "though", "because", "while"})
_CONDITION_REACH = 16  # words of the condition before its comma


_CLAUSE_BREAKS = frozenset({",", "—", "–", ";", ":", "and", "or", "as", "but", QUOTE_TOKEN})


def _reads_as_clause(content: list[Token]) -> bool:
    """A subject, then a finite verb before any comma, quote, `and` or `as`: `the plan would
    fail`, `Iran is lying`, `the disclosures shed new light`; not an object with a quoted
    description (`the mayor “pathetic”`, `Mr. Smith as “a veteran”`), a speech act's content."""
    first = content[0]
    if first.lower in _CONDITION_OPENERS:
        # `said if he were president, DACA would be …`: the main clause after the condition
        comma = next((n for n, t in enumerate(content[:_CONDITION_REACH]) if t.text == ","), None)
        main = content[comma + 1 : comma + 1 + _CONDITION_REACH // 2] if comma is not None else []
        return any(t.lower in VERB_SIGNALS or t.lower.endswith("n't") for t in main)
    if first.lower == "that" and len(content) > 1 and content[1].lower in VERB_SIGNALS:
        return True  # `said that was in part because …`: `that` is the subject
    pronoun, apostrophe, _ = first.lower.replace("’", "'").partition("'")
    if apostrophe and pronoun in SUBJECT_PRONOUNS:
        return True  # `he’d leave`, `they're`: the contraction carries the verb
    if not (first.lower in SUBJECT_PRONOUNS or first.text[0].isupper() or first.lower in SUBJECT_DETERMINERS):
        return False
    words = [first]
    after_apostrophe = False
    for n, tok in enumerate(content[1 : _CLAUSE_REACH + 1], 1):
        if tok.lower in _CLAUSE_BREAKS:
            return False
        if not tok.is_word:
            after_apostrophe = tok.text in {"'", "’"}  # `the victims' names`: a possessive, no verb
            continue
        low, prev = tok.lower, words[-1]
        words.append(tok)
        possessed = after_apostrophe or prev.text.endswith(("’s", "'s"))
        after_apostrophe = False
        if (
            low in VERB_SIGNALS
            or low.endswith("n't")
            or (
                not possessed
                and _present_verb_after_subject([*words, *content[n + 1 : n + 2]], len(words) - 1)
            )
        ):
            return True
        lower_word = tok.text.islower() and len(low) > 3
        if lower_word and low.endswith("ed") and not possessed and prev.lower not in SUBJECT_DETERMINERS:
            return True
        # `Iran wants talks`, not `European leaders “not to …”`: the verb has words after it
        followed = n + 1 < len(content) and content[n + 1].is_word and content[n + 1].text != QUOTE_TOKEN
        if (
            lower_word
            and followed
            and low.endswith("s")
            and not low.endswith(NOT_VERBS_IN_S)
            and not possessed
            and (prev.lower in SUBJECT_PRONOUNS or prev.text[0].isupper())
        ):
            return True
    return False


def _hand_rule_keeps(content: list[Token], cue: Cue, headline: bool, explicit: bool) -> bool:
    """What the hand-written rules alone decided (a feature of the chooser): a clause after a
    claim cue, not an indirect question or a bare object (`revealed new intelligence …`)."""
    first = content[0].lower
    if first in NO_CLAIM_OPENERS or (first in PREPOSITIONS and first not in DETERMINER_LIKE):
        return False
    if len([t for t in content if t.is_word]) < 3 and not headline:
        return False
    if not (headline or cue.lemma == "deny" or _looks_like_clause(content)):
        return False
    return not (cue.lemma in OBJECT_TAKING and not (headline or explicit or _clause_start(content)))


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
            verb.lower in VERB_SIGNALS
            or verb.lower in CUE_FORMS
            or (verb.text.islower() and verb.lower.endswith("ed"))
        ):
            return c
    return limit


def _clause_start(content: list[Token]) -> bool:
    """A subject first (pronoun, name, determiner) and a verb soon after it."""
    words = [t for t in content if t.is_word]
    first = words[0]
    subject_like = (
        first.lower in SUBJECT_PRONOUNS
        or first.text[0].isupper()
        or first.lower in {"the", "a", "an", "his", "her", "its", "their", "our", "some", "many", "all"}
    )
    return subject_like and _looks_like_clause(words[:8])


_ASIDE_REACH = 8  # words of `that, if elected, he would …` between the commas


def _past_aside(toks: list[Token], k: int, limit: int) -> int:
    """`said that, if elected, he would …`: the content resumes after the aside between commas."""
    if k >= limit or toks[k].text != ",":
        return k
    for j in range(k + 1, min(limit, k + _ASIDE_REACH + 2)):
        if toks[j].text == ",":
            return j + 1
        if not toks[j].is_word:
            break
    return k


def _skip_to_content(toks: list[Token], k: int, limit: int) -> int:
    """Skip `that`, and adverbials such as `on Friday`, `in a statement`, `to reporters`."""
    for j in range(k, min(limit, k + 12)):
        if toks[j].lower == "that" and j + 1 < limit and toks[j + 1].lower in VERB_SIGNALS:
            break  # `said that was in part because …`: `that` is the content's subject
        if toks[j].lower == "that":
            if j > k and toks[j - 1].lower in THAT_AS_DETERMINER_AFTER:
                break  # `revealed the existence of that site`: a determiner, not the complementizer
            if j > k + 1 and toks[k].lower == "to" and toks[k + 1].text.islower() and toks[k + 1].is_word:
                break  # `vowed to veto any bill that raised …`: an infinitive's object, then a relative
            between = toks[k:j]
            if any(t.lower in VERB_SIGNALS or t.lower.endswith("n't") for t in between):
                break  # `said the budget was balanced and that …`: the content began at the cue
            if all((t.is_word and t.lower not in CUE_FORMS) or t.text == "," for t in between):
                return _past_aside(toks, j + 1, limit)  # (not past another cue: `said, adding that …`)
            break
        if toks[j].text in {".", ";", ":"} or (
            toks[j].text == QUOTE_TOKEN and toks[j - 1].lower not in {"on", "to"}
        ):
            break  # (a programme named after `on`, `said on “Fox News Sunday” that`, may stand between)
    while k < limit:
        tok = toks[k]
        low = tok.lower
        if low in {"this", "last"}:
            if not _time_after(toks, k):
                break  # `told reporters this was the last chance`: the content's subject
            k += 2  # `this week`, `last month`
        elif tok.text == "," or low.rstrip(".") in TIME_WORDS:
            k += 1
        elif low in PREPOSITIONS and k + 1 < limit:
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
        and (words[0].text[0].isupper() or words[0].lower in SUBJECT_PRONOUNS)
    ):
        return True  # a partial quote carries the clause's verb
    if words[0].lower in SUBJECT_PRONOUNS and len(words) >= 3:
        return True
    if words[0].text[0].isupper() and len(words) >= 3:
        return True  # `said Kerry personally favors …`: a named subject starts a clause
    for i, tok in enumerate(words):
        low = tok.lower
        if low in VERB_SIGNALS or low.endswith("n't"):
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
                or words[i - 1].lower in SUBJECT_PRONOUNS
            )
        ):
            return True
        if _present_verb_after_subject(words, i):
            return True
    return False


_SUBJECT_REACH = 4  # determiner and up to three words of a subject before its verb


_NOT_IN_SUBJECT = SUBORDINATORS | PREPOSITIONS | {"and", "or"}


def _present_verb_after_subject(words: list[Token], i: int) -> bool:
    """`the station stays shut`, `the company plans to …`: a determiner, a noun or two, then a
    lower-case -s word with more after it. Right after the determiner (`the words`), after a
    possessive (`the victims' names`) or last (`the union leaders`) it is a plural noun."""
    tok, low = words[i], words[i].lower
    return (
        2 <= i <= _SUBJECT_REACH
        and i + 1 < len(words)
        and words[0].lower in SUBJECT_DETERMINERS
        and tok.text.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(NOT_VERBS_IN_S)
        and low not in SPEECH_OBJECTS
        and tok.start - words[i - 1].end == 1  # one space: no `victims' names`, no comma between
        # no preposition in the subject: in `the visit to reporters`, `reporters` is its object
        and all(w.lower not in _NOT_IN_SUBJECT for w in words[1:i])
    )


def _trim_to_word(toks: list[Token]) -> list[Token]:
    """Without the punctuation at the end (a closing bracket stays)."""
    while toks and not toks[-1].is_word and toks[-1].text not in {")", "]"}:
        toks = toks[:-1]
    return toks


def _predicate_opener(word: str) -> bool:
    """A verb that continues a subject left before the cue: `is`, `would`, `celebrated`, `remains`."""
    return word in PREDICATE_OPENERS or word in VERB_SIGNALS or (word.endswith("ed") and len(word) > 4)


# words that open a new clause: a subject read back from a cue stops at them
CLAUSE_OPENERS = SUBORDINATORS | {"and", "but", "so", "yet", "that", "who"}
