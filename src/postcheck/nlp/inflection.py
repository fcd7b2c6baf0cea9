"""Inflected forms of words Voikko does not know, found by analogy with a word it does.

A team's vocabulary lists "tubettaja" and "twiitata"; the draft writes "tubettajista" and
"twiitannut". Finnish changes a stem as it inflects it ("twiitata" → "twiittaa-", "twiitan-"),
so an ending added to the entry as written does not find these. A Finnish word that ends as the
entry does inflects as it does: "opettaja" for "tubettaja", "viitata" for "twiitata".
:func:`inflects_like` puts the draft's word on that model ("opettajista", "viitannut") and asks
Voikko whether the result is an inflected form of the model itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from postcheck.core.text import shared_prefix
from postcheck.nlp.suggestions import frequent_words
from postcheck.nlp.voikko import voikko

#: The longest and shortest endings a model shares with the entry, tried longest first.
LONGEST_SHARED_ENDING = 6
SHORTEST_SHARED_ENDING = 3
#: How many letters at the end of the entry its inflection may change ("twiitata" → "twiittaa").
CHANGING_LETTERS = 3
#: What Finnish inflection adds to a stem: native letters, ending in a vowel or n, t, s.
_FINNISH_ENDING = re.compile(r"[adehijklmnoprstuvyäö]*[aeiouyäöntsk]")
#: Shorter entries take their endings as written ("bio" → "biossa"); no model is sought.
SHORTEST_ENTRY = 6
#: How many models are tried: the most common words with the longest shared ending.
MODELS = 3
#: Models come from this many of the most common Finnish word forms.
MODEL_POOL = 60_000


def _is_lemma(word: str) -> bool:
    """Tell whether Voikko reads ``word`` as a base form (a dictionary entry, not a case form)."""
    return any(reading.get("BASEFORM") == word for reading in voikko("fi").analyze(word))


@functools.lru_cache(maxsize=1_000)
def models(entry: str) -> tuple[int, tuple[str, ...]]:
    """Return (length of the shared ending, common Finnish base forms that end as ``entry`` does).

    "tubettaja" → (6, ("opettaja", "kuljettaja", …)); (0, ()) when no common word does.
    """
    for length in range(LONGEST_SHARED_ENDING, SHORTEST_SHARED_ENDING - 1, -1):
        if len(entry) <= length:
            continue
        ending = entry[-length:]
        found: list[str] = []
        for word in frequent_words("fi", MODEL_POOL):
            if word.endswith(ending) and word != entry and word.isalpha() and _is_lemma(word):
                found.append(word)
                if len(found) == MODELS:
                    break
        if found:
            return length, tuple(found)
    return 0, ()


def inflects_like(word: str, entry: str) -> bool:
    """Tell whether lowercase ``word`` is an inflected form of the lowercase ``entry``.

    The entry has at least :data:`SHORTEST_ENTRY` letters, the two share all but its last
    :data:`CHANGING_LETTERS`, the rest of ``word`` is what a Finnish ending can be, and ``word``
    put on a model of the entry is a form of that model ("tubettajista" → "opettajista", a form
    of "opettaja"). A misspelling of the stem ("tubetajista") shares too little.
    """
    if word == entry:
        return True
    if len(entry) < SHORTEST_ENTRY:
        return False  # "bio", "vau": their endings are added to them as written ("biossa")
    shared = shared_prefix(word, entry)
    if shared < len(entry) - CHANGING_LETTERS or not _FINNISH_ENDING.fullmatch(word[shared:]):
        return False  # "postcheck" is no form of "postata"
    length, found = models(entry)
    cut = len(entry) - length  # the letters of the entry before the ending it shares
    if not found or cut > shared:
        return False
    analyzer = voikko("fi")
    for model in found:
        form = model[: len(model) - length] + word[cut:]
        if any(_of_model(reading, model) for reading in analyzer.analyze(form)):
            return True
    return False


def _of_model(reading: Mapping[str, str], model: str) -> bool:
    """Tell whether a Voikko reading is a form of ``model``.

    Its base form is the model, or it is a participle Voikko derives from the model
    ("viitannut" has the base form "viitannut", made of "viitata").
    """
    return reading.get("BASEFORM") == model or f"({model})" in reading.get("WORDBASES", "")
