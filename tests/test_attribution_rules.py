"""One test per attribution rule, each on sentences written for it (the rules in docs/how-it-works.md)."""

from __future__ import annotations

import pytest

from claimcmp.extract import extract_claims, extract_statements
from claimcmp.models import Article, Claim
from claimcmp.pipeline import compare_articles

HEAD = "Talks resume in Vienna\n\n"


def claims_of(text: str) -> list[Claim]:
    return extract_claims(Article(id="t", text=HEAD + text))


def said(text: str, kind: str) -> list[tuple[str | None, str]]:
    """Speaker name and words of each claim of this kind."""
    return [(c.speaker.name if c.speaker else None, c.text) for c in claims_of(text) if c.kind == kind]


def indirect(text: str) -> list[tuple[str | None, str]]:
    return said(text, "indirect")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "By extending an olive branch, American officials said, the North is putting pressure on Washington.",
            "American officials",
            "By extending an olive branch, American officials said, the North is putting pressure on Washington",
            id="mid-sentence-said",
        ),
        pytest.param(
            "While Kerry said there were still kinks to work out, the Kremlin rejected the results of the meeting.",
            "Kerry",
            "there were still kinks to work out",
            id="subordinate-clause-ends-at-main-clause",
        ),
        pytest.param(
            "The plan is dead, the minister said, adding that talks would go on.",
            "minister",
            "The plan is dead",
            id="tail-then-adding",
        ),
        pytest.param(
            "People familiar with the matter said the deal could be announced as early as Friday.",
            "People familiar with the matter",
            "the deal could be announced as early as Friday",
            id="qualified-description",
        ),
        pytest.param(
            "Officials in Israel said they would share the data with inspectors.",
            "Officials in Israel",
            "they would share the data with inspectors",
            id="officials-in-place",
        ),
        pytest.param(
            "Lukyanov went on to say that this issue dominates all discussions.",
            "Lukyanov",
            "this issue dominates all discussions",
            id="went-on-to-say-this",
        ),
        pytest.param(
            "Sen. John Cornyn, R-TX, who heads the committee, said Tuesday that it was a blockbuster.",
            "John Cornyn",
            "it was a blockbuster",
            id="stacked-appositives-party-tag",
        ),
        pytest.param(
            "Attorney General Richard Blumenthal of Connecticut said he had misspoken about his service.",
            "Richard Blumenthal",
            "he had misspoken about his service",
            id="person-of-place",
        ),
        pytest.param(
            "The mayor argued that “reckless” drivers had caused most of the crashes on the bridge.",
            "mayor",
            "“reckless” drivers had caused most of the crashes on the bridge",
            id="that-then-a-quote-opening-the-clause",
        ),
        pytest.param(
            "A woman waiting outside in the rain, Maria Lopez, said the line had not moved for an hour.",
            "Maria Lopez",
            "the line had not moved for an hour",
            id="full-name-after-a-description-no-reading-takes",
        ),
        pytest.param(
            "Even after the complaint was filed, the coach continued to say he had never seen the letter.",
            "coach",
            "he had never seen the letter",
            id="continued-to-say",
        ),
        pytest.param(
            "One in five said they would not vote at all in November.",
            "One in five",
            "they would not vote at all in November",
            id="poll-share",
        ),
        pytest.param(
            "Nearly 4 in 10 voters say the economy is their top issue this year.",
            "Nearly 4 in 10 voters",
            "the economy is their top issue this year",
            id="poll-share-with-noun",
        ),
        pytest.param(
            "By a wide margin, those surveyed say the city should build more bike lanes.",
            "those surveyed",
            "the city should build more bike lanes",
            id="those-surveyed",
        ),
        pytest.param(
            "According to early results of a survey taken by a university for two local papers, most residents "
            "want the ferry to run at night.",
            "early results of a survey taken by a university for two local papers",
            "most residents want the ferry to run at night",
            id="according-to-a-long-source",
        ),
        pytest.param(
            "It did not go unnoticed: According to recent polls, the mayor holds only a third of the vote.",
            "recent polls",
            "the mayor holds only a third of the vote",
            id="according-to-after-a-colon",
        ),
        pytest.param(
            "According to the report, which was released on Monday, the bridge is unsafe for lorries.",
            "report",
            "the bridge is unsafe for lorries",
            id="according-to-past-a-relative-clause",
        ),
        pytest.param(
            "In addition, according to the department, nearly nine thousand workers will get overtime pay.",
            "department",
            "nearly nine thousand workers will get overtime pay",
            id="according-to-aside-after-a-connective",
        ),
        pytest.param(
            "The hotel was sold for a song, according to a lawsuit filed in Leeds by Ann Hope, a former partner.",
            "Ann Hope",
            "The hotel was sold for a song",
            id="according-to-a-source-with-an-appositive",
        ),
        pytest.param(
            "Bernie Sanders’ campaign says it raised more than $21 million in January.",
            "Bernie Sanders’ campaign",
            "it raised more than $21 million in January",
            id="plural-possessive-apostrophe",
        ),
        pytest.param(
            "Sanders and his supporters argue that the delegates should back him.",
            "Sanders",
            "the delegates should back him",
            id="a-name-and-their-side",
        ),
        pytest.param(
            "The mayor and her aides said the budget was balanced.",
            "mayor",
            "the budget was balanced",
            id="a-definite-description-and-their-side",
        ),
        pytest.param(
            "Mayor Jo Park, after a long pause, told me she had never seen the harbour so empty.",
            "Jo Park",
            "she had never seen the harbour so empty",
            id="told-me",
        ),
        pytest.param(
            "While the unions have pushed for new talks, Cornyn told reporters this was the last chance for a deal.",
            "Cornyn",
            "this was the last chance for a deal",
            id="a-clause-after-told-is-no-tail",
        ),
        pytest.param(
            "The mayor said this was the best budget the city had passed in years.",
            "mayor",
            "this was the best budget the city had passed in years",
            id="this-opens-the-content",
        ),
        pytest.param(
            "Senator Ann Marsh, the former governor, told The Harbour Times last week she would vote against the plan.",
            "Ann Marsh",
            "she would vote against the plan",
            id="whoever-follows-told-heard-it",
        ),
        pytest.param(
            "The mayor leads by nine points, according to a poll released Monday by Harbour University.",
            "Harbour University",
            "The mayor leads by nine points",
            id="according-to-a-document-by-a-named-author",
        ),
        pytest.param(
            "The mayor leads by nine points, according to a survey of local voters.",
            "survey",
            "The mayor leads by nine points",
            id="according-to-a-document-with-no-named-author",
        ),
        pytest.param(
            "Colby said that was in part because the board did not want the names made public.",
            "Colby",
            "that was in part because the board did not want the names made public",
            id="that-as-the-content-subject",
        ),
        pytest.param(
            "While many owners have complained about the fees, many said on Monday that the ferry must keep running.",
            "many",
            "the ferry must keep running",
            id="many-as-a-subject",
        ),
        pytest.param(
            "Nearly nine out of 10 say they will keep using the ferry next year.",
            "Nearly nine out of 10",
            "they will keep using the ferry next year",
            id="poll-share-out-of",
        ),
        pytest.param(
            "Most riders like the ferry, and three-fourths say the fares should stay as they are.",
            "three-fourths",
            "the fares should stay as they are",
            id="poll-share-fraction",
        ),
        pytest.param(
            "The mayor said if the council agreed, the ferry would run all night.",
            "mayor",
            "if the council agreed, the ferry would run all night",
            id="a-condition-before-the-main-clause",
        ),
        pytest.param(
            "As first reported by The Harbour Times, the ferry will stop running in May.",
            "Harbour Times",
            "the ferry will stop running in May",
            id="as-reported-by",
        ),
        pytest.param(
            "Marsh, the only councillor to campaign in Leeds, told voters there that the ferry would stay.",
            "Marsh",
            "the ferry would stay",
            id="a-place-inside-a-description-aside-is-no-adverbial",
        ),
        pytest.param(
            "The plan is dead, the mayor said, but talks with the unions would go on next week.",
            "mayor",
            "The plan is dead, the mayor said, but talks with the unions would go on next week",
            id="mid-sentence-said-then-but",
        ),
        pytest.param(
            "One of the fishermen, Sam Holt, 70, had worked the harbour for years and said the ferry was too fast.",
            "Sam Holt",
            "the ferry was too fast",
            id="a-name-after-an-unread-opening-is-the-sentence-subject",
        ),
    ],
)
def test_reported_speech_rules(text: str, speaker: str, content: str) -> None:
    found = indirect(text)
    assert (speaker, content) in found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The White House did not assert that the files showed a violation.", id="negated-cue"),
        pytest.param("The magazine suggested how the debate was likely to play out.", id="indirect-question"),
        pytest.param("He announced his retirement in 2019 and moved to Spain.", id="noun-phrase-object"),
        pytest.param(
            "The president revealed new intelligence on Monday which showed little.", id="revealed-np"
        ),
        pytest.param("Sarah Sanders confirmed the visit to reporters at the White House.", id="confirmed-np"),
        pytest.param(
            "The mayor has broken many promises he made to the voters of the harbour.", id="plural-noun-cue"
        ),
    ],
)
def test_no_claim_where_nothing_is_reported(text: str) -> None:
    assert indirect(text) == []


