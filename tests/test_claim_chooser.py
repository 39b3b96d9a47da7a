"""The learned chooser (claimcmp/attribution/choose.py) and the speech acts and mined words it brings.

Sentences written for these tests; PolNeAR, which the model and the lexicon are learned from, is
never copied here (training/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimcmp
from claimcmp.attribution.choose import ClaimCandidate, features, shipped_chooser
from claimcmp.extract import extract_claims, extract_statements
from claimcmp.lexicon import CUE_FORMS, SOURCE_NOUNS
from claimcmp.models import Article, Claim

HEAD = "Storm hits the coast\n\n"
DATA = Path(claimcmp.__file__).with_name("data")


def claims_of(text: str, **kwargs: object) -> list[Claim]:
    return extract_claims(Article(id="t", text=HEAD + text), **kwargs)  # type: ignore[arg-type]


def speakers(claims: list[Claim], kind: str) -> list[tuple[str | None, str]]:
    return [(c.speaker.mention if c.speaker else None, c.text) for c in claims if c.kind == kind]


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        pytest.param(
            "The council called for an inquiry into the flooding of the market.",
            "The council",
            "an inquiry into the flooding of the market",
            id="demand",
        ),
        pytest.param(
            "Ms. Reyes asked whether the bridge would reopen before winter.",
            "Ms. Reyes",
            "whether the bridge would reopen before winter",
            id="indirect-question",
        ),
        pytest.param(
            "The governor vowed to veto any bill that raised the gas tax.",
            "The governor",
            "to veto any bill that raised the gas tax",
            id="infinitive-with-a-relative-clause",
        ),
        pytest.param(
            "Advocates dismissed the report as a whitewash of the agency's failures.",
            "Advocates",
            "the report as a whitewash of the agency's failures",
            id="dismissed-as",
        ),
    ],
)
def test_speech_acts_are_claims_of_kind_act(text: str, mention: str, content: str) -> None:
    assert speakers(claims_of(text), "act") == [(mention, content)]


def test_compare_leaves_speech_acts_out_and_keeps_statements() -> None:
    text = "The council called for an inquiry. The mayor said the market would reopen in May."
    article = Article(id="t", text=HEAD + text)
    kinds = [c.kind for c in extract_statements(article)]
    assert kinds == ["indirect"]
    assert sorted(c.kind for c in extract_claims(article)) == ["act", "indirect"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "The two chairmen said the merger would cut costs.", "two chairmen", id="irregular-plural"
        ),
        pytest.param(
            "The lawsuit alleges that the company hid losses.", "The lawsuit", id="document-alleges"
        ),
        pytest.param(
            "Attorneys for the family argued the police had ignored the warnings.",
            "Attorneys for the family",
            id="plural-with-for",
        ),
        pytest.param(
            "Strategists for both parties agreed the race would tighten in October.",
            "Strategists for both parties",
            id="mined-noun-before-a-qualifier",
        ),
    ],
)
def test_mined_source_nouns_and_cues_find_the_speaker(text: str, mention: str) -> None:
    found = speakers(claims_of(text), "indirect")
    assert [m for m, _ in found] == [mention]


def test_the_lexicon_knows_inflections_nobody_typed() -> None:
    assert CUE_FORMS["alleges"] == "allege"
    assert CUE_FORMS["vowing"] == "vow"
    assert CUE_FORMS["describes"] == "describe"
    assert SOURCE_NOUNS["chairmen"] == "chairman"
    assert SOURCE_NOUNS["attorneys"] == "attorney"
    assert "states" not in CUE_FORMS  # a noun far more often than a verb in the corpus


def test_every_mined_entry_carries_the_counts_that_put_it_there() -> None:
    lexicon = json.loads((DATA / "lexicon-en.json").read_text(encoding="utf-8"))
    assert lexicon["language"] == "en"
    for lemma, entry in lexicon["cue_verbs"].items():
        assert entry["forms"], lemma
        if entry["mined"]:
            assert entry["as_cue"] >= lexicon["thresholds"]["min_cue"], lemma
            # an act-only cue is a cue in a third to a half of its uses; any other, in half or more
            rate = lexicon["thresholds"]["act_rate" if entry.get("act_only") else "cue_rate"]
            assert entry["as_cue"] >= rate * entry["as_verb"], lemma
            if entry.get("act_only"):
                assert entry["as_cue"] < lexicon["thresholds"]["cue_rate"] * entry["as_verb"], lemma
    for lemma, entry in lexicon["source_nouns"].items():
        assert entry["as_source_head"] >= lexicon["thresholds"]["min_source"], lemma


def test_a_model_chosen_claim_says_why() -> None:
    (claim,) = [
        c for c in claims_of("The mayor said the market would reopen in May.") if c.kind == "indirect"
    ]
    assert claim.rule == "forward"
    assert claim.score is not None
    assert 0.0 <= claim.score <= 1.0


def test_a_claim_attributed_after_a_quote_names_its_rule_and_has_no_score() -> None:
    (claim,) = claims_of("“We will rebuild the pier,” the mayor said.")
    assert claim.rule is not None
    assert claim.rule.startswith("after")
    assert claim.score is None


class _Fixed:
    """A chooser giving every candidate one score."""

    def __init__(self, score: float) -> None:
        self.threshold = 0.5
        self.value = score
        self.seen: list[ClaimCandidate] = []

    def score(self, candidate: ClaimCandidate) -> float:
        self.seen.append(candidate)
        return self.value


def test_the_chooser_decides_what_the_hand_rules_do_not_keep() -> None:
    text = "The council called for an inquiry. The mayor said the market would reopen in May."
    reject, accept = _Fixed(0.0), _Fixed(1.0)
    kept_by_rules = claims_of(text, chooser=reject)
    kept_by_model = claims_of(text, chooser=accept)
    assert [c.kind for c in kept_by_rules] == ["indirect"]  # the hand rules keep the statement
    assert sorted(c.kind for c in kept_by_model) == ["act", "indirect"]
    assert {c.lemma for c in reject.seen} == {"call", "say"}


def test_features_are_a_pure_function_of_the_candidate() -> None:
    chooser = _Fixed(1.0)
    claims_of("Ms. Reyes asked whether the bridge would reopen.", chooser=chooser)
    (candidate,) = chooser.seen
    assert features(candidate) == features(candidate)
    assert "lemma=ask" in features(candidate)
    assert "first=whether" in features(candidate)


def test_the_shipped_model_is_small_and_scores_probabilities() -> None:
    path = DATA / "chooser-en.json"
    assert path.stat().st_size < 1_000_000
    model = shipped_chooser()
    assert 0.0 < model.threshold < 1.0
    assert model.weights
    chooser = _Fixed(1.0)
    claims_of("The governor vowed to veto the bill.", chooser=chooser)
    assert all(0.0 <= model.score(c) <= 1.0 for c in chooser.seen)


def test_mined_source_nouns_have_a_kind_a_pronoun_can_use() -> None:
    from claimcmp.lexicon import SOURCE_NOUN_ENTITIES  # noqa: PLC0415

    assert SOURCE_NOUN_ENTITIES["strategist"] == "person"  # an agent noun
    assert SOURCE_NOUN_ENTITIES["pollster"] == "person"
    assert SOURCE_NOUN_ENTITIES["article"] == "document"  # a text, never "she"
    assert SOURCE_NOUN_ENTITIES["campaign"] == "organization"
    assert SOURCE_NOUN_ENTITIES["newspaper"] == "organization"


def test_a_heading_of_common_words_is_no_ones_name() -> None:
    text = (
        "Presidential Debates Begin\n\nThe presidential debates begin tonight in Ohio. "
        "Senator Ann Cole arrived early. “We are ready,” she said."
    )
    (quote,) = [c for c in claims_of(text) if c.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Cole"


def test_he_never_means_a_woman_the_mined_first_names_know() -> None:
    from claimcmp.lexicon import FIRST_NAME_GENDERS  # noqa: PLC0415

    assert FIRST_NAME_GENDERS["hillary"] == "f"
    assert FIRST_NAME_GENDERS["bernie"] == "m"
    text = (
        "Bernie Sanders spoke in Ohio on Monday. Hillary Clinton answered him on Tuesday. "
        "“The plan will fail,” he said."
    )
    (quote,) = [c for c in claims_of(text) if c.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Bernie Sanders"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor called Wednesday for the harbour board to resign.",
            "mayor",
            "the harbour board to resign",
        ),
        ("The mayor called upon the harbour board to resign.", "mayor", "the harbour board to resign"),
        (
            "Marsh often questions the board's spending and has called for an audit of the harbour accounts.",
            "Marsh",
            "an audit of the harbour accounts",
        ),
    ],
)
def test_a_call_for_something_is_an_act_of_its_caller(text: str, speaker: str, content: str) -> None:
    acts = [(c.speaker.name if c.speaker else None, c.text) for c in claims_of(text) if c.kind == "act"]
    assert acts == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The council called for an inquiry into the flooding, which began on Sunday.",
            "an inquiry into the flooding",
            id="relative-after-a-comma",
        ),
        pytest.param(
            "Advocates dismissed the report as a whitewash; the agency stood by it.",
            "the report as a whitewash",
            id="semicolon",
        ),
    ],
)
def test_a_speech_acts_object_ends_where_the_sentence_moves_on(text: str, content: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "act"] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Reyes asked whether the bridge would reopen.", "spk_known_head=True"),
        ("Unlike Patriot, the harbour board asked whether the bridge would reopen.", "spk_first=the"),
        ("The weather asked whether the bridge would reopen.", "spk_known_head=False"),
    ],
)
def test_the_model_sees_what_the_speaker_reading_took(text: str, expected: str) -> None:
    chooser = _Fixed(1.0)
    claims_of(text, chooser=chooser)
    assert chooser.seen
    assert expected in features(chooser.seen[0])
