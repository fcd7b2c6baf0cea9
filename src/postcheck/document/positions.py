"""Turning offsets in a draft's text into 1-based line and column numbers.

Columns count characters as Python counts them: Unicode code points, so an emoji such as
"👍" is one column and a family emoji joined with zero-width joiners is several. Line
endings are ``\\n``; a file's ``\\r\\n`` endings are read as ``\\n`` before any offset is taken,
which leaves every line and column as an editor shows them.
"""

from __future__ import annotations

import bisect
import itertools


class LineIndex:
    """Maps character offsets in a text to (line, column), both 1-based."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        start = text.find("\n")
        while start != -1:
            self._starts.append(start + 1)
            start = text.find("\n", start + 1)
        self._length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of the character at ``offset``.

        ``offset`` may equal the text's length (the position just past its end).
        """
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside 0..{self._length}")
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """Return the offset of the first character of a 1-based line."""
        return self._starts[line - 1]


def utf16_length(text: str) -> int:
    """Return how many UTF-16 code units ``text`` has (what JavaScript and LSP count)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class Utf16Offsets:
    """Turns code-point offsets in a text into UTF-16 offsets (what JavaScript and LSP count).

    Characters outside the Basic Multilingual Plane (most emoji) are two UTF-16 code units.
    """

    def __init__(self, text: str) -> None:
        wide = any(ord(char) > 0xFFFF for char in text)
        self._prefix = (
            list(itertools.accumulate((2 if ord(c) > 0xFFFF else 1 for c in text), initial=0))
            if wide
            else None
        )

    def __call__(self, offset: int) -> int:
        """Return the UTF-16 offset of code-point offset ``offset``."""
        return offset if self._prefix is None else self._prefix[offset]

    def back(self, units: int) -> int:
        """Return the code-point offset of a UTF-16 offset (inside a pair: the pair's start)."""
        if self._prefix is None:
            return units
        return bisect.bisect_right(self._prefix, units) - 1
