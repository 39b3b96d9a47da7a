"""Reported speech in one sentence: `…, X said`, `X said (that) …`, parenthetical cues, the
speakers of forward claims (poll shares included), and the candidates the learned chooser
(`choose.py`) decides on. Sources named around their words (`according to`, `as reported by`)
are read in `according.py`."""

from __future__ import annotations

import bisect

from claimcmp.attribution.according import (
    _CONNECTIVE_WORDS,
    _after_according_aside,
    _as_reported_by,
    _leading_according,
    _source_modifier_ends,
    _source_to_clause_end,
    _source_to_comma,
)
from claimcmp.attribution.choose import Chooser, ClaimCandidate, shipped_chooser
from claimcmp.attribution.clauses import (
    _MAX_CONTENT_TOKENS,
    CLAUSE_OPENERS,
    _adverbial_end,
    _before_according,
    _clause_start,
    _hand_rule_keeps,
    _main_clause_comma,
    _predicate_opener,
    _reads_as_clause,
    _skip_to_content,
    _tail_is_short,
    _trim_to_word,
)
from claimcmp.attribution.cues import find_cues, is_claim_cue
from claimcmp.attribution.records import Attribution, Cue, ReportedSpeech
from claimcmp.attribution.sources import _as_saying, _is_relay, _name, _with_chain
from claimcmp.attribution.subjects import (
    _appositive_role_after,
    _is_pre_modifier,
    _main_clause_subject,
    sentence_subject,
    subject_of,
)
from claimcmp.lexicon import (
    ACT_CUE_FORMS,
    ACT_PREPOSITIONS,
    AUXILIARY_OPENERS,
    CUE_FORMS,
    DASHES,
    DETERMINER_LIKE,
    INTRO_WORDS,
    MESSAGE_NOUNS,
    NO_CLAIM_OPENERS,
    NOT_NAMES,
    NUMBER_WORDS,
    PREPOSITIONS,
    PROGRESSIVE_AUX,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    STATE_OF_MIND_CUES,
    SUBJECT_DETERMINERS,
    SUBORDINATORS,
    TIME_WORDS,
    names_people,
)
from claimcmp.mentions import QUOTE_TOKEN, Mention, description_over, noun_phrase_after, noun_phrase_before
from claimcmp.textspan import Token
from claimcmp.values import share_word


def reported_speech(
    toks: list[Token], headline: bool = False, chooser: Chooser | None = None, *, acts: bool = True
) -> list[ReportedSpeech]:
    """Reported-speech claims in one sentence (each quote is one placeholder token); `chooser`
    decides which forward candidates to keep (default: the model shipped for English). With
    `acts`, verbs that are speech acts only some of the time propose act candidates too."""
    chooser = chooser if chooser is not None else shipped_chooser()
    out: list[ReportedSpeech] = []
    cues = find_cues(toks, headline=headline)
    tails = _tails(toks, cues)
    consumed = min((cue.index for cue, _, _ in tails), default=len(toks))
    for cue, content_end, att in tails:
        if content_end > 0 and cue.index == consumed:
            resume = _after_according_aside(toks, cue, att)
            if resume is not None:
                # `In addition, according to the department, nearly nine million workers …`: the
                # content goes on after the source; words before it count when they are more than
                # a connective (`One of the decisions they made, according to X, is to …`)
                lead = [t for t in toks[: cue.index] if t.is_word]
                first = resume if len(lead) <= _CONNECTIVE_WORDS else _content_start(toks)
                out.append(ReportedSpeech(toks[first].start, _last_word(toks).end, att))
                continue
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
        trailing = cue.index > consumed and cue.participle and toks[cue.index - 1].text == ","
        if (cue.index >= consumed and not trailing) or cue.lemma == "according":
            continue
        rs = _forward_claim(toks, cue, len(toks) if trailing else consumed, headline, chooser)
        if rs is not None:
            out.append(rs)
    if acts:
        for cue in _act_cues(toks, consumed):
            rs = _forward_claim(toks, cue, consumed, headline, chooser, act_only=True)
            if rs is not None:
                out.append(rs)
    as_reported = _as_reported_by(toks, cues)
    if as_reported is not None:
        out.append(as_reported)
    leading = _leading_according(toks, cues)
    if leading is not None:
        att = leading.attribution
        medium = att.mention or att.medium
        if out and medium is not None and medium.entity == "media":
            for rs in out:  # `According to SANA, the minister stressed that …`: SANA relays
                rs.attribution.via.append(medium.name or medium.text)
        else:
            if att.mention is None and att.medium is not None:
                # `According to the Associated Press, 571 of the 714 superdelegates …`: no one
                # else speaks in the sentence, so the medium does
                leading = ReportedSpeech(
                    leading.start, leading.end, Attribution(att.medium, att.cue, how=att.how)
                )
            out.append(leading)
    if not out:
        return out  # most sentences: no offsets to index
    starts = [t.start for t in toks]
    return [rs for rs in out if not _only_a_quote(toks, starts, rs) and not _state_of_mind_inside(rs, out)]


