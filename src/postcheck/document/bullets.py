"""Bulleted lines inside a paragraph: list items a writer typed without Markdown.

Social posts are published as typed, and writers make lists there with "•", "▪", "✅" or "👉"
at the start of a line (in Markdown too, where CommonMark knows only "-", "*" and "+"). Such a
line is a list item: it needs no capital and no final punctuation, and the line before it is
the list's lead-in. In text published as typed, lines in a row that start with "- ", "* " or
"+ " are a list too; one such line alone may be a line of dialogue ("- Tehdään siis").
"""

from __future__ import annotations

import regex

#: A typographic bullet and a space at a line's start ("• ", "▪ ", "✅ ", "✔️ ", "👉 ").
_BULLET = regex.compile(r"[ \t]*[•◦▪▫‣⁃●○■□➤➢►▶▸▹✓✔☑✅🔹🔸👉]\uFE0F?[ \t]+\S")
#: "- ", "* " or "+ " at a line's start: a list item when the line before or after has one too.
_ASCII_BULLET = regex.compile(r"[ \t]*[-*+][ \t]+\S")


def bulleted_blocks(
    text: str, start: int, line_starts: list[int], *, ascii: bool
) -> list[tuple[str, int, int]]:
    """Return a paragraph's blocks: its bulleted lines as list items, the rest as paragraphs.

    ``text`` is the paragraph's prose, which starts at prose offset ``start``; ``line_starts``
    are the prose offsets where its source lines start (``start`` first). ``ascii``: "- " lists
    count too (text published as typed, where Markdown has not read them already).
    """
    end = start + len(text)
    spans = list(zip(line_starts, [*line_starts[1:], end], strict=True))
    dashed = [ascii and bool(_ASCII_BULLET.match(text, low - start)) for low, _ in spans]
    items = [
        bool(_BULLET.match(text, low - start))
        or (dashed[i] and ((i > 0 and dashed[i - 1]) or (i + 1 < len(spans) and dashed[i + 1])))
        for i, (low, _) in enumerate(spans)
    ]
    if not any(items):
        return [("paragraph", start, end)]
    blocks: list[tuple[str, int, int]] = []
    run_start: int | None = None  # where the lines without a bullet before this one start
    for (low, high), item in zip(spans, items, strict=True):
        if item and run_start is not None:
            blocks.append(("paragraph", run_start, _trimmed(text, start, run_start, low)))
            run_start = None
        if item:
            blocks.append(("list_item", low, _trimmed(text, start, low, high)))
        elif run_start is None:
            run_start = low
    if run_start is not None:
        blocks.append(("paragraph", run_start, end))
    return blocks


def _trimmed(text: str, start: int, low: int, high: int) -> int:
    """Return ``high`` moved back over the line break or space that ends a line."""
    while high > low and text[high - start - 1] in " \t\n":
        high -= 1
    return high
