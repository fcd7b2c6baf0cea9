"""Prose text assembled from pieces of a file, with every character's offset in that file.

A draft's prose is what a reader sees: Markdown markup, code and link targets removed, blocks
joined by blank lines. :class:`ProseBuilder` builds that text piece by piece and remembers, for
each prose character, the offset of the file character it came from, so that a finding on prose
can be reported at its exact line and column in the file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class _Run:
    prose_start: int
    source_start: int
    length: int
    verbatim: bool
    #: How many source characters a synthetic run stands for (an entity, a run of whitespace
    #: shown as one space); a verbatim run stands for ``length`` characters.
    source_length: int = 1


class OffsetMap:
    """Maps offsets in a prose string back to offsets in the source it was built from."""

    def __init__(self, runs: list[_Run], prose_length: int) -> None:
        self._runs = runs
        self._starts = [run.prose_start for run in runs]
        self._length = prose_length
        self._verbatim: list[tuple[int, int, int]] | None = None  # by source offset, when asked
        self._verbatim_starts: list[int] = []

    def source(self, index: int) -> int:
        """Return the source offset of the prose character at ``index``."""
        if not 0 <= index < self._length:
            raise IndexError(f"prose index {index} outside 0..{self._length - 1}")
        run = self._runs[bisect.bisect_right(self._starts, index) - 1]
        if run.verbatim:
            return run.source_start + index - run.prose_start
        return run.source_start

    def prose_offset(self, source: int) -> int | None:
        """Return the prose index of the file character at ``source``, if it is copied verbatim.

        None for a character the prose leaves out (markup, code, a link's target) or stands in
        for (an entity, a run of whitespace shown as one space).
        """
        if self._verbatim is None:
            runs = sorted(
                (r.source_start, r.prose_start, r.length) for r in self._runs if r.verbatim
            )
            self._verbatim = runs
            self._verbatim_starts = [run[0] for run in runs]
        at = bisect.bisect_right(self._verbatim_starts, source) - 1
        if at < 0:
            return None
        source_start, prose_start, length = self._verbatim[at]
        return prose_start + source - source_start if source < source_start + length else None

    def pieces(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Return the verbatim runs inside prose ``[start, end)`` as (start, end, source start)."""
        result = []
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        for run in self._runs[first:]:
            run_end = run.prose_start + run.length
            if run.prose_start >= end:
                break
            low, high = max(start, run.prose_start), min(end, run_end)
            if low < high:
                source = (
                    run.source_start + (low - run.prose_start) if run.verbatim else run.source_start
                )
                result.append((low, high, source))
        return result

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the source span ``[start, end)`` covering prose characters ``[start, end)``."""
        if start >= end:
            point = (
                self.source(start) if start < self._length else self.source(self._length - 1) + 1
            )
            return point, point
        first, final = self.source(start), self.source(end - 1)  # raise outside the prose
        last = self._runs[bisect.bisect_right(self._starts, end - 1) - 1]
        return first, final + (1 if last.verbatim else max(last.source_length, 1))


class ProseBuilder:
    """Builds a prose string from source pieces and records where each character came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._runs: list[_Run] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def last_char(self) -> str:
        """Return the last prose character added, or "" when there is none."""
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def tail(self, length: int) -> str:
        """Return the last ``length`` characters added (reading only the pieces they are in)."""
        pieces: list[str] = []
        count = 0
        for part in reversed(self._parts):
            if count >= length:
                break
            pieces.append(part)
            count += len(part)
        return "".join(reversed(pieces))[count - length :] if length > 0 else ""

    def add(self, text: str, source_start: int) -> None:
        """Append ``text``, which stands verbatim in the source at ``source_start``."""
        self._append(text, source_start, verbatim=True)

    def add_synthetic(self, text: str, source_offset: int, source_length: int = 1) -> None:
        """Append ``text`` that is not in the source; every character maps to ``source_offset``.

        ``source_length`` is how many source characters it stands for ("&amp;" → 5, a run of
        whitespace shown as one space): a span that ends in it ends where they do.
        """
        self._append(text, source_offset, verbatim=False, source_length=source_length)

    def _append(
        self, text: str, source_start: int, *, verbatim: bool, source_length: int = 1
    ) -> None:
        if not text:
            return
        last = self._runs[-1] if self._runs else None
        if (
            verbatim
            and last is not None
            and last.verbatim
            and last.source_start + last.length == source_start
        ):
            self._runs[-1] = _Run(
                last.prose_start, last.source_start, last.length + len(text), True
            )
        else:
            self._runs.append(_Run(self._length, source_start, len(text), verbatim, source_length))
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        """Return the prose text and its offset map."""
        return "".join(self._parts), OffsetMap(list(self._runs), self._length)