def _state_of_mind_inside(rs: ReportedSpeech, out: list[ReportedSpeech]) -> bool:
    """`X said he hoped his statement would …`: the hope is part of what X said, so `he hoped …`
    is the claim and `his statement would …` is not another. A nested speech cue keeps its own
    claim (`Netanyahu said Iran lied when it said it never sought …`)."""
    att = rs.attribution
    if att.how != "forward" or att.cue is None or att.mention is None or att.mention.kind != "pronoun":
        return False
    if att.cue.lemma not in STATE_OF_MIND_CUES:
        return False
    return any(o is not rs and o.start <= att.mention.start and att.cue.end <= o.end for o in out)


def _parenthetical_rest(toks: list[Token], cue: Cue) -> int | None:
    """Index where the clause resumes after a mid-sentence `, X said,` — if it does."""
    k = cue.after
    if cue.lemma == "tell":
        k, _ = _past_hearer(toks, k)  # `…, he told me on Friday, is that …`
    while k < len(toks) and (toks[k].lower.rstrip(".") in TIME_WORDS or _is_pre_modifier(toks, k)):
        k += 1
    if k < len(toks) and toks[k].lower in PREPOSITIONS:
        k = _adverbial_end(toks, k + 1, len(toks)) or k  # `…, the agency said in a June report, …`
    if k + 1 >= len(toks) or not (toks[k].text == "," or toks[k].text in DASHES):
        return None  # (`The vote — Smith said — was close`: dashes as well as commas)
    rest = [t for t in toks[k + 1 :] if t.is_word]
    if len(rest) < 4 or len(rest) > _MAX_CONTENT_TOKENS:
        return None
    first = rest[0].lower
    if rest[0].text.islower() and _predicate_opener(first):
        return k + 1  # `Climate change, Mr. Obama often says, is …`, `The museum, he said, celebrated …`
    if rest[0].text.islower() and first in SUBORDINATORS | {"and", "but"} and len(rest) > _ASIDE_WORDS:
        return k + 1  # `…, Graham said, since the majority of them …`, `…, the agency said, and those …`
    if first.endswith("ing") or first in CUE_FORMS or first in PREPOSITIONS or first in NO_CLAIM_OPENERS:
        return None  # `…, she said, adding that …` / `…, he said, according to …`
    return k + 1 if _clause_start(rest) else None


_ASIDE_WORDS = 4  # `since` or `and` and a clause of a few words after the cue


_ACT_OBJECT_ENDS = frozenset({",", ";", ":", "—", "–", "which", "who", "whom"})


def _act_object(content: list[Token]) -> list[Token]:
    """A speech act's object ends where the sentence moves on: `called for an inquiry into the
    flooding, which residents blamed on …` is a call for an inquiry into the flooding."""
    for k, tok in enumerate(content[2:], 2):
        if tok.lower in _ACT_OBJECT_ENDS:
            return _trim_to_word(content[:k]) or content
    return content


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
        if _passive_at(toks, cue.index - 1, cue):
            continue  # `as officials are said to have concluded`: a passive names no speaker
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


