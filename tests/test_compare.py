"""compare on hand-written article sets: what it must group, keep apart, and call a conflict."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcmp.align import UNKNOWN_SPEAKER_SCORE, align_claims, candidate_pairs, pair_scores, similarity_to
from claimcmp.ingest import read_articles
from claimcmp.lexicon import STOPWORDS
from claimcmp.models import Article, Claim, CompareResult, Group
from claimcmp.pipeline import compare_articles
from claimcmp.textsim import normalise, score


def _article(aid: str, text: str, outlet: str, published: dt.date | None = None) -> Article:
    return Article(id=aid, text=text, outlet=outlet, published=published)


def _group_of(result: CompareResult, words: str) -> Group:
    """The group holding a claim whose text contains `words`."""
    by_id = {c.id: c for c in result.claims}
    for group in result.groups:
        if any(words in by_id[cid].text for cid in group.claims):
            return group
    raise AssertionError(f"no group holds a claim with {words!r}")


def _articles_in(result: CompareResult, group: Group) -> set[str]:
    by_id = {c.id: c for c in result.claims}
    return {by_id[cid].article for cid in group.claims}


HEAD = "City council debates budget cuts\n\n"
MISATTRIBUTED = [
    _article(
        "wire",
        HEAD + "“We will not close a single library while I am mayor,” Mayor Dana Whitfield said on Monday.",
        "Wire",
    ),
    _article(
        "daily",
        HEAD
        + "“We will not close a single library while I am mayor,” council leader Tom Briggs said on Monday.",
        "Daily",
    ),
]


def test_same_words_given_to_two_speakers_is_a_conflict() -> None:
    result = compare_articles(MISATTRIBUTED, one_event=True)
    group = _group_of(result, "single library")
    assert _articles_in(result, group) == {"wire", "daily"}
    assert group.status == "conflict"
    assert any(
        "different speakers" in r and "Dana Whitfield" in r and "Tom Briggs" in r for r in group.reasons
    )


def test_a_changed_number_is_a_conflict_with_its_reason() -> None:
    articles = [
        _article(
            "a",
            HEAD
            + "“At least 30 people were injured in the crush at the station,” police chief Ana Ruiz said.",
            "A",
        ),
        _article(
            "b",
            HEAD
            + "“At least 31 people were injured in the crush at the station,” police chief Ana Ruiz said.",
            "B",
        ),
    ]
    group = _group_of(compare_articles(articles, one_event=True), "people were injured")
    assert group.status == "conflict"
    assert any("30" in r and "31" in r for r in group.reasons)


def test_a_changed_place_name_is_a_conflict() -> None:
    articles = [
        _article(
            "a", HEAD + "“I spoke at the veterans event in Norwalk last spring,” Senator Mark Hale said.", "A"
        ),
        _article(
            "b", HEAD + "“I spoke at the veterans event in Norfolk last spring,” Senator Mark Hale said.", "B"
        ),
    ]
    group = _group_of(compare_articles(articles, one_event=True), "veterans event")
    assert group.status == "conflict"
    assert any("Norwalk" in r and "Norfolk" in r for r in group.reasons)


def test_a_negated_version_is_a_conflict() -> None:
    articles = [
        _article(
            "a", HEAD + "“The government would raise taxes on fuel next year,” minister Paul Crane said.", "A"
        ),
        _article(
            "b",
            HEAD + "“The government would not raise taxes on fuel next year,” minister Paul Crane said.",
            "B",
        ),
    ]
    group = _group_of(compare_articles(articles, one_event=True), "taxes on fuel")
    assert group.status == "conflict"
    assert any("negated" in r for r in group.reasons)


def test_a_truncated_quote_is_a_variant() -> None:
    articles = [
        _article(
            "a",
            HEAD + "“The budget protects every library and every swimming pool in the city, "
            "and it does so without raising council tax,” Mayor Dana Whitfield said.",
            "A",
        ),
        _article(
            "b",
            HEAD + "“The budget protects every library and every swimming pool in the city,” "
            "Mayor Dana Whitfield said.",
            "B",
        ),
    ]
    group = _group_of(compare_articles(articles, one_event=True), "swimming pool")
    assert _articles_in(compare_articles(articles, one_event=True), group) == {"a", "b"}
    assert group.status == "variant"
    assert not group.reasons


def test_identical_versions_agree() -> None:
    text = HEAD + "“Nobody will lose their job because of this budget,” Mayor Dana Whitfield said."
    articles = [_article("a", text, "A"), _article("b", text.replace("“", '"').replace("”", '"'), "B")]
    group = _group_of(compare_articles(articles, one_event=True), "lose their job")
    assert group.status == "agree"


def test_a_statement_in_one_outlet_only_is_single() -> None:
    articles = [
        _article("a", HEAD + "“We are proud of this plan,” Mayor Dana Whitfield said.", "A"),
        _article("b", HEAD + "“The cuts go too deep,” opposition leader Rhys Owen said.", "B"),
    ]
    result = compare_articles(articles, one_event=True)
    assert _group_of(result, "proud of this plan").status == "single"
    assert _group_of(result, "cuts go too deep").status == "single"


def test_similar_words_in_two_events_are_not_grouped() -> None:
    flood = (
        "Flooding closes the river road\n\n"
        "Heavy rain flooded the river road in Exeter on Tuesday, and the county closed it to traffic. "
        "“The road will stay closed until the water goes down,” county engineer Sam Price said. "
        "Residents of Exeter were told to avoid the riverside paths."
    )
    flood2 = (
        "Exeter river road shut by floods\n\n"
        "Exeter’s river road was shut after heavy rain on Tuesday, the county said. "
        "“The road will stay closed until the water goes down,” engineer Sam Price said. "
        "Sandbags were handed out to residents near the river."
    )
    strike = (
        "Rail strike halts trains in Leeds\n\n"
        "A strike by train drivers stopped services across Leeds on Friday as talks on pay collapsed. "
        "“The station will stay closed until the strike is over,” rail operator spokesman Sam Price said. "
        "Commuters in Leeds crowded onto buses and the union threatened further walkouts."
    )
    strike2 = (
        "Leeds commuters stranded as drivers walk out\n\n"
        "Train drivers walked out in Leeds on Friday after pay talks collapsed, the union said. "
        "“The station will stay closed until the strike is over,” spokesman Sam Price said. "
        "Buses were packed as the strike by drivers went on."
    )
    articles = [
        _article("f1", flood, "A"),
        _article("f2", flood2, "B"),
        _article("s1", strike, "A"),
        _article("s2", strike2, "B"),
    ]
    result = compare_articles(articles)
    event = {a.id: a.event for a in result.articles}
    assert event["f1"] == event["f2"]
    assert event["s1"] == event["s2"]
    assert event["f1"] != event["s1"]
    road = _group_of(result, "road will stay closed")
    assert _articles_in(result, road) == {"f1", "f2"}
    station = _group_of(result, "station will stay closed")
    assert _articles_in(result, station) == {"s1", "s2"}


def test_dates_far_apart_keep_articles_in_separate_events() -> None:
    text = HEAD + "“We will not close a single library,” Mayor Dana Whitfield said."
    articles = [_article("a", text, "A", dt.date(2020, 1, 5)), _article("b", text, "B", dt.date(2021, 6, 1))]
    result = compare_articles(articles)
    assert len({a.event for a in result.articles}) == 2
    assert all(g.status == "single" for g in result.groups)


def test_two_people_named_johnson_are_not_merged() -> None:
    articles = [
        _article(
            "a",
            HEAD + "Foreign Secretary Boris Johnson spoke first. "
            "“The visit is a great moment for Britain,” Johnson said.",
            "A",
        ),
        _article(
            "b",
            HEAD + "Ambassador Woody Johnson spoke at the embassy. "
            "“He will definitely be coming to London,” Johnson said.",
            "B",
        ),
    ]
    result = compare_articles(articles, one_event=True)
    names = {c.article: c.speaker.name for c in result.claims if c.speaker is not None and c.kind == "direct"}
    assert names == {"a": "Boris Johnson", "b": "Woody Johnson"}


@pytest.mark.parametrize(
    ("first", "second"), [("Sergei Lavrov", "Sergey Lavrov"), ("Josh Earnest", "Josh Ernest")]
)
def test_spelling_variants_of_one_name_are_merged(first: str, second: str) -> None:
    articles = [
        _article("a", HEAD + f"“The talks were useful,” {first} said after the meeting.", "A"),
        _article("b", HEAD + f"“The sanctions must be lifted before anything else,” {second} said.", "B"),
    ]
    result = compare_articles(articles, one_event=True)
    names = {c.speaker.name for c in result.claims if c.speaker is not None}
    assert len(names) == 1


def test_every_claim_but_fragments_is_in_exactly_one_group() -> None:
    result = compare_articles(
        [*MISATTRIBUTED, _article("c", HEAD + "The ‘library plan’ was debated.", "C")], one_event=True
    )
    grouped = [cid for g in result.groups for cid in g.claims]
    assert len(grouped) == len(set(grouped))
    expected = {c.id for c in result.claims if c.kind != "fragment"}
    assert set(grouped) == expected


def test_versions_carry_word_differences() -> None:
    result = compare_articles(MISATTRIBUTED, one_event=True)
    group = _group_of(result, "single library")
    diffs = [v.diff for v in group.versions if v.claim != group.reference]
    assert diffs
    assert all(step.op == "equal" for step in diffs[0])


def test_reference_scores_100_against_itself_even_when_short() -> None:
    """score() discounts texts of few words; the reference compared with itself is still 100."""
    articles = [
        Article(id=f"a{n}", text=f'Headline {n}\n\nThe mayor said: "We will win." Later he left.')
        for n in range(2)
    ]
    result = compare_articles(articles, one_event=True)
    group = _group_of(result, "We will win")
    scores = {v.claim: v.score for v in group.versions}
    assert len(scores) == 2
    assert scores[group.reference] == 100.0


def _claim(cid: str, article: str, text: str) -> Claim:
    return Claim(id=cid, article=article, kind="direct", text=text, start=0, end=len(text))


_VOCAB = (
    "the road will stay closed until water goes down he said we are proud of plan nobody lose job".split()
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join), min_size=2, max_size=16))
def test_blocking_keeps_every_pair_of_articles_that_share_a_word(texts: list[str]) -> None:
    """In an event of up to 16 claims every word but a stopword is a key: each pair of claims
    from different articles sharing one is scored, and pairs from one article never are."""
    articles = [f"a{i % 3}" for i in range(len(texts))]
    pairs = set(candidate_pairs(texts, articles))
    for i, a in enumerate(texts):
        for j in range(i + 1, len(texts)):
            shares = bool((set(a.split()) & set(texts[j].split())) - STOPWORDS) or (a == texts[j] != "")
            assert ((i, j) in pairs) == (shares and articles[i] != articles[j]), (a, texts[j])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join), min_size=2, max_size=30))
def test_pair_scores_and_rows_equal_the_pairwise_score(texts: list[str]) -> None:
    """Scores are `score` on each pair, whichever way round, and however often a wording repeats;
    the vectorised row of the versions' scores is `score` too."""
    every = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))]
    for (i, j), value in pair_scores(texts, every).items():
        assert value == pytest.approx(score(texts[i], texts[j], cutoff=45), abs=0.01)
        assert value == pytest.approx(score(texts[j], texts[i], cutoff=45), abs=0.01)
    row = similarity_to(texts[0], texts)
    for j, b in enumerate(texts):
        assert row[j] == pytest.approx(score(texts[0], b), abs=0.01), (texts[0], b)


