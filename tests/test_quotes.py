"""Unit tests of the quote finder (claimcmp.quotes) and the text spans it stands on
(claimcmp.textspan): paragraphs, sentences and tokens, on small hand-made inputs."""

from __future__ import annotations

import pytest

from claimcmp.extract import extract_claims
from claimcmp.models import Article
from claimcmp.quotes import Quote, find_quotes
from claimcmp.textspan import Span, paragraphs, tokens


def quotes_of(text: str) -> list[Quote]:
    return find_quotes(text, paragraphs(text))


def inner(text: str, q: Quote) -> str:
    return text[q.start : q.end]


def top_texts(text: str) -> list[str]:
    return [inner(text, q) for q in quotes_of(text) if q.depth == 0]


# ------------------------------------------------------------------ find_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("He said “we will win” on Monday.", ["we will win"], id="curly-double"),
        pytest.param('"Yes, we can," she said.', ["Yes, we can,"], id="straight-double"),
        pytest.param("‘We don’t know yet,’ he said.", ["We don’t know yet,"], id="curly-single"),
        pytest.param("'We weren't told,' he said.", ["We weren't told,"], id="straight-single"),
        pytest.param("«Nous partons demain», dit-il.", ["Nous partons demain"], id="guillemets"),
        pytest.param("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"], id="german"),
        pytest.param(
            "»Wir schaffen das«, sagte sie.",
            ["Wir schaffen das"],
            id="german-reversed",
            marks=pytest.mark.xfail(
                strict=True, reason="»…« (German order): « read as an opening mark, quote is ', sagte sie.'"
            ),
        ),
        pytest.param(
            "“One two three,” he said, “four five six.”",
            ["One two three,", "four five six."],
            id="split-by-cue",
        ),
        pytest.param(
            'She called it "a disaster" and "a scandal".', ["a disaster", "a scandal"], id="two-straight"
        ),
        pytest.param("Критики назвали это «катастрофой».", ["катастрофой"], id="cyrillic"),
    ],
)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert top_texts(text) == expected


def test_marks_and_family_recorded() -> None:
    text = "He said “we will win” today."
    (q,) = quotes_of(text)
    assert q.open_mark == text.index("“")
    assert q.close_mark == text.index("”")
    assert (q.start, q.end) == (q.open_mark + 1, q.close_mark)
    assert q.family == "double"
    assert q.depth == 0
    assert q.paragraph == 0
    assert q.span == Span(q.start, q.end)


