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

import bisect
import functools
import gzip
import importlib.util
import itertools
import math
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

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
    # each letter's cost of being typed extra or left out, read once (a doubling looks at both
    # of its sides in the word)
    typed_costs = [_indel(typed, i) for i in range(len(typed))]
    meant_costs = [_indel(meant, j) for j in range(len(meant))]
    previous2: list[float] = []
    previous = [0.0]
    for cost in meant_costs:
        previous.append(previous[-1] + cost)
    for i, char in enumerate(typed, 1):
        extra = typed_costs[i - 1]
        current = [previous[0] + extra]
        for j, other in enumerate(meant, 1):
            value = min(
                previous[j] + extra,  # typed an extra letter
                current[j - 1] + meant_costs[j - 1],  # left a letter out
                previous[j - 1] + (0.0 if char == other else _substitution(char, other)),
            )
            if i > 1 and j > 1 and char == meant[j - 2] and typed[i - 2] == other != char:
                value = min(value, previous2[j - 2] + _SWAP)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def with_dots_back(word: str) -> Iterator[str]:
    """Yield ``word`` with its dots put back on every a, every o, or both ("jarjestaa").

    And on the a's and o's of a run of the word only, for a compound of parts of both vowel
    harmonies: "asiakastyytyvaisyys" is "asiakas" + "tyytyväisyys", "hyvantekevaisyystapahtuma"
    is "hyväntekeväisyys" + "tapahtuma".
    """
    lower = word.lower()
    if "a" not in lower and "o" not in lower:
        return
    for dotted in (_ALL_DOTS, _A_DOTS, _O_DOTS):
        yield with_first_case(word, lower.translate(dotted))
    vowels = [i for i, char in enumerate(lower) if char in "ao"]
    for first, start in enumerate(vowels):
        for end in vowels[first:]:
            if start != vowels[0] or end != vowels[-1]:  # all of them: done above
                run = lower[start : end + 1].translate(_ALL_DOTS)
                yield with_first_case(word, lower[:start] + run + lower[end + 1 :])


def _slips(word: str) -> Iterator[str]:
    """Yield the words a writer may have meant, one common slip away from ``word``.

    A word typed without ä and ö has all of them missing ("jarjestaa", "lisaa"): its dots put
    back, on every a, every o or both, count as one slip.
    """
    yield from with_dots_back(word)
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


def one_slip_variants(word: str) -> list[str]:
    """Return the words a writer may have meant by ``word``, one common slip away, once each."""
    return [slip for slip in dict.fromkeys(_slips(word)) if slip != word]


def zipf(word: str, lang: str = "fi") -> float:
    """Return the word's Zipf frequency in ``lang`` (log10 of uses per billion words)."""
    return _zipf(word, lang)


def _zipf(word: str, lang: str = "fi") -> float:
    """Return the word's Zipf frequency in ``lang`` (log10 of uses per billion words)."""
    frequency = _frequencies(lang).get(word.lower())
    return math.log10(frequency) + 9 if frequency else _UNSEEN_ZIPF


#: Lookups a :class:`Frequencies` answers from wordfreq's buckets before building its dictionary.
LOOKUPS_BEFORE_DICTIONARY = 1_000


class Frequencies:
    """wordfreq's frequency of each word form of a language (``wordfreq.get_frequency_dict``).

    wordfreq keeps a language's forms in buckets of one frequency each (a centibel apart), each
    bucket in alphabetical order. A dictionary of every form is the fast way to look many up,
    but building it takes 0.25 s for Finnish's 734,000 forms, and a command checking one draft
    looks up a few dozen at most (8 in the median draft; most drafts have a word whose
    corrections are ranked: 49 of the first 60 benchmark drafts). So the first
    :data:`LOOKUPS_BEFORE_DICTIONARY` lookups search the buckets by bisection (about 0.1 ms
    each), and the dictionary is built at the next: the answers are the same (tested against
    wordfreq's dictionary). :func:`~postcheck.api.warm_up` builds it at once.
    """

    def __init__(self, buckets: Sequence[Sequence[str]], frequency_of: Callable[[int], float]):
        #: The non-empty buckets with their frequency, rarest first: a form in two buckets
        #: would keep its rarest frequency, as in a dictionary built from the commonest up.
        numbered = [(bucket, frequency_of(index)) for index, bucket in enumerate(buckets)]
        self._buckets = [pair for pair in reversed(numbered) if pair[0]]
        #: The commonest forms, commonest first, as ``wordfreq.top_n_list`` gives them: without
        #: the placeholders of numbers ("00", "0,0"), whose frequencies wordfreq works out apart.
        forms = (f for f in itertools.chain.from_iterable(buckets) if not _DIGITS.match(f))
        self.commonest = tuple(itertools.islice(forms, COMMONEST))
        self._lookups = 0
        self._by_form: dict[str, float] | None = None
        if any(bucket != sorted(bucket) for bucket, _ in self._buckets):
            self.build()  # not the order bisection needs: never seen, but then be right, not fast

    def get(self, form: str) -> float | None:
        """Return the frequency of ``form`` (as written: wordfreq's forms are lowercase), or None."""
        buckets = self._buckets  # first: build() empties it only once the dictionary is set
        by_form = self._by_form
        if by_form is not None:
            return by_form.get(form)
        self._lookups += 1
        if self._lookups > LOOKUPS_BEFORE_DICTIONARY:
            return self.build().get(form)
        for bucket, frequency in buckets:
            index = bisect.bisect_left(bucket, form)
            if index < len(bucket) and bucket[index] == form:
                return frequency
        return None

    def build(self) -> dict[str, float]:
        """Build the dictionary of every form now (a long run looks up thousands) and return it.

        A bucket at a time with ``dict.fromkeys``, commonest first, where wordfreq sets one word
        at a time: the same dictionary, in the same order, in half the time.
        """
        by_form = self._by_form
        if by_form is None:  # (two threads at once may both build it: the same dictionary)
            by_form = {}
            for bucket, frequency in reversed(self._buckets):
                by_form.update(dict.fromkeys(bucket, frequency))
            self._by_form = by_form
            self._buckets = []  # the dictionary holds them now
        return by_form