def test_blocking_stays_linear_in_a_story_of_thousands_of_claims() -> None:
    """One event of 6,000 claims (a giant story): topic words in every claim are no keys, so
    the pairs scored stay a small multiple of the claims, never near the 18 million of all."""
    statements = [
        f"the minister said plan {n} would cost {n} million and fund project{n}" for n in range(600)
    ]
    texts = [normalise(f"{statements[k % 600]} outlet{k // 600}") for k in range(6000)]
    articles = [f"art{k // 20}" for k in range(6000)]
    pairs = candidate_pairs(texts, articles)
    assert len(pairs) < 40 * len(texts)
    assert (0, 600) in pairs  # one statement, two outlets: still compared


def test_a_quote_a_thousand_articles_repeat_is_one_group() -> None:
    """A giant story: one quote in 1,000 articles, its words too common in the event to index,
    is still one group (one wording, one speaker: one statement), beside 1,000 other claims."""
    quote = "we will rebuild the harbour wall before the winter storms arrive"
    claims = [_claim(f"a{n}#1", f"a{n}", quote) for n in range(1000)]
    claims += [
        _claim(f"a{n}#2", f"a{n}", f"the council approved budget line number {n} for repairs")
        for n in range(1000)
    ]
    groups = align_claims(claims)
    assert sorted(range(1000)) in groups
    assert sum(len(g) for g in groups) == len(claims)


