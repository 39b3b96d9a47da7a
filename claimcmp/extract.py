"""Per-article extraction: quotes, unmarked speech and reported speech, with speakers.

`extract_claims(article)` is a pure function of one article: it can be mapped
over processes or a cluster as it is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from claimcmp.attribution import (
    Attribution,
    attribute_after,
    attribute_before,
    find_cues,
    medium_speaks,
    reported_speech,
    sentence_subject,
    sign_off,
    subject_of,
)
from claimcmp.attribution.choose import Chooser
from claimcmp.lexicon import (
    CUE_FORMS,
    DOCUMENT_NOUNS,
    NOT_NAMES,
    PREPOSITIONS,
    TIME_WORDS,
    TITLE_WORDS,
    VERB_SIGNALS,
)
from claimcmp.mentions import QUOTE_TOKEN, Mention, noun_phrase_after, noun_phrase_before
from claimcmp.models import Article, Claim, ClaimKind, Speaker
from claimcmp.quotes import Quote, find_quotes
from claimcmp.speakers import ArticleSpeakers
from claimcmp.textspan import Span, Token, paragraphs, tokens
from claimcmp.work_titles import is_work_title

_SPEECH_NOUNS = {
    "comments",
    "remarks",
    "statement",
    "words",
    "message",
    "response",
    "reply",
    "answer",
    "view",
    "position",
    "argument",
    "verdict",
    "warning",
    "tweet",
    "promise",
    "pledge",
    "plea",
    "appeal",
    "vow",
    "declaration",
    "note",
    "question",
}
_FRAGMENT_WORDS = 2
_HOST_CANDIDATES = 4
_CUE_NEIGHBOURHOOD = 25
_SAME_WORDS_BUDGET = 200_000  # substring checks per article
_HEADLINE_PARAS = 3
_SPACE = re.compile(r"\s+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")


@dataclass(slots=True)
class _Item:
    kind: ClaimKind
    start: int
    end: int
    paragraph: int
    att: Attribution | None = None
    quote: Quote | None = None
    speaker: Speaker | None = None
    warnings: list[str] = field(default_factory=list)
    statement: int = -1
    sentence: list[Token] = field(default_factory=list)
    host: _Item | None = None  # the outer quote whose speaker an inner `I said ‘…’` quote takes
    starts: list[int] = field(default_factory=list)  # of the sentence's tokens, for bisect
    intro: bool = False  # `Caddell continued:` closing a paragraph: no claim, a speaker for the next


@dataclass(slots=True)
class _Sentence:
    paragraph: int
    toks: list[Token]
    quotes: dict[int, Quote]  # token index → the quote collapsed into that token
    headline: bool
    starts: list[int] = field(default_factory=list)
    title_case: bool = False


def extract_claims(article: Article, chooser: Chooser | None = None, *, acts: bool = True) -> list[Claim]:
    """Every quote and attributed claim in one article, with resolved speakers.

    `chooser` decides which proposed reported-speech claims to keep (default: the model shipped
    for English; training/train_chooser.py passes one that records every candidate). With
    `acts=False` speech acts whose content is no clause (kind "act": `called for an inquiry`)
    are left out, as compare does: it compares statements."""
    text = article.text
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    sentences = _sentences(text, paras, quotes)
    items: list[_Item] = []
    by_quote: dict[int, _Item] = {}
    for sent in sentences:
        for qi, quote in sent.quotes.items():
            if is_work_title(text, quote):
                continue  # `said on “Face the Nation”`: a show's name, no one's words
            item = _quote_item(text, sent, qi, quote)
            items.append(item)
            by_quote[id(quote)] = item
        items.extend(_claims_in(text, sent, chooser, acts))
        items.extend(_unmarked_in(text, sent))
    outer_items = [it for it in items if it.quote is not None and it.quote.depth == 0]
    for q in quotes:
        if q.depth and id(q) not in by_quote and not is_work_title(text, q):
            items.append(_inner_quote_item(text, q, outer_items))
    items.sort(key=lambda it: (it.start, -it.end))
    _resolve(text, sentences, items)
    _first_person_inner(items)
    _inherit(text, items)
    items = [it for it in items if not it.intro]
    _link_statements(text, items)
    return _to_claims(article, items)


def extract_statements(article: Article) -> list[Claim]:
    """`extract_claims` without speech acts: what compare lines up across outlets."""
    return extract_claims(article, acts=False)


def _sentences(text: str, paras: list[Span], quotes: list[Quote]) -> list[_Sentence]:
    """Sentences over tokens where each top-level quote is one placeholder token."""
    out: list[_Sentence] = []
    by_paragraph: dict[int, list[Quote]] = {}
    for q in quotes:
        if q.depth == 0:
            by_paragraph.setdefault(q.paragraph, []).append(q)
    for pi, para in enumerate(paras):
        toks = tokens(text, para.start, para.end)
        if "(" in text[para.start : para.end]:  # (one C-speed scan: most paragraphs have no bracket)
            toks = _without_affiliations(toks)
        pq = by_paragraph.get(pi)
        collapsed, qmap = _collapse_quotes(toks, pq) if pq else (toks, {})
        headline = (pi == 0 and _is_title_line(text, para)) or _is_deck(text, para, pi)
        found = _split(collapsed, qmap, pi, text, headline)
        title_case = pi == 0 and _is_title_case(text, para)
        for sent in found:
            sent.title_case = title_case
        out.extend(found)
    return out


# A US politician's party and state after the name: `Rep. Elijah Cummings (D-Md.)`, `(R-Texas)`,
# `Sen. Bernie Sanders (Vt.)`. One token between the brackets, so one bounded match: linear.
_AFFILIATION = re.compile(r"(?:[DRI]-)?[A-Z][A-Za-z.]{0,14}|[DRI]")


def _without_affiliations(toks: list[Token]) -> list[Token]:
    """The tokens without a party-and-state bracket after a name, which would stand between the
    name and its cue (`said Rep. G.K. Butterfield (D-N.C.), head of …`)."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if (
            tok.text == "("
            and out
            and out[-1].text[0].isupper()
            and i + 2 < len(toks)
            and toks[i + 2].text == ")"
            and _AFFILIATION.fullmatch(toks[i + 1].text)
            and ("-" in toks[i + 1].text or toks[i + 1].text.endswith(".") or len(toks[i + 1].text) == 1)
        ):
            i += 3
            continue
        out.append(tok)
        i += 1
    return out


