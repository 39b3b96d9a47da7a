"""Sources named before or around what they said: `According to X, …`, `…, according to X.`,
`…, according to X, …` (the sentence resuming after the aside), `As reported by X, …`, and the
long sources no mention reading takes whole (polls, documents, `people close to the talks`)."""

from __future__ import annotations

from claimcmp.attribution.clauses import (
    _MAX_CONTENT_TOKENS,
    CLAUSE_OPENERS,
    _clause_start,
    _predicate_opener,
    _reads_as_clause,
    _trim_to_word,
)
from claimcmp.attribution.cues import find_cues
from claimcmp.attribution.records import Attribution, Cue, ReportedSpeech
from claimcmp.attribution.sources import _with_chain
from claimcmp.lexicon import CUE_FORMS, DASHES, VERB_SIGNALS, names_people
from claimcmp.mentions import QUOTE_TOKEN, Mention, description_over, noun_phrase_after
from claimcmp.textspan import Token

_CONNECTIVE_WORDS = 2  # `But`, `In addition`, `For now`


def _after_according_aside(toks: list[Token], cue: Cue, att: Attribution) -> int | None:
    """Index where the sentence resumes after `, according to X,` — if a clause follows."""
    if cue.lemma != "according" or att.mention is None:
        return None
    k = att.mention.last
    if k >= len(toks) - 1 or toks[k].text != ",":
        return None
    rest = [t for t in toks[k + 1 :] if t.is_word]
    if len(rest) < _ASIDE_MIN_WORDS or len(rest) > _MAX_CONTENT_TOKENS:
        return None
    first = rest[0].lower
    if first in CUE_FORMS or first.endswith("ing") or first in {"according", "and", "but", "who", "which"}:
        return None  # `…, according to X, said …`, `…, according to Y, adding …`: not a resumed clause
    finite = any(t.lower in VERB_SIGNALS for t in rest[:_CLAUSE_VERB_REACH])  # `nearly 9,000 workers will …`
    if not (finite or _predicate_opener(first) or _reads_as_clause(rest) or _clause_start(rest)):
        return None  # `…, according to a lawsuit by Ann Hope, a former partner.`: an appositive
    return k + 1


_CLAUSE_VERB_REACH = 8


_ASIDE_MIN_WORDS = 3  # `Now, according to the poll, some are swinging.`


_SOURCE_REACH = 12  # words of a source after `according to` that no mention reading takes


def _source_modifier_ends(toks: list[Token], cue: Cue, k: int) -> bool:
    """`…, according to exit polls reported by CNN.`, `… a Gallup poll taken last week.`: what
    follows the source to the sentence's end modifies it (no quote, no `that`, a few words), since
    nothing after `according to X` can be a new clause of X's. Not when the content has a cue of
    its own (`Officials said …, according to people familiar with it`: the source chain)."""
    if find_cues(toks, stop=cue.index):
        return False
    rest = toks[k:]
    stops = {QUOTE_TOKEN, "that", ";", ":"} | DASHES  # `X, according to the Times, said …` goes on
    if len(rest) > 2 * _SOURCE_REACH or any(t.lower in stops or t.text in stops for t in rest):
        return False
    # an appositive may follow a comma (`a lawsuit filed by Yulia Tymoshenko, a former prime
    # minister of Ukraine.`), a clause may not (`…, the Times, said …`, `…, and voters …`)
    comma = next((n for n, t in enumerate(rest) if t.text == ","), len(rest))
    return not any(
        t.lower in VERB_SIGNALS or t.lower in CUE_FORMS or t.lower in CLAUSE_OPENERS for t in rest[comma:]
    )


