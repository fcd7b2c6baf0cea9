"""Case agreement as the tie-breaker of spelling suggestions.

A misspelling can be a slip from two words: "silmäön" from "silmään" or "silmän". In a Finnish
noun phrase the attribute agrees with its noun in case and number ("vasemman silmän"), and
coordinated words take one case ("valkoisen ja mustan"), so the word before the misspelling
settles it. :func:`agreeing_first` puts first the likeliest suggestion that agrees, when it is
among the first few and the first does not agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from postcheck.analysis.draft_analysis import Analysis
from postcheck.nlp.voikko import voikko

#: Word classes that agree with the noun after them: adjectives, pronouns, numerals.
_ATTRIBUTES = frozenset({"laatusana", "nimisana_laatusana", "asemosana", "lukusana"})
#: Personal pronouns: they stand for a noun phrase of their own and agree with nothing after them.
_PERSONAL = frozenset({"minä", "sinä", "hän", "me", "te", "he"})
#: Words that join two words of one case.
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eikä"})
#: How far down the suggestions an agreeing one may be moved up from.
CONSIDERED = 3


def _word_before(token: Any, analysis: Analysis) -> Any | None:
    """Return the word right before a token on its line, or None (not an abbreviation)."""
    before = analysis.word_beside(token, -1)
    return before if before is not None and analysis.doc._.kinds[before.i] == "word" else None


def _forms(found: Any, attribute_only: bool) -> set[tuple[str, str]]:
    """Return every (case, number) Voikko reads a word in, but the nominative.

    Every reading counts ("isoista" is elative or partitive plural), so the order changes only
    when no reading of the word before agrees with the first suggestion. With
    ``attribute_only``, only adjectives, pronouns other than personal ones, numerals and
    participles agree with the word after them.
    """
    forms = set()
    for analysed in voikko("fi").analyze(found.text.lower()):
        case, number = analysed.get("SIJAMUOTO"), analysed.get("NUMBER")
        if not case or not number or case == "nimento":  # the nominative agrees with too much
            continue
        if attribute_only and (
            analysed.get("BASEFORM") in _PERSONAL  # "heidän työnsä", "muistuttaa teitä siitä"
            or not (analysed.get("CLASS") in _ATTRIBUTES or analysed.get("PARTICIPLE"))
        ):
            continue
        forms.add((case, number))
    return forms


def agreement(token: Any, analysis: Analysis) -> set[tuple[str, str]]:
    """Return the (case, number) pairs the word at ``token`` may agree with.

    Those of the attribute before it ("vasemman silmän"), or of the word before a conjunction
    ("valkoisen ja mustan").
    """
    before = _word_before(token, analysis)
    if before is None:
        return set()
    if before.text.lower() in _CONJUNCTIONS:
        first = _word_before(before, analysis)
        return set() if first is None else _forms(first, attribute_only=False)
    return _forms(before, attribute_only=True)


def _agrees(candidate: str, forms: set[tuple[str, str]]) -> bool:
    """Tell whether some reading of ``candidate`` is in one of ``forms``."""
    return any(
        (found.get("SIJAMUOTO"), found.get("NUMBER")) in forms
        for found in voikko("fi").analyze(candidate)
    )


def agreeing_first(suggestions: Iterable[str], forms: set[tuple[str, str]]) -> tuple[str, ...]:
    """Return the suggestions with the first agreeing one of the first few moved to the front.

    Unchanged when there is nothing to agree with or the first already agrees.
    """
    ordered = tuple(suggestions)
    if not forms or not ordered or _agrees(ordered[0], forms):
        return ordered
    for i, candidate in enumerate(ordered[1:CONSIDERED], 1):
        if _agrees(candidate, forms):
            return (candidate, *ordered[:i], *ordered[i + 1 :])
    return ordered
