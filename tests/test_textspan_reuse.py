"""Tokens as plain values, and mentions read once per distinct span of words."""

from __future__ import annotations

from claimcmp.mentions import make_mention, noun_phrase_after
from claimcmp.textspan import Token, tokens


def test_tokens_are_values() -> None:
    a, b = tokens("Kerry said"), tokens("Kerry said")
    assert a == b
    assert len({*a, *b}) == 2
    assert a[0] != tokens(" Kerry said")[0]  # same word, other offsets
    assert repr(a[0]) == "Token(text='Kerry', start=0, end=5)"


def test_token_derived_fields() -> None:
    quote = Token("_q_", 3, 9)
    assert quote.is_word
    assert quote.lower == "_q_"
    dash = Token("—", 0, 1)
    assert not dash.is_word


def test_sentence_final_dot_is_its_own_token() -> None:
    text = "He met Mr. Lavrov in Moscow. Then left."
    found = [(t.text, t.start, t.end) for t in tokens(text)]
    assert ("Mr.", 7, 10) in found
    assert ("Moscow", 21, 27) in found
    assert (".", 27, 28) in found


def test_same_words_read_again_take_their_own_offsets() -> None:
    text = "Foreign Minister Sergei Lavrov said. Foreign Minister Sergei Lavrov left."
    toks = tokens(text)
    first = make_mention(toks[0:4])
    second = make_mention(toks[6:10])
    assert first is not None
    assert second is not None
    assert (first.start, first.end) == (0, 30)
    assert (second.start, second.end) == (37, 67)
    assert first.name == second.name == "Sergei Lavrov"


def test_a_mention_changed_by_its_caller_does_not_change_the_next_reading() -> None:
    toks = tokens("Sergei Lavrov said")
    mention = noun_phrase_after(toks, 0)
    assert mention is not None
    assert mention.role is None
    mention.role = "envoy"
    mention.first = 99
    again = noun_phrase_after(toks, 0)
    assert again is not None
    assert again is not mention
    assert again.role is None
    assert again.first == 0
