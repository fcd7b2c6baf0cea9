"""Finding terms in a draft by base form, so one entry catches every inflected form.

A term is one or more words. Each word of the term matches a word of the draft when it equals
the draft word (lowercased) or one of Voikko's base forms of it: "synergia" finds "synergiaa" and
"synergioiden", "olla iloinen" finds "olemme iloisia". For a word Voikko does not know (new
loanwords), the term's stem is enough: "implementoida" finds "implementoimme". Multi-word terms
match in sequence, across nothing but whitespace.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from postcheck.nlp.pipeline import doc_tokens, token_texts

_MATCHED_KINDS = frozenset({"word", "abbreviation"})


def stem(term: str) -> str:
    """Return the stem an inflected form of ``term`` starts with ("implementoida" → "implementoi")."""
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


@dataclass(frozen=True)
class _Words:
    """The draft's words as the matcher needs them, computed once per document."""

    tokens: list[Any]
    forms: list[frozenset[str]]
    unknown: list[bool]
    #: form (lowercase text or base form) → indexes of the words that have it
    index: dict[str, list[int]]


@functools.lru_cache(maxsize=50_000)
def _forms(text: str, lemmas: tuple[str, ...]) -> frozenset[str]:
    """Return the forms a word matches by: its lowercase text and base forms (cached)."""
    return frozenset({text.lower(), *(lemma.lower() for lemma in lemmas)})


def _words(doc: Any) -> _Words:
    cached = doc.user_data.get("postcheck_terms")
    if cached is None:
        kinds = doc._.kinds
        infos = doc.user_data.get("postcheck_words") or [None] * len(kinds)
        texts = token_texts(doc)
        at = [i for i, kind in enumerate(kinds) if kind in _MATCHED_KINDS]
        every = doc_tokens(doc)
        tokens = [every[i] for i in at]
        forms = []
        unknown = []
        index: dict[str, list[int]] = {}
        for position, i in enumerate(at):
            info = infos[i]
            word_forms = _forms(texts[i], info.lemmas if info is not None else ())
            forms.append(word_forms)
            unknown.append(info is None or not info.analyses)
            for form in word_forms:
                index.setdefault(form, []).append(position)
        cached = _Words(tokens, forms, unknown, index)
        doc.user_data["postcheck_terms"] = cached
    result: _Words = cached
    return result


class TermMatcher:
    """Finds listed terms in a spaCy ``Doc`` by base form (see the module documentation)."""

    def __init__(self, terms: Iterable[str]) -> None:
        # Longest terms first, so "olla iloinen voida kertoa" wins over "olla iloinen".
        listed = [(term, term.lower().split()) for term in terms if term.strip()]
        self.terms = sorted(listed, key=lambda item: -len(item[1]))
        self._by_first: dict[str, list[tuple[str, list[str]]]] = {}
        self._stems: list[tuple[str, str, list[str]]] = []
        for term, parts in self.terms:
            self._by_first.setdefault(parts[0], []).append((term, parts))
            if len(stem(parts[0])) >= 5:
                self._stems.append((stem(parts[0]), term, parts))

    def __bool__(self) -> bool:
        return bool(self.terms)

    @staticmethod
    def _word_matches(part: str, forms: frozenset[str], unknown: bool, text: str) -> bool:
        if part in forms:
            return True
        part_stem = stem(part)
        return unknown and len(part_stem) >= 5 and text.startswith(part_stem)

    def find(self, doc: Any, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Yield the matches in the prose span ``[start, end)`` of ``doc``, in order.

        Matches do not overlap: where two terms match at the same word, the longer one wins,
        and a word inside a match starts no other match.
        """
        words = _words(doc)
        limit = (
            end if end is not None else (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
        )
        # Only words that can start a term are tried: found through the draft's form index.
        firsts = self._by_first.keys() & words.index.keys()
        starts = {position for key in firsts for position in words.index[key]}
        if self._stems:
            starts.update(position for position, unknown in enumerate(words.unknown) if unknown)
        count = len(words.tokens)
        taken_until = -1
        for position in sorted(starts):
            token = words.tokens[position]
            if position < taken_until or token.idx < start:
                continue
            if token.idx >= limit:
                break
            found = self._match_at(doc, words, position, count)
            if found is not None:
                term, stop = found
                yield Match(token, words.tokens[stop - 1], term)
                taken_until = stop

    def _candidates(self, words: _Words, index: int) -> list[tuple[str, list[str]]]:
        candidates = [item for form in words.forms[index] for item in self._by_first.get(form, ())]
        if words.unknown[index]:
            text = words.tokens[index].text.lower()
            candidates += [
                (term, parts) for prefix, term, parts in self._stems if text.startswith(prefix)
            ]
        return sorted(candidates, key=lambda item: -len(item[1]))

    def _match_at(self, doc: Any, words: _Words, index: int, count: int) -> tuple[str, int] | None:
        """Return (term, end index) of the longest term that starts at word ``index``."""
        for term, parts in self._candidates(words, index):
            stop = index + len(parts)
            if stop > count:
                continue
            if all(
                self._word_matches(
                    part,
                    words.forms[index + offset],
                    words.unknown[index + offset],
                    words.tokens[index + offset].text.lower(),
                )
                for offset, part in enumerate(parts[1:], 1)
            ) and _adjacent(doc, words.tokens[index:stop]):
                return term, stop
        return None


def _adjacent(doc: Any, tokens: list[Any]) -> bool:
    """Tell whether consecutive tokens are separated by whitespace only."""
    return all(not doc[a.i + 1 : b.i].text.strip() for a, b in itertools.pairwise(tokens))


@dataclass(frozen=True)
class NameSlip:
    """A name written in the wrong capitalisation: where, as written, and as it should be."""

    start: int
    written: str
    name: str
    corrected: str


def miswritten_names(tokens: Iterable[Any], names: Iterable[str]) -> Iterator[NameSlip]:
    """Yield names written otherwise than listed ("Linkedinissä" for "LinkedIn").

    The name may start a word, a hashtag or a mention and be followed by an inflection
    ("LinkedInissä", "LinkedIn:ssä", "LinkedIn-sivu"); the correction keeps the ending.
    """
    listed = list(names)
    for token in tokens:
        text = token.text.lstrip("#@")
        offset = len(token.text) - len(text)
        for name in listed:
            written, rest = text[: len(name)], text[len(name) :]
            boundary = not rest or rest[0] in ":-" or rest.islower()
            if written.lower() == name.lower() and written != name and boundary:
                yield NameSlip(token.idx + offset, written, name, name + rest)