def _collapse_quotes(toks: list[Token], pq: list[Quote]) -> tuple[list[Token], dict[int, Quote]]:
    """One placeholder token for each top-level quote of a paragraph, with the index → quote map."""
    bounds = [_outer(q) for q in pq]
    collapsed: list[Token] = []
    qmap: dict[int, Quote] = {}
    qi = 0
    ti = 0
    while ti < len(toks):
        tok = toks[ti]
        while qi < len(pq) and bounds[qi][1] <= tok.start:
            qi += 1
        if qi < len(pq) and bounds[qi][0] <= tok.start < bounds[qi][1]:
            a, b = bounds[qi]
            qmap[len(collapsed)] = pq[qi]
            collapsed.append(Token(QUOTE_TOKEN, a, b))
            while ti < len(toks) and toks[ti].start < b:
                ti += 1
            qi += 1
            continue
        collapsed.append(tok)
        ti += 1
    return collapsed, qmap


def _is_title_line(text: str, para: Span) -> bool:
    """A headline: short, or without a closing full stop (a first paragraph of prose is not)."""
    words = text[para.start : para.end].split()
    return len(words) <= 20 or text[para.end - 1] not in '.!?"”’'


def _is_title_case(text: str, para: Span) -> bool:
    words = [w for w in text[para.start : para.end].split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_deck(text: str, para: Span, index: int) -> bool:
    """A deck, bullet or caption line: short, near the top, no full stop at the end."""
    return (
        index < _HEADLINE_PARAS + 3
        and text[para.end - 1] not in '.!?"”’'
        and len(text[para.start : para.end].split()) <= 25
    )


def _outer(q: Quote) -> tuple[int, int]:
    a = q.open_mark if q.open_mark is not None else q.start
    b = q.close_mark + q.close_width if q.close_mark is not None else q.end
    return a, b


_SENTENCE_ENDS = {".", "!", "?"}


def _split(toks: list[Token], qmap: dict[int, Quote], pi: int, text: str, headline: bool) -> list[_Sentence]:
    out: list[_Sentence] = []
    start = 0
    for i in range(len(toks) - 1):
        ends = toks[i].text in _SENTENCE_ENDS or (
            i in qmap
            and text[qmap[i].end - 1 : qmap[i].end] in _SENTENCE_ENDS
            and qmap[i].close_mark is not None
        )
        if not ends:
            continue
        nxt = toks[i + 1]
        if i in qmap and _attribution_tail(toks, i + 1):
            continue  # `“… missing!” Trump tweeted.`: the name after the mark is the quote's speaker
        if nxt.text[0].isupper() or nxt.text[0].isdigit() or nxt.text == QUOTE_TOKEN:
            out.append(_make_sentence(toks, qmap, start, i + 1, pi=pi, headline=headline))
            start = i + 1
    out.append(_make_sentence(toks, qmap, start, len(toks), pi=pi, headline=headline))
    return [s for s in out if s.toks]


_TAIL_TOKENS = 8  # `Sen. John Smith of Ohio said.`, `Trump wrote on Twitter.`


def _attribution_tail(toks: list[Token], k: int) -> bool:
    """What follows a quote up to the sentence's end is a short `NAME CUE` (`Trump said.`,
    `Sen. Jo Park tweeted on Friday.`), not a sentence of its own."""
    for end in range(k, min(len(toks), k + _TAIL_TOKENS + 1)):
        if toks[end].text in _SENTENCE_ENDS or toks[end].text == QUOTE_TOKEN:
            tail = toks[k:end]
            cue = next((n for n, t in enumerate(tail) if n > 0 and t.lower in CUE_FORMS), None)
            if toks[end].text != "." or cue is None or not tail[0].text[0].isupper():
                return False
            rest = tail[cue + 1 :]  # nothing, or where and when: `… tweeted on Friday.`
            hearer = CUE_FORMS[tail[cue].lower] in {"ask", "tell"} and not any(
                t.lower in CUE_FORMS or t.lower in VERB_SIGNALS for t in rest
            )  # `Todd asked the real estate mogul.`
            return (
                not rest or hearer or rest[0].lower in PREPOSITIONS or rest[0].lower.rstrip(".") in TIME_WORDS
            )
    return False


def _make_sentence(
    toks: list[Token], qmap: dict[int, Quote], a: int, b: int, *, pi: int, headline: bool
) -> _Sentence:
    # look up only this sentence's token indices: scanning all quotes per sentence is quadratic
    quotes = {i - a: qmap[i] for i in range(a, b) if i in qmap} if qmap else {}
    sentence = toks[a:b]
    return _Sentence(pi, sentence, quotes, headline, starts=[t.start for t in sentence])


def _quote_item(text: str, sent: _Sentence, qi: int, quote: Quote) -> _Item:
    toks = sent.toks
    att = None
    nxt = next((k for k in range(qi + 1, len(toks)) if toks[k].text == QUOTE_TOKEN), len(toks))
    after = toks[qi + 1 : nxt]  # the words up to the next quote
    if (
        not text[quote.start : quote.end].rstrip().endswith(".")
        or (after and after[0].text == ",")
        or _attribution_tail(toks, qi + 1)
    ):
        att = attribute_after(after)
    if att is None or att.mention is None:
        att = sign_off(after) or _transcript_label(text, quote) or att
    if att is None or att.mention is None:
        before = attribute_before(toks, qi, headline=sent.headline)
        if before is not None and before.mention is not None:
            if att is not None:
                before.via.extend(att.via)
            att = before
        elif att is not None:
            att = medium_speaks(att)
    item = _Item(
        _quote_kind(text, quote, att, toks, qi),
        quote.start,
        quote.end,
        quote.paragraph,
        att=att,
        quote=quote,
        sentence=toks,
        starts=sent.starts,
    )
    if quote.close_mark is None:
        item.warnings.append("quote never closed; ends at its paragraph")
    return item


# `"WALLACE: Let's start with …"`: a transcript names who speaks in capitals before a colon
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'\-]{1,24}(?: [A-Z][A-Z.'\-]{1,24}){0,2}): ")


