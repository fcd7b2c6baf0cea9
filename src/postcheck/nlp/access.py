"""Fast access to Voikko's results on a token, for rules that look at every word.

spaCy's ``token._`` extensions are convenient but slow in loops over every token of every rule;
these functions read the same data from lists the pipeline keeps in ``doc.user_data``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from postcheck.nlp.pipeline import CHOICES, CONNEGATIVES, READINGS, WORDS, WordInfo

_EMPTY: Mapping[str, str] = {}


def info(token: Any) -> WordInfo | None:
    """Return Voikko's :class:`WordInfo` for a word token (None for other tokens and English)."""
    words = token.doc.user_data.get(WORDS)
    result: WordInfo | None = words[token.i] if words is not None else None
    return result


def word_infos(doc: Any) -> list[WordInfo | None]:
    """Return Voikko's :class:`WordInfo` per token of a Finnish doc (None for other tokens)."""
    found: list[WordInfo | None] = doc.user_data[WORDS]
    return found


def known(token: Any) -> bool:
    """Tell whether Voikko accepts the word as written."""
    found = info(token)
    return found is not None and found.known


def analysed(token: Any) -> bool:
    """Tell whether Voikko has any reading of the word (in any capitalisation)."""
    found = info(token)
    return found is not None and bool(found.analyses)


def reading(token: Any) -> Mapping[str, str]:
    """Return the reading the pipeline chose for the word in its context (empty when none)."""
    readings = token.doc.user_data.get(READINGS)
    found: Mapping[str, str] = readings[token.i] if readings is not None else _EMPTY
    return found


def chosen_readings(doc: Any) -> list[int]:
    """Return, per token of a Finnish doc, the index of the reading chosen in context."""
    found: list[int] = doc.user_data[CHOICES]
    return found


def lemmas(token: Any) -> tuple[str, ...]:
    """Return every base form Voikko gives for the word."""
    found = info(token)
    return found.lemmas if found is not None else ()


def connegative(token: Any) -> bool:
    """Tell whether a verb follows a negation verb ("emme tiedä"): its person is the negation's."""
    return token.i in token.doc.user_data.get(CONNEGATIVES, ())


def compound_part(token: Any) -> bool:
    """Tell whether a word is the first part of a coordinated compound.

    "Syys–marraskuussa", "kamera- ja tiesäädata": a hyphen or dash follows the word with no
    space between.
    """
    if token.whitespace_ or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i + 1].text in ("-", "–", "‑")
