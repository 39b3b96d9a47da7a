"""The verdict suite: pairs of short articles from two outlets reporting one statement, written
for this suite, each with the verdict a fact-checker needs. Half must conflict (a changed value,
place, month or year, a reversed direction, a negation anywhere, a denial) and half must not
(the same statement in another house style: separators, number words, percent signs, month
abbreviations, spelling, abbreviations, plurals, a cut marked by an ellipsis, a detail dropped).

Each pair runs through the whole of compare (extraction, grouping, status), as a user's two files
would. The table in docs/how-it-works.md lists the same rules."""

from __future__ import annotations

import pytest

from claimcmp.models import Article
from claimcmp.pipeline import compare_articles

HEADLINE = "Council approves the harbour budget"


def _article(name: str, outlet: str, body: str) -> Article:
    text = (
        f"{HEADLINE}\n\nBy Staff, {outlet}\n\nThe city council met on Tuesday to vote on the harbour budget "
        f"and the new ferry terminal.\n\n{body}\n\n"
        "The meeting ran late into the evening as residents asked about the ferry terminal."
    )
    return Article(id=name, text=text, outlet=outlet)


def _groups(body_a: str, body_b: str) -> list[tuple[str, list[str], set[str]]]:
    """Status, reasons and articles of every group compare makes of the two outlets' articles."""
    result = compare_articles(
        [_article("a", "Daily Post", body_a), _article("b", "Evening Star", body_b)], one_event=True
    )
    claims = {c.id: c for c in result.claims}
    return [(g.status, g.reasons, {claims[c].article for c in g.claims}) for g in result.groups]


def _verdict(a: str, b: str) -> tuple[str, list[str]]:
    """The verdict on one statement the mayor makes in both outlets, in their words."""
    said = "“{},” Mayor Jo Park said after the vote."
    both = [(s, r) for s, r, arts in _groups(said.format(a), said.format(b)) if arts == {"a", "b"}]
    return both[0] if both else ("not grouped", [])


CONFLICTS = [
    ("The plan was approved in 2019 by the council", "The plan was approved in 2021 by the council", "year"),
    (
        "The terminal will be built in Norwalk next spring",
        "The terminal will be built in Norfolk next spring",
        "place",
    ),
    (
        "The budget will be signed by March at the latest",
        "The budget will be signed by May at the latest",
        "month",
    ),
    (
        "Harbour fees will increase for most families next year",
        "Harbour fees will decrease for most families next year",
        "direction",
    ),
    (
        "Ferry ridership will rise sharply after the terminal opens",
        "Ferry ridership will fall sharply after the terminal opens",
        "rise-fall",
    ),
    (
        "If they pass the budget we will build the terminal",
        "If they don't pass the budget we will build the terminal",
        "negated-condition",
    ),
    (
        "We will win the vote on the terminal next week",
        "We won't win the vote on the terminal next week",
        "wont",
    ),
    (
        "The council did approve the ferry contract this week",
        "The council did not approve the ferry contract this week",
        "did-not",
    ),
    (
        "We will hire 3,000 new harbour workers this year",
        "We will hire 3,500 new harbour workers this year",
        "thousands",
    ),
    (
        "The terminal will cost five million dollars to build",
        "The terminal will cost nine million dollars to build",
        "number-words",
    ),
    (
        "Fees will go up by 15 percent for ferry passengers",
        "Fees will go up by 25 percent for ferry passengers",
        "percent",
    ),
    (
        "The ferry will run every 20 minutes from the new terminal",
        "The ferry will run every 30 minutes from the new terminal",
        "minutes",
    ),
    (
        "The vote on the terminal is on Oct. 5 at city hall",
        "The vote on the terminal is on Oct. 9 at city hall",
        "day-of-month",
    ),
    (
        "The council will support the ferry contract next year",
        "The council will oppose the ferry contract next year",
        "support-oppose",
    ),
    (
        "We expect to gain seats in the harbour district",
        "We expect to lose seats in the harbour district",
        "gain-lose",
    ),
    ("We will win the harbour seat next year", "We will lose the harbour seat next year", "win-lose"),
    ("We will raise harbour fees this year", "We will lower harbour fees this year", "raise-lower"),
    (
        "Parking near the terminal will be legal for residents",
        "Parking near the terminal will be illegal for residents",
        "legal",
    ),
    (
        "The harbour has never flooded during my time as mayor",
        "The harbour has flooded during my time as mayor",
        "never",
    ),
    (
        "We will open the terminal on Friday with a ceremony",
        "We will open the terminal on Monday with a ceremony",
        "weekday",
    ),
    (
        "The budget sets aside $2 million for the ferry dock",
        "The budget sets aside $4 million for the ferry dock",
        "currency",
    ),
    (
        "The council approved the budget with a majority of votes",
        "The council approved the budget with a minority of votes",
        "majority",
    ),
    (
        "We will expand the harbour car park next summer",
        "We will reduce the harbour car park next summer",
        "expand-reduce",
    ),
    (
        "The new terminal will allow cars on the lower deck",
        "The new terminal will ban cars on the lower deck",
        "allow-ban",
    ),
]