def test_who_clause_is_not_skipped_as_an_adverbial() -> None:
    found = claims_of(
        "Kerry, who will meet Putin later on Tuesday, told Lavrov: “We have been able to work together.”"
    )
    quote = next(c for c in found if c.kind == "direct")
    assert quote.speaker is not None
    assert quote.speaker.name == "Kerry"


def test_it_can_be_a_country_named_as_subject() -> None:
    found = indirect(
        "Russia, one of Assad’s allies, has launched air strikes that it said targeted militants but which also supported Assad’s forces."
    )
    assert ("Russia", "targeted militants but which also supported Assad’s forces") in found


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    found = claims_of(
        "The White House said in a statement that the data was new. "
        "“Iran has a clandestine program,” the statement said."
    )
    quote = next(c for c in found if c.kind == "direct")
    assert quote.speaker is not None
    assert quote.speaker.name == "White House"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The ferry will never sail again!” Mayor Jo Park tweeted.", "Jo Park"),
        ("“Why would anyone vote for that?” Senator Ann Marsh asked on Friday.", "Ann Marsh"),
        ("“The ferry is safe.” Jo Park said.", "Jo Park"),
        ("“Did you know it was sinking?” Sam Lee asked the harbour master.", "Sam Lee"),
        (
            "“We won the vote,” said councillor Sam Lee during the meeting, suggesting that the fee would fall.",
            "Sam Lee",
        ),
    ],
)
def test_a_short_name_and_cue_after_a_quote_is_its_attribution(text: str, speaker: str) -> None:
    assert said(text, "direct") == [(speaker, text.split("”", 1)[0].lstrip("“"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We found no ties,” said the harbour board's director, James B. Colby.", "James B. Colby"),
        (
            "“The ferry is safe,” said former minister of transport Ann Marsh, who ran the port for years.",
            "Ann Marsh",
        ),
        ("“The ferry is safe,” said the board's director.", "board's director"),
        (
            "“Thanks for coming,” said master of ceremonies Asab Tabchi, an engineer from Leeds.",
            "Asab Tabchi",
        ),
        ("“It is no mistake,” said retired surgeon Ben Carver, asked about his claims.", "Ben Carver"),
    ],
)
def test_a_description_after_an_inverted_cue_gives_way_to_the_name_it_introduces(
    text: str, speaker: str
) -> None:
    assert [s for s, _ in said(text, "direct")] == [speaker]


def test_an_age_between_commas_is_not_the_speaker() -> None:
    found = indirect(
        "Marsh, 35, the daughter of a fisherman, said on Monday that the harbour must stay open."
    )
    assert found == [("Marsh", "the harbour must stay open")]


def test_a_sentence_after_a_quote_is_not_taken_for_its_attribution() -> None:
    found = claims_of("“We lost the vote tonight.” The mayor said nothing else about the vote.")
    assert [(c.kind, c.speaker) for c in found if c.text.startswith("We lost")] == [("direct", None)]


def test_a_participle_cue_after_a_tail_makes_its_own_claim() -> None:
    text = "The talks failed, Corker said in an interview Wednesday, pointing out that 98 senators voted against it."
    assert indirect(text) == [("Corker", "The talks failed"), ("Corker", "98 senators voted against it")]


def test_a_quote_opened_by_says_is_a_quote_not_a_claim() -> None:
    found = claims_of(
        "At that event, which can be found online, Blumenthal clearly says, “We have learned something.”"
    )
    assert [c.kind for c in found if c.kind != "fragment"] == ["direct"]


def test_a_shared_quoted_phrase_does_not_group_two_claims() -> None:
    a = Article(
        id="a",
        outlet="A",
        text=HEAD + "Netanyahu said his government had obtained “half a ton” of secret documents.",
    )
    b = Article(
        id="b",
        outlet="B",
        text=HEAD + "Netanyahu said the “half a ton” of files were moved to a secret site in 2017.",
    )
    result = compare_articles([a, b], one_event=True)
    by_id = {c.id: c for c in result.claims}
    for group in result.groups:
        kinds = {by_id[cid].kind for cid in group.claims}
        articles = {by_id[cid].article for cid in group.claims}
        if len(articles) > 1:
            assert kinds == {"fragment"} or "indirect" not in kinds


def test_an_inner_quote_takes_the_cue_inside_the_outer_quote() -> None:
    found = claims_of(
        "John Brand met the team. “He told me ‘we will win this,’ and I believed him,” Smith said."
    )
    inner = next(c for c in found if c.text.startswith("we will win"))
    assert inner.speaker is not None
    assert inner.speaker.name == "John Brand"


def test_an_inner_quote_after_i_is_the_outer_speaker() -> None:
    found = claims_of("“I told them ‘we are ready for anything,’” Ann Lee said.")
    inner = next(c for c in found if c.text.startswith("we are ready"))
    assert inner.speaker is not None
    assert inner.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Mayor Ana Ruiz says the plan works well for commuters.",
            "the plan works well for commuters",
            id="says-present",
        ),
        pytest.param(
            "Ruiz said that the city council plans to borrow more.",
            "the city council plans to borrow more",
            id="said-that-two-word-subject",
        ),
        pytest.param(
            "Treasurer Mia Lund said its budget grows every year.",
            "its budget grows every year",
            id="possessive-determiner",
        ),
    ],
)
def test_present_tense_verb_after_a_subject_makes_a_clause(text: str, content: str) -> None:
    """`the plan works …`: a determiner, a noun or two, then a lower-case -s verb."""
    assert [c for _, c in indirect(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He said a few words to reporters.", id="speech-object"),
        pytest.param("She said the victims' names aloud.", id="after-possessive"),
        pytest.param("He thanked the staff and said the union leaders.", id="plural-noun-last"),
        pytest.param(
            "Sanders confirmed the visit to reporters at the White House.", id="object-of-preposition"
        ),
        pytest.param("He said the words of the prayer slowly.", id="right-after-determiner"),
    ],
)
def test_plural_nouns_after_a_determiner_make_no_clause(text: str) -> None:
    assert indirect(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "In August, North Korea vowed that it would retaliate against the United States.",
            "North Korea",
            "organization",
        ),
        (
            "South Africa said it would send more troops to the border this winter.",
            "South Africa",
            "organization",
        ),
        (
            "East Timor said the election would go ahead as planned in the spring.",
            "East Timor",
            "organization",
        ),
        ("North Korean leader Kim Jong Un said the tests had served their purpose.", "Kim Jong Un", "person"),
        (
            "South African President Cyril Ramaphosa said the talks would resume next week.",
            "Cyril Ramaphosa",
            "person",
        ),
        ("Professor Cornel West said the debate would go on for years to come.", "Cornel West", "person"),
    ],
)
def test_a_compass_word_starts_a_place_name_unless_a_demonym_follows(
    text: str, speaker: str, kind: str
) -> None:
    [claim] = [c for c in claims_of(text) if c.kind == "indirect"]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, kind)


