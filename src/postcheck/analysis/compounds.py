"""Finnish compounds written apart (yhdyssanavirhe): "asiakas palvelu" for "asiakaspalvelu".

Finnish writes a compound as one word, and a noun in the nominative does not stand before
another noun as its modifier: "kahvi kuppi" is "kahvikuppi" split. Two nouns side by side are
also a subject and its object ("vakka kantensa valitsee"), an apposition ("isä ampumahiihtäjä"),
a time ("keskiviikko kello 10"), a label line ("YÖVUORO HENGITYS") or a list without its comma,
so a pair is taken for a split compound only when the joined word is one Finnish uses:
Voikko builds it and wordfreq has seen it, made of the first word and the second's base form
("huipputarjous" for "huippu tarjoukset"). On the UD_Finnish test sets (34,000 words of edited
text and tweets) that leaves no pair but a word and its echo ("nippa nappa", now left
alone); without wordfreq's word it was 48, most of them sound Finnish.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from postcheck.analysis.draft_analysis import Analysis
from postcheck.nlp.access import info
from postcheck.nlp.suggestions import common_words, zipf
from postcheck.nlp.voikko import voikko

#: The shortest first part: "työ" in "työ paikka" counts, "ja" never.
_SHORTEST_PART = 3
#: How often (Zipf) wordfreq must have seen the joined word's base form: at all.
_SEEN_ZIPF = 1.0
_VOWELS = frozenset("aeiouyäö")


@dataclass(frozen=True)
class SplitCompound:
    """Two words that Finnish writes as one: their tokens and the joined word."""

    first: Any
    second: Any
    joined: str


def split_compounds(analysis: Analysis) -> Iterator[SplitCompound]:
    """Yield the pairs of nouns in the nominative that make a compound Finnish uses.

    Both in lowercase (the first may open a sentence) or both in capitals ("HUIPPU
    TARJOUKSET"), one space apart, neither among Finnish's 300 commonest words ("kaikki
    ohjeet", "koko elämäni"), every reading of both a noun in the nominative, the first in the
    singular. Where the first part ends in the vowel the second begins with, the compound takes
    a hyphen ("perjantai-ilta").
    """
    kinds, tokens = analysis.doc._.kinds, analysis.tokens
    common = common_words("fi")
    for first, second in itertools.pairwise(tokens):
        if kinds[first.i] != "word" or kinds[second.i] != "word" or first.whitespace_ != " ":
            continue
        a, b = first.text, second.text
        if not _written_alike(a, b, analysis.starts_sentence(first)):
            continue
        a, b = a.lower(), b.lower()
        if min(len(a), len(b)) < _SHORTEST_PART or a in common or b in common:
            continue
        if _echo(a, b):
            continue  # "nippa nappa", "tiki taka": a word and its echo
        base = _nominative_noun(second, singular=False)
        if base is None or _nominative_noun(first, singular=True) is None:
            continue
        hyphen = "-" if a[-1] == b[0] and a[-1] in _VOWELS else ""
        joined, lemma = f"{a}{hyphen}{b}", f"{a}{hyphen}{base}"
        if voikko("fi").spell(joined) and zipf(lemma) > _SEEN_ZIPF:
            yield SplitCompound(first, second, joined)


def _echo(first: str, second: str) -> bool:
    """Tell whether two words echo each other: as long, and apart by one vowel only."""
    if len(first) != len(second):
        return False
    apart = [(x, y) for x, y in zip(first, second, strict=True) if x != y]
    return len(apart) == 1 and set(apart[0]) <= _VOWELS


def _written_alike(first: str, second: str, opens_sentence: bool) -> bool:
    """Tell whether two words are written as one word's parts: lowercase, or both in capitals."""
    if first.isupper() and second.isupper():
        return True
    lower_first = first.islower() or (opens_sentence and first[1:].islower())
    return lower_first and second.islower()


def _nominative_noun(token: Any, *, singular: bool) -> str | None:
    """Return a word's base form when every reading is a noun in the nominative, else None."""
    found = info(token)
    if found is None or not found.analyses:
        return None
    for reading in found.analyses:
        if reading.get("CLASS") != "nimisana" or reading.get("SIJAMUOTO") != "nimento":
            return None
        if singular and reading.get("NUMBER") != "singular":
            return None
    return str(found.analyses[0].get("BASEFORM", token.text)).lower()
