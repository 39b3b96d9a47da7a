"""Train the reported-speech chooser (claimcmp/attribution/choose.py) on PolNeAR train.

    pip install -e '.[train]'
    python training/train_chooser.py --polnear ../polnear      # writes claimcmp/data/chooser-en.json

1. claimcmp extracts every PolNeAR train article with a chooser that records each candidate the
   rules propose (its features and its character span) and keeps them all.
2. A candidate is positive when one hand-marked attribution's content and the candidate cover at
   least half of each other's word tokens (the scorer's tokens: \\w+, a leading "that" dropped).
3. A logistic regression (scikit-learn, liblinear, L2) is fitted on binary features, C chosen by
   5-fold cross-validation grouped by article: the F1 of the held-out decisions as deployed (a
   candidate the hand rules keep stays; the model adds those it gives a probability of at least
   THRESHOLD, the classifier's own decision point, not tuned: the candidates are 79% right, so
   F1 alone would pick "keep everything"). The weights, the threshold and the cross-validated figures are
   written as JSON; training is deterministic, so the same clone gives the same file.

Only train is read: dev stays for measuring (benchmarks/polnear.py), test is never read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import polnear_data
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from claimcmp.attribution.choose import ClaimCandidate, features
from claimcmp.extract import extract_claims
from claimcmp.models import Article

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "claimcmp" / "data" / "chooser-en.json"
_WORD = re.compile(r"\w+")
C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLD = 0.5


class RecordingChooser:
    """Keeps every candidate, and notes its features and span."""

    threshold = 0.0

    def __init__(self) -> None:
        self.seen: list[tuple[list[str], int, int, bool]] = []

    def score(self, candidate: ClaimCandidate) -> float:
        span = (candidate.toks[candidate.first].start, candidate.toks[candidate.end - 1].end)
        self.seen.append((features(candidate), *span, candidate.hand_rule))
        return 1.0


def _token_ids(text: str, spans: list[tuple[int, int]]) -> set[int]:
    ids: set[int] = set()
    for a, b in spans:
        found = list(_WORD.finditer(text, a, b))
        if found and found[0].group().lower() == "that":
            found = found[1:]
        ids.update(m.start() for m in found)
    return ids


def _positive(text: str, span: tuple[int, int], golds: list[set[int]]) -> bool:
    pred = _token_ids(text, [span])
    if not pred:
        return False
    return any(len(pred & g) >= 0.5 * len(pred) and len(pred & g) >= 0.5 * len(g) for g in golds if g)


def collect(split_dir: Path) -> tuple[list[list[str]], list[int], list[int], list[bool]]:
    rows: list[list[str]] = []
    labels: list[int] = []
    groups: list[int] = []
    hand: list[bool] = []
    for n, doc in enumerate(polnear_data.load(split_dir, with_corenlp=False)):
        recorder = RecordingChooser()
        extract_claims(Article(id=doc.stem, text=doc.text), chooser=recorder)
        golds = [_token_ids(doc.text, att.content) for att in doc.attributions]
        for feats, start, end, by_hand in recorder.seen:
            rows.append(feats)
            labels.append(int(_positive(doc.text, (start, end), golds)))
            groups.append(n)
            hand.append(by_hand)
    return rows, labels, groups, hand


def _prf(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    tp = float((pred & (y == 1)).sum())
    p = tp / max(pred.sum(), 1)
    r = tp / max((y == 1).sum(), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = polnear_data.script_arguments(__doc__, OUT)
    args = parser.parse_args()
    rows, labels, groups, hand = collect(args.polnear / "train")
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([dict.fromkeys(r, 1) for r in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear takes 32-bit only
    y = np.array(labels)
    print(f"{len(y)} candidates, {int(y.sum())} positive, {x.shape[1]} features")
    kept_by_hand = np.array(hand)
    hand_p, hand_r, hand_f = _prf(kept_by_hand, y)
    print(f"hand rule alone: P {hand_p:.3f} R {hand_r:.3f} F1 {hand_f:.3f}")
    best: tuple[float, float, float, tuple[float, float, float]] | None = None
    for c in C_GRID:
        held_out = np.zeros(len(y))
        for fit, test in GroupKFold(n_splits=5).split(x, y, groups):
            model = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
            model.fit(x[fit], y[fit])
            held_out[test] = model.predict_proba(x[test])[:, 1]
        # as deployed: what the hand rules keep stays, the model adds what it scores high enough
        figures = _prf(kept_by_hand | (held_out >= THRESHOLD), y)
        if best is None or figures[2] > best[2]:
            best = (c, THRESHOLD, figures[2], figures)
        print(f"C={c}: best held-out F1 so far {best[2]:.3f} (C={best[0]}, threshold {best[1]:.3f})")
    assert best is not None
    c, threshold, _, (cv_p, cv_r, cv_f) = best
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000).fit(x, y)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4
    }
    out = {
        "language": "en",
        "made_by": "training/train_chooser.py on PolNeAR train (840 articles)",
        "model": "logistic regression (scikit-learn liblinear, L2)",
        "C": c,
        "threshold": round(threshold, 3),
        "intercept": round(float(model.intercept_[0]), 4),
        "candidates": len(y),
        "positives": int(y.sum()),
        "cross_validated": {"precision": round(cv_p, 3), "recall": round(cv_r, 3), "f1": round(cv_f, 3)},
        "hand_rule_alone": {
            "precision": round(hand_p, 3),
            "recall": round(hand_r, 3),
            "f1": round(hand_f, 3),
        },
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    figures = f"held-out P {cv_p:.3f} R {cv_r:.3f} F1 {cv_f:.3f}"
    print(f"C={c} threshold {threshold:.3f}: {figures}; {len(weights)} weights")


if __name__ == "__main__":
    main()
