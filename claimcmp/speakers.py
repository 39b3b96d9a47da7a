"""Resolve speaker mentions inside one article to one canonical name.

"Kerry" becomes "John Kerry" (the fullest form of that name in the article),
"he" the person spoken of just before, "the minister" the person whose title
holds "minister", "the ministry" the body named with it. Descriptions with
nothing to resolve to stay as written, minus the article; indefinite ones ("a
senior official") are anonymous and never merged with a named person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast, get_args

from claimcmp.lexicon import (
    FIRST_NAME_GENDERS,
    GENDERED_NOUNS,
    HONORIFICS_FEMALE,
    HONORIFICS_MALE,
    MEDIA_NOUNS,
    MONTHS,
    ORG_NOUNS,
    PREPOSITIONS,
    WEEKDAYS,
)
from claimcmp.mentions import Mention
from claimcmp.models import Speaker, SpeakerKind

_PRONOUN_REACH = 1500  # characters back a pronoun may look for its person
_ROLE_REACH = 400  # characters back "the minister" may mean the person just spoken of
_PERSON_TITLES = {
    "minister",
    "secretary",
    "president",
    "envoy",
    "ambassador",
    "diplomat",
    "senator",
    "governor",
    "mayor",
    "chancellor",
    "premier",
    "leader",
    "chairman",
    "general",
    "nominee",
    "candidate",
}


@dataclass(slots=True)
class _Entity:
    name: str
    role: str | None
    entity: str
    gender: str | None = None
    positions: list[int] = field(default_factory=list)


@dataclass(slots=True)
class ArticleSpeakers:
    """Everyone named in one article, and the speakers resolved so far, in reading order."""

    names: dict[str, _Entity] = field(default_factory=dict)
    recent: list[tuple[int, _Entity]] = field(default_factory=list)
    descriptions: list[tuple[int, Mention, str]] = field(default_factory=list)
    documents: list[tuple[int, str, Speaker]] = field(default_factory=list)
    bodies: list[tuple[int, Speaker]] = field(default_factory=list)  # for "it" and "they"
    # word of a name or title → names holding it: lookups stay linear on long articles
    by_word: dict[str, dict[str, None]] = field(default_factory=dict)  # ordered: ties go to the first

    def note_document(self, pos: int, head: str, speaker: Speaker) -> None:
        """`X said in a statement`: a later "the statement said" is X speaking."""
        if speaker.name and speaker.kind != "document":
            self.documents.append((pos, head, speaker))

    def register(self, m: Mention) -> None:
        """Record a name seen anywhere in the article (for 'Kerry' → 'John Kerry')."""
        if m.kind != "name" or not m.name:
            return
        ent = self.names.get(m.name)
        if ent is None:
            ent = self.names[m.name] = _Entity(m.name, None, m.entity)
            self._index(m.name, m.name)
        if m.role and not ent.role:
            ent.role = m.role
            self._index(m.name, m.role)
        if ent.entity == "unknown" and m.entity != "unknown":
            ent.entity = m.entity
        ent.gender = ent.gender or _gender(m)
        ent.positions.append(m.start)

    def _index(self, name: str, words: str) -> None:
        for word in words.lower().split():
            self.by_word.setdefault(word, {})[name] = None

    def _holding(self, word: str) -> list[_Entity]:
        return [self.names[n] for n in self.by_word.get(word, {})]

    def note_subject(self, m: Mention) -> None:
        """A person named or described as a sentence subject: a pronoun after it may mean them
        (`The coach sat in the stands. “…,” he said.` is the coach, not the last speaker)."""
        if m.kind == "description" and m.entity == "person" and not m.anonymous and not _plural(m.head):
            found = self._by_role(m)  # `the minister`: the person with that title, if any
            if found is None or not found.name:
                described = _Entity(_strip_determiner(m.text), m.role, "person", GENDERED_NOUNS.get(m.head))
                self.recent.append((m.start, described))
            return
        if m.kind == "name" and m.name:
            ent = self._full(m.name, m.start)
            self._remember(m.start, ent)
            # `Russia … it said`; never a number read as a name (`a 3 a.m. call … it shows`)
            if ent.entity in {"organization", "unknown"} and " " not in ent.name and ent.name[0].isalpha():
                self.bodies.append(
                    (m.start, Speaker.trusted(name=ent.name, mention=m.text, kind="organization"))
                )

    def _remember(self, pos: int, ent: _Entity) -> None:
        """Only people are antecedents of he/she: a known person, or a full personal name."""
        words = ent.name.lower().split()
        # `Connecticut Post`, `Foreign Ministry`: a body; `On September 27`: a date read as a name
        body_like = words[-1] in ORG_NOUNS or words[-1] in MEDIA_NOUNS
        dated = words[0] in PREPOSITIONS or any(
            w in MONTHS or w in WEEKDAYS or w[:1].isdigit() for w in words
        )
        personal = len(words) >= 2 and not body_like and not dated
        if ent.entity == "person" or (ent.entity == "unknown" and personal):
            self.recent.append((pos, ent))

    def resolve(self, m: Mention) -> Speaker:
        if m.kind == "pronoun":
            return self._pronoun(m)
        if m.kind == "name" and m.name:
            ent = self._full(m.name, m.start)
            if m.entity != "media":
                self._remember(m.start, ent)
            kind = m.entity if m.entity != "unknown" else ent.entity
            speaker = Speaker.trusted(
                name=ent.name, mention=m.text, role=m.role or ent.role, kind=_kind(kind), anonymous=False
            )
            self._note_body(m.start, speaker)
            return speaker
        speaker = self._description(m)
        self._note_body(m.start, speaker)
        return speaker

    def _note_body(self, pos: int, speaker: Speaker) -> None:
        if speaker.kind in {"organization", "media", "group"} and speaker.name and speaker.name[0].isalpha():
            self.bodies.append((pos, speaker))

    def named_person(self, m: Mention) -> Speaker | None:
        """The person a name mention stands for, if it is one (nothing remembered)."""
        if m.kind != "name" or not m.name:
            return None
        ent = self._full(m.name, m.start)
        if ent.entity != "person" and m.entity != "person":
            return None
        return Speaker.trusted(name=ent.name, mention=m.text, role=m.role or ent.role, kind="person")

    def full_name(self, surname: str) -> _Entity | None:
        """The registered person or body a bare surname stands for, if any (nearest the start)."""
        ent = self._full(surname, 0)
        return ent if ent.name in self.names else None

    def _full(self, name: str, pos: int) -> _Entity:
        """The fullest registered name ending (or starting) with this one, nearest first."""
        own = self.names.get(name) or _Entity(name, None, "unknown")
        words = name.split()
        if len(words) > 1:
            return own
        low = name.lower()
        candidates = self._holding(low) + self._holding(low + "’s") + self._holding(low + "'s")
        matches = [
            e
            for e in candidates
            if len(e.name.split()) > 1
            and e.entity != "organization"
            and _bare_surname(e.name.split()[-1]) == low
        ]
        if not matches:  # family name first, as in "Kim Jong-un" → "Mr. Kim"
            matches = [
                e
                for e in candidates
                if len(e.name.split()) > 1 and e.entity == "person" and e.name.split()[0].lower() == low
            ]
        if not matches:
            return own
        return min(matches, key=lambda e: min(abs(p - pos) for p in e.positions or [0]))

    def _pronoun(self, m: Mention) -> Speaker:
        if m.head in {"he", "she"}:
            want = "m" if m.head == "he" else "f"
            for pos, ent in reversed(self.recent):
                if m.start - pos > _PRONOUN_REACH:
                    break
                if pos < m.start and ent.gender in {None, want}:
                    if ent.gender is None:
                        ent.gender = want
                    self.recent.append((m.start, ent))
                    return Speaker.trusted(name=ent.name, mention=m.text, role=ent.role, kind="person")
            return Speaker.trusted(name=None, mention=m.text, kind="person")
        want_kinds = {"organization", "media"} if m.head == "it" else {"organization", "media", "group"}
        for pos, body in reversed(self.bodies):
            if m.start - pos > _PRONOUN_REACH:
                break
            if pos < m.start and body.kind in want_kinds:
                return body.model_copy(update={"mention": m.text})
        return Speaker.trusted(name=None, mention=m.text, kind="group" if m.head == "they" else "unknown")

    def _description(self, m: Mention) -> Speaker:
        first = m.text.split()[0].lower()
        bare_title = m.text[:1].isupper() and first not in {"a", "an", "the", "this"}  # "Mayor: …"
        definite = not m.anonymous and (
            first in {"the", "this"} or first.endswith(("’s", "'s")) or bare_title
        )
        if definite and m.entity == "document":
            for pos, head, speaker in reversed(self.documents):
                if pos < m.start and head == m.head:
                    return speaker.model_copy(update={"mention": m.text})
        if definite:
            found = self._by_role(m)
            if found is not None:
                return found
        name = _strip_determiner(m.text)
        self.descriptions.append((m.start, m, name))
        return Speaker.trusted(
            name=name,
            mention=m.text,
            role=m.role,
            kind=_kind(m.entity),
            anonymous=m.anonymous or (m.entity in {"person", "group"} and not definite),
        )

    def _by_role(self, m: Mention) -> Speaker | None:
        """'the minister' → the person titled minister; 'the ministry' → the named ministry.

        A person just spoken of comes first when nothing in the article contradicts the
        title (their own title unknown): "Lavrov said … According to the minister, …".
        """
        head = m.head
        title = set(_strip_determiner(m.text).lower().split())
        if head in _PERSON_TITLES and self.recent:
            pos, ent = self.recent[-1]
            if 0 <= m.start - pos <= _ROLE_REACH and (not ent.role or _same_title(title, ent.role)):
                self.recent.append((m.start, ent))
                return Speaker.trusted(name=ent.name, mention=m.text, role=ent.role, kind="person")
        for pos, desc, name in reversed(self.descriptions):
            # "the spokesperson" is the Number 10 spokesperson met before; "Foreign Affairs
            # spokesperson" is not, and "American officials" says more than "officials" before
            # it: the earlier description's words must hold all of this one's
            words = set(name.lower().split())
            if pos < m.start and desc.head == head and title <= words:
                return Speaker.trusted(
                    name=name,
                    mention=m.text,
                    role=desc.role,
                    kind=_kind(desc.entity),
                    anonymous=desc.anonymous,
                )
        best: _Entity | None = None
        best_key = (-1, -1)
        for ent in self._holding(head):
            if ent.entity == "person" and m.entity != "person" and not title & _PERSON_TITLES:
                continue  # `the court` is not the justice whose title holds "Court"
            hay = set(f"{ent.role or ''} {ent.name}".lower().split())
            if ent.role and _other_office(title, ent.role):
                continue  # `the presidential nominee` is not the vice-presidential one
            if head and head in hay and len(title & hay) >= len(title) - 1:  # all words, or all but one
                before = [p for p in ent.positions if p < m.start]
                # the whole title ("defence secretary") beats the head noun alone
                key = (len(title & hay), max(before) if before else -1)
                if key > best_key or best is None:
                    best, best_key = ent, key
        if best is None:
            return None
        if best.entity in {"person", "unknown"}:
            self.recent.append((m.start, best))
        return Speaker.trusted(name=best.name, mention=m.text, role=best.role, kind=_kind(best.entity))


# Words that make another office of a title: a vice president is not the president.
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "former", "acting", "associate", "under", "running"})


def _same_title(title: set[str], role: str) -> bool:
    """The role holds the title's words, and no word that makes it another office."""
    return title <= set(role.lower().split()) and not _other_office(title, role)