def _it_said(text: str) -> str | None:
    [claim] = [c for c in claims_of(text) if c.kind == "indirect" and c.speaker and c.speaker.mention == "it"]
    assert claim.speaker is not None
    return claim.speaker.name


def test_it_means_a_body_named_as_subject_before() -> None:
    assert (
        _it_said("Gazprom raised its prices on Monday, and it said demand had recovered across Europe.")
        == "Gazprom"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Tens of thousands of files were seized in the raid on Monday.",  # a quantity, not a name
        "Deal talks stalled on Monday after the last deal fell through.",  # `deal` is written lower case too
    ],
)
def test_it_never_means_a_common_word_that_opens_a_sentence(opening: str) -> None:
    text = opening + " Officials added that the files were genuine, and it said more would follow soon."
    assert _it_said(text) is None


def test_a_discourse_marker_is_not_a_speaker() -> None:
    text = (
        "He added, “Needless to say, the war was not ‘a war of choice.’ It was a necessity,” Kristol wrote."
    )
    assert {c.speaker.name for c in claims_of(text) if c.speaker} == {"Kristol"}


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "The company said it would cut 500 jobs, the union said on Monday.",
            ("union", "The company said it would cut 500 jobs"),
            ("company", "it would cut 500 jobs"),
        ),
        (
            "Iran lied when it said it never sought nuclear weapons, the minister added.",
            ("minister", "Iran lied when it said it never sought nuclear weapons"),
            ("Iran", "it never sought nuclear weapons"),
        ),
    ],
)
def test_nested_reported_speech_ends_where_its_container_ends(
    text: str, outer: tuple[str, str], inner: tuple[str, str]
) -> None:
    assert set(indirect(text)) == {outer, inner}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The senator sent a letter to donors saying she hoped the bill would pass by June.",
            "senator",
            "she hoped the bill would pass by June",
        ),
        (
            "Officials told reporters they expected the talks to resume next week in Geneva.",
            "Officials",
            "they expected the talks to resume next week in Geneva",
        ),
        (
            "The coach said he feared the injury would keep the striker out for a month.",
            "coach",
            "he feared the injury would keep the striker out for a month",
        ),
    ],
)
def test_a_state_of_mind_inside_what_was_said_is_one_claim(text: str, speaker: str, content: str) -> None:
    assert indirect(text) == [(speaker, content)]


