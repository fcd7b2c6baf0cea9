"""Voikko, the Finnish spell checker, analyser, hyphenator and grammar checker.

libvoikko (the C library) and its Finnish dictionary come from the operating system's packages;
the ``libvoikko`` Python module is a thin ctypes wrapper around them. :func:`voikko` opens one
handle per process and reuses it. When the library or the dictionary is missing, it raises a
:class:`~postcheck.core.errors.DependencyError` whose one line names what is missing and how to
install it, instead of a ctypes traceback.

Word-level results (spelling, analyses, suggestions, hyphenation) are cached per word form in
:class:`Analyzer`, shared by every document the process checks, and grammar errors per
paragraph. The slowest calls, suggestions (about 1 ms a word), the spelling of a word's
one-slip variants (2-3 ms) and the grammar checker (about 0.5 ms a paragraph), can be started
ahead in a helper process with a Voikko of its own (:meth:`Analyzer.look_ahead`,
:mod:`postcheck.nlp.voikko_helper`), which works while the checking thread goes on with its
own Python work; the checking thread does a job itself when the helper has not begun it.
"""

from __future__ import annotations

import functools
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from postcheck.core.errors import DependencyError
from postcheck.nlp import voikko_worker
from postcheck.nlp.helpers import helpers_allowed
from postcheck.nlp.voikko_helper import NOT_BEGUN, HelperProcess
from postcheck.nlp.voikko_helper import start as start_helper

INSTALL_HINT = (
    "install it with 'sudo apt-get install libvoikko1 voikko-fi' (Debian/Ubuntu), "
    "'sudo dnf install libvoikko malaga-suomi-voikko' (Fedora) or 'brew install libvoikko' (macOS)"
)

_CACHE_SIZE = 200_000
#: Words whose accepted variants are kept (:meth:`Analyzer.accepted`).
_VARIED_CACHE_SIZE = 20_000
#: Paragraphs whose grammar errors are kept (at most a few kilobytes each).
_PARAGRAPH_CACHE_SIZE = 4_096
#: Jobs the helper process may have waiting at once (about a quarter of a second of work): a
#: huge draft's other words are left to the checking thread, and a process stopped half-way
#: never waits long for its helper to finish.
MOST_AHEAD = 256
#: Words in one of :meth:`Analyzer.analyse_ahead`'s jobs (about 3 ms of the helper's work).
ANALYSIS_BATCH = 128


V = TypeVar("V")

