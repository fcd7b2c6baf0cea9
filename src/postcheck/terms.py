"""Finding terms in a draft by base form, so one entry catches every inflected form.

A term is one or more words. Each word of the term matches a word of the draft when it equals
the draft word (lowercased) or one of Voikko's base forms of it: "synergia" finds "synergiaa" and
"synergioiden", "olla iloinen" finds "olemme iloisia". For a word Voikko does not know (new
loanwords), the term's stem is enough: "implementoida" finds "implementoimme". Multi-word terms
match in sequence, across nothing but whitespace.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

_MATCHED_KINDS = frozenset({"word", "abbreviation"})


def stem(term: str) -> str:
    """Return the stem an inflected form of ``term`` starts with ("implementoida" → "implemento")."""
    if term.endswith(("da", "dä", "ta", "tä")):
        return term[:-2]
    return term[:-1] if term[-1:] in "aeiouyäö" else term


@dataclass(frozen=True)
class Match:
    """A term found in the draft: its first and last token and the term as listed."""

    first: Any
    last: Any
    term: str

    @property
    def start(self) -> int:
        """Prose offset of the first character."""
        return int(self.first.idx)

    @property
    def end(self) -> int:
        """Prose offset just past the last character."""
        return int(self.last.idx + len(self.last.text))


class TermMatcher:
    """Finds listed terms in a spaCy ``Doc`` by base form (see the module documentation)."""

    def __init__(self, terms: Iterable[str]) -> None:
        # Longest terms first, so "olla iloinen voida kertoa" wins over "olla iloinen".
        listed = [(term, term.lower().split()) for term in terms if term.strip()]
        self.terms = sorted(listed, key=lambda item: -len(item[1]))

    def __bool__(self) -> bool:
        return bool(self.terms)

    @staticmethod
    def _word_matches(part: str, token: Any, forms: set[str]) -> bool:
        if part in forms:
            return True
        part_stem = stem(part)
        return (
            not token._.analyses
            and len(part_stem) >= 5
            and token.text.lower().startswith(part_stem)
        )

    def find(self, doc: Any, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Yield the matches in the prose span ``[start, end)`` of ``doc``, in order.

        Matches do not overlap: where two terms match at the same word, the longer one wins,
        and a word inside a match starts no other match.
        """
        kinds = doc._.kinds
        words = [
            token
            for token in doc
            if kinds[token.i] in _MATCHED_KINDS
            and token.idx >= start
            and (end is None or token.idx < end)
        ]
        forms = [
            {token.text.lower(), *(lemma.lower() for lemma in token._.lemmas)} for token in words
        ]
        index = 0
        while index < len(words):
            found = self._match_at(doc, words, forms, index)
            if found is None:
                index += 1
                continue
            term, stop = found
            yield Match(words[index], words[stop - 1], term)
            index = stop

    def _match_at(
        self, doc: Any, words: list[Any], forms: list[set[str]], index: int
    ) -> tuple[str, int] | None:
        """Return (term, end index) of the longest term that starts at ``words[index]``."""
        for term, parts in self.terms:
            stop = index + len(parts)
            if stop > len(words):
                continue
            if all(
                self._word_matches(part, words[index + offset], forms[index + offset])
                for offset, part in enumerate(parts)
            ) and _adjacent(doc, words[index:stop]):
                return term, stop
        return None


def _adjacent(doc: Any, tokens: list[Any]) -> bool:
    """Tell whether consecutive tokens are separated by whitespace only."""
    return all(not doc[a.i + 1 : b.i].text.strip() for a, b in itertools.pairwise(tokens))