def test_many_nested_cues_in_one_sentence_stay_inside_each_other() -> None:
    text = " ".join(f"Source {n} said" for n in range(300)) + " the plan had failed, the minister said."
    found = [c for c in claims_of(text) if c.kind == "indirect"]
    article = HEAD + text
    assert found
    for c in found:
        assert article[c.start : c.end] == c.text
        assert not c.text.endswith("the minister")


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Officials said the plant would close by March, according to Reuters.", ["Reuters"]),
        ("Officials said the plant would close by March, according to people familiar with it.", []),
    ],
)
def test_a_trailing_according_to_is_the_source_chain_not_the_content(text: str, via: list[str]) -> None:
    [claim] = [c for c in claims_of(text) if c.kind == "indirect"]
    assert claim.speaker is not None
    assert claim.speaker.name == "Officials"
    assert claim.text == "the plant would close by March"
    assert claim.via == via


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "“The deal was made on a false pretense,” the White House press secretary, Sarah Sanders, said.",
            "Sarah Sanders",
            "White House press secretary",
        ),
        (
            "A spokesman for the Democratic National Committee, Brad Woodhouse, said the chairman was wrong.",
            "Brad Woodhouse",
            "Democratic National Committee",
        ),
        (
            "“We will win,” Kate Allen, director of Amnesty International UK, said.",
            "Kate Allen",
            "director of Amnesty International UK",
        ),
    ],
)
def test_a_name_between_commas_after_a_description_or_body_is_the_speaker(
    text: str, speaker: str, role: str
) -> None:
    names = {(c.speaker.name, c.speaker.role) for c in claims_of(text) if c.speaker}
    assert names == {(speaker, role)}


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "The plant will close by March, Reuters reported, citing two people familiar with it.",
            "two people",
            ["Reuters"],
        ),
        (
            "The plant will close by March, Reuters reported on Monday, citing officials.",
            "officials",
            ["Reuters"],
        ),
        ("The plant will close by March, Reuters said, citing a company statement.", "Reuters", []),
    ],
)
def test_a_medium_citing_people_relays_them(text: str, speaker: str, via: list[str]) -> None:
    [claim] = [c for c in claims_of(text) if c.kind == "indirect"]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.via) == (speaker, via)


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        ("“Call me directly,” Mr. Kim was quoted as telling the visiting envoy.", "direct", "Kim"),
        ("Putin was quoted as saying, “We will win.”", "direct", "Putin"),
        ("Putin was quoted as saying that the talks had failed completely.", "indirect", "Putin"),
        ("Interfax quoted Putin as saying the talks had failed completely.", "indirect", "Putin"),
    ],
)
def test_someone_quoted_as_saying_speaks(text: str, kind: str, speaker: str) -> None:
    found = [c for c in claims_of(text) if c.kind == kind]
    assert [c.speaker.name if c.speaker else None for c in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Steele issued a statement on Friday afternoon, saying, “There is no question that we must win.”",
        "Mr. Steele, seeking to clarify his remarks, issued a statement on Friday, saying, “We must win.”",
    ],
)
def test_a_participle_before_a_quote_speaks_for_the_main_clause_subject(text: str) -> None:
    quotes = [c for c in claims_of(text) if c.kind in {"direct", "partial"}]
    assert [c.speaker.name if c.speaker else None for c in quotes] == ["Steele"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The senator spoke on Monday. ''We will win this fight,'' Mr. Smith said.", "Smith", id="after"
        ),
        pytest.param("''It is a bad bill,'' said Jane Doe, a lawyer in Ohio.", "Jane Doe", id="inverted"),
        pytest.param("Maria Lopez told reporters: ''The vote is on Friday.''", "Maria Lopez", id="before"),
    ],
)
def test_a_typewriter_double_mark_quote_keeps_its_speaker(text: str, speaker: str) -> None:
    quotes = [c for c in claims_of(text) if c.kind == "direct"]
    assert [c.speaker.name if c.speaker else None for c in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "“The vote was rigged,” said Rep. Ann Cole (D-N.C.), who chairs the panel.",
            "Ann Cole",
            id="after-quote-inverted",
        ),
        pytest.param(
            "“We will hold hearings,” Sen. Mark Ruiz (R-Texas) said on Monday.", "Mark Ruiz", id="after-quote"
        ),
        pytest.param("“No deal yet,” said Sen. Paul Hart (Vt.).", "Paul Hart", id="state-only"),
    ],
)
def test_a_party_and_state_bracket_after_a_name_does_not_hide_the_speaker(text: str, speaker: str) -> None:
    quotes = [c for c in claims_of(text) if c.kind == "direct"]
    assert [c.speaker.name if c.speaker else None for c in quotes] == [speaker]


def test_an_ordinary_bracket_stays_in_the_content() -> None:
    (claim,) = [
        c for c in claims_of("The plan (the second one) was dropped, Smith said.") if c.kind == "indirect"
    ]
    assert claim.text == "The plan (the second one) was dropped"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Climate change, the senator often says, is the gravest threat to the coast.",
            "Climate change, the senator often says, is the gravest threat to the coast",
            id="subject-before-the-cue",
        ),
        pytest.param(
            "But to prevent floods, he said, the city should dredge the harbour.",
            "to prevent floods, he said, the city should dredge the harbour",
            id="leading-conjunction-left-out",
        ),
    ],
)
def test_a_mid_sentence_cue_leaves_what_was_said_on_both_sides(text: str, content: str) -> None:
    assert [c for _, c in indirect("Mayor Ann Lee spoke. " + text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Mayor Jane Holt spoke first. “We are ready,” she said. The coach sat in the stands. “We lost the game,” he said.",
            "coach",
            id="described-subject",
        ),
        pytest.param(
            "Tom Reed spoke first. “I am running,” he said. The police chief, Dan Ortiz, sat down. “Crime is down,” he said.",
            "Dan Ortiz",
            id="name-between-commas-after-a-description",
        ),
    ],
)
def test_he_means_the_person_the_previous_sentence_is_about(text: str, speaker: str) -> None:
    last = [c for c in claims_of(text) if c.kind == "direct"][-1]
    assert last.speaker is not None
    assert last.speaker.name == speaker


