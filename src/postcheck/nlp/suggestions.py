"""Finnish spelling suggestions ranked by how Finns mistype and how common each word is.

Voikko proposes corrections in its own order: "Käyttönotto" gets "Käyttömotto, Käytönotto,
Käyttöotto, Käyttöönotto", the right word fourth. :func:`ranked_suggestions` widens the field
with the corrections of the slips Finns make most (a doubled consonant or long vowel typed
single or single typed double, ä/ö typed without dots, a neighbouring key, two letters swapped,
a letter left out or one too many) that Voikko accepts, and ranks every candidate by a noisy
channel: how likely the slip is (:func:`typing_cost`) against how common the word is in
Finnish (wordfreq's frequency list, read once). Voikko's order breaks ties.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterator, Sequence

from postcheck.core.text import with_first_case
from postcheck.nlp.voikko import voikko

# One step of a QWERTY key row on a Finnish keyboard: letters typed for their neighbour.
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"

# What a slip costs, in the units of :func:`typing_cost` (a plain edit costs 1).
_DOUBLING = 0.35  # "ilmoitaudu" for "ilmoittaudu", "muillekkin" for "muillekin"
_DOTS = 0.35  # "tama" for "tämä": typed without a Finnish keyboard
_NEIGHBOUR_KEY = 0.7  # "tslo" for "talo"
_SWAP = 0.7  # "tlao" for "talo"
_DROPPED_I = 0.5  # "ilmottaa", "tavote": the spoken form of oi/ei/ai before a consonant

#: Longer words get only Voikko's suggestions: the slips of a 40-letter word take a second.
LONGEST_WORD = 40

#: Below this typing cost a suggestion is one cheap slip away.
CHEAP_SLIP = 0.75

# How many edit units one step of Zipf frequency (ten times as common) is worth.
FREQUENCY_WEIGHT = 0.3
_UNSEEN_ZIPF = 1.0  # a form wordfreq has not seen: rarer than any it has


def _neighbours() -> dict[str, str]:
    keys: dict[str, str] = {}
    for row in _ROWS:
        for i, key in enumerate(row):
            keys[key] = row[max(i - 1, 0) : i] + row[i + 1 : i + 2]
    return keys


_NEIGHBOURS = _neighbours()
_DOTTED = {"a": "ä", "ä": "a", "o": "ö", "ö": "o", "å": "a"}
_WITHOUT_DOTS = str.maketrans("äöÄÖ", "aoAO")
_ALL_DOTS = str.maketrans("ao", "äö")
_A_DOTS = str.maketrans("a", "ä")
_O_DOTS = str.maketrans("o", "ö")


def _substitution(typed: str, meant: str) -> float:
    if typed == meant:
        return 0.0
    if _DOTTED.get(typed) == meant:
        return _DOTS
    if meant in _NEIGHBOURS.get(typed, ""):
        return _NEIGHBOUR_KEY
    return 1.0


def _indel(word: str, i: int) -> float:
    """Cost of the letter ``word[i]`` being left out or typed extra (cheap when doubled)."""
    char = word[i]
    if (i > 0 and word[i - 1] == char) or (i + 1 < len(word) and word[i + 1] == char):
        return _DOUBLING
    if char == "i" and i > 0 and word[i - 1] in "oea":
        return _DROPPED_I
    return 1.0


def without_dots(word: str) -> str:
    """Return ``word`` as typed on a keyboard without ä and ö ("Tehtävässä" → "Tehtavassa")."""
    return word.translate(_WITHOUT_DOTS)


def typing_cost(typed: str, meant: str) -> float:
    """Return how unlikely it is that a writer meaning ``meant`` typed ``typed`` (0: the same).

    A weighted optimal-string-alignment distance, case-insensitive: a doubled letter typed
    single (or the reverse) and ä/ö without dots cost least, a neighbouring key and two swapped
    letters more, any other edit 1.
    """
    typed, meant = typed.lower(), meant.lower()
    if typed != meant and typed == without_dots(meant):
        return _DOTS  # one slip: the whole word typed on a keyboard without ä and ö
    previous2: list[float] = []
    previous = [0.0]
    for j in range(len(meant)):
        previous.append(previous[-1] + _indel(meant, j))
    for i, char in enumerate(typed, 1):
        current = [previous[0] + _indel(typed, i - 1)]
        for j, other in enumerate(meant, 1):
            value = min(
                previous[j] + _indel(typed, i - 1),  # typed an extra letter
                current[j - 1] + _indel(meant, j - 1),  # left a letter out
                previous[j - 1] + _substitution(char, other),
            )
            if i > 1 and j > 1 and char == meant[j - 2] and typed[i - 2] == other != char:
                value = min(value, previous2[j - 2] + _SWAP)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def _slips(word: str) -> Iterator[str]:
    """Yield the words a writer may have meant, one common slip away from ``word``.

    A word typed without ä and ö has all of them missing ("jarjestaa", "lisaa"): its dots put
    back, on every a, every o or both, count as one slip.
    """
    lower = word.lower()
    if "a" in lower or "o" in lower:
        for dotted in (_ALL_DOTS, _A_DOTS, _O_DOTS):
            yield with_first_case(word, lower.translate(dotted))
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]  # one letter too many
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]  # two letters swapped
            for other in _NEIGHBOURS.get(tail[0].lower(), "") + _DOTTED.get(tail[0].lower(), ""):
                yield head + (other.upper() if tail[0].isupper() else other) + tail[1:]
            if tail[0].lower() in _LETTERS:
                yield head + tail[0] + tail  # a doubled letter typed single
        for letter in _LETTERS:
            yield head + letter + tail  # a letter left out ("yhteisyö", "ilmottaa")


def zipf(word: str, lang: str = "fi") -> float:
    """Return the word's Zipf frequency in ``lang`` (log10 of uses per billion words)."""
    return _zipf(word, lang)


