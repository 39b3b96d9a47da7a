"""Mine the gender of English first names from PolNeAR train's coreference chains.

    python training/mine_names.py --polnear ../polnear    # writes claimcmp/data/names-en.json

A chain that names a person ("Hillary Clinton") and refers to them with "she" or "her" tells
which pronoun that first name takes. A first name is kept when at least MIN_CHAINS chains show
it and at least SHARE of them agree: "he said" then never means the woman just named, which a
list of honorifics (Mr., Ms.) alone could not tell. Only train is read.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import polnear_data

from claimcmp.lexicon import STOPWORDS, TITLE_WORDS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "claimcmp" / "data" / "names-en.json"
MIN_CHAINS = 2
SHARE = 0.9
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_NOT_FIRST = TITLE_WORDS | STOPWORDS  # `Sen. Rubio`: a title before the surname is no first name


def count(split_dir: Path) -> dict[str, Counter[str]]:
    gold = json.loads((split_dir / "gold.json").read_text(encoding="utf-8"))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for article in gold["articles"].values():
        for chain in article["coref"]:
            names = [m["name"].split() for m in chain if len(m["name"].split()) >= 2]
            pronouns = Counter(m["text"].lower() for m in chain if not m["name"])
            male = sum(n for w, n in pronouns.items() if w in _MALE)
            female = sum(n for w, n in pronouns.items() if w in _FEMALE)
            if not names or male == female:
                continue
            # the word before the surname: `Florida Sen. Marco Rubio` → Marco, `Hillary Clinton` → Hillary
            first = min(names, key=len)[-2]
            if (
                first.isalpha()
                and first[0].isupper()
                and not first.isupper()
                and first.lower() not in _NOT_FIRST
            ):
                votes[first.lower()]["m" if male > female else "f"] += 1
    return votes


def build(split_dir: Path) -> dict[str, object]:
    genders = {}
    for name, counted in sorted(count(split_dir).items()):
        gender, top = counted.most_common(1)[0]
        total = sum(counted.values())
        if total >= MIN_CHAINS and top >= SHARE * total:
            genders[name] = {"gender": gender, "chains": total}
    return {
        "language": "en",
        "made_by": "training/mine_names.py from PolNeAR train's coreference chains",
        "thresholds": {"min_chains": MIN_CHAINS, "share": SHARE},
        "first_names": genders,
    }


def main() -> None:
    parser = polnear_data.script_arguments(__doc__, OUT)
    args = parser.parse_args()
    names = build(args.polnear / "train")
    polnear_data.write_json(args.out, names)
    print(f"{len(names['first_names'])} first names -> {args.out}")


if __name__ == "__main__":
    main()