def test_blocked_aligner_matches_brute_force_oracle() -> None:
    """The aligner links exactly the pairs a plain double loop finds above threshold."""
    texts = [
        "the road will stay closed until the water goes down",
        "road will stay closed until the water goes down, he said",
        "the station will stay closed until the strike is over",
        "we are proud of this plan",
        "nobody will lose their job because of this budget",
    ]
    norm = [normalise(t) for t in texts]
    linked = {
        (i, j)
        for i in range(len(norm))
        for j in range(i + 1, len(norm))
        if score(norm[i], norm[j]) >= UNKNOWN_SPEAKER_SCORE
    }
    assert linked == {(0, 1)}
    claims = [_claim(f"x{i}#1", f"x{i}", t) for i, t in enumerate(texts)]
    groups = sorted(align_claims(claims))
    assert groups == [[0, 1], [2], [3], [4]]


def test_compare_result_survives_validation(seeds: Path) -> None:
    """Claims, groups, versions and diffs are built without validation (`trusted`): the
    JSON they make must validate back into the same result."""
    articles, _ = read_articles([str(seeds)])
    result = compare_articles(articles)
    assert any(v.diff for g in result.groups for v in g.versions)
    assert CompareResult.model_validate_json(result.model_dump_json()) == result


def test_trusted_refuses_a_misspelt_field() -> None:
    with pytest.raises(TypeError, match="spekaer"):
        Claim.trusted(id="a#1", article="a", kind="direct", text="", start=0, end=0, spekaer=None)