def _transcript_paragraph(text: str, sent: _Sentence) -> _Item | None:
    """`JAKE TAPPER: Donald Trump released a video …` opening a paragraph: the paragraph is the
    labelled speaker's, to its end (unless it holds quote marks, which carry their own)."""
    first = sent.toks[0]
    if first.start > 0 and text[first.start - 1] != "\n":
        return None
    label = _TRANSCRIPT_LABEL.match(text, first.start)
    if label is None:
        return None
    end = _paragraph_end(text, label.end())
    if end <= label.end() or any(t.text == QUOTE_TOKEN for t in sent.toks):
        return None
    return _Item("unmarked", label.end(), end, sent.paragraph, att=_labelled_speaker(label))


def _transcript_label(text: str, quote: Quote) -> Attribution | None:
    """The speaker a transcript names at the start of a quote (`WALLACE:`, `SEN. KAINE:`)."""
    label = _TRANSCRIPT_LABEL.match(text, quote.start, quote.end)
    return _labelled_speaker(label) if label is not None else None


def _labelled_speaker(label: re.Match[str]) -> Attribution:
    """The speaker a transcript label names (`JAKE TAPPER:` → Jake Tapper)."""
    words = label.group(1).title()
    mention = Mention(words, label.start(1), label.end(1), "name", name=words, head=words.split()[-1].lower())
    return Attribution(mention, None, how="transcript-label")