@functools.cache
def _frequencies(lang: str) -> Frequencies:
    """Return wordfreq's frequencies of ``lang``'s word forms (read once)."""
    buckets = _buckets_from_file(lang)
    if buckets is not None:
        return Frequencies(buckets, _frequency_of_bucket)
    import wordfreq

    return Frequencies(wordfreq.get_frequency_list(lang), lambda index: wordfreq.cB_to_freq(-index))


def _frequency_of_bucket(index: int) -> float:
    """Return the frequency of wordfreq's bucket ``index``: ``wordfreq.cB_to_freq(-index)``."""
    frequency: float = 10 ** (-index / 100)
    return frequency


def _buckets_from_file(lang: str) -> list[list[str]] | None:
    """Return wordfreq's list of ``lang`` (``get_frequency_list``), read from its data file.

    Importing wordfreq costs a command 0.1–0.25 s: on import it finds its own folder with
    ``inspect.stack()``, which reads the source of every frame of the caller's stack. Its lists
    are gzipped msgpack in its package's ``data`` folder (``wordfreq.read_cBpack``): a header,
    then the buckets; the large list where there is one, as wordfreq's "best". None when the
    file is not there or not in that format, and wordfreq's own API reads the list.
    """
    spec = importlib.util.find_spec("wordfreq")  # where the package is, without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    files = [folder / f"{size}_{lang}.msgpack.gz" for size in ("large", "small")]
    path = next((file for file in files if file.is_file()), None)
    if path is None:
        return None
    try:
        import msgpack  # type: ignore[import-untyped]  # wordfreq's own dependency

        read = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    except (OSError, EOFError, zlib.error, ValueError, ImportError):  # a broken file included
        return None
    if not isinstance(read, list) or not read or read[0] != {"format": "cB", "version": 1}:
        return None
    buckets: list[list[str]] = read[1:]
    return buckets


def prepare_frequencies(lang: str) -> None:
    """Load ``lang``'s word frequencies and build their dictionary now (for a warm-up)."""
    _frequencies(lang).build()


@functools.cache
def frequent_words(lang: str, count: int) -> tuple[str, ...]:
    """Return the ``count`` most frequent word forms of ``lang``, most frequent first.

    From wordfreq's small list (the forms used at least once in a million words, read in a
    twentieth of the time the full list takes).
    """
    import wordfreq

    return tuple(itertools.islice(wordfreq.get_frequency_dict(lang, wordlist="small"), count))


#: A run of digits that wordfreq leaves out of its top lists (``has_digit_sequence``).
_DIGITS = re.compile(r"\d[\d.,]+")
#: How many of a language's commonest forms :class:`Frequencies` keeps in order.
COMMONEST = 1_000


@functools.cache
def common_words(lang: str, count: int = 300) -> frozenset[str]:
    """Return the ``count`` most frequent words of ``lang`` (wordfreq): function words and the like.

    ``wordfreq.top_n_list``'s words, read without importing wordfreq (see
    :func:`_buckets_from_file`).
    """
    if count <= COMMONEST:
        return frozenset(_frequencies(lang).commonest[:count])
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
        # and the word with its dots back: "asiakastyytyvaisyyskyselyssa"
        dotted = [candidate for candidate in with_dots_back(word) if analyzer.spell(candidate)]
        return tuple(dict.fromkeys([*dotted, *offered]))
    found = analyzer.accepted(word, one_slip_variants)
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
