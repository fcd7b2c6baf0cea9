"""What a rule reads: the analysed draft with its channel, audience, type and the team's settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from postcheck.analysis.draft_analysis import Analysis
from postcheck.profiles.audiences import GENERAL, Audience
from postcheck.profiles.channels import Channel
from postcheck.profiles.strategy import Strategy
from postcheck.profiles.vocabulary import Vocabulary


@dataclass(frozen=True)
class Context:
    """Everything a rule may read about the draft it checks."""

    analysis: Analysis
    channel: Channel | None = None
    audience: Audience | None = None
    type: str | None = None
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    strategy: Strategy = field(default_factory=Strategy)
    #: The draft's front matter (title, author, images …).
    front: Mapping[str, Any] = field(default_factory=dict)
    #: Codes and names of every rule in force (for checking suppression comments).
    rule_keys: frozenset[str] = frozenset()

    @property
    def target(self) -> Audience:
        """The audience whose targets apply: the draft's, or :data:`~postcheck.profiles.audiences.GENERAL`."""
        return self.audience or GENERAL

    @property
    def tokens(self) -> list[Any]:
        """The draft's tokens (a list made once per draft; iterate this, not the ``Doc``)."""
        return self.analysis.tokens

    def of_kind(self, *kinds: str) -> list[Any]:
        """Return the tokens of the given kinds ("word", "hashtag", "emoji" …), in order."""
        token_kinds = self.doc._.kinds
        return [token for token in self.analysis.tokens if token_kinds[token.i] in kinds]

    @property
    def prose(self) -> str:
        """The draft's prose (the ``Doc``'s text)."""
        return self.analysis.draft.prose

    @property
    def doc(self) -> Any:
        """The draft's spaCy ``Doc``."""
        return self.analysis.doc

    @property
    def lang(self) -> str:
        """The draft's language ("fi" or "en")."""
        return self.analysis.lang
