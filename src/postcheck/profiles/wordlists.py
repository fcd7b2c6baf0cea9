"""The word lists rules read for drafts not analysed with Voikko (English, Swedish).

``rules/LANG/words.toml`` lists the words that speak to the reader and of us, news words,
invitations to comment and phrases that give the reader a next step. Finnish drafts are read
with Voikko's analyses (imperatives, person and possessive forms) instead.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from postcheck.core.resources import load_toml, rules_dir


@dataclass(frozen=True)
class WordLists:
    """One language's lists (all lowercase)."""

    you: frozenset[str] = frozenset()
    we: frozenset[str] = frozenset()
    news: frozenset[str] = frozenset()
    invitations: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    #: Verbs that start a sentence as a call to action ("read", "läs").
    actions: frozenset[str] = frozenset()
    #: What a post type needs ("date", "place", "apply" …) → words and phrases that give it;
    #: an entry starting with "-" is a word ending ("-gatan").
    needs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def news_in(self, text: str) -> bool:
        """Tell whether a text has a news word or phrase ("today", "i dag")."""
        return _has_any(text, self.news)

    def invites(self, text: str) -> bool:
        """Tell whether a text invites comments or shares (the listed words, whole)."""
        return _has_any(text, self.invitations)

    def gives_next_step(self, text: str) -> bool:
        """Tell whether a text gives the reader a next step ("read more", "läs mer")."""
        return _has_any(text, self.next_steps)

    def gives(self, need: str, text: str) -> bool:
        """Tell whether a text has a word or phrase that gives a post type's ``need``."""
        entries = self.needs.get(need, ())
        padded = _words_of(text)
        endings = tuple(entry[1:] for entry in entries if entry.startswith("-"))
        if endings and any(word.endswith(endings) for word in padded.split()):
            return True
        return any(f" {entry} " in padded for entry in entries if not entry.startswith("-"))


def _words_of(text: str) -> str:
    """Return a text's words, lowercase, one space apart and around (for phrase lookups)."""
    kept = "".join(char if char.isalnum() or char == "'" else " " for char in text.lower())
    return " " + " ".join(kept.split()) + " "


def _normalised(entry: str) -> str:
    """Return a list entry as :func:`_words_of` writes text ("a.m." → "a m"; "-gatan" kept)."""
    if entry.startswith("-"):
        return "-" + _words_of(entry[1:]).strip()
    return _words_of(entry).strip()


def _has_any(text: str, phrases: frozenset[str] | tuple[str, ...]) -> bool:
    """Tell whether a text holds one of the phrases as whole words."""
    padded = _words_of(text)
    return any(f" {phrase} " in padded for phrase in phrases)


@functools.cache
def word_lists(lang: str) -> WordLists:
    """Return the word lists of ``lang`` (empty lists for a language without a file)."""
    path = rules_dir() / lang / "words.toml"
    if not path.is_file():
        return WordLists()
    data = load_toml(path)
    return WordLists(
        you=frozenset(data.get("you", ())),
        we=frozenset(data.get("we", ())),
        news=frozenset(data.get("news", ())),
        invitations=tuple(data.get("invitations", ())),
        next_steps=tuple(data.get("next_steps", ())),
        actions=frozenset(data.get("actions", ())),
        needs={
            need: tuple(_normalised(entry) for entry in entries)
            for need, entries in data.get("needs", {}).items()
        },
    )