NOT_CONFLICTS = [
    (
        "We will hire 3,000 new harbour workers this year",
        "We will hire 3000 new harbour workers this year",
        "separator",
    ),
    (
        "We will hire five new harbour pilots this year",
        "We will hire 5 new harbour pilots this year",
        "five-5",
    ),
    (
        "We will hire ten new harbour pilots this year",
        "We will hire 10 new harbour pilots this year",
        "ten-10",
    ),
    (
        "Fees will go up by 15 percent for ferry passengers",
        "Fees will go up by 15% for ferry passengers",
        "percent-sign",
    ),
    (
        "The vote on the terminal is on Oct. 5 at city hall",
        "The vote on the terminal is on October 5 at city hall",
        "month-abbreviation",
    ),
    (
        "The organisation will review the ferry contract",
        "The organization will review the ferry contract",
        "spelling-z",
    ),
    (
        "The harbour centre will open its doors in the spring",
        "The harbour center will open its doors in the spring",
        "spelling-re",
    ),
    (
        "The U.S. will fund part of the new ferry terminal",
        "The US will fund part of the new ferry terminal",
        "abbreviation-dots",
    ),
    (
        "The Democrat members backed the harbour budget",
        "The Democrats members backed the harbour budget",
        "plural",
    ),
    (
        "We want a terminal without delays and without new fees",
        "We want a terminal without delays",
        "without",
    ),
    (
        "We will build the terminal, and we will build it on time",
        "We will build the terminal … on time",
        "ellipsis-cut",
    ),
    (
        "The terminal will cost twenty-five million dollars",
        "The terminal will cost 25 million dollars",
        "hyphenated-number",
    ),
    (
        "The budget sets aside $2bn for the harbour over ten years",
        "The budget sets aside $2 billion for the harbour over 10 years",
        "scale-words",
    ),
    ("We will open the terminal next spring", "We will open the new terminal next spring", "detail-added"),
    ("The harbour is safe and the ferry will keep running", "The harbour is safe", "truncated"),
    (
        "We will not raise harbour fees this year",
        "We will not raise harbour fees this year",
        "identical-negation",
    ),
    (
        "Nobody expected the vote to pass so easily",
        "Nobody expected the vote to pass so easily tonight",
        "detail-with-negative-word",
    ),
    (
        "The ferry will carry 1,500,000 passengers a year",
        "The ferry will carry 1.5 million passengers a year",
        "million-digits",
    ),
    (
        "We will hire more harbour pilots this year",
        "We will hire more harbour pilots this year, more than ever",
        "repeated-more",
    ),
    ("THE TERMINAL WILL OPEN NEXT SPRING", "The terminal will open next spring", "case"),
    ("The terminal will open next spring", "The terminal — will open — next spring", "dashes"),
    ("The fees will rise by 2 percent", "The fees will rise by two per cent", "per-cent"),
]


@pytest.mark.parametrize(("a", "b"), [pytest.param(a, b, id=name) for a, b, name in CONFLICTS])
def test_a_changed_value_direction_or_negation_is_a_conflict(a: str, b: str) -> None:
    status, reasons = _verdict(a, b)
    assert status == "conflict", (status, reasons)
    assert reasons


@pytest.mark.parametrize(("a", "b"), [pytest.param(a, b, id=name) for a, b, name in NOT_CONFLICTS])
def test_the_same_statement_in_another_house_style_is_no_conflict(a: str, b: str) -> None:
    status, reasons = _verdict(a, b)
    assert status in {"agree", "variant"}, (status, reasons)


def test_a_conflict_reason_quotes_both_versions_as_printed() -> None:
    _, reasons = _verdict(
        "We will hire 3,000 new harbour workers this year", "We will hire 3,500 new harbour workers this year"
    )
    assert reasons == ["numbers or dates differ: “3,000” vs “3,500”"]


def test_house_style_alone_is_agreement() -> None:
    status, _ = _verdict(
        "We will hire 3,000 new harbour workers this year", "We will hire 3000 new harbour workers this year"
    )
    assert status == "agree"


def test_the_same_words_given_to_two_people_are_one_conflict() -> None:
    groups = _groups(
        "“We will build the new ferry terminal before the winter storms arrive,” Mayor Jo Park said after the vote.",
        "“We will build the new ferry terminal before the winter storms arrive,” Councillor Sam Lee said after the vote.",
    )
    assert [(s, r) for s, r, arts in groups if arts == {"a", "b"}] == [
        ("conflict", ["same words, different speakers: Jo Park vs Sam Lee"])
    ]


def test_a_denial_of_words_another_outlet_quotes_is_one_conflict() -> None:
    groups = _groups(
        "“We will build the new ferry terminal before the winter storms arrive,” Mayor Jo Park said after the vote.",
        "Mayor Jo Park denied that she had said the city would build the new ferry terminal before the winter storms arrive.",
    )
    assert [(s, r) for s, r, arts in groups if arts == {"a", "b"}] == [
        ("conflict", ["one version is a denial"])
    ]
