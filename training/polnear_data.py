"""Read a PolNeAR split as extracted by ../shared/eval/polnear/extract.py (train and dev only).

`load(split_dir)` yields one `Doc` per article: its text, the gold attributions (source, cue and
content as character spans) and, where PolNeAR ships it, CoreNLP's tokens with lemma and part of
speech. Nothing here is copied into the repository: the scripts read a clone given by path.
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]
ROOT = Path(__file__).resolve().parent.parent


def script_arguments(doc: str | None, out: Path) -> argparse.ArgumentParser:
    """The options every training script takes: where PolNeAR was extracted, where to write."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--polnear", type=Path, default=ROOT.parent / "polnear", help="extract.py's OUT folder"
    )
    parser.add_argument(
        "--out", type=Path, default=out, help=f"where to write (default {out.relative_to(ROOT)})"
    )
    return parser


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass(slots=True)
class CoreToken:
    start: int
    end: int
    word: str
    lemma: str
    pos: str


@dataclass(slots=True)
class GoldAttribution:
    source: list[Span]
    cue: list[Span]
    content: list[Span]
    cue_lemmas: list[str]
    source_tokens: list[CoreToken] = field(default_factory=list)


@dataclass(slots=True)
class Doc:
    stem: str
    text: str
    attributions: list[GoldAttribution]
    tokens: list[CoreToken]


def _spans(role: dict[str, object] | None) -> list[Span]:
    if not role:
        return []
    return [(int(a), int(b)) for a, b in role["spans"]]  # type: ignore[index, union-attr]


def _tokens(role: dict[str, object] | None) -> list[CoreToken]:
    if not role:
        return []
    return [CoreToken(int(t[0]), int(t[1]), t[2], t[3], t[4]) for t in role.get("tokens", [])]  # type: ignore[union-attr]


def _corenlp(path: Path) -> list[CoreToken]:
    if not path.exists():
        return []
    out = []
    for tok in ET.parse(path).getroot().iter("token"):
        out.append(
            CoreToken(
                int(tok.findtext("CharacterOffsetBegin") or 0),
                int(tok.findtext("CharacterOffsetEnd") or 0),
                tok.findtext("word") or "",
                tok.findtext("lemma") or "",
                tok.findtext("POS") or "",
            )
        )
    return out


def load(split_dir: Path, *, with_corenlp: bool = True) -> Iterator[Doc]:
    if split_dir.name == "test":
        raise SystemExit("the PolNeAR test split is for judging claimcmp, never for developing it")
    gold = json.loads((split_dir / "gold.json").read_text(encoding="utf-8"))
    for stem, art in sorted(gold["articles"].items()):
        text = (split_dir / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        atts = []
        for a in art["attributions"]:
            content = _spans(a.get("content"))
            if not content:
                continue
            cue_toks = _tokens(a.get("cue"))
            atts.append(
                GoldAttribution(
                    _spans(a.get("source")),
                    _spans(a.get("cue")),
                    content,
                    [t.lemma.lower() for t in cue_toks],
                    _tokens(a.get("source")),
                )
            )
        toks = _corenlp(split_dir / "corenlp" / f"{stem}.txt.xml") if with_corenlp else []
        yield Doc(stem, text, atts, toks)