def test_a_name_after_a_quotation_dash_signs_the_quote() -> None:
    text = "Readers replied.\n\n“He is unfit to lead.” ― Stephanie Egan “We need a new plan.” ― Jorge Falcon"
    quotes = [
        (c.text, c.speaker.name if c.speaker else None, c.rule) for c in claims_of(text) if c.kind == "direct"
    ]
    assert quotes == [
        ("He is unfit to lead.", "Stephanie Egan", "after-sign-off"),
        ("We need a new plan.", "Jorge Falcon", "after-sign-off"),
    ]


def test_a_dash_before_words_that_are_not_a_bare_name_signs_nothing() -> None:
    quotes = [c for c in claims_of("“We will win.” — a line the crowd knew by heart.") if c.kind == "direct"]
    assert [c.speaker for c in quotes] == [None]


def test_a_cue_between_dashes_leaves_what_was_said_on_both_sides() -> None:
    assert indirect("The vote — Smith said — was close to a tie in the end.") == [
        ("Smith", "The vote — Smith said — was close to a tie in the end")
    ]


def test_the_party_nominee_is_the_person_who_holds_that_title() -> None:
    text = (
        "Republican presidential nominee Ann Dale spoke in Ohio. The Republican presidential nominee said "
        "the plant would stay open. Democratic nominee Joe Park disagreed. The Democratic nominee says the plant will close."
    )
    assert [(c.speaker.name if c.speaker else None) for c in claims_of(text) if c.kind == "indirect"] == [
        "Ann Dale",
        "Joe Park",
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "The vote was rigged, top black lawmakers said on Friday.", "top black lawmakers", id="tail"
        ),
        pytest.param(
            "Foreign policy analysts said the sanctions had worked.", "Foreign policy analysts", id="forward"
        ),
        pytest.param(
            "Many conservative activists argued the deal was bad for workers.",
            "Many conservative activists",
            id="quantifier",
        ),
    ],
)
def test_words_no_list_knows_may_stand_before_a_speaker_noun(text: str, mention: str) -> None:
    found = [c.speaker.mention for c in claims_of(text) if c.kind == "indirect" and c.speaker]
    assert found == [mention]


def test_whoever_who_follows_is_a_person_who_can_speak() -> None:
    found = [
        (c.speaker.mention, c.speaker.anonymous, c.text)
        for c in claims_of("The firm never paid an architect who said he was owed money for the work.")
        if c.kind == "indirect" and c.speaker
    ]
    assert found == [("an architect", True, "he was owed money for the work")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "Ms. Lane joked that, among her neighbours, the mayor ranks fourth in a two-way race.",
            "Lane",
            "the mayor ranks fourth in a two-way race",
            id="aside-after-that",
        ),
        pytest.param(
            "The candidate attacked the press on Monday, even suggesting the polls had been rigged.",
            "candidate",
            "the polls had been rigged",
            id="adverb-between-comma-and-participle",
        ),
        pytest.param(
            "Mr. Okafor said that, if elected, he’d cut the fees for every renter.",
            "Okafor",
            "he’d cut the fees for every renter",
            id="contraction-opens-a-clause",
        ),
        pytest.param(
            "Still, the fund warned that the exit would raise many questions in the coming years.",
            "fund",
            "the exit would raise many questions in the coming years",
            id="determined-subject-no-list-knows",
        ),
    ],
)
def test_content_after_asides_and_subjects_no_list_knows(text: str, speaker: str, content: str) -> None:
    assert indirect(text) == [(speaker, content)]


def test_a_papers_name_in_a_byline_is_no_cue() -> None:
    article = Article(
        id="t",
        text="Council approves the harbour budget\n\nBy Staff, Daily Post\n\nThe council met on Tuesday.",
    )
    assert extract_claims(article) == []


def test_a_title_case_headline_cue_still_speaks() -> None:
    article = Article(id="t", text="Mayor Says Harbour Plan Will Pass\n\nThe council met on Tuesday.")
    assert [(c.speaker.name if c.speaker else None, c.text) for c in extract_claims(article)] == [
        ("Mayor", "Harbour Plan Will Pass")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The mayor said the budget was balanced and that the harbour would reopen in May.",
            "the budget was balanced and that the harbour would reopen in May",
            id="said-a-and-that-b",
        ),
        pytest.param(
            "The mayor said the budget was balanced, and that the harbour would reopen in May.",
            "the budget was balanced, and that the harbour would reopen in May",
            id="said-a-comma-and-that-b",
        ),
        pytest.param(
            "The chief said officers are in possession of video that shows the fire.",
            "officers are in possession of video that shows the fire",
            id="relative-that-inside-the-content",
        ),
        pytest.param(
            "The harbour, the mayor said, needed a new wall before the storms.",
            "The harbour, the mayor said, needed a new wall before the storms",
            id="predicate-after-a-mid-sentence-cue",
        ),
        pytest.param(
            "Fees rose by 9 percent, the agency said in a June report, and rents rose by 4 percent.",
            "Fees rose by 9 percent, the agency said in a June report, and rents rose by 4 percent",
            id="and-after-a-cue-with-an-adverbial",
        ),
    ],
)
def test_the_whole_of_what_was_said_is_the_content(text: str, content: str) -> None:
    assert [c for _, c in indirect(text)] == [content]


def test_a_transcript_label_names_who_speaks() -> None:
    text = 'A partial transcript follows: "HOST: Let us start with the harbour vote."\n\n"MAYOR PARK: The wall will be built."'
    quotes = [(c.speaker.name if c.speaker else None, c.rule) for c in claims_of(text) if c.kind == "direct"]
    assert quotes == [("Host", "transcript-label"), ("Mayor Park", "transcript-label")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Both Mr. Hale and Mr. Ortiz say the board never told them what to say. “I was never edited,” Mr. Hale said.",
            "Hale",
            id="honorific-opens-the-second",
        ),
        pytest.param(
            "Ann Hale and Luis Ortiz run the station. “They pay us well,” Ortiz said.",
            "Luis Ortiz",
            id="two-full-names",
        ),
    ],
)
def test_two_people_joined_by_and_stay_two(text: str, speaker: str) -> None:
    last = [c for c in claims_of(text) if c.kind == "direct"][-1]
    assert last.speaker is not None
    assert last.speaker.name == speaker