def _inner_quote_item(text: str, q: Quote, outers: list[_Item]) -> _Item:
    """A quote inside a quote: `“He told me ‘we will win,’ and I believed him,” Smith said.`

    Its cue, if any, is inside the outer quote, before it; `I`/`we` there is the outer
    speaker, anyone else is resolved like any mention (at that point of the article).
    """
    outer = next((o for o in outers if o.start <= q.start and q.end <= o.end), None)
    mark = q.open_mark if q.open_mark is not None else q.start
    att = None
    if outer is not None:
        toks = tokens(text, outer.start, mark)
        att = attribute_before(toks, len(toks)) if toks else None
    item = _Item(_quote_kind(text, q, att), q.start, q.end, q.paragraph, quote=q, att=att)
    if att is not None and att.mention is not None and att.mention.head in {"i", "we"} and outer is not None:
        item.warnings.append("inner-first-person")  # resolved to the outer speaker below
        item.host = outer
    return item


def _first_person_inner(items: list[_Item]) -> None:
    for item in items:
        if item.host is not None:
            item.speaker = item.host.speaker
            item.warnings.remove("inner-first-person")


def _quote_kind(
    text: str, quote: Quote, att: Attribution | None, toks: list[Token] | None = None, qi: int = 0
) -> ClaimKind:
    content = text[quote.start : quote.end]
    if len(content.split()) <= _FRAGMENT_WORDS:
        return "fragment"
    if att is None and _title_like(content):
        return "fragment"  # a quoted title ("A Year in the Mountains"), not speech
    if quote.open_mark is None or content[:1].isupper() or content[:1] in "[(":
        return "direct"
    if toks is not None and qi > 0 and toks[qi - 1].text in {":", ","}:
        return "direct"
    return "partial"


def _title_like(content: str) -> bool:
    words = [w for w in content.split() if w[:1].isalpha() and len(w) > 3]
    return (
        len(words) >= 2
        and all(w[0].isupper() for w in words)
        and not content.rstrip().endswith((".", "?", "!"))
    )