def _zipf(word: str, lang: str = "fi") -> float:
    """Return the word's Zipf frequency in ``lang`` (log10 of uses per billion words)."""
    frequency = _frequencies(lang).get(word.lower())
    return math.log10(frequency) + 9 if frequency else _UNSEEN_ZIPF


@functools.cache
def _frequencies(lang: str) -> dict[str, float]:
    """Return wordfreq's frequency of each word form (``wordfreq.get_frequency_dict``).

    Built a bucket at a time with ``dict.fromkeys``, where wordfreq sets one word at a time:
    the same dictionary, in the same order, in half the time (0.2 s less for Finnish's 734,000
    forms, at the start of every command and worker that meets an unknown word).
    """
    import wordfreq

    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(wordfreq.get_frequency_list(lang)):
        frequencies.update(dict.fromkeys(bucket, wordfreq.cB_to_freq(-index)))
    return frequencies


@functools.cache
def frequent_words(lang: str, count: int) -> tuple[str, ...]:
    """Return the ``count`` most frequent word forms of ``lang``, most frequent first.

    From wordfreq's small list (the forms used at least once in a million words, read in a
    twentieth of the time the full list takes).
    """
    import wordfreq

    return tuple(itertools.islice(wordfreq.get_frequency_dict(lang, wordlist="small"), count))


@functools.cache
def common_words(lang: str, count: int = 300) -> frozenset[str]:
    """Return the ``count`` most frequent words of ``lang`` (wordfreq): function words and the like."""
    import wordfreq

    return frozenset(wordfreq.top_n_list(lang, count))


def ranked_by_likelihood(word: str, candidates: Sequence[str], lang: str) -> tuple[str, ...]:
    """Return a dictionary's corrections of a Swedish or English word, likeliest first.

    Likeliest: cheapest to mistype (a doubled or missing letter, a neighbouring key) and
    common in ``lang`` (wordfreq). Ties keep the dictionary's order.
    """
    order = {candidate: i for i, candidate in enumerate(candidates)}

    def score(candidate: str) -> tuple[float, int]:
        cost = typing_cost(word, candidate) - FREQUENCY_WEIGHT * _zipf(candidate, lang)
        return cost, order[candidate]

    return tuple(sorted(dict.fromkeys(candidates), key=score))


@functools.lru_cache(maxsize=20_000)
def ranked_suggestions(word: str) -> tuple[str, ...]:
    """Return the corrections of a misspelt Finnish word, most likely first (cached per word)."""
    analyzer = voikko("fi")
    offered = analyzer.suggest(word)
    if len(word) > LONGEST_WORD:  # no slip makes a word this long; keep Voikko's own few
        return tuple(offered)
    found = [slip for slip in dict.fromkeys(_slips(word)) if slip != word and analyzer.spell(slip)]
    # one candidate per spelling, whatever its case: "Kahvi", not "kahvi" too
    seen: dict[str, str] = {}
    for candidate in [*offered, *found]:
        if candidate.lower() != word.lower():  # "Lisaa" is no correction of "lisaa"
            seen.setdefault(candidate.lower(), candidate)
    candidates = list(seen.values())
    order = {candidate: i for i, candidate in enumerate(candidates)}

    def score(candidate: str) -> tuple[float, int]:
        cost = typing_cost(word, candidate) - FREQUENCY_WEIGHT * _zipf(candidate)
        return cost, order[candidate]

    return tuple(sorted(candidates, key=score))


@functools.lru_cache(maxsize=20_000)
def likely_slip(word: str) -> str | None:
    """Return a common Finnish word the writer probably meant by ``word``, or None.

    One of the first three suggestions, one cheap slip away (a doubled letter, ä/ö, a
    neighbouring key, two letters swapped) and seen in wordfreq's Finnish list: "kisssa" →
    "kissa". A compound Voikko builds but nobody writes ("tuotetagliatellen") does not count.
    """
    for candidate in ranked_suggestions(word)[:3]:
        if typing_cost(word, candidate) < CHEAP_SLIP and _frequencies("fi").get(candidate.lower()):
            return candidate
    return None