def _tail_attribution(toks: list[Token], cue: Cue) -> tuple[int, Attribution] | None:
    """`CONTENT, X said.` / `CONTENT, says X.` / `CONTENT, according to X.` / `CONTENT, as X reported`."""
    if cue.lemma == "according":
        if cue.index == 0 or not _ends_clause(toks, cue.index - 1):
            return None
        np = noun_phrase_after(toks, cue.after)
        if np is None:
            np = _source_to_clause_end(toks, cue.after)  # `…, according to a new Post-ABC national poll.`
        if np is None or not (_tail_is_short(toks, np.last) or _source_modifier_ends(toks, cue, np.last)):
            # `…, according to a person close to the secretive process, is to …`: a source no
            # mention reading takes whole, up to the comma after which the sentence resumes
            np = _source_to_comma(toks, cue.after)
            if np is None or _after_according_aside(toks, cue, Attribution(np, cue)) is None:
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
        if cue.lemma == "tell":
            return None  # `…, told The Star-Ledger …`: whoever follows `told` heard it
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
    if cue.lemma == "tell":  # `…, he told me on Friday, …`, `…, X told reporters, TASS reported.`
        after, _ = _past_hearer(toks, after)
    if not _tail_is_short(toks, after):
        return None
    return _content_end(toks, lead), _with_chain(toks, Attribution(np, cue, how="tail"))


_TOLD_REACH = 10  # words of an audience no reading takes before `that`
# a speech act's preposition as the chooser knows it: `called upon` is `called on`
_ACT_PREPOSITION_FORMS = {p: p for p in ACT_PREPOSITIONS} | {"upon": "on"}
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})


def _past_hearer(toks: list[Token], k: int) -> tuple[int, Mention | None]:
    """Where the words after `told` go on, past whoever was told: an object pronoun (`told me`)
    or a noun phrase (`told reporters`), which is also returned (`told Reuters`: a medium)."""
    if k < len(toks) and toks[k].lower in _OBJECT_PRONOUNS:
        return k + 1, None
    obj = noun_phrase_after(toks, k)
    return (obj.last if obj is not None else k), obj


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
    return tok.text == "," or tok.text in DASHES or tok.text == QUOTE_TOKEN


def _content_end(toks: list[Token], k: int) -> int:
    """The content runs up to the comma, or through a quote token that ends the clause."""
    return k + 1 if toks[k].text == QUOTE_TOKEN else k


def _act_cues(toks: list[Token], stop: int) -> list[Cue]:
    """Verbs that are speech acts only some of the time (`attacked`, `defended`, `proposed`)."""
    return [
        Cue(tok.text, tok.start, tok.end, ACT_CUE_FORMS[tok.lower], i, i + 1)
        for i, tok in enumerate(toks[:stop])
        # `seeking to clarify his remarks`: an infinitive reports no act performed
        if tok.lower in ACT_CUE_FORMS and tok.text.islower() and not (i > 0 and toks[i - 1].lower == "to")
    ]


def _forward_claim(
    toks: list[Token], cue: Cue, limit: int, headline: bool, chooser: Chooser, *, act_only: bool = False
) -> ReportedSpeech | None:
    """`X said (that) CONTENT`, `…, saying CONTENT` (the main clause's subject speaks), and the
    speech acts after other cues (`X called for …`, `X asked whether …`): the rules propose, the
    learned chooser (attribution/choose.py) keeps the candidates it scores at or above its threshold."""
    np = _forward_speaker(toks, cue)
    if np is None or (np.kind == "pronoun" and np.head in {"i", "we", "you"}):
        return None
    k = cue.after
    via: list[str] = []
    if cue.index > 0 and toks[cue.index - 1].lower == "as":  # `Interfax quoted X as saying`
        relayed = _as_saying(toks, cue)
        via = relayed.via if relayed is not None else []
    if cue.lemma == "tell":
        hearer_end, obj = _past_hearer(toks, k)  # `told me he’s had …`, `told Reuters …`
        if obj is not None and obj.entity == "media":
            via.append(obj.name or obj.text)
        if hearer_end == k and not any(t.lower == "that" for t in toks[k : k + _TOLD_REACH]):
            return None  # `told a meeting of Pacific Island leaders that …` goes on to its `that`
        k = hearer_end
    claim_cue = is_claim_cue(cue) and not act_only
    preposition = None
    timed = k
    while timed < len(toks) and toks[timed].lower.rstrip(".") in TIME_WORDS and toks[timed].text[0].isupper():
        timed += 1  # `called Wednesday for …`
    if not claim_cue and timed < len(toks) and toks[timed].lower in _ACT_PREPOSITION_FORMS:
        preposition = _ACT_PREPOSITION_FORMS[toks[timed].lower]
        k = timed + 1
    k = _skip_to_content(toks, k, limit)
    limit = min(limit, k + _MAX_CONTENT_TOKENS)  # reported speech runs to the sentence end, within reason
    if toks and toks[0].lower in SUBORDINATORS:
        limit = _main_clause_comma(toks, k, limit)  # `While Kerry said …, the Kremlin rejected …`
    limit = _before_according(toks, k, limit, via)
    if k >= limit or toks[k].text in {":", ",", ".", ";"}:
        return None
    after_that = k > 0 and toks[k - 1].lower == "that"  # `says that in 2012 it paid …`
    if preposition is None and toks[k].lower in PREPOSITIONS - DETERMINER_LIKE - {"to"} and not after_that:
        return None  # an adverbial the reading could not skip (`said at the start of the talks: …`)
    if toks[k].text == QUOTE_TOKEN and not headline and not _quote_opens_clause(toks, k, limit):
        return None  # `said, “…” and predicted, “…”`: the quotes carry the speech
    content = toks[k:limit]
    content = _trim_to_word(content)
    if not content or any(t.text == ":" for t in content[:3]):
        return None
    if len([t for t in content if t.is_word]) < 2 or content[0].lower in AUXILIARY_OPENERS:
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
    act = act_only or not (candidate.clause or candidate.hand_rule)
    if act:
        content = _act_object(content)
    return ReportedSpeech(content[0].start, content[-1].end, att, act=act)