def _claims_in(text: str, sent: _Sentence, chooser: Chooser | None, acts: bool) -> list[_Item]:
    found = reported_speech(sent.toks, headline=sent.headline, chooser=chooser, acts=acts)
    items = [
        _Item(
            "act" if rs.act else "indirect",
            rs.start,
            rs.end,
            sent.paragraph,
            att=rs.attribution,
            sentence=sent.toks,
            starts=sent.starts,
        )
        for rs in found
        if acts or not rs.act
    ]
    _end_within_containers(items)
    if sent.headline:
        items.extend(_colon_headline(text, sent))
    return items


def _end_within_containers(items: list[_Item]) -> None:
    """Reported speech inside another's content ends where that content ends: in `The company
    said it would cut jobs, the union said`, the company's words stop before `, the union`.
    One pass over a stack of open contents, so it stays linear however many cues a sentence has."""
    open_items: list[_Item] = []
    for item in sorted(items, key=lambda it: (it.start, -it.end)):
        while open_items and open_items[-1].end <= item.start:
            open_items.pop()
        if open_items and open_items[-1].start < item.start and item.end > open_items[-1].end:
            item.end = open_items[-1].end
        open_items.append(item)


def _colon_headline(text: str, sent: _Sentence) -> list[_Item]:
    """`Mayor: budget cuts will close libraries` and `Tests suspended: state media` in headlines.

    The speaker must be named again in the article, so that a section label
    ("Syria Daily: …") is not taken for one.
    """
    toks = sent.toks
    colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
    if colon is None or colon == 0:
        return []
    before, after = toks[:colon], _trim_punct(toks[colon + 1 :])
    np = noun_phrase_before(toks, colon)
    if np is not None and np.first == 0 and len(after) >= 3 and _named_again(text, np, sent):
        return [_headline_claim(sent, after, np)]
    np = noun_phrase_after(toks, colon + 1)
    if (
        np is not None
        and np.last >= colon + 1 + len(after)
        and len(before) >= 3
        and np.entity in {"media", "person", "organization", "group"}
    ):
        return [_headline_claim(sent, before, np)]
    return []


def _headline_claim(sent: _Sentence, content: list[Token], speaker: Mention) -> _Item:
    return _Item(
        "indirect",
        content[0].start,
        content[-1].end,
        sent.paragraph,
        sentence=sent.toks,
        starts=sent.starts,
        att=Attribution(speaker, None, how="headline-colon"),
    )


def _trim_punct(toks: list[Token]) -> list[Token]:
    while toks and not toks[-1].is_word and toks[-1].text != QUOTE_TOKEN:
        toks = toks[:-1]
    return toks


def _named_again(text: str, np: Mention, sent: _Sentence) -> bool:
    name = np.name or np.text
    last = name.split()[-1]
    return text.count(last) >= 2


def _unmarked_in(text: str, sent: _Sentence) -> list[_Item]:
    """`Putin replied: We understand …` — speech after a colon, printed without marks; a
    transcript's paragraph opened by its speaker's name in capitals (`TAPPER: Do you think …`)."""
    toks = sent.toks
    labelled = _transcript_paragraph(text, sent)
    if labelled is not None:
        return [labelled]
    if len(toks) > 1 and toks[-1].text == ":" and sent.paragraph > 0:
        # `The Times reports:` ending its paragraph: the quote below is the Times speaking
        att = _colon_speaker(toks, len(toks) - 1)
        if att is not None and att.mention is not None:
            at = toks[-1].end
            return [_Item("unmarked", at, at, sent.paragraph, att=att, intro=True)]
    for i, tok in enumerate(toks):
        if tok.text != ":" or i + 1 >= len(toks) or i == 0:
            continue
        nxt = toks[i + 1]
        if nxt.text == QUOTE_TOKEN or not nxt.text[0].isupper():
            continue
        if any(t.text == QUOTE_TOKEN for t in toks[i + 1 :]):
            continue
        att = _colon_speaker(toks, i)
        if att is None:
            continue
        end = _paragraph_end(text, nxt.start)
        return [_Item("unmarked", nxt.start, end, sent.paragraph, att=att)]
    return []