def test_the_presidential_nominee_is_not_the_vice_presidential_one() -> None:
    text = (
        "Democratic vice presidential nominee Tim Hart spoke first. Democratic presidential nominee Ann Lowe "
        "spoke next. The Democratic presidential nominee says the plan will work."
    )
    assert [(c.speaker.name if c.speaker else None) for c in claims_of(text) if c.kind == "indirect"] == [
        "Ann Lowe"
    ]


def test_a_participial_aside_does_not_hide_the_speaker() -> None:
    text = "The mayor, speaking to a veterans group in Toledo, said the harbour wall would be rebuilt."
    assert [(c.speaker.mention if c.speaker else None) for c in claims_of(text) if c.kind == "indirect"] == [
        "The mayor"
    ]


def test_a_mined_nouns_form_after_a_full_name_is_its_verb() -> None:
    text = "John Ortiz hosts a show on the station. “They pay us well,” Ortiz said."
    (quote,) = [c for c in claims_of(text) if c.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.name == "John Ortiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The ad shows footage of Ann Lowe asking, “Why are we not ahead by fifty points?”",
            "Ann Lowe",
            id="name-then-participle",
        ),
        pytest.param(
            "Said Ellis: “I do not think she cares about the harbour at all.”",
            "Ellis",
            id="inverted-opening-cue",
        ),
        pytest.param(
            "“The wall will fail,” Ann Lowe, the city engineer, one of the plan's critics, said in a statement.",
            "Ann Lowe",
            id="two-appositives",
        ),
    ],
)
def test_speakers_of_quotes_in_less_common_frames(text: str, speaker: str) -> None:
    (quote,) = [c for c in claims_of(text) if c.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_a_quantifier_opens_the_speaker_phrase_not_the_word_before_it() -> None:
    text = "Peace is the goal, a goal that many analysts believe will be hard to reach."
    assert [(c.speaker.mention if c.speaker else None) for c in claims_of(text) if c.kind == "indirect"] == [
        "many analysts"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The two candidates are tied before the debate, according to a new Daily Post-Channel 4 national poll.",
            "new Daily Post-Channel 4 national poll",
            id="according-to-a-source-no-reading-takes",
        ),
        pytest.param(
            "In Honolulu, the mayor told a meeting of island leaders that few people understood the stakes.",
            "mayor",
            id="told-an-audience-no-reading-takes-that",
        ),
    ],
)
def test_sources_and_audiences_no_mention_reading_takes(text: str, speaker: str) -> None:
    assert [s for s, _ in indirect(text)] == [speaker]


def test_a_trailing_according_to_with_more_sentence_after_it_is_no_tail() -> None:
    found = indirect("The mayor, according to a new Daily Post poll, said the wall would hold.")
    assert ("mayor", "the wall would hold") in found
    assert all(speaker != "new Daily Post poll" for speaker, _ in found)


@pytest.mark.parametrize(
    "dateline",
    ["PORTLAND —", "NEW YORK, Sept. 28 (AP) —", "LONDON -"],
)
def test_a_dateline_is_not_the_subject_a_later_he_means(dateline: str) -> None:
    text = (
        f"{dateline} Mayor Tom Reed, who leads the harbour board, drew criticism on Friday after "
        "a vote on the new wall, a project he called “a waste of money.”"
    )
    (quote,) = [c for c in claims_of(text) if c.kind in {"partial", "direct"}]
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Reed"


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Ms. Okafor continued:", "Okafor"),
        ("The Harbour Gazette reports:", "Harbour Gazette"),
        ("Later that day the mayor said:", "mayor"),
        ("Reed made the following comment:", "Reed"),
    ],
)
def test_a_paragraph_ending_in_a_cue_and_colon_gives_its_speaker_to_the_quotes_below(
    intro: str, speaker: str
) -> None:
    text = f"The council met on Monday.\n\n{intro}\n\n“The wall will hold.”\n\n“We have the money.”"
    quotes = [c for c in claims_of(text) if c.kind == "direct"]
    assert [q.text for q in quotes] == ["The wall will hold.", "We have the money."]
    assert all(q.speaker is not None and q.speaker.name == speaker for q in quotes)


def test_a_colon_intro_gives_nothing_to_a_paragraph_that_is_not_a_quote() -> None:
    text = "The council met.\n\nThe mayor said:\n\nThe wall is fine.\n\n“Nobody asked me,” Reed said."
    quotes = [c for c in claims_of(text) if c.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Reed"]


@pytest.mark.parametrize(
    "line", ["She continued, “We have the money.”", "She continued: “We have the money.”"]
)
def test_continued_before_a_quote_is_a_cue(line: str) -> None:
    text = f"Mayor Ann Reed spoke on Monday. {line}"
    (quote,) = [c for c in claims_of(text) if c.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Reed"


def test_continued_with_an_object_is_no_cue() -> None:
    text = "Mayor Ann Reed continued the talks on Monday, and the council said the wall would hold."
    assert ("Ann Reed", "the talks on Monday") not in indirect(text)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The wall will hold,” Mr. Okafor of the Harbour Trust said.", "Okafor"),
        ("“The wall will hold,” said 9/11 widow Rosa Lindqvist.", "Rosa Lindqvist"),
        ("The plan “is the only one with money,” retired Navy captain Ian Marsh said.", "Ian Marsh"),
        ("“The wall will hold,” the head of the Harbour Trust said.", "Harbour Trust"),
    ],
)
def test_a_speaker_after_the_quote_that_no_forward_reading_parses(sentence: str, speaker: str) -> None:
    (quote,) = [c for c in claims_of(sentence) if c.kind in {"direct", "partial"}]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Reed called the mayor “a clown,” while the mayor described Reed as a bully.",
        "Reed called the mayor “a clown,” and the mayor said nothing.",
    ],
)
def test_a_new_clause_after_a_quote_does_not_attribute_it(sentence: str) -> None:
    (quote,) = [c for c in claims_of(sentence) if c.kind in {"fragment", "partial"}]
    assert quote.speaker is None or quote.speaker.name == "Reed"


