"""Mine the English cue verbs and source nouns from PolNeAR train, with their inflections.

    pip install -e '.[train]'
    python training/mine_lexicon.py --polnear ../polnear     # writes claimcmp/data/lexicon-en.json

Counts come from PolNeAR train's hand-marked attributions and the CoreNLP parses it ships:

- a verb lemma is a cue when it heads at least MIN_CUE gold cues and at least CUE_RATE of its uses
  as a verb in the corpus are cues ("say" 5,275 of 6,128; "make" 129 of 1,370 is not a cue);
  one with a rate from ACT_RATE up to CUE_RATE ("attack", "defend", "propose") is an act-only cue:
  it starts only speech-act candidates (`attacked Clinton for …`), which the learned chooser
  decides on, and never attributes a quote or starts a claim;
- a noun lemma is a source noun when it heads at least MIN_SOURCE gold sources ("the two chairmen",
  "voters", "strategists"), the head being the last noun before a preposition or relative word.

Inflections come from lemminflect (a well-kept English lexicon), so "alleges", "vowing" and
"chairmen" are known without anyone typing them. A verb form is kept only where the corpus, in lower
case, writes it as a verb at least FORM_VERB_RATE of the time ("claims" 20 of 63 is kept; "states"
12 of 459 is a noun); a form the corpus never shows is kept. The counts stay in
the file, beside each word, so every entry says why it is there.
"""

from __future__ import annotations

import bisect
from collections import Counter
from pathlib import Path

import lemminflect
import polnear_data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "claimcmp" / "data" / "lexicon-en.json"
MIN_CUE = 5
CUE_RATE = 0.5
ACT_RATE = 0.35
MIN_SOURCE = 5
FORM_VERB_RATE = 0.15
_AUXILIARIES = {
    "be",
    "have",
    "do",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "shall",
}
_HEAD_STOPS = {"IN", "WDT", "WP", "WP$", ",", "POS", "-LRB-", "TO", "VBD", "VBZ", "VBP", "VBG", "VBN", "MD"}
# Reporting cues of the project's own development sets that PolNeAR's campaign news seldom uses
# ("Kim was quoted as ...", "fumed", "intimated"): kept beside the mined ones, marked as such.
HAND_CUES = """say tell add note declare reply state explain claim insist warn announce confirm deny tweet
write ask argue suggest reveal complain comment acknowledge admit assert contend maintain report predict
promise recall remark respond stress vow testify allege concede caution emphasize urge accuse call hail
quote cite read agree point express joke boast charge indicate signal describe mention continue conclude
demand pledge lobby intimate post fume blast slam rage affirm hope believe estimate""".split()


def _tokens_in(starts: list[int], tokens: list[polnear_data.CoreToken], spans: list[tuple[int, int]]):
    for a, b in spans:
        k = bisect.bisect_left(starts, a)
        while k < len(tokens) and tokens[k].start < b:
            yield tokens[k]
            k += 1


def count(split_dir: Path) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], Counter[str]]:
    as_cue: Counter[str] = Counter()
    as_verb: Counter[str] = Counter()
    source_heads: Counter[str] = Counter()
    form_all: Counter[str] = Counter()
    form_verb: Counter[str] = Counter()
    for doc in polnear_data.load(split_dir):
        starts = [t.start for t in doc.tokens]
        for t in doc.tokens:
            if t.pos.startswith("VB"):
                as_verb[t.lemma.lower()] += 1
            if t.word.islower():  # "States" in "United States" says nothing of "states" the verb
                form_all[t.word] += 1
                form_verb[t.word] += t.pos.startswith("VB")
        for att in doc.attributions:
            cue_lemmas = {
                t.lemma.lower()
                for t in _tokens_in(starts, doc.tokens, att.cue)
                if t.pos.startswith("VB") and t.lemma.lower() not in _AUXILIARIES
            }
            as_cue.update(cue_lemmas)
            head = None
            for t in _tokens_in(starts, doc.tokens, att.source):
                if t.pos in _HEAD_STOPS:
                    break
                if t.pos in {"NN", "NNS"} and t.word.isalpha():
                    head = t.lemma.lower()
            if head is not None:
                source_heads[head] += 1
    return as_cue, as_verb, source_heads, form_all, form_verb


def verb_forms(lemma: str, form_all: Counter[str], form_verb: Counter[str]) -> list[str]:
    forms = {lemma}
    for group in lemminflect.getAllInflections(lemma, upos="VERB").values():
        forms.update(group)
    kept = []
    for form in sorted(forms):
        seen = form_all[form]
        if seen:
            if form_verb[form] >= FORM_VERB_RATE * seen:
                kept.append(form)
        else:
            kept.append(form)  # the corpus says nothing against it
    return kept


def noun_forms(lemma: str) -> list[str]:
    forms = {lemma}
    for group in lemminflect.getAllInflections(lemma, upos="NOUN").values():
        forms.update(group)
    return sorted(forms)


def build(split_dir: Path, cue_rate: float = CUE_RATE) -> dict[str, object]:
    as_cue, as_verb, heads, form_all, form_verb = count(split_dir)
    cues = {}
    for lemma, n in sorted(as_cue.items()):
        if lemma == "accord":
            continue  # "according to" is a two-word cue of its own, read by the rules
        mined = n >= MIN_CUE and n >= cue_rate * as_verb[lemma]
        act_only = not mined and n >= MIN_CUE and n >= ACT_RATE * as_verb[lemma] and lemma not in HAND_CUES
        if not (mined or act_only or lemma in HAND_CUES):
            continue
        forms = verb_forms(lemma, form_all, form_verb)
        if forms:
            entry = {"as_cue": n, "as_verb": as_verb[lemma], "mined": mined or act_only, "forms": forms}
            cues[lemma] = {**entry, "act_only": True} if act_only else entry
    for lemma in HAND_CUES:
        if lemma not in cues:
            forms = verb_forms(lemma, form_all, form_verb)
            if forms:
                cues[lemma] = {"as_cue": 0, "as_verb": as_verb[lemma], "mined": False, "forms": forms}
    sources = {
        lemma: {"as_source_head": n, "forms": noun_forms(lemma)}
        for lemma, n in sorted(heads.items())
        # a noun the lexicon knows: tagging errors ("Epstein" as NN) and lemma slips ("filings") stay out
        if n >= MIN_SOURCE and "NOUN" in lemminflect.getAllLemmas(lemma)
    }
    return {
        "language": "en",
        "made_by": "training/mine_lexicon.py from PolNeAR train (840 articles); inflections by lemminflect",
        "thresholds": {
            "min_cue": MIN_CUE,
            "cue_rate": cue_rate,
            "act_rate": ACT_RATE,
            "min_source": MIN_SOURCE,
            "form_verb_rate": FORM_VERB_RATE,
        },
        "cue_verbs": dict(sorted(cues.items())),
        "source_nouns": sources,
    }


def main() -> None:
    parser = polnear_data.script_arguments(__doc__, OUT)
    parser.add_argument(
        "--cue-rate", type=float, default=CUE_RATE, help="share of a verb's uses that must be cues"
    )
    args = parser.parse_args()
    lexicon = build(args.polnear / "train", args.cue_rate)
    polnear_data.write_json(args.out, lexicon)
    print(f"{len(lexicon['cue_verbs'])} cue verbs, {len(lexicon['source_nouns'])} source nouns -> {args.out}")


if __name__ == "__main__":
    main()