def test_two_articles_on_one_story_are_compared_without_one_event() -> None:
    # the commonest use: a few articles on one story, no options
    a = (
        "Council shuts Hawthorn Bridge after inspection\n\n"
        "The Hawthorn Bridge in Marlow was closed on Thursday after engineers found cracks in its girders. "
        "“We cannot let traffic back on until the girders are replaced,” council leader Priya Nandy said."
    )
    b = (
        "Cracks close Marlow’s Hawthorn Bridge\n\n"
        "Marlow council closed the Hawthorn Bridge after inspectors found cracked girders. "
        "“We cannot let traffic back on until the girders have been replaced,” Priya Nandy said on Thursday."
    )
    result = compare_articles([_article("a", a, "A"), _article("b", b, "B")])
    group = _group_of(result, "cannot let traffic back on")
    assert _articles_in(result, group) == {"a", "b"}
    assert group.status == "variant"


def test_a_phrase_quoted_from_a_statement_is_not_a_version_of_it() -> None:
    """Two outlets quote three words of a statement a third prints whole: the phrase is grouped
    with the phrase (agree), the statement with the statement, and no group mixes them (a
    group's status would then be 'variant' for versions that agree)."""
    whole = "This is very good news for the harbour and the whole city, a big step forward!"
    texts = {
        "a": f"Harbour deal signed\n\n“{whole}” Mayor Jo Park wrote on Monday.",
        "b": f"Harbour deal signed\n\nMayor Jo Park called the deal “very good news.” on Monday, and wrote: “{whole}”",
        "c": "Harbour deal signed\n\nMayor Jo Park called the deal “very good news.” on Monday.",
    }
    result = compare_articles([Article(id=k, text=v) for k, v in texts.items()], one_event=True)
    claims = {c.id: c for c in result.claims}
    shared = [g for g in result.groups if len({claims[c].article for c in g.claims}) > 1]
    lengths = [{len(claims[c].text.split()) for c in g.claims} for g in shared]
    assert all(max(n) < 3 * min(n) for n in lengths), lengths
    assert sorted(g.status for g in shared) == ["agree", "agree"]