def _colon_speaker(toks: list[Token], colon: int) -> Attribution | None:
    cues = [c for c in find_cues(toks, stop=colon) if colon - c.after <= 8 and c.lemma != "according"]
    if cues:
        cue = cues[-1]
        np = subject_of(toks, cue) or sentence_subject(toks, cue.index)
        return Attribution(np, cue, how="colon") if np is not None else None
    for k in range(colon - 1, max(-1, colon - 25), -1):
        if toks[k].lower in _SPEECH_NOUNS and k > 0:
            owner = toks[k - 1]
            np = _possessor(toks, k) if owner.text.endswith(("’s", "'s")) else sentence_subject(toks, k)
            if np is not None:
                return Attribution(np, None, how="colon-noun")
    return None


def _possessor(toks: list[Token], noun: int) -> Mention | None:
    """`The Secretary of State’s comments` → the Secretary of State."""
    owner = toks[noun - 1]
    bare = Token(owner.text[:-2], owner.start, owner.end - 2)
    trimmed = [*toks[: noun - 1], bare]
    return noun_phrase_before(trimmed, noun)


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def _common_word(m: Mention, lower_case: set[str]) -> bool:
    """`Deal in doubt`, `Talks stall`, `Presidential Debates`: capitalised words that the article
    also writes in lower case, every one of them, are common words in a heading or opening a
    sentence, not a name a later "he" or "it" could mean."""
    words = (m.name or "").lower().split()
    return bool(words) and all(w in lower_case for w in words)


def _resolve(text: str, sentences: list[_Sentence], items: list[_Item]) -> None:
    """Resolve every speaker mention in reading order (pronouns need what came before)."""
    book = ArticleSpeakers()
    events: list[tuple[int, int, Mention | _Item]] = []
    last_subject: dict[int, Mention] = {}  # paragraph → its last named subject
    lower_case = set(_LOWER_WORD.findall(text))
    for sent in sentences:
        if sent.paragraph == 0 and sent.title_case:
            continue  # a Title Case headline capitalises every word: no names to learn from it
        for i in _name_starts(sent.toks):
            m = noun_phrase_after(sent.toks, i)
            if m is not None:
                book.register(m)
        subj = _named_subject(sent.toks, sentence_subject(sent.toks, len(sent.toks)))
        if subj is not None and (subj.kind == "description" or not _common_word(subj, lower_case)):
            events.append((subj.start, 0, subj))
            if subj.kind == "name":
                last_subject[sent.paragraph] = subj  # sentences come in reading order
    for item in items:
        if item.att is not None and item.att.mention is not None:
            book.register(item.att.mention)
            pos = item.att.mention.start
            events.append((pos, 1, item))
    events.sort(key=lambda e: (e[0], e[1]))
    for _, kind, obj in events:
        if kind == 0 and isinstance(obj, Mention):
            book.note_subject(obj)
        elif isinstance(obj, _Item) and obj.att is not None and obj.att.mention is not None:
            obj.speaker = book.resolve(obj.att.mention)
            for tok in _near_cue(obj):
                if tok.lower in DOCUMENT_NOUNS and obj.speaker is not None:
                    book.note_document(tok.start, tok.lower, obj.speaker)
    for item in items:
        if item.paragraph == 0 and item.quote is not None and (item.att is None or item.att.mention is None):
            opener = _headline_subject(item.sentence, book)
            if opener is not None:
                item.speaker = opener
                item.att = Attribution(None, None, how="headline-subject")
    # `Viguerie is upbeat about Cruz’s chances. ¶ “Not only can Ted Cruz win …”`: a paragraph with
    # no claim, about a person, is who an unattributed quote opening the next paragraph quotes
    with_claims = {it.paragraph for it in items if not it.intro}
    for paragraph, subject in last_subject.items():
        person = None if paragraph in with_claims else book.named_person(subject)
        if person is not None:
            att = Attribution(None, None, how="paragraph-subject")
            at = subject.end
            items.append(_Item("unmarked", at, at, paragraph, att=att, speaker=person, intro=True))
    items.sort(key=lambda it: (it.start, -it.end))