def _source_to_clause_end(toks: list[Token], k: int) -> Mention | None:
    """What `according to` names when the mention reader takes none of it (`a new Washington
    Post-ABC News national poll`, `federal statistics`): its words up to the comma or the end,
    when they are few and hold no verb, as a description of a document."""
    end = k
    while (
        end < len(toks)
        and toks[end].text not in {",", ".", ";", ":", QUOTE_TOKEN}
        and end - k <= _SOURCE_REACH
    ):
        end += 1
    words = [t for t in toks[k:end] if t.is_word]
    if not words or end - k > _SOURCE_REACH or any(t.lower in VERB_SIGNALS for t in words):
        return None
    if any(t.is_word for t in toks[end:]):
        return None  # the sentence goes on: no tail
    return description_over(toks, k, end, head=words[-1].lower, entity="document")


def _leading_according(toks: list[Token], cues: list[Cue]) -> ReportedSpeech | None:
    """`According to X, CONTENT.`"""
    if not cues or cues[0].lemma != "according":
        return None
    if cues[0].index > 1 and toks[cues[0].index - 1].text not in {":", ";"}:
        return None  # (`And it hasn't gone unnoticed: According to recent polls, …` opens a clause)
    cue = cues[0]
    np = noun_phrase_after(toks, cue.after)
    if np is None or np.last >= len(toks) or toks[np.last].text != ",":
        np = _source_to_comma(toks, cue.after)  # `According to early results of exit polls …, voters …`
    if np is None or np.last >= len(toks) or toks[np.last].text != ",":
        return None
    content = toks[np.last + 1 :]
    if content and content[0].lower in {"which", "who"}:
        # `According to the report, which was released on Monday, the plant …`: past the relative clause
        comma = next((n for n, t in enumerate(content) if t.text == ","), None)
        content = content[comma + 1 :] if comma is not None else []
    while content and not content[-1].is_word and content[-1].text != QUOTE_TOKEN:
        content = content[:-1]
    if len([t for t in content if t.is_word]) < 3:
        return None
    return ReportedSpeech(
        content[0].start, content[-1].end, _with_chain(toks, Attribution(np, cue, how="according"))
    )


def _as_reported_by(toks: list[Token], cues: list[Cue]) -> ReportedSpeech | None:
    """`As (first) reported by Western Journalism, CONTENT.`: whoever reported it speaks."""
    if len(toks) < _AS_REPORTED_MIN or toks[0].lower != "as" or not cues or cues[0].index > 2:
        return None
    cue = cues[0]
    if cue.lemma != "report" or cue.after >= len(toks) or toks[cue.after].lower != "by":
        return None
    np = noun_phrase_after(toks, cue.after + 1)
    if np is None or np.last >= len(toks) or toks[np.last].text != ",":
        return None
    content = _trim_to_word(toks[np.last + 1 :])
    if len([t for t in content if t.is_word]) < 3:
        return None
    return ReportedSpeech(content[0].start, content[-1].end, Attribution(np, cue, how="as-reported-by"))


_AS_REPORTED_MIN = 8  # `As reported by X, a b c.`


_RELATIVES = frozenset({"that", "which", "who"})


_SOURCE_TO_COMMA_REACH = 20  # words of `early results of exit polls conducted by Edison Research for …`


def _source_to_comma(toks: list[Token], k: int) -> Mention | None:
    """The words after `according to` up to the comma that ends them, when no mention reading
    takes them whole: a document, poll or group described at length, holding no finite verb."""
    for end in range(k, min(len(toks), k + _SOURCE_TO_COMMA_REACH)):
        tok = toks[end]
        if tok.text == ",":
            words = [t for t in toks[k:end] if t.is_word]
            # a verb of the source's own relative clause is no clause of the sentence (`State
            # Department cables at the time that were later released by WikiLeaks`)
            relative = next((n for n, t in enumerate(words) if t.lower in _RELATIVES), len(words))
            if not words or any(t.lower in VERB_SIGNALS for t in words[:relative]):
                return None
            head = words[-1].lower
            entity = "group" if names_people(words[-1].text) else "document"
            return description_over(toks, k, end, head=head, entity=entity)
        if tok.text in {".", ";", ":", QUOTE_TOKEN} or tok.text in DASHES:
            return None
    return None