#: Gives the words to spell in place of a word (:meth:`Analyzer.accepted`): its one-slip variants.
Variants = Callable[[str], Iterable[str]]


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
        self._accepted: _Recent[tuple[str, ...]] = _Recent(_VARIED_CACHE_SIZE)
        # Paragraphs, not word forms: an editor re-checks the unchanged ones on every keystroke.
        self._paragraphs: _Recent[tuple[GrammarError, ...]] = _Recent(_PARAGRAPH_CACHE_SIZE)
        #: Jobs given to the helper and not yet read, by (kind, key): "suggest" and a word,
        #: "accepted" and (variants, word), "grammar" and a paragraph.
        self._ahead: dict[tuple[str, Hashable], int] = {}
        #: Words given to the helper to spell and analyse (:meth:`analyse_ahead`): their job,
        #: and what has come back, read by :meth:`spell` and :meth:`analyze` on a miss.
        self._analysing: dict[str, int] = {}
        self._analysed: dict[str, tuple[bool, tuple[Mapping[str, str], ...]]] = {}
        self._caches: dict[str, _Recent[Any]] = {
            "suggest": self._suggestions,
            "accepted": self._accepted,
            "grammar": self._paragraphs,
        }
        _ANALYZERS.add(self)

    def suggest(self, word: str) -> tuple[str, ...]:
        """Return Voikko's spelling suggestions for ``word``, best first (cached)."""
        return self._cached(self._suggestions, "suggest", word, _suggest)

    def accepted(self, word: str, variants: Variants) -> tuple[str, ...]:
        """Return the words of ``variants(word)`` Voikko accepts, in their order (cached).

        Voikko spells a word in about 7 µs, so a word's few hundred one-slip variants take 2-3
        ms: :meth:`look_ahead` can start them in the helper process.
        """
        return self._cached(self._accepted, "accepted", (variants, word), _accepted)

    def grammar_errors(self, paragraph: str) -> tuple[GrammarError, ...]:
        """Return the errors Voikko's grammar checker finds (newlines split paragraphs; cached).

        Descriptions are Voikko's own, in Finnish.
        """
        return self._cached(self._paragraphs, "grammar", paragraph, _grammar_errors)

    def holds_suggestions(self, word: str) -> bool:
        """Tell whether the suggestions for ``word`` are cached or being worked out."""
        return word in self._suggestions or ("suggest", word) in self._ahead

    def analyse_ahead(self, words: Sequence[str]) -> None:
        """Start the spelling and analyses of ``words`` in the helper, before its other jobs.

        In batches of :data:`ANALYSIS_BATCH`: the checking thread analyses the draft's first
        words while the helper does these, and does a batch itself that the helper has not
        begun when it gets there. What an earlier call started and the helper has not begun
        is cancelled.
        """
        if not helpers_allowed():
            return
        helper = _helper(self.language)
        if helper is None or not helper.alive:
            return
        for number in set(self._analysing.values()):
            helper.cancel(number)
        self._analysing.clear()
        self._analysed.clear()
        for start in range(0, len(words), ANALYSIS_BATCH):
            batch = list(words[start : start + ANALYSIS_BATCH])
            on_done = functools.partial(self._batch_analysed, batch)
            with helper.lock:  # noted before its result can be read
                number = helper.submit("analyse", batch, on_done)
                self._analysing.update(dict.fromkeys(batch, number))

    def _batch_analysed(self, batch: list[str], found: Any) -> None:
        """Keep what the helper found for a batch of :meth:`analyse_ahead` until it is read."""
        for word, (known, analyses) in zip(batch, found, strict=True):
            self._analysed[word] = (known, _read_only(analyses))
            self._analysing.pop(word, None)

    def _analysed_ahead(self, word: str) -> tuple[bool, tuple[Mapping[str, str], ...]] | None:
        """Return what the helper found of ``word`` (:meth:`analyse_ahead`).

        Waits for it while the helper is at its batch; None when ``word`` is left to this thread.
        """
        found = self._analysed.get(word)
        number = self._analysing.get(word)
        if found is not None or number is None:
            return found
        helper = _helper(self.language)
        if helper is None:
            return None
        helper.receive()
        if word not in self._analysed and not helper.begun(number):
            helper.cancel(number)  # this thread does the whole batch as it comes to its words
            for left in [w for w, n in list(self._analysing.items()) if n == number]:
                del self._analysing[left]
            return None
        if word not in self._analysed:
            helper.take(number)
        return self._analysed.get(word)

    def look_ahead(
        self,
        words: Iterable[str] = (),
        paragraphs: Iterable[str] = (),
        variants: Variants | None = None,
        varied: Callable[[str], bool] = lambda word: True,
    ) -> None:
        """Start the suggestions for ``words`` and the grammar of ``paragraphs`` in the helper.

        The helper is a process with a Voikko of its own (:mod:`postcheck.nlp.voikko_helper`).
        With ``variants``, a word that is ``varied`` has them spelled right after its
        suggestions (:meth:`accepted`). Only what the caches lack is started, words first, and
        no more than :data:`MOST_AHEAD` jobs at once. :meth:`suggest`, :meth:`accepted` and
        :meth:`grammar_errors` then take the helper's result, wait for it while the helper is
        at it, or work it out themselves when the helper has not begun it. Results the
        checking thread never reads are kept in the caches all the same.
        """
        if not helpers_allowed():
            return
        helper = _helper(self.language)
        if helper is None or not helper.alive:
            return
        helper.receive()  # what has come since: kept in the caches, so not started again
        for kind, key, cache in self._jobs(words, paragraphs, variants, varied):
            if len(self._ahead) >= MOST_AHEAD:
                return
            if key in cache or (kind, key) in self._ahead:
                continue
            payload = list(key[0](key[1])) if kind == "accepted" else key
            on_done = functools.partial(self._arrived, cache, kind, key)
            with helper.lock:  # noted before its result can be read
                self._ahead[kind, key] = helper.submit(_HELPER_KINDS[kind], payload, on_done)

    def _jobs(
        self,
        words: Iterable[str],
        paragraphs: Iterable[str],
        variants: Variants | None,
        varied: Callable[[str], bool],
    ) -> Iterator[tuple[str, Any, _Recent[Any]]]:
        """Yield (kind, key, cache) for :meth:`look_ahead`, in the order to start them."""
        for word in words:
            yield "suggest", word, self._suggestions
            if variants is not None and varied(word):
                yield "accepted", (variants, word), self._accepted
        for paragraph in paragraphs:
            yield "grammar", paragraph, self._paragraphs

    def _arrived(self, cache: _Recent[Any], kind: str, key: Any, result: Any) -> None:
        """Keep a result of the helper's in its cache."""
        cache.put(key, _from_helper(kind, result))
        self._ahead.pop((kind, key), None)

    def _cached(
        self, cache: _Recent[V], kind: str, key: Hashable, work: Callable[[Any, Any], V]
    ) -> V:
        found = cache.get(key)
        if found is not None:
            return found
        number = self._ahead.pop((kind, key), None)
        if number is not None:
            taken = self._take(number)
            if taken is not NOT_BEGUN:
                read: V = _from_helper(kind, taken)
                cache.put(key, read)
                return read
            found = cache.get(key)  # read before, by another thread
            if found is not None:
                return found
        return self._here(cache, key, work)

    def _here(self, cache: _Recent[V], key: Hashable, work: Callable[[Any, Any], V]) -> V:
        """Do a job with this process's handle and keep its result."""
        with self._lock:
            found = work(self._handle, key)
        cache.put(key, found)
        return found

    def _take(self, number: int) -> Any:
        """Return the helper's result of job ``number``, or NOT_BEGUN when it is left to us.

        While the helper is at it, this thread does the next job the helper has not begun
        instead of waiting idle, then looks again.
        """
        helper = _helper(self.language)
        if helper is None:
            return NOT_BEGUN
        helper.receive()
        while helper.begun(number) and self._steal(helper):
            helper.receive()
        return helper.take(number)

    def _steal(self, helper: HelperProcess) -> bool:
        """Do the first job the helper has not begun here (cancelled there); tell whether one was."""
        for (kind, key), number in list(self._ahead.items()):
            if helper.cancel(number):
                self._ahead.pop((kind, key), None)
                self._here(self._caches[kind], key, _work(kind))
                return True
        return False

    def _after_fork(self) -> None:
        """In a forked child: forget the parent's helper work (its helper is the parent's)."""
        self._ahead = {}
        self._analysing = {}
        self._analysed = {}
        self._lock = threading.Lock()
        self._suggestions.after_fork()
        self._accepted.after_fork()
        self._paragraphs.after_fork()

    def _spell(self, word: str) -> bool:
        """Return True when Voikko accepts ``word`` as written."""
        if self._analysing or self._analysed:
            ahead = self._analysed_ahead(word)
            if ahead is not None:
                return ahead[0]
        with self._lock:
            return bool(self._handle.spell(word))

    def _analyze(self, word: str) -> tuple[Mapping[str, str], ...]:
        """Return Voikko's morphological analyses of ``word`` (read-only mappings)."""
        if self._analysing or self._analysed:
            ahead = self._analysed_ahead(word)
            if ahead is not None:
                return ahead[1]
        with self._lock:
            analyses = self._handle.analyze(word)
        return _read_only(analyses)

    def _syllables(self, word: str) -> int:
        """Return the number of syllables of ``word`` from Voikko's hyphenation."""
        with self._lock:
            pattern = self._handle.getHyphenationPattern(word)
        return 1 + sum(1 for mark in pattern if mark in "-=")

    def version(self) -> str:
        """Return libvoikko's version."""
        import libvoikko

        return str(libvoikko.Voikko.getVersion())


