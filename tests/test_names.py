"""One person, one name across outlets (identities.py, speaker_fill.py, mentions.py).

Sentences written for these tests. The fixture set in tests/fixtures/names holds three
outlets' reports of one story with every class of name variant at once.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcmp import parallel
from claimcmp.cli import cli
from claimcmp.extract import extract_claims
from claimcmp.identities import SpeakerUse, given_names_match, name_parts, same_person, unify_speakers
from claimcmp.models import Article, Claim, CompareResult, Speaker
from claimcmp.pipeline import compare_articles
from claimcmp.speaker_fill import fill_speakers
from claimcmp.status import related_speakers

FIXTURES = Path(__file__).parent / "fixtures" / "names"


def _speaker(sentence: str) -> Speaker:
    claims = extract_claims(Article(id="t", text=f"Harbour news\n\n{sentence}"))
    assert claims, sentence
    speaker = claims[0].speaker
    assert speaker is not None, sentence
    return speaker


# --- words glued to a name go to the role ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role_word"),
    [
        ("Controversial Ohio Mayor Jane Doe said the levy was unfair.", "Jane Doe", "Mayor"),
        ("“We will appeal,” Acme Editor-in-Chief Sam Lee said.", "Sam Lee", "Editor-in-Chief"),
        ("“The bridge stays shut,” UN Secretary-General Ana Ruiz said.", "Ana Ruiz", "Secretary-General"),
        (
            "Senators Kay Brennan and Tom Hale met the workers. Brennan said the plant would stay open.",
            "Kay Brennan",
            None,
        ),
        ("78-year-old Okafor told reporters that the plant would close.", "Okafor", "78-year-old"),
    ],
)
def test_titles_ages_and_descriptors_are_not_part_of_the_name(
    sentence: str, name: str, role_word: str | None
) -> None:
    speaker = _speaker(sentence)
    assert speaker.name == name
    if role_word:
        assert role_word in (speaker.role or "")


def test_an_age_makes_a_bare_surname_a_person() -> None:
    assert _speaker("The 78-year-old Okafor said the plant would close.").kind == "person"


# --- first names: nicknames, transliterations, two different names ----------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("bill", "william"),
        ("tim", "timothy"),
        ("liz", "elizabeth"),
        ("bob", "robert"),
        ("mike", "michael"),
        ("tony", "anthony"),
        ("sergei", "sergey"),
        ("j.", "jane"),
        ("jane", "jane"),
    ],
)
def test_first_names_one_person_goes_by(a: str, b: str) -> None:
    assert given_names_match(a, b)
    assert given_names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"), [("jane", "janet"), ("mark", "mary"), ("bill", "hillary"), ("john", "joan")]
)
def test_two_known_first_names_are_two_people(a: str, b: str) -> None:
    assert not given_names_match(a, b)


def test_name_parts_skip_suffixes_and_titles() -> None:
    assert name_parts("Martin Luther King Jr.") == ("martin", "king")
    assert name_parts("Dr. Ana Ruiz") == ("ana", "ruiz")
    assert name_parts("Okafor") == ("", "okafor")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bill Clinton", "William Clinton", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Hillary Rodham Clinton", "Hillary Clinton", True),
        ("Martin Luther King Jr.", "Martin Luther King", True),
        ("Mark Okafor", "Mary Okafor", False),
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Boris Johnson", "Woody Johnson", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def _uses(*names: tuple[str, str]) -> Counter[SpeakerUse]:
    return Counter({SpeakerUse(article, name, "person", False): 1 for article, name in names})


def test_a_nickname_joins_the_full_name_across_articles() -> None:
    names = unify_speakers(_uses(("a", "Bill Kristol"), ("b", "William Kristol")), {"a": "e1", "b": "e1"})
    assert names["Bill Kristol"] == names["William Kristol"]


def test_a_short_form_never_joins_two_different_people() -> None:
    """ "Chris Lee" may be Christopher or Christina, never both: they stay two people."""
    uses = _uses(("a", "Christopher Lee"), ("b", "Christina Lee"), ("c", "Chris Lee"))
    names = unify_speakers(uses, dict.fromkeys("abc", "e1"))
    assert names["Christopher Lee"] != names["Christina Lee"]


def test_a_bare_surname_shared_by_namesakes_joins_neither() -> None:
    uses = _uses(("a", "Bill Clinton"), ("a", "Hillary Clinton"), ("b", "Clinton"))
    names = unify_speakers(uses, dict.fromkeys("ab", "e1"))
    assert names["Clinton"] == "Clinton"
    assert names["Bill Clinton"] != names["Hillary Clinton"]


def test_two_organisations_with_one_last_word_stay_apart() -> None:
    uses = Counter(
        {
            SpeakerUse("a", "Russian Foreign Ministry", "organization", False): 1,
            SpeakerUse("b", "Russian Finance Ministry", "organization", False): 1,
        }
    )
    names = unify_speakers(uses, dict.fromkeys("ab", "e1"))
    assert names["Russian Foreign Ministry"] != names["Russian Finance Ministry"]


def test_the_surname_alone_goes_to_the_namesake_spoken_of_last() -> None:
    text = (
        "Foundation row\n\nBill Clinton said the foundation had done nothing wrong. Hillary Clinton said "
        "she had not been told. “I was never briefed about it,” Clinton said."
    )
    claims = extract_claims(Article(id="t", text=text))
    last = claims[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Hillary Clinton"


def _speakers_of(text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in extract_claims(Article(id="t", text=text))]


@pytest.mark.parametrize(
    ("opening", "surname_sentence", "name"),
    [
        ("Laura King and Ed Ruiz run the show.", "Ms. King said the studio would move.", "Laura King"),
        ("Paul Bishop, Ann Cole and Sam Lee met.", "Mr. Bishop said the vote was close.", "Paul Bishop"),
        ("Rita Judge or Tom Hale will chair it.", "Dr. Judge said the board would meet.", "Rita Judge"),
    ],
)
def test_a_title_word_after_mr_or_ms_is_a_surname_and_a_coordination_no_role(
    opening: str, surname_sentence: str, name: str
) -> None:
    # "King", "Bishop", "Judge" are title words; after a courtesy title they are surnames, and
    # the first of two coordinated names is not the second one's role
    assert _speakers_of(f"Studio news\n\n{opening}\n\n{surname_sentence}") == [name]


def test_a_body_noun_never_resolves_to_the_person_whose_title_holds_it() -> None:
    text = (
        "Ruling on files\n\nCounty Court Judge Omar Vance rejected the request on Monday.\n\n"
        "The court said the files would stay sealed."
    )
    assert _speakers_of(text) == ["Omar Vance", "court"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Officials", "American officials", ["Officials", "American officials"]),
        ("American officials", "Officials", ["American officials", "American officials"]),
        ("The spokesman for the ferry line", "The spokesman", ["spokesman for the ferry line"] * 2),
    ],
)
def test_a_later_description_takes_an_earlier_one_only_when_it_says_no_more(
    first: str, second: str, expected: list[str]
) -> None:
    text = (
        f"Port reopens\n\n{first} said the port would reopen on Monday.\n\n"
        f"{second} said the port would stay shut until the storm passed."
    )
    assert _speakers_of(text) == expected


@pytest.mark.parametrize(
    ("judge", "noun", "pronoun"),
    [
        ("Marcus Pell", "His ex-wife", "she"),
        ("Mr. Pell", "Her mother", "she"),
        ("Ms. Pell", "Her husband", "he"),
    ],
)
def test_a_gendered_noun_is_what_a_later_pronoun_of_its_gender_means(
    judge: str, noun: str, pronoun: str
) -> None:
    text = (
        f"Divorce files\n\nJustice {judge} rejected the request. {noun} agreed with the ruling.\n\n"
        f"Later {pronoun} said the papers should stay private."
    )
    assert _speakers_of(text)[-1] == noun


# --- a description in one outlet, a name in another --------------------------------------------


def _claim(cid: str, text: str, speaker: Speaker) -> Claim:
    return Claim(
        id=cid,
        article=cid.split("#", maxsplit=1)[0],
        kind="direct",
        text=text,
        start=0,
        end=len(text),
        speaker=speaker,
    )


WORDS = "The department has no comment on an open harbour case"
DESCRIBED = Speaker(
    name="Justice Department spokesman",
    mention="a Justice Department spokesman",
    role="Justice Department spokesman",
    kind="person",
    anonymous=True,
)
NAMED = Speaker(
    name="Pat Ryan",
    mention="Justice Department spokesman Pat Ryan",
    role="Justice Department spokesman",
    kind="person",
)


def test_a_description_takes_the_name_another_outlet_prints() -> None:
    filled = fill_speakers([_claim("a#1", WORDS, DESCRIBED), _claim("b#1", WORDS, NAMED)])
    assert set(filled) == {"a#1"}
    assert filled["a#1"].name == "Pat Ryan"
    assert filled["a#1"].filled_from == "b#1"
    assert filled["a#1"].mention == "a Justice Department spokesman"  # as its own article writes it


def test_a_description_the_role_contradicts_is_not_filled() -> None:
    other = NAMED.model_copy(update={"role": "Labor Department spokesman"})
    assert fill_speakers([_claim("a#1", WORDS, DESCRIBED), _claim("b#1", WORDS, other)]) == {}


def test_other_words_are_never_filled() -> None:
    assert (
        fill_speakers([_claim("a#1", WORDS, DESCRIBED), _claim("b#1", "The harbour will reopen soon", NAMED)])
        == {}
    )


def test_two_candidate_names_fill_nothing() -> None:
    second = NAMED.model_copy(update={"name": "Lee Chan", "mention": "Justice Department spokesman Lee Chan"})
    claims = [_claim("a#1", WORDS, DESCRIBED), _claim("b#1", WORDS, NAMED), _claim("c#1", WORDS, second)]
    assert fill_speakers(claims) == {}


@pytest.mark.parametrize("head", ["senior official", "person familiar with the case", "White House aide"])
def test_anonymous_sources_are_never_named(head: str) -> None:
    hidden = Speaker(name=head, mention=f"a {head}", role=head, kind="person", anonymous=True)
    named = Speaker(name="Ray Costa", mention=f"{head} Ray Costa", role=head, kind="person")
    assert fill_speakers([_claim("a#1", WORDS, hidden), _claim("b#1", WORDS, named)]) == {}


def test_a_spokesperson_takes_the_name_of_the_body_speaking() -> None:
    spokesperson = Speaker(
        name="Number 10 spokesperson",
        mention="A Number 10 spokesperson",
        role="Number 10 spokesperson",
        kind="person",
        anonymous=True,
    )
    body = Speaker(name="Downing Street", mention="Downing Street", kind="organization")
    filled = fill_speakers([_claim("a#1", WORDS, spokesperson), _claim("b#1", WORDS, body)])
    assert filled["a#1"].name == "Downing Street"
    assert filled["a#1"].kind == "organization"


def test_a_body_and_its_spokesperson_are_related_not_different() -> None:
    body = _claim("a#1", WORDS, Speaker(name="White House", mention="the White House", kind="organization"))
    person = _claim(
        "b#1",
        WORDS,
        Speaker(
            name="Jo Park",
            mention="White House press secretary Jo Park",
            role="White House press secretary",
            kind="person",
        ),
    )
    note = related_speakers(body, person)
    assert note is not None
    assert "Jo Park" in note
    assert "White House" in note
    stranger = person.model_copy(
        update={"speaker": person.speaker.model_copy(update={"role": "Acme chairman"})}
    )  # type: ignore[union-attr]
    assert related_speakers(body, stranger) is None


# --- the fixture set: three outlets, every class at once ---------------------------------------


def _fixture_result() -> CompareResult:
    run = CliRunner().invoke(
        cli, ["compare", *map(str, sorted(FIXTURES.glob("*.txt"))), "--one-event", "--format", "json"]
    )
    assert run.exit_code == 0, run.output
    return CompareResult.model_validate_json(run.stdout)


def test_fixture_set_has_no_false_different_speakers() -> None:
    result = _fixture_result()
    claims = {c.id: c for c in result.claims}
    different = [g for g in result.groups if any("different speakers" in r for r in g.reasons)]
    # the one pair given to two people is Mark and Mary Okafor: namesakes, a real misattribution
    assert [sorted(claims[c].speaker.name for c in g.claims) for g in different] == [  # type: ignore[union-attr]
        ["Mark Okafor", "Mary Okafor"]
    ]


def test_fixture_set_merges_every_name_variant() -> None:
    result = _fixture_result()
    claims = {c.id: c for c in result.claims}
    for group in result.groups:
        if len({claims[c].article for c in group.claims}) < 2 or group.reasons:
            continue
        # an anonymous source stays anonymous: it is never merged with, or named after, anyone
        speakers = [claims[c].speaker for c in group.claims]
        names = {s.name for s in speakers if s is not None and not s.anonymous}
        related = any(n.startswith("related speakers") for n in group.notes)
        assert len(names) == (2 if related else 1), (group.id, names)


def test_fixture_set_fills_the_description_with_provenance() -> None:
    result = _fixture_result()
    filled = [c for c in result.claims if c.speaker and c.speaker.filled_from]
    assert {c.article for c in filled} == {"ledger", "gazette"}
    assert {c.speaker.name for c in filled} == {"Pat Ryan"}  # type: ignore[union-attr]
    donors = {c.id: c for c in result.claims}
    assert all(donors[c.speaker.filled_from].article == "courier" for c in filled)  # type: ignore[union-attr,index]
    official = [c for c in result.claims if c.speaker and c.speaker.mention == "a senior official"]
    assert official
    assert official[0].speaker.filled_from is None  # type: ignore[union-attr]


def test_fills_come_back_from_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table path compares events in worker processes: their filled speakers must reach the
    result, as the JSON path's do."""
    monkeypatch.setattr(parallel, "MIN_BATCH_FOR_PROCESSES", 2)
    articles = [
        Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))
    ]
    result = compare_articles(articles, one_event=True)
    assert {c.article for c in result.claims if c.speaker and c.speaker.filled_from} == {"ledger", "gazette"}


