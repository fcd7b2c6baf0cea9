"""Errors that stop one file or the whole run, each with a one-line message and a fix.

Every error postcheck raises on bad input is a :class:`PostcheckError`. Its string form is a
single line that names the file (when there is one), what is wrong, and what to do about it.
The command line prints that line on stderr and exits with :attr:`PostcheckError.exit_code`
(2 for input, configuration and set-up problems); other files in the same run are still checked.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

#: Every character that ends a line (``str.splitlines``), written as its escape instead: a
#: message quoting what the user wrote ("unknown key 'a\nb'") stays one line.
_LINE_BREAKS = {ord(char): repr(char)[1:-1] for char in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


class PostcheckError(Exception):
    """A problem that stops postcheck from checking a draft, with its fix."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | Path | None = None, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.fix = fix

    def __str__(self) -> str:
        text = self.message if not self.fix else f"{self.message}; {self.fix}"
        line = f"{self.path}: {text}" if self.path else text
        return line.translate(_LINE_BREAKS)


class InputError(PostcheckError):
    """A draft that cannot be read or parsed: missing, binary, bad encoding, bad front matter."""


class ConfigError(PostcheckError):
    """A configuration file or option that is not valid."""


class DependencyError(PostcheckError):
    """A system dependency (libvoikko, its Finnish dictionary) is missing."""


def closest(word: str, choices: Iterable[str]) -> str | None:
    """Return the choice closest to ``word`` (for "did you mean" hints), or None."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


#: Lists longer than this are not spelt out in a hint (the rule codes and names are 200).
MAX_LISTED = 20


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return a hint naming the closest choice and, when they are few, listing the valid ones."""
    options = sorted(choices)
    match = closest(word, options)
    listing = f"valid: {', '.join(options)}" if len(options) <= MAX_LISTED else ""
    if match:
        return f"did you mean '{match}'? ({listing})" if listing else f"did you mean '{match}'?"
    return listing or f"none of the {len(options)} valid names is close"