def test_families() -> None:
    assert [q.family for q in quotes_of("«Da», he said.")] == ["guillemet"]
    assert [q.family for q in quotes_of("‘Yes please,’ he said.")] == ["single"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kerry’s aides don’t agree and it’s late.", id="curly-apostrophes"),
        pytest.param("Kerry's aides don't agree and it's late.", id="straight-apostrophes"),
        pytest.param("The drivers’ union met the bosses’ team.", id="plural-possessive"),
        pytest.param("Prices peaked in the ’90s and again in the '80s.", id="elision"),
        pytest.param("Rock ’n’ roll never died.", id="rock-n-roll"),
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quotes_of(text) == []


def test_nested_single_inside_double() -> None:
    text = "“He told me ‘we will win this,’ and I believed him,” Smith said."
    qs = quotes_of(text)
    outer = [q for q in qs if q.depth == 0]
    nested = [q for q in qs if q.depth == 1]
    assert [inner(text, q) for q in outer] == ["He told me ‘we will win this,’ and I believed him,"]
    assert [inner(text, q) for q in nested] == ["we will win this,"]
    assert outer[0].start < nested[0].start < nested[0].end < outer[0].end


def test_nested_double_inside_single() -> None:
    text = "‘He told me “we will win this”, and I believed him,’ Hale said."
    qs = quotes_of(text)
    outer = [q for q in qs if q.depth == 0]
    nested = [q for q in qs if q.depth == 1]
    assert [inner(text, q) for q in outer] == ["He told me “we will win this”, and I believed him,"]
    assert [inner(text, q) for q in nested] == ["we will win this"]


def test_apostrophe_inside_single_quote_does_not_end_it() -> None:
    text = "‘It’s Kerry’s call, and we don’t mind,’ an aide said."
    assert top_texts(text) == ["It’s Kerry’s call, and we don’t mind,"]


def test_never_closed_ends_at_paragraph_end() -> None:
    text = "She said: “We will stay until the end  \n\nThe vote is on Friday."
    (q,) = quotes_of(text)
    assert q.close_mark is None
    assert inner(text, q) == "We will stay until the end"
    assert q.paragraph == 0


def test_missing_opening_mark_starts_after_colon() -> None:
    text = "He said at the start: The plan is sound,” Smith said."
    (q,) = quotes_of(text)
    assert q.open_mark is None
    assert q.close_mark == text.index("”")
    assert inner(text, q) == "The plan is sound,"


def test_missing_opening_mark_without_colon_starts_at_paragraph() -> None:
    text = "Intro line.\n\nThe plan is sound and it will pass,” Smith said."
    (q,) = quotes_of(text)
    assert q.open_mark is None
    assert inner(text, q) == "The plan is sound and it will pass,"
    assert q.paragraph == 1


def test_quote_running_over_paragraphs() -> None:
    text = "Doyle said: “We gave them every chance.\n\n“They walked away.\n\n“Now we decide.”\n\nThe end."
    qs = quotes_of(text)
    assert [inner(text, q) for q in qs] == [
        "We gave them every chance.",
        "They walked away.",
        "Now we decide.",
    ]
    assert [q.paragraph for q in qs] == [0, 1, 2]
    assert [q.continues for q in qs] == [False, True, True]
    assert [q.close_mark is None for q in qs] == [True, True, False]


def test_quote_closed_then_new_paragraph_quote_does_not_continue() -> None:
    text = "“We are done,” he said.\n\n“Another matter,” she said."
    qs = quotes_of(text)
    assert [q.continues for q in qs] == [False, False]


def test_quotes_stay_inside_their_paragraph() -> None:
    text = "“One\n\ntwo” three “four\n\nfive.”"
    paras = paragraphs(text)
    for q in find_quotes(text, paras):
        para = paras[q.paragraph]
        assert para.start <= q.start <= q.end <= para.end


def test_quotes_sorted_by_position() -> None:
    text = "‘A b c,’ she said. “D e f,” he said. «G h i», they said."
    starts = [q.start for q in quotes_of(text)]
    assert starts == sorted(starts)
    assert top_texts(text) == ["A b c,", "D e f,", "G h i"]


def test_straight_quote_opened_twice() -> None:
    """A second opening mark before the first closed: the first quote ends where it begins."""
    text = 'He said "we will win and then "nobody can stop us," Kerry said.'
    texts = top_texts(text)
    assert "nobody can stop us," in texts


def test_empty_and_markless() -> None:
    assert quotes_of("") == []
    assert quotes_of("No marks here at all.") == []
    assert quotes_of("“”") == []


# -------------------------------------------------------------------- paragraphs


def texts_of(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def test_paragraphs_blank_lines() -> None:
    text = "  First paragraph.  \n\n\nSecond one.\n \t\nThird.\n"
    assert texts_of(text, paragraphs(text)) == ["First paragraph.", "Second one.", "Third."]


def test_paragraphs_single_newline_after_sentence() -> None:
    text = "First paragraph.\nSecond paragraph."
    assert texts_of(text, paragraphs(text)) == ["First paragraph.", "Second paragraph."]


def test_paragraphs_hard_wrapped_lines_join() -> None:
    text = "The minister said the talks\nwere useful and would go on.\n\nNext."
    assert texts_of(text, paragraphs(text)) == [
        "The minister said the talks\nwere useful and would go on.",
        "Next.",
    ]


def test_paragraphs_capitalised_line_is_new_paragraph() -> None:
    text = "Kerry in Moscow\nThe secretary arrived on Tuesday."
    assert texts_of(text, paragraphs(text)) == ["Kerry in Moscow", "The secretary arrived on Tuesday."]


def test_paragraphs_empty() -> None:
    assert paragraphs("") == []
    assert paragraphs("\n\n  \n") == []


# ------------------------------------------------------------------------ tokens


def toks(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


def test_tokens_offsets() -> None:
    text = "“Kerry’s aides,” al-Assad said in the U.S. on Dec. 5, 2015."
    for t in tokens(text):
        assert text[t.start : t.end] == t.text


def test_tokens_words_and_punctuation() -> None:
    assert toks("“Kerry’s aides,” al-Assad said.") == [
        "“",
        "Kerry’s",
        "aides",
        ",",
        "”",
        "al-Assad",
        "said",
        ".",
    ]


def test_tokens_abbreviations_keep_dot() -> None:
    assert toks("Mr. Smith of the U.S. met Dr. Jones in Moscow.") == [
        "Mr.",
        "Smith",
        "of",
        "the",
        "U.S.",
        "met",
        "Dr.",
        "Jones",
        "in",
        "Moscow",
        ".",
    ]


def test_tokens_contractions_and_ampersand() -> None:
    assert toks("don't AT&T isn’t") == ["don't", "AT&T", "isn’t"]


def test_tokens_range() -> None:
    text = "One two. Three four."
    sub = tokens(text, 9, len(text))
    assert [t.text for t in sub] == ["Three", "four", "."]
    assert sub[0].start == 9


def test_token_properties() -> None:
    first, comma = tokens("Kerry,")
    assert first.is_word
    assert first.is_capitalised
    assert first.lower == "kerry"
    assert not comma.is_word


# ------------------------------------------------------------------ typewriter double marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("''We will win,'' he said.", ["We will win,"], id="two-apostrophes"),
        pytest.param("``Taxes go up in May,'' the mayor warned.", ["Taxes go up in May,"], id="backticks"),
        pytest.param(
            "The plan is ''taking a close look'' at loopholes, she said.",
            ["taking a close look"],
            id="mid-sentence",
        ),
        pytest.param("He wouldn''t go.", [], id="doubled-apostrophe-in-a-word"),
    ],
)
def test_typewriter_double_marks(text: str, expected: list[str]) -> None:
    assert top_texts(text) == expected


def test_typewriter_double_mark_is_one_mark_of_two_characters() -> None:
    text = "''No deal,'' said Ms. Park."
    (q,) = quotes_of(text)
    assert (q.family, q.open_mark, q.open_width, q.close_width) == ("double", 0, 2, 2)
    assert text[q.close_mark : q.close_mark + q.close_width] == "''"


# --- quoted titles of works are no one's words (work_titles.py) ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("“We will appeal,” Reed said on CBS’s “Harbour Talk Tonight.”", "Harbour Talk Tonight"),
        ("Reed, who hosted the reality show “The Big Harbour,” spoke on Monday.", "The Big Harbour"),
        ("The band sang “A Wall Is Gonna Rise” at the rally.", "A Wall Is Gonna Rise"),
        ("Okafor wrote a book titled “Make Your Town a Port,” which sold well.", "Make Your Town a Port"),
    ],
)
def test_a_quoted_title_of_a_work_is_not_a_claim(sentence: str, title: str) -> None:
    claims = extract_claims(Article(id="t", text="Harbour news\n\n" + sentence))
    assert title not in [c.text.rstrip(",.") for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reed called the plan “A Total Waste Of Money” on Monday.",  # a cue before it, not a work
        "Fans chanted “Lock Her Up!” during the rally.",  # a chant ends with !
        "“Make The Harbour Great,” Reed said on Monday.",  # nothing introduces it
    ],
)
def test_title_case_words_someone_said_stay_claims(sentence: str) -> None:
    claims = extract_claims(Article(id="t", text="Harbour news\n\n" + sentence))
    assert any(c.kind in {"fragment", "partial", "direct"} for c in claims)


def test_a_headline_in_title_case_is_never_read_as_a_work_title() -> None:
    claims = extract_claims(Article(id="t", text="Reed Rips Plan On “Total Waste Of Money”\n\nReed spoke."))
    assert [c.text for c in claims if c.kind != "indirect"] == ["Total Waste Of Money"]