def _read_only(analyses: Iterable[Mapping[str, str]]) -> tuple[Mapping[str, str], ...]:
    """Return Voikko's analyses as the caches keep them, whichever process read them."""
    return tuple(MappingProxyType(dict(analysis)) for analysis in analyses)


def _suggest(handle: Any, word: str) -> tuple[str, ...]:
    """Return Voikko's spelling suggestions for ``word``, best first."""
    return voikko_worker.suggestions(handle, word)


def _accepted(handle: Any, key: tuple[Variants, str]) -> tuple[str, ...]:
    """Return the variants of a word that Voikko accepts: ``key`` is (variants, word)."""
    variants, word = key
    return voikko_worker.accepted(handle, variants(word))


def _grammar_errors(handle: Any, paragraph: str) -> tuple[GrammarError, ...]:
    """Return the errors Voikko's grammar checker finds in ``paragraph``."""
    return _as_errors(voikko_worker.grammar_errors(handle, paragraph, "fi"))


def _as_errors(found: Iterable[voikko_worker.GrammarTuple]) -> tuple[GrammarError, ...]:
    return tuple(GrammarError(*error) for error in found)


def _work(kind: str) -> Callable[[Any, Any], Any]:
    """Return the function that does a job of ``kind`` with a handle of this process."""
    work: dict[str, Callable[[Any, Any], Any]] = {
        "suggest": _suggest,
        "accepted": _accepted,
        "grammar": _grammar_errors,
    }
    return work[kind]


