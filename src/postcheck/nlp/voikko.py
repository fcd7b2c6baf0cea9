"""Voikko, the Finnish spell checker, analyser, hyphenator and grammar checker.

libvoikko (the C library) and its Finnish dictionary come from the operating system's packages;
the ``libvoikko`` Python module is a thin ctypes wrapper around them. :func:`voikko` opens one
handle per process and reuses it. When the library or the dictionary is missing, it raises a
:class:`~postcheck.core.errors.DependencyError` whose one line names what is missing and how to
install it, instead of a ctypes traceback.

Word-level results (spelling, analyses, suggestions, hyphenation) are cached per word form in
:class:`Analyzer`, shared by every document the process checks.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from postcheck.core.errors import DependencyError

INSTALL_HINT = (
    "install it with 'sudo apt-get install libvoikko1 voikko-fi' (Debian/Ubuntu), "
    "'sudo dnf install libvoikko malaga-suomi-voikko' (Fedora) or 'brew install libvoikko' (macOS)"
)

_CACHE_SIZE = 200_000
#: Paragraphs whose grammar errors are kept (at most a few kilobytes each).
_PARAGRAPH_CACHE_SIZE = 4_096


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
        self.suggest = functools.lru_cache(maxsize=_CACHE_SIZE)(self._suggest)
        self.syllables = functools.lru_cache(maxsize=_CACHE_SIZE)(self._syllables)
        # Paragraphs, not word forms: an editor re-checks the unchanged ones on every keystroke.
        self.grammar_errors = functools.lru_cache(maxsize=_PARAGRAPH_CACHE_SIZE)(
            self._grammar_errors
        )

    def _spell(self, word: str) -> bool:
        """Return True when Voikko accepts ``word`` as written."""
        with self._lock:
            return bool(self._handle.spell(word))

    def _analyze(self, word: str) -> tuple[Mapping[str, str], ...]:
        """Return Voikko's morphological analyses of ``word`` (read-only mappings)."""
        with self._lock:
            analyses = self._handle.analyze(word)
        return tuple(MappingProxyType(dict(analysis)) for analysis in analyses)

    def _suggest(self, word: str) -> tuple[str, ...]:
        """Return Voikko's spelling suggestions for ``word``, best first."""
        with self._lock:
            return tuple(self._handle.suggest(word))

    def _syllables(self, word: str) -> int:
        """Return the number of syllables of ``word`` from Voikko's hyphenation."""
        with self._lock:
            pattern = self._handle.getHyphenationPattern(word)
        return 1 + sum(1 for mark in pattern if mark in "-=")

    def _grammar_errors(self, paragraph: str) -> tuple[GrammarError, ...]:
        """Return the errors Voikko's grammar checker finds (newlines split paragraphs).

        Descriptions are Voikko's own, in Finnish.
        """
        with self._lock:
            errors = self._handle.grammarErrors(paragraph, "fi")
        return tuple(
            GrammarError(
                code=error.errorCode,
                start=error.startPos,
                length=error.errorLen,
                suggestions=tuple(error.suggestions),
                description=error.shortDescription,
            )
            for error in errors
        )

    def version(self) -> str:
        """Return libvoikko's version."""
        import libvoikko

        return str(libvoikko.Voikko.getVersion())


@functools.cache
def voikko(language: str = "fi") -> Analyzer:
    """Return the process's shared :class:`Analyzer` for ``language``."""
    return Analyzer(language)