def test_csv_lists_where_a_name_was_filled_from() -> None:
    run = CliRunner().invoke(
        cli, ["compare", *map(str, sorted(FIXTURES.glob("*.txt"))), "--one-event", "--format", "csv"]
    )
    assert run.exit_code == 0
    header, *rows = run.stdout.splitlines()
    assert "speaker_filled_from" in header.split(",")
    assert "notes" in header.split(",")
    assert any("courier#" in row and "ledger" in row for row in rows)


def test_an_unowned_document_takes_the_name_of_who_issued_the_words() -> None:
    document = Speaker(name="statement", mention="The statement", role="statement", kind="document")
    body = Speaker(name="White House", mention="the White House", kind="organization")
    filled = fill_speakers([_claim("a#1", WORDS, document), _claim("b#1", WORDS, body)])
    assert filled["a#1"].name == "White House"
    owned = Speaker(
        name="Pentagon statement", mention="a Pentagon statement", role="Pentagon statement", kind="document"
    )
    assert fill_speakers([_claim("a#1", WORDS, owned), _claim("b#1", WORDS, body)]) == {}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Josh Earnest", "Josh Ernest"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Bill Kristol", "William Kristol"),
    ],
)
def test_surname_spellings_meet_in_a_block_and_join(a: str, b: str) -> None:
    names = unify_speakers(_uses(("x", a), ("y", b)), {"x": "e1", "y": "e1"})
    assert names[a] == names[b]