def _quote_opens_clause(toks: list[Token], k: int, limit: int) -> bool:
    """`argued that “liberals” allowed terrorism to flourish`: after `that`, a quote followed by
    words of its clause is the clause's first words, not the whole of what was said."""
    after = toks[k + 1 : min(limit, k + 3)]
    return (
        k > 0
        and toks[k - 1].lower == "that"
        and len(after) == 2
        and all(t.is_word for t in after)
        and after[0].lower not in {"and", "but", "or", "then"}  # `said that “we will win,” and left`
    )


def _negated(toks: list[Token], cue: Cue) -> bool:
    window = toks[max(0, cue.index - 3) : cue.index]
    return any(t.lower in {"not", "never", "n't"} or t.lower.endswith("n't") for t in window)


def _recipients(toks: list[Token], np: Mention) -> bool:
    """The mention is who a message went to (`a letter to lawmakers`, `an e-mail to staff`),
    not who speaks in it: `to` before it, a message noun just before that."""
    inside = toks[np.first : np.last]
    if np.head in MESSAGE_NOUNS and any(t.lower == "to" for t in inside):
        return True  # the reading took the message and its recipients as one (`a letter to residents`)
    at = np.first - 1
    if at < 1 or toks[at].lower != "to":
        return False
    return any(t.lower in MESSAGE_NOUNS for t in toks[max(0, at - _MESSAGE_REACH) : at])


_MESSAGE_REACH = 3  # words between a message noun and its `to` (`a long e-mail to`)


def _forward_speaker(toks: list[Token], cue: Cue) -> Mention | None:
    if _passive_at(toks, cue.index - 1, cue):
        return None  # `officials are said to have concluded`: a passive's subject did not speak
    if cue.index > 0 and toks[cue.index - 1].lower == "as":
        att = _as_saying(toks, cue)
        return att.mention if att else None
    if cue.participle:
        if cue.index == 0:
            return None
        k = cue.index
        while k > 1 and _is_pre_modifier(toks, k - 1):
            k -= 1  # `…, even suggesting he may have been sabotaged`
        comma = toks[k - 1].text == ","
        that = cue.after < len(toks) and toks[cue.after].lower == "that"
        if not (comma or that):
            np = subject_of(toks, cue)  # `Washington is suggesting that`
            if np is not None and _recipients(toks, np):
                return _main_clause_subject(toks, np.first)  # `sent an e-mail to RNC members saying`
            return np
        return _main_clause_subject(toks, k - 1 if comma else cue.index)
    if cue.index > 0 and toks[cue.index - 1].lower == "as":
        att = _as_saying(toks, cue)
        return att.mention if att else None
    np = subject_of(toks, cue)
    if np is not None and not (np.kind == "name" and np.entity == "person"):
        # `Mike Morrell, a veteran who retired as acting director in 2013, said`, `Sandra Inman,
        # a supporter from Jackson, Miss., said`: a reading inside the appositive loses to the
        # person the sentence opens with
        at = _comma_before(toks, cue)
        opener = _named_opener(toks, at) if at is not None else None
        if opener is not None and opener.entity == "person" and np.first > opener.last:
            np = opener
    verb_at = _past_auxiliaries(toks, cue)  # `… and has called for …`: past the auxiliaries
    if np is None and verb_at > 0 and toks[verb_at - 1].lower in {"and", "but"}:
        np = sentence_subject(toks, verb_at - 1)
    if np is None and is_claim_cue(cue):
        np = _clause_opening_subject(toks, cue)
    if np is not None and np.kind == "description" and np.first >= 2 and toks[np.first - 1].lower == "and":
        owner = noun_phrase_before(toks, np.first - 1)
        definite = owner is not None and (owner.kind == "name" or toks[owner.first].lower == "the")
        if owner is not None and definite and toks[np.first].lower in {"his", "her", "their"}:
            return owner  # `Trump and his attorneys have denied …`: the one named and their side
    # a poll's respondents (`six in 10 said`, `those surveyed say`); otherwise a number speaks for
    # nobody (`an ad in 2008 questioned`, `the 30-second spot asks`)
    share = _share_of_people(toks, cue)
    if share is not None or np is None or np.head[:1].isdigit():
        return share
    return np


