"""The source chain: media and documents that relay speech (`told Reuters`, `TASS reported`,
`quoted X as saying`, `according to RIA Novosti`) become `via`, not the speaker."""

from __future__ import annotations

from claimcmp.attribution.records import Attribution, Cue
from claimcmp.attribution.subjects import _before_appositive, _skip_appositive
from claimcmp.lexicon import CUE_FORMS, MEDIA_NOUNS, SPEECH_OBJECTS, TIME_WORDS
from claimcmp.mentions import Mention, noun_phrase_after, noun_phrase_before
from claimcmp.textspan import Token


def _with_chain(toks: list[Token], att: Attribution) -> Attribution:
    """`X cited/quoted Y as saying` → Y via X; `as Reuters reported the spokesman's words` → the
    spokesman via Reuters; a medium alone is the source chain, not the speaker; `according to a
    count by The Associated Press` → The Associated Press, through its count."""
    if att.cue is None or att.mention is None:
        return att
    if att.cue.lemma == "according":
        author = _document_author(toks, att.mention)
        if author is not None:
            return _with_chain(toks, Attribution(author, att.cue, via=att.via, how=att.how + "-author"))
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


_AUTHOR_REACH = 4  # `a count released Friday by`, `a poll of voters by`


def _document_author(toks: list[Token], doc: Mention) -> Mention | None:
    """Whoever a document is by or from, when it is named: `a count by The Associated Press`,
    `a report from the SITE Intelligence Group`, `data released Friday by state regulators` (not
    named: the document stays the speaker)."""
    if doc.entity != "document" or doc.last < 0:
        return None
    for k in range(doc.last, min(len(toks) - 1, doc.last + _AUTHOR_REACH)):
        if toks[k].lower in {"by", "from"}:
            author = noun_phrase_after(toks, k + 1)
            if author is None or author.kind != "name":
                return None
            author.role = author.role or doc.text
            return author
        if not toks[k].is_word or toks[k].lower in {"that", "which", "who"}:
            return None
    return None


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
        if toks[j].lower in SPEECH_OBJECTS and j > k and toks[j - 1].text.endswith(("’s", "'s")):
            owner = toks[j - 1]
            bare = Token(owner.text[:-2], owner.start, owner.end - 2)
            return noun_phrase_before([*toks[k : j - 1], bare], j - k)
    return None


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


def _is_relay(att: Attribution) -> bool:
    return att.mention is None or att.mention.entity == "media"


def _name(m: Mention | None) -> str:
    return "" if m is None else (m.name or m.text)