#: The helper's name for each kind of job (:mod:`postcheck.nlp.voikko_worker`).
_HELPER_KINDS = {"suggest": "suggest", "accepted": "spell", "grammar": "grammar"}


def _from_helper(kind: str, result: Any) -> Any:
    """Return a result as the caches keep it: grammar errors as :class:`GrammarError`."""
    return _as_errors(result) if kind == "grammar" else tuple(result)


#: Helpers this process may start per language: one that dies (killed, out of memory) is
#: replaced, but a helper that cannot run at all is not started again and again.
MOST_HELPER_STARTS = 3
_helpers: dict[str, HelperProcess | None] = {}
_helper_starts: dict[str, int] = {}
_helpers_lock = threading.Lock()


def _helper(language: str) -> HelperProcess | None:
    """Return the process's running helper for ``language``, started on first use.

    None when it cannot be started, or when it has died :data:`MOST_HELPER_STARTS` times.
    """
    helper = _helpers.get(language)
    if helper is not None and helper.alive:
        return helper
    with _helpers_lock:  # two threads must not start two helpers
        helper = _helpers.get(language)
        if (helper is None or not helper.alive) and _helper_starts.get(
            language, 0
        ) < MOST_HELPER_STARTS:
            _helper_starts[language] = _helper_starts.get(language, 0) + 1
            helper = _helpers[language] = start_helper(language)
        return helper if helper is not None and helper.alive else None


#: Every :class:`Analyzer` of the process, for the fork hook (held weakly).
_ANALYZERS: weakref.WeakSet[Analyzer] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    """Give a forked child helpers of its own and analyzers without the parent's jobs."""
    global _helpers_lock
    _helpers_lock = threading.Lock()
    _helpers.clear()  # the parent's helper works for the parent
    _helper_starts.clear()
    for analyzer in list(_ANALYZERS):
        analyzer._after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)


@functools.cache
def voikko(language: str = "fi") -> Analyzer:
    """Return the process's shared :class:`Analyzer` for ``language``."""
    return Analyzer(language)