def test_a_chain_of_look_alike_first_names_stops_at_four() -> None:
    """Invented names one letter apart each look like a spelling of the next: no person goes
    by five first names, so the chain is cut."""
    spellings = [f"Zark{v} Veltin" for v in "aeiouy"]
    names = unify_speakers(
        _uses(*[(f"a{n}", s) for n, s in enumerate(spellings)]), {f"a{n}": "e1" for n in range(6)}
    )
    clusters = Counter(names[s] for s in spellings)
    assert max(clusters.values()) <= 4


@pytest.mark.parametrize(
    "opening",
    [
        "On September 27 the board published its report.",
        "The protesters waited outside the hall for hours.",
    ],
)
def test_a_date_or_a_crowd_is_never_who_he_means(opening: str) -> None:
    text = f"Harbour vote\n\nMayor Tom Reed spoke first. {opening}\n\n“We will build it,” he said."
    assert _speakers_of(text)[-1] == "Tom Reed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Whether Okafor said the wall would hold is unclear.",
        "Unlike Okafor, the board said the wall would hold.",
    ],
)
def test_a_capitalised_opener_is_neither_part_of_a_name_nor_a_role(sentence: str) -> None:
    for claim in extract_claims(Article(id="t", text=f"Harbour news\n\nGrace Okafor spoke. {sentence}")):
        assert claim.speaker is None or claim.speaker.name not in {"Whether Okafor", "Unlike Okafor"}
        assert claim.speaker is None or claim.speaker.role not in {"Whether", "Unlike"}