def _headline_subject(toks: list[Token], book: ArticleSpeakers) -> Speaker | None:
    """`Obama Sees ‘Personal Insult’ if …`: a headline quote with no cue is the words of the
    person the headline opens with, when the article names that person (a Title Case headline
    gives no other way to tell its subject from its verb)."""
    lead: list[Token] = []
    for tok in toks[:_HEADLINE_SUBJECT_WORDS]:
        if not tok.is_word or tok.text == QUOTE_TOKEN or not tok.text[0].isupper():
            break
        lead.append(tok)
    for n in range(len(lead), 0, -1):
        words = " ".join(t.text for t in lead[:n])
        known = book.names.get(words)
        if known is None and n == 1:
            full = book.full_name(words)
            known = full if full is not None and full.name != words else None
        if known is not None and known.entity == "person":
            return Speaker.trusted(name=known.name, mention=words, role=known.role, kind="person")
    return None


_HEADLINE_SUBJECT_WORDS = 3


def _named_subject(toks: list[Token], subj: Mention | None) -> Mention | None:
    """`Britain's foreign secretary, Boris Johnson, used …`: the name between commas after a
    description subject is who the sentence is about."""
    if (
        subj is None
        or subj.kind != "description"
        or subj.last + 1 >= len(toks)
        or toks[subj.last].text != ","
    ):
        return subj
    named = noun_phrase_after(toks, subj.last + 1)
    if named is None or named.kind != "name" or named.last >= len(toks) or toks[named.last].text != ",":
        return subj
    named.role = named.role or subj.role
    return named


def _near_cue(item: _Item) -> list[Token]:
    """The words around an item's cue (`said in a statement`), not its whole sentence."""
    toks = item.sentence
    cue = item.att.cue if item.att is not None else None
    at = cue.start if cue is not None else item.start
    k = bisect.bisect_left(item.starts, at)
    return toks[max(0, k - _CUE_NEIGHBOURHOOD) : k + _CUE_NEIGHBOURHOOD]


def _name_starts(toks: list[Token]) -> list[int]:
    """Where a name worth remembering may start: two capitalised words, or one before a title.

    Only the first word of a capitalised run starts one; `While`, `But` (sentence openers)
    neither start a name nor count as the word before one.
    """
    starts: list[int] = []
    capitalised_before = False
    for i in range(len(toks) - 1):  # a name needs the word after its first
        tok = toks[i]
        capitalised = tok.text[0].isupper() and tok.lower not in NOT_NAMES
        if capitalised and tok.is_word and not capitalised_before:
            nxt = toks[i + 1]
            if nxt.text[0].isupper() or nxt.lower in TITLE_WORDS:
                starts.append(i)
        capitalised_before = capitalised
    return starts


def _inherit(text: str, items: list[_Item]) -> None:
    """Speakers for quotes with no cue of their own."""
    quotes = [it for it in items if it.quote is not None]
    last_by_para: dict[int, _Item] = {}
    for item in items:
        if item.speaker is None and item.quote is not None and item.quote.depth == 0:
            prev = _previous_speaker(item, last_by_para)
            if prev is not None:
                item.speaker = prev.speaker
                item.att = item.att or Attribution(None, prev.att.cue if prev.att else None, how="inherited")
        if (
            item.speaker is not None
            and item.speaker.name is not None
            and (item.quote is None or item.quote.depth == 0)
            and not _nested_in(item, last_by_para.get(item.paragraph))
        ):
            last_by_para[item.paragraph] = item
    _inherit_from_hosts([it for it in items if it.kind == "indirect" and it.speaker is not None], quotes)
    _inherit_from_same_words(text, quotes)


def _nested_in(item: _Item, host: _Item | None) -> bool:
    """The item's cue lies inside the host's words (`Reid mocked Romney, claiming that a source
    told him …`): the source speaks inside Reid's claim and does not take the paragraph over."""
    cue = item.att.cue if item.att is not None else None
    return host is not None and cue is not None and host.start <= cue.start < host.end


