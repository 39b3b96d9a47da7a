"""The data every stage passes on: pydantic models, also the source of the JSON Schema.

Vocabulary follows PARC 3.0 attribution: a *source* (the speaker), a *cue* (the
verb or phrase that marks the speech) and the *content* (the claim's text).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Literal, Self, cast

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ClaimKind = Literal["direct", "partial", "fragment", "unmarked", "indirect", "act"]
SpeakerKind = Literal["person", "organization", "media", "document", "group", "unknown"]
Status = Literal["agree", "variant", "conflict", "single"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def trusted(cls, **values: Any) -> Self:
        """An instance from values this program built itself (typed, and checked by mypy), not
        validated again. Every field counts as set, in one set shared by all instances of
        the class: pydantic otherwise keeps a set of field names per instance, which was a
        third of the memory of a large result. Assigning a field adds a name already in it."""
        fields = _all_fields(cls)
        if not values.keys() <= fields:  # model_construct would drop a misspelt field silently
            raise TypeError(f"{cls.__name__} has no field {sorted(values.keys() - fields)}")
        instance = cls.model_construct(_fields_set=fields, **values)
        return cast(Self, instance)  # pydantic's mypy plugin types it as _Model


@functools.cache
def _all_fields(cls: type[BaseModel]) -> set[str]:
    return set(cls.model_fields)


class Article(_Model):
    """One news article as read, with whatever metadata its text shows."""

    id: str = Field(description="The file stem (or record id); claims refer to it.")
    text: str = Field(description="The text as read; every offset indexes into it.")
    source: str | None = Field(None, description="Where it was read from (a path or '-').")
    headline: str | None = Field(None, description="The first line, or the record's title.")
    outlet: str | None = Field(None, description="Publisher, from a byline, a wire credit or the input.")
    byline: str | None = Field(None, description="Author, where a byline shows one.")
    published: dt.date | None = Field(None, description="Publication date, where the text shows one.")
    url: str | None = Field(None, description="Address, when the input gives one.")
    event: str | None = Field(None, description="Label of the event the article covers (compare only).")
    warnings: list[str] = Field(default_factory=list, description="Caveats found while reading.")


class ArticleInfo(_Model):
    """An article in the output: its metadata without the text."""

    id: str = Field(description="The file stem (or record id); claims refer to it.")
    source: str | None = Field(None, description="Where it was read from (a path or '-').")
    headline: str | None = Field(None, description="The first line, or the record's title.")
    outlet: str | None = Field(None, description="Publisher, from a byline, a wire credit or the input.")
    byline: str | None = Field(None, description="Author, where a byline shows one.")
    published: dt.date | None = Field(None, description="Publication date (ISO), where shown.")
    url: str | None = Field(None, description="Address, when the input gives one.")
    event: str | None = Field(None, description="Id of the event the article was grouped into (compare).")
    characters: int = Field(0, description="Length of the text in code points.")
    claims: int = Field(0, description="Number of claims found in it.")
    warnings: list[str] = Field(default_factory=list, description="Caveats found while reading.")

    @classmethod
    def of(cls, article: Article, claims: int) -> ArticleInfo:
        """The article as the output lists it: its metadata, its length and how many claims it has."""
        return cls(
            id=article.id,
            source=article.source,
            headline=article.headline,
            outlet=article.outlet,
            byline=article.byline,
            published=article.published,
            url=article.url,
            event=article.event,
            characters=len(article.text),
            claims=claims,
            warnings=article.warnings,
        )


class Speaker(_Model):
    """Who a claim is attributed to."""

    name: str | None = Field(
        None,
        description="Canonical name: the fullest form of this speaker in the article, and "
        "after compare the one name used for them across articles. Null when unresolved.",
    )
    mention: str = Field(description="The words that name the speaker at the cue, as written.")
    role: str | None = Field(None, description="Title or description given in the article.")
    kind: SpeakerKind = Field("unknown", description="person, organization, media, document, group, unknown.")
    anonymous: bool = Field(False, description="An unnamed source ('a senior official').")
    filled_from: str | None = Field(
        None,
        description="Set by compare when this article only describes the speaker ('a Justice Department "
        "spokesman') and another outlet's version of the same words names them: the id of that claim, "
        "whose speaker's name this one took.",
    )


class Claim(_Model):
    """A quoted statement or an attributed claim, with exact offsets into its article."""

    id: str = Field(description="'<article>#<n>', unique in one run.")
    article: str = Field(description="Id of the article the claim is in.")
    kind: ClaimKind = Field(description="direct, partial, fragment, unmarked, indirect or act (see docs).")
    text: str = Field(description="article.text[start:end]; quote marks excluded.")
    start: int = Field(description="Offset of the first character, in code points.")
    end: int = Field(description="Offset one past the last character.")
    speaker: Speaker | None = Field(None, description="Who said it; null when no speaker was found.")
    cue: str | None = Field(None, description="The reporting verb or phrase, as written.")
    cue_start: int | None = Field(None, description="Offset of the cue in the article.")
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
    rule: str | None = Field(
        None,
        description="The attribution rule that found the speaker ('after', 'before', 'forward', 'tail', "
        "'according', 'inherited', …; docs/how-it-works.md); null when no rule did.",
    )
    score: float | None = Field(
        None,
        description="Where the learned chooser decided to keep the claim, its probability that the "
        "claim is reported speech (0-1); null where rules alone decided.",
    )
    warnings: list[str] = Field(default_factory=list, description="e.g. a quote that is never closed.")


class WordDiff(_Model):
    """One step of the word-level difference between two versions."""

    op: Literal["equal", "insert", "delete", "replace"] = Field(description="How b differs from a here.")
    a: str = Field("", description="Words of the reference version.")
    b: str = Field("", description="Words of this version.")


class Version(_Model):
    """One outlet's version of a grouped statement, compared with the group's reference."""

    claim: str = Field(description="Claim id.")
    article: str = Field(description="Article id.")
    outlet: str | None = Field(None, description="The article's outlet, if known.")
    score: float = Field(description="Similarity to the reference version, 0-100.")
    diff: list[WordDiff] = Field(default_factory=list, description="Word steps from the reference to this.")


class Group(_Model):
    """What several outlets report of one statement, and how their versions relate."""

    id: str = Field(description="'g<n>', in output order (conflicts first).")
    event: str | None = Field(None, description="Id of the event the group belongs to.")
    status: Status = Field(description="agree, variant, conflict or single (see docs/how-it-works.md).")
    speaker: str | None = Field(None, description="Canonical name of the reference version's speaker.")
    claims: list[str] = Field(description="Ids of the claims grouped, one or more per article.")
    reference: str = Field(description="Id of the claim the others are compared with.")
    versions: list[Version] = Field(default_factory=list, description="Each claim against the reference.")
    reasons: list[str] = Field(default_factory=list, description="Why the status is conflict.")
    notes: list[str] = Field(
        default_factory=list,
        description="What changes no status but a reader should know: speakers related but not one "
        "(a body and its spokesperson), a speaker filled in from another outlet.",
    )


class Event(_Model):
    """Articles that report the same story; statements are only aligned within one."""

    id: str = Field(description="'e<n>'.")
    articles: list[str] = Field(description="Ids of its articles.")
    label: str = Field(description="Distinctive terms shared by the event's articles.")


class Problem(_Model):
    """An input that was skipped or read with a caveat; reported on stderr too."""

    source: str = Field(description="The path (or '-') that could not be read as given.")
    message: str = Field(description="What was wrong, in one line.")


class ExtractResult(_Model):
    """What `claimcmp extract` returns: articles and their claims."""

    schema_version: str = Field(SCHEMA_VERSION, description="Changes when a field is renamed or removed.")
    articles: list[ArticleInfo] = Field(description="The articles read, in input order.")
    claims: list[Claim] = Field(description="Every claim of every article, in text order.")
    problems: list[Problem] = Field(default_factory=list, description="Inputs skipped, with why.")


class CompareResult(ExtractResult):
    """What `claimcmp compare` returns: the extract result plus events and groups."""

    events: list[Event] = Field(default_factory=list, description="Articles grouped by story.")
    groups: list[Group] = Field(default_factory=list, description="Statements aligned across outlets.")
