"""Hunspell, the English and Swedish spell checker, through Enchant.

The Enchant library and the Hunspell dictionaries (``en_US``, ``en_GB``, ``sv_FI``, ``sv_SE``)
come from the operating
system's packages; the ``enchant`` Python module (PyPI ``pyenchant``) is a thin ctypes wrapper
around them. Enchant is asked for Hunspell first (then Nuspell, which reads the same dictionaries,
then whatever else it has), so the verdicts are the ones LibreOffice and Firefox give.
:func:`speller` opens one dictionary per language tag per process and reuses it. When the library
or the dictionary is missing, it raises a :class:`~postcheck.core.errors.DependencyError` whose one
line names what is missing and how to install it, instead of a ctypes traceback. Everything is
local: no dictionary is ever downloaded.

Word-level results (spelling and suggestions) are cached per word form in :class:`Speller`,
shared by every document the process checks. A language with two dictionaries (US and GB
English, Finland and Sweden Swedish) asks both for suggestions at once, in two threads:
Hunspell takes 20–50 ms a word, and ctypes lets the threads run side by side.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from postcheck.core.errors import DependencyError
from postcheck.nlp.helpers import helpers_allowed

#: The Enchant providers asked first, in order: Hunspell, then Nuspell (same dictionaries).
PROVIDERS = "hunspell,nuspell,aspell"

_CACHE_SIZE = 100_000


def install_hint(tag: str = "en_US") -> str:
    """Return how to install Enchant and the Hunspell dictionary for ``tag`` ("en_GB" …)."""
    language, _, region = tag.partition("_")
    debian = f"hunspell-{language}-{region}".lower() if region else f"hunspell-{language}"
    debian = _DEBIAN.get(language, debian)
    fedora = f"hunspell-{language}-{region.upper()}" if region else f"hunspell-{language}"
    return (
        f"install it with 'sudo apt-get install libenchant-2-2 {debian}' (Debian/Ubuntu) "
        f"or 'sudo dnf install enchant2 {fedora}' (Fedora)"
    )


def _enchant(tag: str = "en_US") -> Any:
    """Return the ``enchant`` module, or raise a one-line error naming what is missing."""
    if importlib.util.find_spec("enchant") is None:
        raise DependencyError(
            "the Python module 'enchant' (pyenchant) is not installed",
            fix="install postcheck with pip so its dependencies come along (pip install postcheck)",
        )
    try:
        import enchant
    except (ImportError, OSError) as error:  # pyenchant raises ImportError without libenchant
        raise DependencyError(
            "the Enchant library (libenchant-2.so.2) is not installed", fix=install_hint(tag)
        ) from error
    return enchant


class Speller:
    """One Enchant dictionary with per-word caches. Use :func:`speller` to get the shared one."""

    def __init__(self, tag: str = "en_US") -> None:
        self.tag = tag
        enchant = _enchant(tag)
        self._broker = enchant.Broker()
        self._broker.set_ordering(tag, PROVIDERS)
        try:
            self._dictionary = self._broker.request_dict(tag)
        except enchant.errors.Error as error:
            raise DependencyError(
                f"the Hunspell dictionary for '{tag}' is not installed", fix=install_hint(tag)
            ) from error
        #: The Enchant provider that serves the dictionary ("hunspell" …).
        self.provider: str = self._dictionary.provider.name
        self._lock = threading.Lock()
        self.check = functools.lru_cache(maxsize=_CACHE_SIZE)(self._check)
        self.suggest = functools.lru_cache(maxsize=_CACHE_SIZE)(self._suggest)

    def _check(self, word: str) -> bool:
        """Return True when the dictionary accepts ``word`` as written."""
        if not word:
            return False
        with self._lock:
            return bool(self._dictionary.check(word))

    def _suggest(self, word: str) -> tuple[str, ...]:
        """Return the dictionary's spelling suggestions for ``word``, in Enchant's order."""
        if not word:
            return ()
        with self._lock:
            suggestions = self._dictionary.suggest(word)
        return tuple(dict.fromkeys(suggestions))


class EitherSpeller:
    """Several dictionaries as one: a word any of them knows is known ("en": US or GB English)."""

    def __init__(self, spellers: tuple[Speller, ...]) -> None:
        self.spellers = spellers
        self.tag = "+".join(speller.tag for speller in spellers)
        self.provider = spellers[0].provider
        self.suggest = functools.lru_cache(maxsize=_CACHE_SIZE)(self._suggest)

    def check(self, word: str) -> bool:
        """Return True when any of the dictionaries accepts ``word``."""
        return any(speller.check(word) for speller in self.spellers)

    def _suggest(self, word: str) -> tuple[str, ...]:
        """Return the dictionaries' suggestions, the first dictionary's first.

        The other dictionaries are asked in threads while this one asks the first (each
        :class:`Speller` has its own Enchant broker, dictionary and lock), or one after the
        other where helper threads are not wanted (:mod:`postcheck.nlp.helpers`).
        """
        if helpers_allowed():
            pool = _threads()
            others = [pool.submit(speller.suggest, word) for speller in self.spellers[1:]]
            found = list(self.spellers[0].suggest(word))
            for other in others:
                found.extend(other.result())
        else:
            found = [each for speller in self.spellers for each in speller.suggest(word)]
        return tuple(dict.fromkeys(found))


@functools.cache
def _threads() -> ThreadPoolExecutor:
    """Return the process's threads for asking a language's other dictionaries."""
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="postcheck-hunspell")


# A pool made before a fork has no threads in the child: the child makes its own, as
# postcheck.nlp.voikko's helpers do.
os.register_at_fork(after_in_child=_threads.cache_clear)


#: A speller of either kind: ``check(word)`` and ``suggest(word)``.
WordList = Speller | EitherSpeller

#: What a language tag of :func:`speller` may be: a dictionary, or a language whose dictionaries
#: any will do ("en": US or GB English; "sv": Finland or Sweden Swedish).
VARIANTS = {"en": ("en_US", "en_GB"), "sv": ("sv_FI", "sv_SE")}
#: Debian's package for a language's dictionaries, where it is not hunspell-LANG-REGION.
_DEBIAN = {"sv": "hunspell-sv"}


#: Letters a keyboard without Swedish or Finnish keys writes plain: a for å or ä, o for ö.
_DOTTED = {"a": "åä", "o": "ö", "A": "ÅÄ", "O": "Ö"}


def known_with_dots(word: str, words: WordList, most: int = 4) -> str | None:
    """Return the word the dictionary knows with dots or a ring put back, or None.

    "over" is "över", "fore" "före", "pa" "på": typed without å, ä and ö, not English. Only
    words with at most ``most`` plain a's and o's are tried.
    """
    places = [i for i, char in enumerate(word) if char in _DOTTED]
    if not places or len(places) > most:
        return None
    for choice in itertools.product(*[("", *_DOTTED[word[i]]) for i in places]):
        if not any(choice):
            continue
        letters = list(word)
        for i, letter in zip(places, choice, strict=True):
            if letter:
                letters[i] = letter
        candidate = "".join(letters)
        if words.check(candidate):
            return candidate
    return None


@functools.cache
def speller(tag: str = "en_US") -> WordList:
    """Return the process's shared speller for ``tag`` ("en_US", "en_GB"; "en": either)."""
    if tag not in VARIANTS:
        return Speller(tag)
    found, missing = [], None
    for variant in VARIANTS[tag]:  # either English will do: use the dictionaries installed
        try:
            found.append(Speller(variant))
        except DependencyError as error:
            missing = missing or error  # name the first: en_US
    if not found and missing is not None:
        raise missing
    return EitherSpeller(tuple(found))


def dictionaries(language: str = "en") -> list[tuple[str, str]]:
    """Return (tag, provider) for each ``language`` dictionary Enchant finds, sorted by tag.

    The provider is the one :func:`speller` would use (Hunspell when it has the dictionary).
    Raises :class:`~postcheck.core.errors.DependencyError` when Enchant itself is missing.
    """
    enchant = _enchant()
    broker = enchant.Broker()
    tags = sorted({tag for tag, _ in broker.list_dicts() if tag.split("_")[0] == language})
    for tag in tags:
        broker.set_ordering(tag, PROVIDERS)
    found = dict(broker.list_dicts())
    return [(tag, found[tag].name) for tag in tags if tag in found]


def version() -> str:
    """Return the Enchant library's version."""
    return str(_enchant().get_enchant_version())