def _inherit_from_hosts(claims: list[_Item], quotes: list[_Item]) -> None:
    """A quote inside an attributed reported-speech claim is that speaker's."""
    claims.sort(key=lambda c: c.start)
    starts = [c.start for c in claims]
    for item in quotes:
        if item.speaker is not None:
            continue
        k = bisect.bisect_right(starts, item.start)
        # hosts start at or before the quote; the few nearest are the only candidates
        for host in reversed(claims[max(0, k - _HOST_CANDIDATES) : k]):
            if item.end <= host.end:
                item.speaker = host.speaker
                break


def _inherit_from_same_words(text: str, quotes: list[_Item]) -> None:
    """A quote with no cue whose words are quoted elsewhere with a speaker (a headline deck)."""
    said = {_norm(text[q.start : q.end]): q for q in quotes if q.speaker is not None and q.kind != "fragment"}
    orphans = [q for q in quotes if q.speaker is None and q.kind != "fragment"]
    if len(orphans) * len(said) > _SAME_WORDS_BUDGET:
        said = {}  # a flood of quotes: exact repeats only, no substring search
    for item in orphans:
        words = _norm(text[item.start : item.end])
        if not words:
            continue
        source = said.get(words) or next((q for key, q in said.items() if words in key), None)
        if source is not None:
            item.speaker = source.speaker


def _previous_speaker(item: _Item, last_by_para: dict[int, _Item]) -> _Item | None:
    quote = item.quote
    assert quote is not None
    same = last_by_para.get(item.paragraph)
    if same is not None:
        return same
    prev = last_by_para.get(item.paragraph - 1)
    if prev is None:
        return None
    starts_paragraph = quote.continues or quote.open_mark is None or _is_para_start(item)
    return prev if starts_paragraph else None


def _is_para_start(item: _Item) -> bool:
    q = item.quote
    return (
        q is not None
        and q.open_mark is not None
        and q.paragraph >= 0
        and item.start - q.open_mark == q.open_width
        and (item.att is None)
    )


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s.lower().replace("’", "'").replace("“", '"').replace("”", '"')).strip(" ,.;:'\"")


def _link_statements(text: str, items: list[_Item]) -> None:
    """Pieces of one statement (split by the cue, or running over paragraphs) share an id."""
    n = 0
    prev: _Item | None = None
    for item in items:
        if item.quote is None or item.quote.depth:
            continue
        joined = (
            prev is not None
            and prev.speaker == item.speaker
            and item.speaker is not None
            and (
                item.quote.continues
                or (prev.paragraph == item.paragraph and _only_cue_between(text, prev, item))
            )
        )
        if not joined:
            n += 1
        item.statement = n
        prev = item


def _only_cue_between(text: str, a: _Item, b: _Item) -> bool:
    gap = text[a.end : b.start]
    return len(gap.split()) <= 8 and "." not in gap.replace("Mr.", "").replace("Ms.", "").replace("Mrs.", "")


def _to_claims(article: Article, items: list[_Item]) -> list[Claim]:
    out: list[Claim] = []
    statements: dict[int, int] = {}
    for item in items:
        if item.statement >= 0:
            statements[item.statement] = statements.get(item.statement, 0) + 1
    for n, item in enumerate(items, 1):
        att = item.att
        cue = att.cue if att is not None else None
        linked = item.statement >= 0 and statements.get(item.statement, 0) > 1
        out.append(
            Claim.trusted(
                id=f"{article.id}#{n}",
                article=article.id,
                kind=item.kind,
                text=article.text[item.start : item.end],
                start=item.start,
                end=item.end,
                speaker=item.speaker,
                cue=cue.text
                if cue is not None
                else (":" if att and att.how.startswith("headline") else None),
                cue_start=cue.start if cue is not None else None,
                via=list(dict.fromkeys(att.via)) if att is not None else [],
                statement=f"{article.id}#s{item.statement}" if linked else None,
                paragraph=item.paragraph,
                rule=att.how or None if att is not None else None,
                score=att.score if att is not None else None,
                warnings=item.warnings,
            )
        )
    return out
