"""Recognising English words in Finnish text, with pyspellchecker's English word frequencies.

Finnish posts borrow English ("startup", "next level"). Such a word is not a misspelling, so
the spelling rule leaves it to the ``english-word`` rule, which asks whether the audience
understands it. A word counts as English when it is common in English: at least
:data:`MIN_FREQUENCY` occurrences in pyspellchecker's English frequency list (loaded on first use).
"""

from __future__ import annotations

import functools
from typing import Any

#: How common a word must be in pyspellchecker's English list to count as English.
MIN_FREQUENCY = 500


@functools.cache
def _frequencies() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


@functools.lru_cache(maxsize=50_000)
def is_english_word(word: str) -> bool:
    """Return True when ``word`` (any case) is a common English word."""
    return bool(_frequencies()[word.lower()] >= MIN_FREQUENCY)
