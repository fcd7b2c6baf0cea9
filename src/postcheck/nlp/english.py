"""Recognising English words in Finnish text, with pyspellchecker's English word frequencies.

Finnish posts borrow English ("startup", "next level"). Such a word is not a misspelling, so
the spelling rule leaves it to the ``english-word`` rule, which asks whether the audience
understands it. A word counts as English when it is common in English: at least
:data:`MIN_FREQUENCY` occurrences in pyspellchecker's English frequency list (loaded on first use).
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

#: How common a word must be in pyspellchecker's English list to count as English.
MIN_FREQUENCY = 500
#: How common a word must be to count as English beside another English word ("game changer").
MIN_FREQUENCY_IN_PHRASE = 100


@functools.cache
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return the English words of at least :data:`MIN_FREQUENCY`, and the rarer ones of a phrase.

    The second set holds the words of at least :data:`MIN_FREQUENCY_IN_PHRASE` that are not in
    the first. pyspellchecker's frequency list is read once, straight from its package data
    (twice as fast as building a ``SpellChecker``, which matters for a pre-commit hook's
    start-up); its API is the fallback should the data file move.
    """
    try:
        data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
        frequencies: dict[str, int] = json.loads(gzip.decompress(data))
    except (OSError, ValueError, ModuleNotFoundError):
        from spellchecker import SpellChecker

        frequencies = SpellChecker(language="en", distance=1).word_frequency.dictionary
    common = frozenset(word for word, count in frequencies.items() if count >= MIN_FREQUENCY)
    rarer = frozenset(
        word
        for word, count in frequencies.items()
        if MIN_FREQUENCY_IN_PHRASE <= count < MIN_FREQUENCY
    )
    return common, rarer


@functools.lru_cache(maxsize=50_000)
def is_english_word(word: str) -> bool:
    """Return True when ``word`` (any case) is a common English word."""
    return word.lower() in _english_words()[0]


def is_english_in_phrase(word: str) -> bool:
    """Return True when ``word`` is English enough to be so beside a common English word.

    "changer" is rarer than :data:`MIN_FREQUENCY` alone, but "game changer" is an English phrase.
    """
    lowered = word.lower()
    common, rarer = _english_words()
    return lowered in common or lowered in rarer


#: Finnish endings an English loan takes, longest first: "facebookissa", "brokerin", "issuet",
#: "hostata", "postaama" (a consonant-final loan gets a linking i or e: "rightejä").
_FINNISH_ENDINGS = (
    "ataan",
    "eiksi",
    "eilla",
    "eille",
    "eillä",
    "eilta",
    "eiltä",
    "eissa",
    "eissä",
    "eista",
    "eistä",
    "ätään",
    "aama",
    "attu",
    "iksi",
    "illa",
    "ille",
    "illä",
    "ilta",
    "iltä",
    "issa",
    "issä",
    "ista",
    "istä",
    "ätty",
    "äämä",
    "aan",
    "ama",
    "asi",
    "ata",
    "eja",
    "ejä",
    "ien",
    "iin",
    "ina",
    "inä",
    "ksi",
    "lla",
    "lle",
    "llä",
    "lta",
    "ltä",
    "ssa",
    "ssä",
    "sta",
    "stä",
    "ämä",
    "äsi",
    "ätä",
    "ään",
    "ia",
    "in",
    "it",
    "iä",
    "ja",
    "jä",
    "na",
    "nä",
    "a",
    "n",
    "t",
    "ä",
)


@functools.lru_cache(maxsize=50_000)
def english_stem(word: str) -> str | None:
    """Return the English word an inflected loan is built on, or None.

    "facebookista" → "facebook", "brokerin" → "broker", "issuet" → "issue", "hostata" → "host":
    a common English word of at least four letters followed by a Finnish ending.
    """
    lower = word.lower()
    for ending in _FINNISH_ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 4 and stem in _english_words()[0]:
            return stem
    return None


def english_loan(word: str) -> bool:
    """Tell whether a lowercase word, or each part of a hyphenated one, is common English.

    "ownership", "end-to-end": borrowed English in a Swedish text, not a misspelling.
    """
    parts = word.split("-")
    return (
        word[:1].islower()
        and len(word) >= 3
        and all(part.isalpha() and is_english_word(part) for part in parts)
    )
