"""The verdict suite: pairs of short articles from two outlets reporting one statement, written
for this suite, each with the verdict a fact-checker needs. Half must conflict (a changed value,
place, month or year, a reversed direction, a negation anywhere, a denial) and half must not
(the same statement in another house style: separators, number words, percent signs, month
abbreviations, spelling, abbreviations, plurals, a cut marked by an ellipsis, a detail dropped).

Each pair runs through the whole of compare (extraction, grouping, status), as a user's two files
would. The table in docs/how-it-works.md lists the same rules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import claimcmp
from claimcmp.lexicon import antonym_pairs
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


# Written after the suite above held, on other topics, before the rules they exposed were
# written (antonyms beyond the lexicon's pairs, a value at the start of a claim, a scale word
# changed after an equal number, fractions, `isn't` / `is not`): the first batch found 12 of
# 48 wrong, the second, written after the first was fixed, 4 of 40 (two are still wrong:
# LEXICAL_GAPS).
MORE_CONFLICTS = [
    ("Unemployment fell to 4.1 percent in June", "Unemployment fell to 4.7 percent in June", "4.1/4.7"),
    (
        "Prices are higher than they were last year",
        "Prices are lower than they were last year",
        "higher/lower",
    ),
    (
        "The treaty was signed in Geneva by both sides",
        "The treaty was signed in Vienna by both sides",
        "geneva/vienna",
    ),
    ("We accept the offer from the union", "We reject the offer from the union", "accept/reject"),
    ("The mine will open again in May", "The mine will close again in May", "open/close"),
    ("The deal is dead and we will move on", "The deal is not dead and we will move on", "/not"),
    ("There is no evidence of fraud in the count", "There is evidence of fraud in the count", "no/"),
    (
        "We have always supported the dockers union",
        "We have never supported the dockers union",
        "always/never",
    ),
    (
        "Twelve people were injured in the collision",
        "Twenty people were injured in the collision",
        "twelve/twenty",
    ),
    (
        "The election will be held on 14 May this year",
        "The election will be held on 24 May this year",
        "14/24",
    ),
    (
        "Exports increased by a third over the decade",
        "Exports decreased by a third over the decade",
        "increased/decreased",
    ),
    ("The talks succeeded after a long night", "The talks failed after a long night", "succeeded/failed"),
    (
        "Inflation is above the target the bank set",
        "Inflation is below the target the bank set",
        "above/below",
    ),
    (
        "The school will admit more students next autumn",
        "The school will admit fewer students next autumn",
        "more/fewer",
    ),
    ("We can't afford the new stadium right now", "We can afford the new stadium right now", "can't/can"),
    ("Crime is up 12% since January in the city", "Crime is down 12% since January in the city", "up/down"),
    (
        "The company lost $3.2 billion in the last quarter",
        "The company lost $3.2 million in the last quarter",
        "billion/million",
    ),
    ("The bridge reopens at 6 a.m. on Monday", "The bridge reopens at 9 a.m. on Monday", "6/9"),
    ("The first phase will finish in 2027", "The second phase will finish in 2027", "first/second"),
    (
        "We are winning the fight against the flooding",
        "We are losing the fight against the flooding",
        "winning/losing",
    ),
    ("The ruling is true to the constitution", "The ruling is false to the constitution", "true/false"),
    ("Most residents support the ferry plan", "Few residents support the ferry plan", "most/few"),
    ("The strike will start before the holidays", "The strike will start after the holidays", "before/after"),
    (
        "We found the claims credible after the review",
        "We found the claims not credible after the review",
        "/not",
    ),
    ("The factory will hire 40 workers in April", "The factory will fire 40 workers in April", "hire/fire"),
    ("Turnout was the highest in two decades", "Turnout was the lowest in two decades", "highest/lowest"),
    ("The river level is rising again tonight", "The river level is falling again tonight", "rising/falling"),
    ("The strike is over for now", "The strike is not over for now", "/not"),
    ("Half of the money went to schools", "A quarter of the money went to schools", "half/a-quarter"),
    ("Nine of the ten ferries are safe", "Five of the ten ferries are safe", "nine/five"),
    (
        "The airport handled 2.5 million passengers last year",
        "The airport handled 5.2 million passengers last year",
        "2.5/5.2",
    ),
    ("The new law takes effect on 1 July", "The new law takes effect on 1 June", "july/june"),
    (
        "Seventy percent of voters backed the plan",
        "Seventeen percent of voters backed the plan",
        "seventy/seventeen",
    ),
    (
        "The minister arrived before the protest began",
        "The minister arrived after the protest began",
        "before/after",
    ),
    ("The deal was good for the harbour workers", "The deal was bad for the harbour workers", "good/bad"),
    (
        "We will buy the old ferry from the county",
        "We will sell the old ferry to the county",
        "buy/sell_from/to",
    ),
    ("The price of fuel went up last month", "The price of fuel went down last month", "up/down"),
    (
        "We can confirm the mayor was present at the meeting",
        "We cannot confirm the mayor was present at the meeting",
        "can/cannot",
    ),
    (
        "The inquiry found the police acted lawfully",
        "The inquiry found the police acted unlawfully",
        "lawfully/unlawfully",
    ),
    ("Everyone on board survived the crash", "No one on board survived the crash", "everyone/no-one"),
    ("The company will start production in Ohio", "The company will stop production in Ohio", "start/stop"),
    ("The team won three of its last four games", "The team lost three of its last four games", "won/lost"),
]

MORE_NOT_CONFLICTS = [
    ("Unemployment fell to 4.1 percent in June", "Unemployment fell to 4.1% in June", "4.1-percent/4.1%"),
    (
        "The company lost $3.2 billion in the last quarter",
        "The company lost $3.2bn in the last quarter",
        "$3.2-billion/$3.2bn",
    ),
    (
        "The treaty was signed on 14 May by both sides",
        "The treaty was signed on May 14 by both sides",
        "/may_may/",
    ),
    ("The second round of talks starts tomorrow", "The 2nd round of talks starts tomorrow", "second/2nd"),
    (
        "We're not going to back down on the budget",
        "We are not going to back down on the budget",
        "we're/we-are",
    ),
    ("It isn't over for the ferry plan yet", "It is not over for the ferry plan yet", "isn't/is-not"),
    (
        "The United Nations will send observers to the port",
        "The U.N. will send observers to the port",
        "united-nations/u.n.",
    ),
    (
        "One hundred families will be moved from the harbour",
        "100 families will be moved from the harbour",
        "one-hundred/100",
    ),
    (
        "Half a million people use the ferry each year",
        "500,000 people use the ferry each year",
        "half-a-million/500,000",
    ),
    ("We will fight on and we will win the vote", "We will fight on, and we will win the vote", "on/on,"),
    (
        "The colour of the ferries will change next year",
        "The color of the ferries will change next year",
        "colour/color",
    ),
    (
        "We will analyse the harbour data next month",
        "We will analyze the harbour data next month",
        "analyse/analyze",
    ),
    (
        "A twelve-year-old boy was hurt near the dock",
        "A 12-year-old boy was hurt near the dock",
        "twelve-year-old/12-year-old",
    ),
    ("The dock will cost $5m to repair", "The dock will cost $5 million to repair", "$5m/$5-million"),
    ("The ferry leaves at 3 p.m. every day", "The ferry leaves at 3pm every day", "3-p.m./3pm"),
    ("The vote is on Sept. 11 at city hall", "The vote is on September 11 at city hall", "sept./september"),
    ("We don’t want a fight with the union", "We don't want a fight with the union", "don’t/don't"),
    ("The first ferry arrives in spring", "The 1st ferry arrives in spring", "first/1st"),
    ("Mr Park will sign the contract tomorrow", "Mr. Park will sign the contract tomorrow", "mr/mr."),
    (
        "The terminal will open in the 2020s",
        "The terminal will open in the 2020s, we hope",
        "2020s/2020s,-we-hope",
    ),
    (
        "We will build the terminal on time and on budget",
        "We will build the terminal on time and on budget.",
        "same",
    ),
    ("The fees rose 10 percent last year", "The fees rose ten per cent last year", "10-percent/ten-per-cent"),
    ("The harbour authority will not raise fees", "The harbour authority won't raise fees", "will-not/won't"),
    (
        "Two-thirds of residents back the plan",
        "Two thirds of residents back the plan",
        "two-thirds/two-thirds",
    ),
    (
        "The airport handled 2.5 million passengers last year",
        "The airport handled 2,500,000 passengers last year",
        "2.5-million/2,500,000",
    ),
    ("Seventy percent of voters backed the plan", "70% of voters backed the plan", "seventy-percent/70%"),
    ("The new law takes effect on 1 July", "The new law takes effect on July 1", "/july_july/"),
    ("The strike isn't over for now", "The strike is not over for now", "isn't/is-not"),
    ("We can't confirm the mayor was present", "We cannot confirm the mayor was present", "can't/cannot"),
    (
        "The defence ministry will review the harbour plan",
        "The defense ministry will review the harbour plan",
        "defence/defense",
    ),
    ("The team won three of its last four games", "The team won 3 of its last 4 games", "three/3_four/4"),
    ("The price of fuel went up last month", "Fuel prices went up last month", "the-price-of/_/prices"),
    ("We will not close the school", "We won't close the school", "will-not/won't"),
    ("The E.U. will fund the bridge", "The EU will fund the bridge", "e.u./eu"),
    (
        "The harbour was built in the nineteenth century",
        "The harbour was built in the 19th century",
        "nineteenth/19th",
    ),
    ("We will travel to Paris on Thursday", "We will travel to Paris Thursday", "on/"),
    ("The plan will cost about £40m", "The plan will cost about £40 million", "£40m/£40-million"),
    ("Mrs Jones said nothing to the press", "Mrs. Jones said nothing to the press", "mrs/mrs."),
    ("The ferries are old but they are safe", "The ferries are old, but they are safe", "old/old,"),
    (
        "A quarter of the money went to schools",
        "25 percent of the money went to schools",
        "a-quarter/25-percent",
    ),
    ("We have never lost a ferry at sea", "We've never lost a ferry at sea", "we-have/we've"),
    ("The vote was 7 to 2 in favour", "The vote was 7-2 in favor", "7-to-2/7-2_favour/favor"),
    ("The labour union will meet on Monday", "The labor union will meet on Monday", "labour/labor"),
    (
        "The port is safe; the ferries will keep running",
        "The port is safe",
        "safe-the-ferries-will-keep-running/safe",
    ),
]

# A third batch, written after the second held (10 of 32 wrong before the rules it exposed:
# opposites WordNet does not pair directly, negating prefixes, `agreed to` / `refused`, decades).
THIRD_CONFLICTS = [
    ("The board voted in favour of the merger", "The board voted against the merger", "in-favour-of/against"),
    (
        "The school budget will grow by 4 percent next year",
        "The school budget will shrink by 4 percent next year",
        "grow/shrink",
    ),
    (
        "Nobody in the cabinet knew about the deal",
        "Everybody in the cabinet knew about the deal",
        "nobody/everybody",
    ),
    ("The bridge was closed for two weeks", "The bridge was closed for three weeks", "two/three"),
    ("We lost 200 jobs at the plant in March", "We lost 2,000 jobs at the plant in March", "200/2,000"),
    (
        "The airport opened in 1998 after years of delays",
        "The airport opened in 1989 after years of delays",
        "1998/1989",
    ),
    (
        "Police arrested the suspect on Tuesday night",
        "Police released the suspect on Tuesday night",
        "arrested/released",
    ),
    ("The tax cut will help the poorest families", "The tax cut will hurt the poorest families", "help/hurt"),
    ("The ferry company made a profit last year", "The ferry company made a loss last year", "profit/loss"),
    (
        "The mayor has agreed to the union's terms",
        "The mayor has refused the union's terms",
        "agreed-to/refused",
    ),
    ("The talks ended with an agreement", "The talks ended without an agreement", "with/without"),
    (
        "The vaccine is safe for children under five",
        "The vaccine is unsafe for children under five",
        "safe/unsafe",
    ),
    (
        "The minister confirmed the report on Monday",
        "The minister denied the report on Monday",
        "confirmed/denied",
    ),
    (
        "Unemployment in the region is at a record low",
        "Unemployment in the region is at a record high",
        "low/high",
    ),
    (
        "The river is expected to peak on Thursday morning",
        "The river is expected to peak on Saturday morning",
        "thursday/saturday",
    ),
]

THIRD_NOT_CONFLICTS = [
    ("The bridge was closed for two weeks", "The bridge was closed for 2 weeks", "two/2"),
    (
        "We lost 200 jobs at the plant in March",
        "We lost two hundred jobs at the plant in March",
        "200/two-hundred",
    ),
    ("The minister confirmed the report on Monday", "The minister confirmed the report Monday", "on/"),
    ("The board voted in favour of the merger", "The board voted in favor of the merger", "favour/favor"),
    (
        "The tax cut will help the poorest families",
        "The tax cut will help the poorest households",
        "families/households",
    ),
    (
        "The airport opened in 1998 after years of delays",
        "The airport opened in 1998 after many years of delays",
        "/many",
    ),
    ("Unemployment is at 5.0 percent", "Unemployment is at 5 percent", "5.0/5"),
    ("The fine is $1,000,000", "The fine is $1 million", "$1,000,000/$1-million"),
    ("The vote will take place on the 3rd of May", "The vote will take place on May 3", "the-3rd-of/_/3"),
    (
        "It's a disgrace and we won't stand for it",
        "It is a disgrace and we will not stand for it",
        "it's/it-is_won't/will-not",
    ),
    ("The U.K. government will not pay", "The UK government will not pay", "u.k./uk"),
    ("The programme will start in autumn", "The program will start in autumn", "programme/program"),
    (
        "The river is expected to peak on Thursday morning",
        "The river is expected to peak Thursday morning",
        "on/",
    ),
    (
        "We will keep the hospital open",
        "We will keep the hospital open, no matter what",
        "open/open,-no-matter-what",
    ),
    (
        "The 12-member jury found him guilty",
        "The twelve-member jury found him guilty",
        "12-member/twelve-member",
    ),
    ("The dock was built in the 1990s", "The dock was built in the '90s", "1990s/'90s"),
]

# Opposites neither WordNet nor the lexicon pairs, and opposites of a phrase: still variants.
LEXICAL_GAPS = [
    ("We will keep the hospital open", "We will close the hospital", "keep/close_open/"),
    (
        "Our party will enter the coalition this week",
        "Our party will leave the coalition this week",
        "enter/leave",
    ),
    (
        "The judge allowed the evidence at trial",
        "The judge excluded the evidence at trial",
        "allowed/excluded",
    ),
]


@pytest.mark.parametrize(
    ("a", "b"), [pytest.param(a, b, id=name) for a, b, name in MORE_CONFLICTS + THIRD_CONFLICTS]
)
def test_more_changed_values_and_opposites_are_conflicts(a: str, b: str) -> None:
    status, reasons = _verdict(a, b)
    assert status == "conflict", (status, reasons)


@pytest.mark.parametrize(
    ("a", "b"), [pytest.param(a, b, id=name) for a, b, name in MORE_NOT_CONFLICTS + THIRD_NOT_CONFLICTS]
)
def test_more_house_styles_are_no_conflict(a: str, b: str) -> None:
    status, reasons = _verdict(a, b)
    assert status in {"agree", "variant"}, (status, reasons)


@pytest.mark.xfail(strict=True, reason="opposites no word list pairs")
@pytest.mark.parametrize(("a", "b"), [pytest.param(a, b, id=name) for a, b, name in LEXICAL_GAPS])
def test_opposites_no_list_pairs_are_conflicts(a: str, b: str) -> None:
    assert _verdict(a, b)[0] == "conflict"


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            "The company lost $3.2 billion in the last quarter",
            "The company lost $3.2 million in the last quarter",
            "numbers or dates differ: “$3.2 billion” vs “$3.2 million”",
        ),
        (
            "Twelve people were injured in the collision",
            "Twenty people were injured in the collision",
            "numbers or dates differ: “Twelve” vs “Twenty”",
        ),
        (
            "We accept the offer from the union",
            "We reject the offer from the union",
            "opposite words: “accept” vs “reject”",
        ),
        (
            "Everyone on board survived the crash",
            "No one on board survived the crash",
            "opposite words: “Everyone” vs “No one”",
        ),
        (
            "Half of the money went to schools",
            "A quarter of the money went to schools",
            "numbers or dates differ: “Half” vs “A quarter”",
        ),
    ],
)
def test_a_conflict_reason_names_the_words_that_changed(a: str, b: str, reason: str) -> None:
    assert _verdict(a, b) == ("conflict", [reason])


def test_a_title_and_a_given_name_before_one_surname_are_one_person() -> None:
    assert (
        _verdict("President Trump will sign the harbour bill", "Donald Trump will sign the harbour bill")[0]
        == "variant"
    )
    status, reasons = _verdict(
        "Hillary Clinton will sign the harbour bill", "Bill Clinton will sign the harbour bill"
    )
    assert (status, reasons) == ("conflict", ["names differ: “Hillary” vs “Bill”"])


def test_a_rewritten_passage_is_not_a_changed_value() -> None:
    """Numbers in a long passage that one version replaced with another are not one value changed."""
    status, reasons = _verdict(
        "We met the unions today. On 18 December we will hold talks with them. The talks are open to all sides",
        "We met the unions today. Rebels control a quarter of its land and want peace. The talks are open to all sides",
    )
    assert not any(r.startswith("numbers") for r in reasons), (status, reasons)


def test_a_possessive_is_the_same_name() -> None:
    assert (
        _verdict("ISIS’s fighters left the harbour town", "ISIS fighters left the harbour town")[0]
        != "conflict"
    )


def test_a_negating_prefix_makes_an_opposite_only_of_a_word_it_negates() -> None:
    assert (
        _verdict(
            "The ferry fares are affordable for residents", "The ferry fares are unaffordable for residents"
        )[0]
        == "conflict"
    )
    assert _verdict("The harbour debt is sustainable", "The harbour debt is unsustainable")[0] == "conflict"
    assert _verdict("We will cover the dock costs", "We will discover the dock costs")[0] != "conflict"


def test_no_word_is_its_own_opposite() -> None:
    """A form on both sides of a pair would make a version conflict with itself."""
    pairs = antonym_pairs()
    assert len(pairs) > 1000
    assert all(not (side_a & side_b) for side_a, side_b in pairs)
    assert _verdict("We accept the offer from the union", "We accept the offer from the union")[0] == "agree"


@pytest.mark.skipif(
    not Path("/usr/share/wordnet/data.adj").exists(), reason="WordNet (wordnet-base) not installed"
)
def test_the_shipped_antonyms_are_what_the_miner_builds(tmp_path: Path) -> None:
    pytest.importorskip("lemminflect")
    out = tmp_path / "antonyms.json"
    script = Path(__file__).parent.parent / "training" / "mine_antonyms.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True, capture_output=True)
    shipped = Path(claimcmp.__file__).with_name("data") / "antonyms-en.json"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
