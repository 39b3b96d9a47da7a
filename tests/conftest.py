"""Shared fixtures: the seed articles, a CLI runner, and a compare result built by hand.

The hand-built result lets renderer and filter tests pin exact output without
depending on what the extractor or the aligner find in real articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcmp.models import (
    ArticleInfo,
    Claim,
    CompareResult,
    Event,
    Group,
    Speaker,
    Version,
    WordDiff,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _claim(cid: str, article: str, text: str, speaker: str, start: int = 0) -> Claim:
    who = Speaker(name=speaker, mention=speaker.rsplit(maxsplit=1)[-1], kind="person")
    return Claim(
        id=cid,
        article=article,
        kind="direct",
        text=text,
        start=start,
        end=start + len(text),
        speaker=who,
        cue="said",
    )


def hand_result() -> CompareResult:
    """Two outlets; a conflict, a variant and a single, with scores and diffs."""
    articles = [
        ArticleInfo(id="001_aaaa", outlet="Reuters", characters=400, claims=2),
        ArticleInfo(id="002_bbbb", outlet="TASS", characters=300, claims=2),
    ]
    claims = [
        _claim("001_aaaa#1", "001_aaaa", "We will send 300 troops", "John Kerry"),
        _claim("002_bbbb#1", "002_bbbb", "We will send 3,000 troops", "John Kerry"),
        _claim("001_aaaa#2", "001_aaaa", "The talks were useful", "Sergei Lavrov", 40),
        _claim("002_bbbb#2", "002_bbbb", "The talks were very useful", "Sergei Lavrov", 40),
        _claim("001_aaaa#3", "001_aaaa", "Nothing | was [agreed]", "Vladimir Putin", 80),
    ]
    conflict = Group(
        id="g1",
        event="e1",
        status="conflict",
        speaker="John Kerry",
        claims=["001_aaaa#1", "002_bbbb#1"],
        reference="001_aaaa#1",
        reasons=["numbers or dates differ: 300 vs 3,000"],
        versions=[
            Version(claim="001_aaaa#1", article="001_aaaa", outlet="Reuters", score=100),
            Version(
                claim="002_bbbb#1",
                article="002_bbbb",
                outlet="TASS",
                score=88.5,
                diff=[
                    WordDiff(op="equal", a="We will send", b="We will send"),
                    WordDiff(op="replace", a="300", b="3,000"),
                    WordDiff(op="equal", a="troops", b="troops"),
                ],
            ),
        ],
    )
    variant = Group(
        id="g2",
        event="e1",
        status="variant",
        speaker="Sergei Lavrov",
        claims=["001_aaaa#2", "002_bbbb#2"],
        reference="001_aaaa#2",
        versions=[
            Version(claim="001_aaaa#2", article="001_aaaa", outlet="Reuters", score=100),
            Version(
                claim="002_bbbb#2",
                article="002_bbbb",
                outlet="TASS",
                score=61,
                diff=[
                    WordDiff(op="equal", a="The talks were", b="The talks were"),
                    WordDiff(op="insert", a="", b="very"),
                    WordDiff(op="equal", a="useful", b="useful"),
                ],
            ),
        ],
    )
    single = Group(
        id="g3",
        event="e1",
        status="single",
        speaker="Vladimir Putin",
        claims=["001_aaaa#3"],
        reference="001_aaaa#3",
    )
    return CompareResult(
        articles=articles,
        claims=claims,
        events=[Event(id="e1", articles=["001_aaaa", "002_bbbb"], label="troops talks")],
        groups=[conflict, variant, single],
    )


@pytest.fixture
def compared() -> CompareResult:
    return hand_result()
