"""Voikko, the Finnish spell checker, analyser, hyphenator and grammar checker.

libvoikko (the C library) and its Finnish dictionary come from the operating system's packages;
the ``libvoikko`` Python module is a thin ctypes wrapper around them. :func:`voikko` opens one
handle per process and reuses it. When the library or the dictionary is missing, it raises a
:class:`~postcheck.core.errors.DependencyError` whose one line names what is missing and how to
install it, instead of a ctypes traceback.

Word-level results (spelling, analyses, suggestions, hyphenation) are cached per word form in
:class:`Analyzer`, shared by every document the process checks, and grammar errors per
paragraph. The two slowest calls, suggestions (about 1 ms a word) and the grammar checker
(about 0.5 ms a paragraph), can be started ahead in a helper thread with a handle of its own
(:meth:`Analyzer.look_ahead`): libvoikko's calls release Python's interpreter lock, so the
helper works while the checking thread goes on with its own Python work.
"""

from __future__ import annotations

import functools
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from postcheck.core.errors import DependencyError
from postcheck.nlp.helpers import helpers_allowed

INSTALL_HINT = (
    "install it with 'sudo apt-get install libvoikko1 voikko-fi' (Debian/Ubuntu), "
    "'sudo dnf install libvoikko malaga-suomi-voikko' (Fedora) or 'brew install libvoikko' (macOS)"
)

_CACHE_SIZE = 200_000
#: Paragraphs whose grammar errors are kept (at most a few kilobytes each).
_PARAGRAPH_CACHE_SIZE = 4_096
#: Jobs the helper thread may have waiting at once (about a quarter of a second of work): a
#: huge draft's other words are left to the checking thread, and a process stopped half-way
#: never waits long for its helper to finish.
MOST_AHEAD = 256


V = TypeVar("V")


class _Recent(Generic[V]):
    """A bounded cache of the most recently used results, safe to share between threads.

    Unlike ``functools.lru_cache`` it tells whether it holds a key, so work is started ahead
    only for what it lacks.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def get(self, key: Hashable) -> V | None:
        """Return the result kept for ``key`` (now the most recent), or None."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, value: V) -> None:
        """Keep ``value`` for ``key``, dropping the least recently used beyond the size."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            if len(self._items) > self._size:
                self._items.popitem(last=False)

    def after_fork(self) -> None:
        """Give a forked child a lock of its own (another thread may have held it at the fork)."""
        self._lock = threading.Lock()


@dataclass(frozen=True)
class GrammarError:
    """One error from Voikko's grammar checker, in the coordinates of the checked text."""

    code: int
    start: int
    length: int
    suggestions: tuple[str, ...]
    description: str


def _open(language: str) -> Any:
    try:
        import libvoikko
    except ImportError as error:
        raise DependencyError(
            "the Python module 'libvoikko' is not installed",
            fix="install postcheck with pip so its dependencies come along (pip install postcheck)",
        ) from error
    try:
        libvoikko.VoikkoLibrary.open()
    except OSError as error:
        raise DependencyError(
            "the Voikko library (libvoikko.so.1) is not installed", fix=INSTALL_HINT
        ) from error
    try:
        return libvoikko.Voikko(language)
    except libvoikko.VoikkoException as error:
        raise DependencyError(
            f"the Voikko dictionary for '{language}' is not installed ({error})",
            fix=INSTALL_HINT,
        ) from error