@pytest.mark.parametrize(
    ("headline", "body", "speaker"),
    [
        ("Okafor Sees ‘Personal Insult’ in Vote", "Mayor Grace Okafor spoke on Monday.", "Grace Okafor"),
        ("Grace Okafor Calls Plan ‘A Waste’", "Mayor Grace Okafor spoke on Monday.", "Grace Okafor"),
    ],
)
def test_a_headline_quote_with_no_cue_is_the_person_it_opens_with(
    headline: str, body: str, speaker: str
) -> None:
    claims = extract_claims(Article(id="t", text=f"{headline}\n\n{body}"))
    (quote,) = [c for c in claims if c.kind in {"fragment", "partial", "direct"}]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_a_headline_opening_with_nobody_the_article_names_gives_no_speaker() -> None:
    text = "Harbour Board Rips Plan As A ‘Waste’\n\nMayor Grace Okafor spoke on Monday."
    (quote,) = [c for c in extract_claims(Article(id="t", text=text)) if c.kind != "indirect"]
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Reed leads by four points, according to exit polls reported by two networks.", "exit polls"),
        ("The levy is unpopular, according to a Harbour Poll taken last week.", "Harbour Poll"),
    ],
)
def test_according_to_a_source_with_a_modifier_to_the_sentence_end_is_a_tail(
    sentence: str, source: str
) -> None:
    found = indirect(sentence)
    assert len(found) == 1
    assert source in (found[0][0] or "")
    assert found[0][1] == sentence.split(", according", maxsplit=1)[0]


def test_according_to_between_commas_before_the_verb_is_no_tail() -> None:
    found = indirect("The mayor, according to the Gazette, said she had misspoken at the meeting.")
    assert all(not text.startswith("The mayor") for _, text in found)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "1,200 dockworkers said they wanted a new contract.",
            "dockworkers",
            "they wanted a new contract",
            id="number-and-plural-noun",
        ),
        pytest.param(
            "Harbour residents opposing the levy have said they will go to court.",
            "Harbour residents opposing the levy",
            "they will go to court",
            id="subject-with-participle",
        ),
        pytest.param(
            "Tomas Lindqvist, 63, a retired pilot raised in Malmo, said the runway was too short.",
            "Tomas Lindqvist",
            "the runway was too short",
            id="name-age-appositive",
        ),
        pytest.param(
            "Ana Ruiz, who lost her home in the flood of 2019 and has lived in a tent since, said the wall was too late.",
            "Ana Ruiz",
            "the wall was too late",
            id="name-long-relative-clause",
        ),
    ],
)
def test_a_subject_no_mention_reading_takes_still_speaks(text: str, speaker: str, content: str) -> None:
    found = indirect(text)
    assert len(found) == 1
    assert speaker in (found[0][0] or "")
    assert found[0][1] == content


@pytest.mark.parametrize(
    "text",
    [
        "After the visit was confirmed on Thursday, the mayor left.",  # a passive names no one
        "The mayor had been warned by the council that the wall would fail.",
        "I very much hope the wall will hold.",  # first person
        "Reed went on to say nothing of the wall.",
    ],
)
def test_no_subject_is_made_up_for_a_passive_or_a_pronoun(text: str) -> None:
    assert all("mayor" not in (s or "") or "warned" in text for s, _ in indirect(text))
    assert not any(s in {"visit", "the visit", "I very much", "Reed went on"} for s, _ in indirect(text))


def test_an_infinitive_after_the_noun_makes_no_inverted_tail() -> None:
    text = "Ana Ruiz, a spokeswoman for the trust, said the decision to close the pier had nothing to do with money."
    found = indirect(text)
    assert found == [("Ana Ruiz", "the decision to close the pier had nothing to do with money")]


def test_said_that_then_a_prepositional_phrase_is_still_a_claim() -> None:
    found = indirect("The harbour board says that in 2019 it paid $3 million in repairs.")
    assert found == [("harbour board", "in 2019 it paid $3 million in repairs")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The levy is unpopular, but harbour economists say it will pay for the wall.",
            "harbour economists",
            "it will pay for the wall",
        ),
        ("If the rain goes on, forecasters say the river will flood.", "forecasters", "the river will flood"),
    ],
)
def test_a_lower_case_subject_that_names_people_speaks(text: str, speaker: str, content: str) -> None:
    assert indirect(text) == [(speaker, content)]


def test_a_lower_case_subject_that_names_no_people_does_not() -> None:
    assert indirect("The levy failed, but harbour paperwork says it was never paid.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Mayor Ann Reed attacked the council for its handling of the flood.", "Ann Reed", "the council"),
        (
            "The harbour board proposed a levy on every container.",
            "harbour board",
            "a levy on every container",
        ),
        ("Reed defended the levy at a meeting on Monday.", "Reed", "the levy"),
    ],
)
def test_verbs_that_are_speech_acts_some_of_the_time_propose_acts(
    text: str, speaker: str, words: str
) -> None:
    acts = said(text, "act")
    assert any(s == speaker and words in t for s, t in acts), acts


def test_an_act_only_verb_never_attributes_a_quote_nor_reaches_compare() -> None:
    text = "“The wall will hold,” Reed said. The board would not rule out “a new levy” on Monday."
    (fragment,) = [c for c in claims_of(text) if c.text == "a new levy"]
    assert fragment.speaker is None or fragment.speaker.name != "board"
    statements = extract_statements(Article(id="t", text=HEAD + "Reed attacked the council for the flood."))
    assert all(c.kind != "act" for c in statements)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A memorable harbour board ad in 2008 questioned whether the wall would hold.", "2008"),
        ("The ad that ran in 1995 claimed the wall would hold.", "1995"),
    ],
)
def test_a_number_is_never_the_speaker(text: str, number: str) -> None:
    assert all(claim.speaker is None or claim.speaker.name != number for claim in claims_of(text))