def _share_of_people(toks: list[Token], cue: Cue) -> Mention | None:
    """A poll's share of its respondents as the subject: `About three in 10 said`, `six in 10
    say`, `those surveyed say`, `those polled said`."""
    j = _past_auxiliaries(toks, cue)
    if j >= 2 and toks[j - 2].lower == "those" and toks[j - 1].lower.endswith("ed"):
        return description_over(toks, j - 2, j, head=toks[j - 1].lower, entity="group")
    opens = j == 1 or (j >= 2 and (not toks[j - 2].is_word or toks[j - 2].lower in CLAUSE_OPENERS))
    if j >= 1 and share_word(toks[j - 1].lower) is not None and opens:
        return description_over(toks, j - 1, j, head=toks[j - 1].lower, entity="group")  # `three-fourths say`
    end = j
    if j >= 4 and toks[j - 1].lower.endswith("s") and toks[j - 1].text.islower():
        end = j - 1  # `4 in 10 voters say`
    out_of = end >= 4 and toks[end - 3].lower == "out" and toks[end - 2].lower == "of"  # `nine out of 10`
    if out_of and _counts(toks[end - 1]) and _counts(toks[end - 4]):
        start = end - 4
    elif end < 3 or toks[end - 2].lower != "in" or not _counts(toks[end - 1]) or not _counts(toks[end - 3]):
        return None
    else:
        start = end - 3
    if start > 0 and toks[start - 1].lower in {"about", "nearly", "almost", "roughly", "some", "over"}:
        start -= 1
    if start > 0 and toks[start - 1].is_word and toks[start - 1].lower not in CLAUSE_OPENERS:
        return None  # `a rise of one in 10 said …` is no subject of its own
    return description_over(toks, start, j, head=toks[j - 1].lower, entity="group")


def _counts(tok: Token) -> bool:
    return tok.text.isdigit() or tok.lower in NUMBER_WORDS


_QUANTIFIERS = frozenset(
    "some many most more much all both each every any several other another one two three four five".split()
)
_PEOPLE_QUANTIFIERS = frozenset({"many", "some", "most", "others", "few", "several", "both"})
_SUBJECT_REACH = 12  # words a subject no mention reading takes may run to before its cue
_LOWER_SUBJECT_WORDS = 4
# auxiliaries between a subject and its cue (`have said`, `would say`, `are saying`)
_SUBJECT_AUX = PROGRESSIVE_AUX | frozenset(
    {"have", "has", "had", "will", "would", "could", "can", "may", "might", "did", "do", "does"}
)
# a pronoun opens a subject the rules read already; `to` makes the cue an infinitive
_NOT_IN_SUBJECT = PRONOUNS_PERSON | PRONOUNS_GROUP | {"to", "you", "not", "never"}


