"""Finding reporting cues in a sentence: single verbs, phrasal cues (`pointed out`), `according to`,
and `was quoted as saying`."""

from __future__ import annotations

from claimcmp.attribution.records import Cue
from claimcmp.lexicon import (
    CLAIM_CUES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    PASSIVE_AUX,
    PHRASAL_CLAIM_CUES,
    PHRASAL_CUES,
)
from claimcmp.mentions import QUOTE_TOKEN
from claimcmp.textspan import Token

# Every word a cue can begin with: one set lookup rules out nearly every token of a
# sentence, punctuation and quote placeholders included
_CUE_FIRST_WORDS = frozenset(CUE_FORMS) | {first for first, _ in PHRASAL_CUES} | {"according"}


# before a cue's -s form, these make it a plural noun (`many promises`, `her claims`)
_NOUN_DETERMINERS = frozenset(
    "the a an many several few some these those such no his her their its our my your both all".split()
)

_OPENING_CUES = frozenset(
    {"said", "says", "added", "asked", "wrote", "recalled", "explained"}
)  # `Said Ellis: …`


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
        opening = i == 0 and low in _OPENING_CUES and i + 1 < len(toks) and toks[i + 1].text[0].isupper()
        if tok.text[0].isupper() and not opening and (not (headline and i > 0) or low in MEDIA_NOUNS):
            continue  # (`Daily Post`, `Washington Post`: a capitalised cue that names a paper is its name)
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
        if lemma is not None and low.endswith(("ed", "en")) and nxt in DOCUMENT_NOUNS:
            continue  # `in a written statement`, `prepared remarks`: an adjective, not the verb
        if lemma is not None and low.endswith("s") and i > 0 and toks[i - 1].lower in _NOUN_DETERMINERS:
            continue  # `many promises he made`, `the claims`, `his remarks`: a noun, not the verb
        if lemma == "continue" and _speech_follows(toks, i + 1):
            pass  # `Caddell continued: …`, `she continued, “…”`: the speech goes on
        elif lemma == "continue" and nxt == "to" and i + 2 < len(toks) and toks[i + 2].lower in CUE_FORMS:
            # `Lewandowski continued to say he had never touched her`: the inner verb reports
            inner = toks[i + 2]
            cues.append(
                Cue(f"{tok.text} to {inner.text}", tok.start, inner.end, CUE_FORMS[inner.lower], i, i + 3)
            )
            continue
        elif lemma is None or lemma in {"point", "express", "continue"}:
            continue  # those only in their phrasal forms
        cues.append(Cue(tok.text, tok.start, tok.end, lemma, i, i + 1))
    return cues


def _speech_follows(toks: list[Token], k: int) -> bool:
    """A colon, or a quote (after an optional comma), comes next."""
    if k < len(toks) and toks[k].text == ",":
        k += 1
    return k < len(toks) and (toks[k].text == ":" or toks[k].text == QUOTE_TOKEN)


def _quoted_as_saying(toks: list[Token], i: int) -> Cue | None:
    """`Kim was quoted as telling the envoy`: one cue from the auxiliary on, so that the subject
    before it speaks (the medium that quoted them, if named, comes after)."""
    if (
        toks[i].lower != "quoted"
        or i == 0
        or toks[i - 1].lower not in PASSIVE_AUX
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
