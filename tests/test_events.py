"""Event detection: which articles report one story, on small and on pruned (large) batches."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcmp.events import Vocabulary, assign_events, features, word_counts
from claimcmp.models import Article

# Each story has its own people, places and subject words; the filler is shared by all.
STORIES = {
    "flood": [
        "Exeter",
        "river",
        "flooding",
        "sandbags",
        "Sam Price",
        "county engineer",
        "rainfall",
        "bridge",
    ],
    "strike": ["Leeds", "drivers", "walkout", "union", "Aslef", "timetable", "pay offer", "commuters"],
    "summit": ["Geneva", "Lavrov", "Kerry", "ceasefire", "delegation", "Syria", "negotiators", "talks"],
    "vaccine": ["Pfizer", "trial", "dose", "regulator", "Bourla", "efficacy", "volunteers", "booster"],
}
# Common words are many and each is rare, as in real text.
FILLER = (
    "officials people week report statement government local said news time year month plan issue "
    "country state group public service support concern change decision question meeting morning "
    "evening office member leader number level policy program area building center market"
).split()


def _story_article(aid: str, story: str, rng: random.Random, date: dt.date | None = None) -> Article:
    words = [rng.choice(STORIES[story]) if rng.random() < 0.35 else rng.choice(FILLER) for _ in range(180)]
    return Article(id=aid, text=f"{story.title()} news\n\n" + " ".join(words) + ".", published=date)


def _events_by_article(articles: list[Article]) -> dict[str, str]:
    return {aid: ev.id for ev in assign_events(articles) for aid in ev.articles}


def test_a_large_batch_is_split_by_story_through_the_pruned_candidates() -> None:
    rng = random.Random(7)
    stories = list(STORIES)
    articles = [_story_article(f"a{n}", stories[n % 4], rng) for n in range(80)]  # over the small-batch size
    event = _events_by_article(articles)
    for n in range(80):
        for m in range(n + 1, 80):
            same_story = n % 4 == m % 4
            assert (event[f"a{n}"] == event[f"a{m}"]) == same_story, (n, m)


def test_every_article_is_in_exactly_one_event_in_input_order() -> None:
    rng = random.Random(3)
    articles = [_story_article(f"a{n}", "flood" if n < 3 else "summit", rng) for n in range(6)]
    events = assign_events(articles)
    listed = [aid for ev in events for aid in ev.articles]
    assert sorted(listed) == sorted(a.id for a in articles)
    assert [ev.id for ev in events] == [f"e{n}" for n in range(1, len(events) + 1)]
    assert events[0].articles[0] == "a0"  # events come in order of their first article


def test_a_label_is_made_of_the_events_distinctive_terms() -> None:
    rng = random.Random(11)
    articles = [_story_article(f"a{n}", "vaccine", rng) for n in range(4)]
    [event] = assign_events(articles)
    terms = event.label.split()
    assert 1 <= len(terms) <= 4
    vocabulary = {w.lower() for phrase in STORIES["vaccine"] for w in phrase.split()}
    assert set(terms) <= vocabulary


def test_dates_more_than_a_week_apart_split_one_story() -> None:
    rng = random.Random(5)
    articles = [
        _story_article("a", "strike", rng, dt.date(2024, 3, 1)),
        _story_article("b", "strike", rng, dt.date(2024, 3, 4)),
        _story_article("c", "strike", rng, dt.date(2024, 5, 1)),
    ]
    event = _events_by_article(articles)
    assert event["a"] == event["b"] != event["c"]


def test_one_event_puts_every_article_together() -> None:
    rng = random.Random(1)
    articles = [_story_article(f"a{n}", story, rng) for n, story in enumerate(STORIES)]
    assert [ev.articles for ev in assign_events(articles, one_event=True)] == [[a.id for a in articles]]


def test_spellings_of_a_term_share_its_id_and_stopwords_have_none() -> None:
    vocabulary = Vocabulary()
    lavrov, weight = vocabulary.judge("Lavrov")
    assert vocabulary.judge("Lavrov’s")[0] == lavrov
    assert weight > vocabulary.judge("lavrov")[1]  # a capitalised name counts more
    assert vocabulary.judge("the")[0] == -1
    assert vocabulary.judge("March")[0] == vocabulary.judge("Mar")[0]  # months fold to one term


def test_features_count_each_term_once_with_its_weight() -> None:
    vocabulary = Vocabulary()
    doc = features(
        word_counts("Lavrov met Kerry. Lavrov said the talks went well; talks resume."), vocabulary
    )
    counts = {vocabulary.terms[t]: c for t, c in zip(doc.terms.tolist(), doc.counts.tolist(), strict=True)}
    assert counts["lavrov"] == 4.0  # two uses, names weigh double
    assert counts["talk"] == 2.0  # "talks" counts for "talk"
    assert "the" not in counts
    assert len(set(doc.terms.tolist())) == len(doc.terms)


def test_articles_without_words_still_get_an_event() -> None:
    articles = [
        Article(id="empty", text=""),
        Article(id="digits", text="1 2 3 … 4"),
        Article(id="x", text="Hi."),
    ]
    events = assign_events(articles)
    assert sorted(aid for ev in events for aid in ev.articles) == ["digits", "empty", "x"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=300), min_size=1, max_size=8))
def test_any_texts_are_partitioned_into_events(texts: list[str]) -> None:
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]
    listed = [aid for ev in assign_events(articles) for aid in ev.articles]
    assert sorted(listed) == sorted(a.id for a in articles)


BRIDGE_A = (
    "Council shuts Hawthorn Bridge after inspection\n\n"
    "The Hawthorn Bridge in Marlow was closed on Thursday after engineers found cracks in two of its "
    "steel girders. “We cannot let traffic back on until the girders are replaced,” council leader "
    "Priya Nandy said. Buses will divert through Bisham, adding twenty minutes to the journey."
)
BRIDGE_B = (
    "Cracks close Marlow’s Hawthorn Bridge\n\n"
    "Drivers face long detours after Marlow council closed the Hawthorn Bridge, where inspectors found "
    "cracked girders. Priya Nandy, who leads the council, said traffic could not return until the "
    "girders were replaced. Residents in Bisham complained about the diverted buses."
)
ELECTION = (
    "Turnout falls in Ostrava mayoral race\n\n"
    "Fewer than a third of voters in Ostrava cast a ballot on Saturday, the lowest turnout since 1990. "
    "“People are tired of campaigns that promise everything,” political scientist Jan Hrubý said."
)


def test_two_articles_on_one_story_make_one_event() -> None:
    articles = [Article(id="a", text=BRIDGE_A), Article(id="b", text=BRIDGE_B)]
    assert [ev.articles for ev in assign_events(articles)] == [["a", "b"]]


def test_an_unrelated_article_stays_out_of_a_small_story() -> None:
    articles = [
        Article(id="a", text=BRIDGE_A),
        Article(id="b", text=BRIDGE_B),
        Article(id="c", text=ELECTION),
    ]
    assert sorted(ev.articles for ev in assign_events(articles)) == [["a", "b"], ["c"]]


def test_two_articles_on_different_stories_make_two_events() -> None:
    articles = [Article(id="a", text=BRIDGE_A), Article(id="c", text=ELECTION)]
    assert [ev.articles for ev in assign_events(articles)] == [["a"], ["c"]]


def test_a_year_of_weekly_stories_is_blocked_by_date_not_compared_all_against_all() -> None:
    """70 stories on one topic, eight days apart, three outlets each: the topic's words are in 210
    articles over the year (too common to pair on across it) but in three within a week,
    where they still pair; each week's story is one event, and the pairs scored stay near
    the true ones instead of growing with the year."""
    from claimcmp.events import _candidate_pairs, _tfidf  # noqa: PLC0415 - the index itself

    start = dt.date(2024, 1, 1)
    articles = []
    for week in range(70):
        day = start + dt.timedelta(days=8 * week)  # more than the largest gap apart: never one event
        for outlet in range(3):
            text = (
                f"Harbour bridge repairs: week {week}. Engineer Dana Whitlock inspected the "
                f"Quayside{week} span and the Pier{week} supports with council crews. "
                f"Residents near Pier{week} were told the Quayside{week} works would end soon. "
                f"Outlet {outlet} reports."
            )
            articles.append(Article(id=f"w{week}-o{outlet}", text=text, published=day))
    events = assign_events(articles)
    assert sorted(sorted(e.articles) for e in events) == sorted(
        sorted(f"w{week}-o{outlet}" for outlet in range(3)) for week in range(70)
    )
    vocabulary = Vocabulary()
    docs = [features(word_counts(a.text), vocabulary) for a in articles]
    pairs = _candidate_pairs(docs, _tfidf(docs, len(vocabulary.terms)), [a.published for a in articles])
    # same-week pairs and those of the next week: a few per article, not 21,945 for all against all
    assert len(pairs) <= 4 * len(articles)


def test_undated_reports_join_the_dated_reports_of_their_story() -> None:
    """Dated and undated articles of one story meet in the index (an undated article may be
    of any date): 20 stories a month apart, each with two dated outlets and an undated one."""

    def word(story: int, k: int) -> str:  # letters only (the event index reads no digits), one per story
        n = story * 3 + k
        return "".join("bcdfghjklmnpqrstvwz"[n // 19**i % 19] + "aeiou"[i] for i in range(3))

    articles = []
    for story in range(20):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=30 * story)
        person, place, street = (word(story, k).title() for k in range(3))
        for outlet in range(3):
            text = (
                f"Councillor Mira {person} opened the {place} library on {street} street. "
                f"The {place} branch and the {street} reading room cost {person}'s ward two "
                f"years of savings. Outlet {outlet} reports."
            )
            published = None if outlet == 2 else day
            articles.append(Article(id=f"s{story}-o{outlet}", text=text, published=published))
    events = assign_events(articles)
    assert sorted(sorted(e.articles) for e in events) == sorted(
        sorted(f"s{story}-o{outlet}" for outlet in range(3)) for story in range(20)
    )