def test_it_never_means_a_number_read_as_a_name() -> None:
    text = "Reed defended the tweets on Friday, saying they showed he was awake for a 3 a.m. call. It says he was."
    for claim in claims_of(text):
        assert claim.speaker is None or not (claim.speaker.name or "x")[0].isdigit()


@pytest.mark.parametrize(
    "text",
    [
        "The levy helped the harbour, as officials in the council are said to have concluded.",
        "The levy helped the harbour, officials were said to have concluded.",
        "Officials are said to favour the levy.",
    ],
)
def test_a_passive_say_names_no_speaker(text: str) -> None:
    assert all(not (s or "").startswith("officials") for s, _ in indirect(text) + said(text, "act"))


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind, a veteran of the board who retired as acting director in 2013, said the plan was flawed.",
        "Sandra Voss, a harbour worker from Jackson, Miss., attending the rally, said the plan was flawed.",
    ],
)
def test_a_reading_inside_the_appositive_loses_to_the_name_the_sentence_opens_with(text: str) -> None:
    assert [s for s, _ in indirect(text)] == [text.split(",", maxsplit=1)[0]]


def test_a_quote_paragraph_after_a_paragraph_about_a_person_is_that_persons() -> None:
    text = (
        "The levy passed, the clerk said.\n\nMayor Ann Reed is upbeat about the vote.\n\n"
        "“Not only will the wall hold, it will pay for itself.”"
    )
    quotes = [c for c in claims_of(text) if c.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Reed"]


def test_a_paragraph_with_its_own_claim_is_not_overridden_by_its_subject() -> None:
    text = (
        "Mayor Ann Reed met the board. The clerk said the levy passed.\n\n"
        "“The wall will hold,” the clerk added.\n\n“It will pay for itself.”"
    )
    quotes = [c for c in claims_of(text) if c.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["clerk", "clerk"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reed told the Washington Post in a written statement, “The wall will hold.”",
        "Reed told the Boston Globe in a published statement, “The wall will hold.”",
    ],
)
def test_a_participle_before_a_document_noun_is_no_cue(sentence: str) -> None:
    (quote,) = [c for c in claims_of(sentence) if c.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Reed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An aide to Mayor Reed said the plan was dead.", "aide to Mayor Reed"),
        ("“The plan is dead,” a senior adviser to the mayor said.", "senior adviser to the mayor"),
    ],
)
def test_an_aide_to_someone_speaks_not_the_person_they_work_for(text: str, speaker: str) -> None:
    claims = [c for c in claims_of(text) if c.kind in {"indirect", "direct"}]
    assert [c.speaker.name if c.speaker else None for c in claims] == [speaker]


def test_a_noun_before_an_infinitive_is_not_qualified_by_it() -> None:
    found = indirect("Federal law requires harbour candidates to disclose that the levy was paid.")
    assert all(not (s or "").endswith(" to") for s, _ in found)


@pytest.mark.parametrize(
    ("text", "speaker", "recipient"),
    [
        pytest.param(
            "Dana Ortiz sent an e-mail to party donors saying the convention would move to Denver.",
            "Dana Ortiz",
            "donors",
            id="email-to",
        ),
        pytest.param(
            "The Harbor Board chairman, Luis Pena, wrote a letter to residents saying the pier would reopen in May.",
            "Luis Pena",
            "residents",
            id="letter-to-in-the-mention",
        ),
    ],
)
def test_the_recipients_of_a_message_are_not_its_speaker(text: str, speaker: str, recipient: str) -> None:
    """`sent an e-mail to X saying …`: X received it; the sender speaks."""
    speakers = [name for name, _ in indirect(text)]
    assert speakers
    assert all(name is not None and recipient not in name.lower() for name in speakers), speakers
    assert speaker in speakers, speakers


def test_people_heard_saying_something_are_its_speakers() -> None:
    """`listened to protesters saying …`: no message was sent; the protesters speak."""
    assert ("protesters", "the plan would destroy the park") in [
        ((name or "").lower(), content)
        for name, content in indirect("She listened to protesters saying the plan would destroy the park.")
    ]


def test_an_according_to_aside_before_a_new_clause_keeps_both_sides() -> None:
    text = "One of the steps they took, according to a person close to the talks, was to freeze the fees."
    assert indirect(text) == [("person close to the talks", text.rstrip("."))]


def test_a_source_that_goes_on_as_a_clause_is_not_taken_whole() -> None:
    found = indirect(
        "The plant will close in March, according to the union, and 300 workers will lose their jobs."
    )
    assert [c for _, c in found] == ["The plant will close in March"]


def test_a_sentence_opener_before_an_imperative_is_no_speaker() -> None:
    assert indirect("Now tell us this is not a witch hunt of the highest order!") == []


def test_someone_speaking_inside_a_claim_does_not_take_over_the_paragraph() -> None:
    text = (
        "Reid mocked the candidate for hiding his tax returns, claiming that he had a source who told him "
        "the man had paid no taxes for ten years.\n\nIn recent weeks, Reid has gone after him as a "
        "“human leech who will bleed the country” and a “spoiled brat.”"
    )
    quote = next(c for c in claims_of(text) if c.text.startswith("spoiled"))
    assert quote.speaker is not None
    assert quote.speaker.name == "Reid"


def test_a_medium_opening_the_sentence_speaks_when_no_one_else_does() -> None:
    assert indirect("According to the Associated Press, 571 of the 714 delegates backed the mayor.") == [
        ("Associated Press", "571 of the 714 delegates backed the mayor")
    ]


def test_a_bare_number_still_speaks_for_nobody() -> None:
    assert indirect("An ad in 2008 questioned whether he had served in the war at all.") == []
    assert all(s != "in 2008" for s, _ in indirect("A report in 2008 said the bridge was unsafe."))


def test_a_transcript_paragraph_is_its_labelled_speaker_s() -> None:
    text = (
        "Partial transcript as follows:\n\nJO PARK: The ferry will run all winter. We have the money.\n\n"
        "The council met later that week."
    )
    found = [(c.kind, c.speaker.name if c.speaker else None, c.text) for c in claims_of(text)]
    assert ("unmarked", "Jo Park", "The ferry will run all winter. We have the money.") in found
    assert all(not t.startswith("The council") for _, _, t in found)
