"""Mine the English word pairs whose swap reverses a statement, from WordNet's antonyms.

    apt-get install wordnet-base                 # Princeton WordNet 3.0, /usr/share/wordnet
    pip install -e '.[train]'
    python training/mine_antonyms.py             # writes claimcmp/data/antonyms-en.json
    python training/mine_antonyms.py --wordnet DIR

WordNet marks direct antonyms between word senses ("accept" / "reject", "open" / "close",
"succeed" / "fail", "before" / "after", "always" / "never"). Two versions of one statement that
differ by one word swapped for its antonym say opposite things, so status.py calls them a
conflict; the hand-written pairs in the lexicon (`DIRECTION_PAIRS`) cover what WordNet does not
pair ("raise" / "cut", "approve" / "reject").

Kept: single words of verbs, adjectives, adverbs and nouns, lower case, both of at least
MIN_LETTERS letters, and not a function word whose swap is usually phrasing rather than meaning
(SKIP: "in" / "out", "on" / "off"). Each pair's inflections come from lemminflect ("succeeded",
"fails", "higher"), so the matcher needs no stemming. The file lists every pair with the parts
of speech WordNet gave it, so each entry says why it is there.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import lemminflect

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "claimcmp" / "data" / "antonyms-en.json"
DEFAULT_WORDNET = Path("/usr/share/wordnet")
FILES = {"verb": "VERB", "adj": "ADJ", "adv": "ADV", "noun": "NOUN"}
MIN_LETTERS = 3
# WordNet antonyms whose swap between two outlets is usually phrasing, not a reversed claim
# ("came out" / "went out", "take part" / "give part"), or that are other words in news text
# ("present" / "absent" as in "at present", "general" as a rank).
SKIP = frozenset(
    "in out on off here there this that come go bring take give present absent general specific".split()
)


def _synsets(path: Path) -> dict[str, list[str]]:
    """Each synset offset → its words, in order (the antonym pointers number them from 1)."""
    words: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" ")
        count = int(fields[3], 16)
        words[fields[0]] = [fields[4 + 2 * i].lower() for i in range(count)]
    return words


def _antonyms(path: Path, words: dict[str, list[str]]) -> set[tuple[str, str]]:
    """Pairs of words joined by WordNet's `!` (antonym) pointer, within one part of speech."""
    pairs: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = int(fields[at])
        for p in range(pointers):
            symbol, target, _pos, source_target = fields[at + 1 + 4 * p : at + 5 + 4 * p]
            if symbol != "!":
                continue
            source, goal = int(source_target[:2], 16), int(source_target[2:], 16)
            a = words[fields[0]][source - 1]
            b = words[target][goal - 1]
            pairs.add((min(a, b), max(a, b)))
    return pairs


def _kept(word: str) -> bool:
    return word.isalpha() and len(word) >= MIN_LETTERS and word not in SKIP


def _forms(word: str, upos: str) -> list[str]:
    forms = {word}
    for group in lemminflect.getAllInflections(word, upos=upos).values():
        forms.update(f.lower() for f in group)
    return sorted(forms)


def mine(wordnet: Path) -> dict[str, object]:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, upos in FILES.items():
        path = wordnet / f"data.{name}"
        for a, b in _antonyms(path, _synsets(path)):
            if _kept(a) and _kept(b):
                found[(a, b)].add(upos)
    pairs = []
    for (a, b), tags in sorted(found.items()):
        forms_a = sorted({f for tag in tags for f in _forms(a, tag)})
        forms_b = sorted({f for tag in tags for f in _forms(b, tag)})
        shared = set(forms_a) & set(forms_b)
        if shared:
            continue  # an inflection both sides share cannot tell them apart
        pairs.append({"pair": [a, b], "pos": sorted(tags), "forms": [forms_a, forms_b]})
    return {
        "language": "en",
        "made_by": "training/mine_antonyms.py from Princeton WordNet 3.0 (Debian wordnet-base); "
        "inflections by lemminflect",
        "licence": "WordNet 3.0 licence (Princeton University), which permits redistribution with notice",
        "pairs": pairs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET, help="WordNet's dict folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = mine(args.wordnet)
    pairs = data.pop("pairs")
    head = json.dumps(data, ensure_ascii=False)[:-1]
    # a pair a line, so that a rebuild's diff reads pair by pair
    lines = ",\n".join(json.dumps(p, ensure_ascii=False) for p in pairs)  # type: ignore[attr-defined]
    args.out.write_text(f'{head}, "pairs": [\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{len(pairs)} pairs → {args.out}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
