"""Properties of extraction that hold for any text, however mangled.

The inputs mix every quote glyph the quote finder knows (curly, straight,
guillemets, German low marks), newlines and blank lines, colons and
news-style words (names, reporting verbs, media), so that the random texts
reach the attribution code rather than stopping at the tokenizer. Runs are
derandomized (the same examples every run) and keep no example database.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimcmp.extract import extract_claims
from claimcmp.models import Article, Claim, ExtractResult
from claimcmp.textspan import paragraphs

PROPERTY_SETTINGS = settings(
    deadline=None,
    max_examples=200,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

MARKS = "“”‘’\"'«»„‹›‚"
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "
ALPHABET = LETTERS + MARKS + "\n:.,;!?-—()…"

WORDS = [
    "said",
    "says",
    "told",
    "Reuters",
    "TASS",
    "according",
    "to",
    "the",
    "minister",
    "Minister",
    "Mr.",
    "Ms.",
    "Kerry",
    "John",
    "Lavrov",
    "Sergei",
    "he",
    "she",
    "they",
    "it",
    "that",
    "a",
    "senior",
    "official",
    "State",
    "Department",
    "Foreign",
    "Ministry",
    "Kremlin",
    "statement",
    "denied",
    "claims",
    "quoted",
    "as",
    "saying",
    "We",
    "will",
    "not",
    "win",
    "don’t",
    "isn't",
    "’90s",
    "drivers’",
    "U.S.",
    "Dec.",
    "in",
    "on",
    "Monday",
    "added",
    "replied",
    "reported",
    "told",
    "Reuters",
    "spokesman",
    "who",
    "Says",
    "Mayor",
    "according to",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    *MARKS,
    "“We",
    "win,”",
    "‘never",
    "sell’",
    "«Da»",
    "„Ja“",
    ":“",
    ".”",
    ",’",
    '"',
    "'",
]

random_text = st.text(alphabet=ALPHABET, max_size=400)
newsy_text = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
glued_text = st.lists(st.sampled_from(WORDS), max_size=80).map("".join)
any_unicode = st.text(max_size=200)
texts = st.one_of(random_text, newsy_text, glued_text, any_unicode)


def _extract(text: str) -> list[Claim]:
    return extract_claims(Article(id="p", text=text))


@PROPERTY_SETTINGS
@given(texts)
@example("Bob said.")  # IndexError in attribution._forward_claim at f89d30f (empty content)
@example("x said on Tuesday.")
@example("“The ball,” Ray Dunn said.")
@example("Title\n\nBob said on Friday")
@example("said:")
@example("“")
def test_offsets_index_the_text(text: str) -> None:
    for c in _extract(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.article == "p"


@PROPERTY_SETTINGS
@given(texts)
def test_claim_ids_unique(text: str) -> None:
    ids = [c.id for c in _extract(text)]
    assert len(ids) == len(set(ids))


@PROPERTY_SETTINGS
@given(texts)
def test_pydantic_round_trip(text: str) -> None:
    claims = _extract(text)
    for c in claims:
        assert Claim.model_validate_json(c.model_dump_json()) == c
    result = ExtractResult(articles=[], claims=claims)
    assert ExtractResult.model_validate_json(result.model_dump_json()) == result


@PROPERTY_SETTINGS
@given(texts)
def test_deterministic(text: str) -> None:
    assert _extract(text) == _extract(text)


@PROPERTY_SETTINGS
@given(texts)
def test_statement_ids_are_shared(text: str) -> None:
    """A statement id links pieces: none is held by one claim alone."""
    claims = _extract(text)
    counts: dict[str, int] = {}
    for c in claims:
        if c.statement is not None:
            counts[c.statement] = counts.get(c.statement, 0) + 1
    assert all(n > 1 for n in counts.values()), counts


@PROPERTY_SETTINGS
@given(texts)
def test_paragraph_and_cue_positions(text: str) -> None:
    n_paras = len(paragraphs(text))
    for c in _extract(text):
        assert 0 <= c.paragraph < max(n_paras, 1)
        if c.cue_start is not None:
            assert c.cue is not None
            assert 0 <= c.cue_start < len(text)
            assert text.startswith(c.cue.split()[0], c.cue_start), (c.cue, c.cue_start)


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join))
def test_speaker_fields(text: str) -> None:
    for c in _extract(text):
        if c.speaker is not None:
            assert c.speaker.mention.strip()
            assert c.speaker.name is None or c.speaker.name.strip()
        assert all(v.strip() for v in c.via)


def test_empty_and_blank_texts() -> None:
    for text in ["", " ", "\n", "\n\n\n", "“", "”", "«»", '""', "''", ":", "“ ”", "‘’"]:
        for c in _extract(text):
            assert text[c.start : c.end] == c.text
