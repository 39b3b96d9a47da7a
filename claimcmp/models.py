"""The data every stage passes on: pydantic models, also the source of the JSON Schema.

Vocabulary follows PARC 3.0 attribution: a *source* (the speaker), a *cue* (the
verb or phrase that marks the speech) and the *content* (the claim's text).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ClaimKind = Literal["direct", "partial", "fragment", "unmarked", "indirect"]
SpeakerKind = Literal["person", "organization", "media", "document", "group", "unknown"]
Status = Literal["agree", "variant", "conflict", "single"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Model):
    """One news article as read, with whatever metadata its text shows."""

    id: str = Field(description="The file stem (or record id); claims refer to it.")
    text: str = Field(description="The text as read; every offset indexes into it.")
    source: str | None = Field(None, description="Where it was read from (a path or '-').")
    headline: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    event: str | None = Field(None, description="Label of the event the article covers (compare only).")
    warnings: list[str] = Field(default_factory=list)


class ArticleInfo(_Model):
    """An article in the output: its metadata without the text."""

    id: str
    source: str | None = None
    headline: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    event: str | None = None
    characters: int = 0
    claims: int = 0
    warnings: list[str] = Field(default_factory=list)


class Speaker(_Model):
    """Who a claim is attributed to."""

    name: str | None = Field(
        None,
        description="Canonical name: the fullest form of this speaker in the article, and "
        "after compare the one name used for them across articles. Null when unresolved.",
    )
    mention: str = Field(description="The words that name the speaker at the cue, as written.")
    role: str | None = Field(None, description="Title or description given in the article.")
    kind: SpeakerKind = "unknown"
    anonymous: bool = Field(False, description="An unnamed source ('a senior official').")


class Claim(_Model):
    """A quoted statement or an attributed claim, with exact offsets into its article."""

    id: str = Field(description="'<article>#<n>', unique in one run.")
    article: str
    kind: ClaimKind
    text: str = Field(description="article.text[start:end]; quote marks excluded.")
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = Field(None, description="The reporting verb or phrase, as written.")
    cue_start: int | None = None
    via: list[str] = Field(
        default_factory=list,
        description="Source chain: media or documents that relay the speech ('TASS', 'Reuters').",
    )
    statement: str | None = Field(
        None,
        description="Shared by the pieces of one statement (a quote split by its cue, "
        "or running over several paragraphs).",
    )
    paragraph: int = Field(0, description="Index of the paragraph holding the claim.")
    warnings: list[str] = Field(default_factory=list)


class WordDiff(_Model):
    """One step of the word-level difference between two versions."""

    op: Literal["equal", "insert", "delete", "replace"]
    a: str = ""
    b: str = ""


class Version(_Model):
    """One outlet's version of a grouped statement, compared with the group's reference."""

    claim: str
    article: str
    outlet: str | None = None
    score: float = Field(description="Similarity to the reference version, 0-100.")
    diff: list[WordDiff] = Field(default_factory=list)


class Group(_Model):
    """What several outlets report of one statement, and how their versions relate."""

    id: str
    event: str | None = None
    status: Status
    speaker: str | None = None
    claims: list[str]
    reference: str = Field(description="Id of the claim the others are compared with.")
    versions: list[Version] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list, description="Why the status is conflict.")


class Event(_Model):
    id: str
    articles: list[str]
    label: str = Field(description="Distinctive terms shared by the event's articles.")


class Problem(_Model):
    """An input that was skipped or read with a caveat; reported on stderr too."""

    source: str
    message: str


class ExtractResult(_Model):
    schema_version: str = SCHEMA_VERSION
    articles: list[ArticleInfo]
    claims: list[Claim]
    problems: list[Problem] = Field(default_factory=list)


class CompareResult(ExtractResult):
    events: list[Event] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
