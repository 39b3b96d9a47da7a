"""Who said it: cues and speakers for quotes, and reported-speech claims.

Works on one sentence's tokens at a time, each top-level quote collapsed into one placeholder
token, so that a verb inside a quote is never taken as the cue. The stages, one module each:

- `cues.py`: reporting cues (`said`, `pointed out`, `according to`, `was quoted as saying`);
- `subjects.py`: who stands before a cue (`X said`, appositives, relative clauses, descriptions);
- `sources.py`: media and documents in the source chain (`told Reuters`), which become `via`;
- `quote_speakers.py`: the speaker of a quote (`,” Kerry said`, `Kerry declared, “…`, `” ― Jo Park`);
- `clauses.py`: where a cue's content starts and ends, and whether it reads as a clause;
- `reported.py`: reported speech (`…, X said`, `X said (that) …`, `According to X, …`), where the
  rules propose candidates;
- `choose.py`: the one interface between proposing and choosing: a `ClaimCandidate`, and the
  learned chooser that scores it (weights in `claimcmp/data/chooser-en.json`).

Word lists come from `claimcmp.lexicon`, keyed by language.
"""

from claimcmp.attribution.choose import Chooser, ClaimCandidate, LogisticChooser, features, shipped_chooser
from claimcmp.attribution.cues import find_cues, is_claim_cue
from claimcmp.attribution.quote_speakers import attribute_after, attribute_before, sign_off
from claimcmp.attribution.records import Attribution, Cue, ReportedSpeech
from claimcmp.attribution.reported import reported_speech
from claimcmp.attribution.sources import media_name, medium_speaks
from claimcmp.attribution.subjects import sentence_subject, subject_of

__all__ = [
    "Attribution",
    "Chooser",
    "ClaimCandidate",
    "Cue",
    "LogisticChooser",
    "ReportedSpeech",
    "attribute_after",
    "attribute_before",
    "features",
    "find_cues",
    "is_claim_cue",
    "media_name",
    "medium_speaks",
    "reported_speech",
    "sentence_subject",
    "shipped_chooser",
    "sign_off",
    "subject_of",
]
