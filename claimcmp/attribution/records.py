"""The records attribution passes on: a cue, an attribution (speaker, cue, source chain, the rule
that found it and, where the chooser decided, its score) and a reported-speech span."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcmp.mentions import Mention


@dataclass(slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str
    index: int  # token index of the cue's (first) word
    after: int  # token index just past the cue's words

    @property
    def participle(self) -> bool:
        """`saying`, `pointing out`: an -ing form, whose speaker is the main clause's subject."""
        return self.text.split(" ", 1)[0].lower().endswith("ing")


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: Cue | None
    via: list[str] = field(default_factory=list)
    how: str = ""
    medium: Mention | None = None  # a medium named as the speaker, kept apart from `mention`
    score: float | None = None  # the learned chooser's score, where it decided


@dataclass(slots=True)
class ReportedSpeech:
    start: int
    end: int
    attribution: Attribution
    act: bool = False  # a speech act whose content is no clause: `called for an inquiry`, `vowed to sue`