def _other_office(title: set[str], role: str) -> bool:
    """The role has a word the title lacks that makes it another office (`vice`, `deputy`)."""
    words = set(role.lower().replace("-", " ").split())
    return bool((words - title) & _RANK_WORDS)


def _bare_surname(word: str) -> str:
    low = word.lower()
    return low[:-2] if low.endswith(("’s", "'s")) else low


def _gender(m: Mention) -> str | None:
    """He or she: from an honorific (Mr., Ms.), else from a first name the mined list knows."""
    words = {w.lower() for w in (m.role or "").split()} | {m.text.split()[0].lower()}
    if words & HONORIFICS_MALE:
        return "m"
    if words & HONORIFICS_FEMALE:
        return "f"
    name = (m.name or "").split()
    return FIRST_NAME_GENDERS.get(name[0].lower()) if len(name) >= 2 else None


def _plural(head: str) -> bool:
    """`people`, `officials`, `chairmen`: many people, never a he or a she."""
    if head in GENDERED_NOUNS:
        return False
    if head in {"people", "folks", "staff"} or head.endswith("men"):
        return True
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _strip_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    if rest.startswith(("in ", "of ")):
        return text  # `One in five`, `one of the organisers`: the count is the speaker
    if rest and first.lower() in {"the", "a", "an", "this", "another", "one"}:
        return rest
    return text


def _kind(entity: str) -> SpeakerKind:
    return cast(SpeakerKind, entity) if entity in get_args(SpeakerKind) else "unknown"