def _clause_opening_subject(toks: list[Token], cue: Cue) -> Mention | None:
    """The subject when no mention reading takes it (`1,409 teachers said`, `One in three said`,
    `House Republicans supporting the bill have said`, `Roxana Leon, 63, a voter from Chile,
    said`): the words opening the cue's clause, up to the cue. Lexicon-free, so only for cues
    that report claims, whose candidates the learned chooser still scores."""
    j = _past_auxiliaries(toks, cue)
    if any(_passive_at(toks, k, cue) for k in range(j, cue.index)):
        return None  # `the visit was confirmed`, `had been warned by`: a passive names no speaker
    if j > 1 and toks[j - 1].text == ",":
        return _named_opener(toks, j - 1)
    start = j
    while start > 0 and j - start < _SUBJECT_REACH:
        prev = toks[start - 1]
        if prev.text in {";", ":", ",", QUOTE_TOKEN} or prev.lower in CLAUSE_OPENERS or prev.text in DASHES:
            break
        start -= 1
    # `If it slows, forecasters say …`: a clause opens the sentence, after a conjunction or a comma
    opened = start == 0 or toks[start - 1].lower in CLAUSE_OPENERS or toks[start - 1].text in {";", ":", ","}
    if not opened:
        return None  # ran out of reach, or stopped at a quote or dash: no clause opening found
    span = toks[start:j]
    if not span or any(
        (t.lower in CUE_FORMS and t.text.islower()) or t.lower in _NOT_IN_SUBJECT for t in span
    ):
        return None  # `I very much hope`, `went on to say`, `However it`: not a subject the rules missed
    words = [t for t in span if t.is_word]
    opening = span[0]
    # `… but security specialists say`: a few lower-case words may be a subject when they end in
    # a noun for people; otherwise no subject opens with a lower-case word (`, adding the plan said`)
    people = len(words) <= _LOWER_SUBJECT_WORDS and bool(words) and names_people(words[-1].text)
    people = people or (len(words) == 1 and words[0].lower in _PEOPLE_QUANTIFIERS)  # `…, many said`
    if opening.lower in INTRO_WORDS or (
        opening.text[0].islower() and opening.lower not in SUBJECT_DETERMINERS and not people
    ):
        return None
    if not words or all(t.lower in NOT_NAMES - _QUANTIFIERS for t in words):
        return None  # `Now tell us …`: an opener, not a subject (`Many said …` is one)
    head = words[-1].lower
    return description_over(toks, start, j, head=head, entity="group" if head.endswith("s") else "person")


def _past_auxiliaries(toks: list[Token], cue: Cue) -> int:
    """Where the words before the cue start, past its auxiliaries and adverbs (`have long said`)."""
    j = cue.index
    while j > 0 and (_is_pre_modifier(toks, j - 1) or toks[j - 1].lower in _SUBJECT_AUX):
        j -= 1
    return j


def _passive_at(toks: list[Token], k: int, cue: Cue) -> bool:
    """toks[k] is a form of `be` making the cue a passive (`are said to`, `was confirmed`)."""
    return k >= 0 and toks[k].lower in PROGRESSIVE_AUX and not cue.participle


def _comma_before(toks: list[Token], cue: Cue) -> int | None:
    """The comma right before the cue (past any auxiliaries and adverbs), if there is one."""
    j = _past_auxiliaries(toks, cue)
    return j - 1 if j > 1 and toks[j - 1].text == "," else None


_APPOSITIVE_REACH = 40  # words between a named subject and its cue: `X, who …, said`


def _named_opener(toks: list[Token], comma: int) -> Mention | None:
    """`Roxana Leon, 63, a voter from Chile, said`, `Sandy Phillips, who lost her daughter in
    2012, said`: the name opening the sentence (or the clause after a colon or semicolon), set
    off by a comma, when no quote and no other cue stands between it and this one."""
    start = comma
    while start > 0 and comma - start < _APPOSITIVE_REACH and toks[start - 1].text not in {";", ":"}:
        if toks[start - 1].text == QUOTE_TOKEN:
            return None
        start -= 1
    if start > 0 and toks[start - 1].text not in {";", ":"}:
        return None
    if find_cues(toks, start=start, stop=comma):
        return None
    named = noun_phrase_after(toks, start)
    if named is None or named.kind != "name" or named.last >= comma or toks[named.last].text != ",":
        return None
    return named


def _only_a_quote(toks: list[Token], starts: list[int], rs: ReportedSpeech) -> bool:
    """A complement wholly inside quote marks is a quote, not also a claim."""
    lo, hi = bisect.bisect_left(starts, rs.start), bisect.bisect_right(starts, rs.end)
    inside = [t for t in toks[lo:hi] if t.end <= rs.end and (t.is_word or t.text == QUOTE_TOKEN)]
    return len(inside) == 1 and inside[0].text == QUOTE_TOKEN