class Analyzer:
    """One Voikko handle with per-word-form caches. Use :func:`voikko` to get the shared one."""

    def __init__(self, language: str = "fi") -> None:
        self.language = language
        self._handle = _open(language)
        self._lock = threading.Lock()
        self.spell = functools.lru_cache(maxsize=_CACHE_SIZE)(self._spell)
        self.analyze = functools.lru_cache(maxsize=_CACHE_SIZE)(self._analyze)
        self.syllables = functools.lru_cache(maxsize=_CACHE_SIZE)(self._syllables)
        self._suggestions: _Recent[tuple[str, ...]] = _Recent(_CACHE_SIZE)
        # Paragraphs, not word forms: an editor re-checks the unchanged ones on every keystroke.
        self._paragraphs: _Recent[tuple[GrammarError, ...]] = _Recent(_PARAGRAPH_CACHE_SIZE)
        #: Work started in the helper thread and not yet read: ("suggest" or "grammar", text).
        self._ahead: dict[tuple[str, str], Future[Any]] = {}
        _ANALYZERS.add(self)

    def suggest(self, word: str) -> tuple[str, ...]:
        """Return Voikko's spelling suggestions for ``word``, best first (cached)."""
        return self._cached(self._suggestions, "suggest", word, _suggest)

    def grammar_errors(self, paragraph: str) -> tuple[GrammarError, ...]:
        """Return the errors Voikko's grammar checker finds (newlines split paragraphs; cached).

        Descriptions are Voikko's own, in Finnish.
        """
        return self._cached(self._paragraphs, "grammar", paragraph, _grammar_errors)

    def holds_suggestions(self, word: str) -> bool:
        """Tell whether the suggestions for ``word`` are cached or being worked out."""
        return word in self._suggestions or ("suggest", word) in self._ahead

    def look_ahead(self, words: Iterable[str] = (), paragraphs: Iterable[str] = ()) -> None:
        """Start the suggestions for ``words`` and the grammar of ``paragraphs`` in a helper thread.

        Only what the caches lack is started, suggestions first, and no more than
        :data:`MOST_AHEAD` jobs at once. :meth:`suggest` and :meth:`grammar_errors` then take
        the helper's result, wait for it while the helper is at it, or work it out themselves
        when the helper has not begun it. Results the checking thread never reads are kept in
        the caches all the same.
        """
        if not helpers_allowed():
            return
        helper = _helper(self.language)
        for kind, keys, cache, work in (
            ("suggest", words, self._suggestions, _suggest),
            ("grammar", paragraphs, self._paragraphs, _grammar_errors),
        ):
            for key in keys:
                if len(self._ahead) >= MOST_AHEAD:
                    return
                if key in cache or (kind, key) in self._ahead:
                    continue
                try:
                    future = helper.pool.submit(work, helper.handle, key)
                except RuntimeError:  # the interpreter is shutting down: no new threads
                    return
                self._ahead[kind, key] = future
                future.add_done_callback(functools.partial(self._arrived, cache, kind, key))

    def _arrived(self, cache: _Recent[Any], kind: str, key: str, future: Future[Any]) -> None:
        """Keep a result of the helper's in its cache (called in the helper thread)."""
        if not future.cancelled() and future.exception() is None:
            cache.put(key, future.result())
        if self._ahead.get((kind, key)) is future:  # not a newer job for the same text
            self._ahead.pop((kind, key), None)

    def _cached(self, cache: _Recent[V], kind: str, key: str, work: Callable[[Any, str], V]) -> V:
        found = cache.get(key)
        if found is not None:
            return found
        future = self._ahead.pop((kind, key), None)
        if future is not None and not future.cancel():
            found = future.result()  # the helper has it or is at it: wait rather than do it twice
        else:
            with self._lock:
                found = work(self._handle, key)
        cache.put(key, found)
        return found

    def _after_fork(self) -> None:
        """In a forked child: forget the parent's helper work (its thread is not here)."""
        self._ahead = {}
        self._lock = threading.Lock()
        self._suggestions.after_fork()
        self._paragraphs.after_fork()

    def _spell(self, word: str) -> bool:
        """Return True when Voikko accepts ``word`` as written."""
        with self._lock:
            return bool(self._handle.spell(word))

    def _analyze(self, word: str) -> tuple[Mapping[str, str], ...]:
        """Return Voikko's morphological analyses of ``word`` (read-only mappings)."""
        with self._lock:
            analyses = self._handle.analyze(word)
        return tuple(MappingProxyType(dict(analysis)) for analysis in analyses)

    def _syllables(self, word: str) -> int:
        """Return the number of syllables of ``word`` from Voikko's hyphenation."""
        with self._lock:
            pattern = self._handle.getHyphenationPattern(word)
        return 1 + sum(1 for mark in pattern if mark in "-=")

    def version(self) -> str:
        """Return libvoikko's version."""
        import libvoikko

        return str(libvoikko.Voikko.getVersion())


def _suggest(handle: Any, word: str) -> tuple[str, ...]:
    """Return Voikko's spelling suggestions for ``word``, best first."""
    return tuple(handle.suggest(word))


def _grammar_errors(handle: Any, paragraph: str) -> tuple[GrammarError, ...]:
    """Return the errors Voikko's grammar checker finds in ``paragraph``."""
    return tuple(
        GrammarError(
            code=error.errorCode,
            start=error.startPos,
            length=error.errorLen,
            suggestions=tuple(error.suggestions),
            description=error.shortDescription,
        )
        for error in handle.grammarErrors(paragraph, "fi")
    )


@dataclass(frozen=True)
class _Helper:
    """A helper thread and the Voikko handle only it uses."""

    pool: ThreadPoolExecutor
    handle: Any


@functools.cache
def _helper(language: str) -> _Helper:
    """Return the process's helper for ``language`` (a forked child makes its own)."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"postcheck-voikko-{language}")
    return _Helper(pool, _open(language))


#: Every :class:`Analyzer` of the process, for the fork hook (held weakly).
_ANALYZERS: weakref.WeakSet[Analyzer] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    """Give a forked child helpers of its own and analyzers without the parent's jobs."""
    _helper.cache_clear()  # the parent's helper threads are not in the child
    for analyzer in list(_ANALYZERS):
        analyzer._after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)


@functools.cache
def voikko(language: str = "fi") -> Analyzer:
    """Return the process's shared :class:`Analyzer` for ``language``."""
    return Analyzer(language)
