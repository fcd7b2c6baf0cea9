"""The team's vocabulary (``[vocabulary]``): accepted, preferred and rejected words.

:class:`TeamVocabulary` is the config table as it is written. :class:`Vocabulary` matches the
accepted words: names, brands and terms the dictionary does not know. Its entries come from config (``[vocabulary] accept = [...]``) and from a draft's front matter
(``vocab: [...]``). An entry written with capitals matches only that spelling ("LinkedIn" does
not accept "linkedin"); an all-lowercase entry matches any capitalisation. Finnish inflects
names, so an entry also accepts its inflected forms: the entry followed by a case ending
("Kindan", "Kindalla"), by a colon and an ending ("AINO15:n"), or by a hyphen and a word
("Kinda-tiimi", checked on its own by the spell checker).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import regex

from postcheck.core.resources import load_toml, rules_dir

_ENDING = regex.compile(r":?\p{Ll}{1,6}")


@functools.cache
def builtin_words(lang: str) -> tuple[str, ...]:
    """Return the words accepted in every draft of ``lang`` (``rules/LANG/vocabulary.toml``)."""
    path = rules_dir() / lang / "vocabulary.toml"
    return tuple(load_toml(path).get("accept", ())) if path.is_file() else ()


def builtin_abbreviations(lang: str) -> frozenset[str]:
    """Return the abbreviations accepted exactly as written in drafts of ``lang``."""
    return builtin_list(lang, "abbreviations")


def builtin_lowercase(lang: str) -> frozenset[str]:
    """Return the words ``lang`` always writes in lowercase (weekdays, months, holidays)."""
    return builtin_list(lang, "lowercase")


@functools.cache
def builtin_list(lang: str, key: str) -> frozenset[str]:
    """Return a word list of ``rules/LANG/vocabulary.toml`` (lowercase; empty when none)."""
    path = rules_dir() / lang / "vocabulary.toml"
    words = load_toml(path).get(key, ()) if path.is_file() else ()
    return frozenset(word.lower() for word in words)


@dataclass(frozen=True)
class TeamVocabulary:
    """The ``[vocabulary]`` table: words to accept, to prefer (avoided → preferred), to reject."""

    accept: tuple[str, ...] = ()
    prefer: Mapping[str, str] = field(default_factory=dict)
    reject: tuple[str, ...] = ()


class Vocabulary:
    """A set of accepted words with the matching rules described in the module docs."""

    def __init__(self, entries: Iterable[str] = ()) -> None:
        written = [entry.strip() for entry in entries if entry.strip()]
        self._exact = frozenset(entry for entry in written if entry != entry.lower())
        self._folded = frozenset(entry for entry in written if entry == entry.lower())

    def __bool__(self) -> bool:
        return bool(self._exact or self._folded)

    def _matches(self, word: str) -> bool:
        return word in self._exact or word.lower() in self._folded

    def accepts(self, word: str) -> bool:
        """Return True when ``word`` is an entry or an inflected form of one."""
        if self._matches(word):
            return True
        for cut in range(max(1, len(word) - 7), len(word)):
            stem, ending = word[:cut], word[cut:]
            if self._matches(stem) and _ENDING.fullmatch(ending):
                return True
        return False

    def lowercase_entries(self) -> frozenset[str]:
        """Return the entries written in lowercase (they match any capitalisation)."""
        return self._folded

    def written_as(self, word: str) -> str | None:
        """Return how an entry with capitals writes ``word`` when only the case differs.

        "linkedin" → "LinkedIn", "linkedinissä" → "LinkedInissä"; None when no entry matches.
        """
        lower = word.lower()
        for entry in sorted(self._exact, key=lambda entry: (-len(entry), entry)):  # longest first
            folded = entry.lower()
            ending = lower[len(folded) :]
            if lower.startswith(folded) and (not ending or _ENDING.fullmatch(ending)):
                return entry + word[len(entry) :]
        return None

    def compound_tail(self, word: str) -> str | None:
        """Return the rest of a compound headed by a lowercase entry ("tahini|kastiketta")."""
        lower = word.lower()
        for entry in self._folded:
            if len(entry) >= 4 and lower.startswith(entry) and len(lower) - len(entry) >= 3:
                return lower[len(entry) :]
        return None

    def accepts_prefix(self, word: str) -> str | None:
        """Return the part after "ENTRY-" when ``word`` joins an entry with a hyphen."""
        head, hyphen, tail = word.partition("-")
        return tail if hyphen and tail and self.accepts(head) else None
