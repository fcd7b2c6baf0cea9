"""The prose inside HTML blocks of a Markdown body, found with the standard HTML parser.

Posts migrated from WordPress and exports from a CMS are Markdown files whose body is HTML:
``<p>Tervetuloa …</p>``. The text a reader sees is prose, with its exact place in the file:
every text run is added verbatim at its offset, an entity (``&amp;``) as the character it stands
for, and a run of whitespace as the one space a browser shows (the source's line breaks and
indentation are layout). Block elements (paragraphs, headings, list items, table cells, quotes,
and the captions of figures and tables, ``<figcaption>`` and ``<caption>``) start a new prose
block; scripts, styles and code are not prose; comments never are.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from postcheck.document.textmap import ProseBuilder

_BLOCKS = {
    "p": "paragraph", "div": "paragraph", "section": "paragraph", "article": "paragraph",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "td": "table_cell", "th": "table_cell",
    "blockquote": "quote", "figcaption": "caption", "dd": "paragraph", "dt": "paragraph",
    "summary": "heading", "details": "paragraph", "caption": "caption", "legend": "heading",
}  # fmt: skip
#: HTML's whitespace (not the no-break space), which a browser shows as one space.
_SPACE = re.compile(r"[ \t\n\r\f]+")
_PIECES = re.compile(r"[ \t\n\r\f]+|[^ \t\n\r\f]+")
#: Elements whose content is never prose: code, program output, keys, variables, scripts.
SKIPPED_ELEMENTS = frozenset(
    {"script", "style", "code", "pre", "samp", "kbd", "var", "tt", "textarea", "svg",
     "template", "noscript", "math", "xmp", "listing", "plaintext"}
)  # fmt: skip


class _ProseParser(HTMLParser):
    """Adds an HTML fragment's visible text to a prose builder, block by block."""

    def __init__(self, source: str, offset: int, builder: ProseBuilder, separate: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.base = offset  # not self.offset: HTMLParser keeps its column there
        self.builder = builder
        self.line_starts = [0, *(i + 1 for i, char in enumerate(source) if char == "\n")]
        #: (kind, prose start, prose end) of the blocks found.
        self.blocks: list[tuple[str, int, int]] = []
        self.kind = "paragraph"
        self.block_start: int | None = None
        self.skipping = 0
        self.separate = separate
        #: The whitespace met since the last visible text: (file offset, length, a plain " ").
        self.pending: tuple[int, int, bool] | None = None
        #: File offsets of the comments outside code and scripts (where directives are obeyed).
        self.comments: list[int] = []

    def _here(self) -> int:
        """Return the file offset where the parser's current construct starts."""
        line, column = self.getpos()
        return self.base + self.line_starts[line - 1] + column

    def _close_block(self) -> None:
        self.pending = None
        if self.block_start is not None and len(self.builder) > self.block_start:
            self.blocks.append((self.kind, self.block_start, len(self.builder)))
        self.block_start = None

    def _open_block(self, kind: str) -> None:
        self._close_block()
        self.kind = kind

    def _text(self, text: str, at: int, *, verbatim: bool, length: int = 1) -> None:
        if self.skipping or not text:
            return
        if self.block_start is None:
            if not text.strip():
                return
            if self.separate or self.blocks:
                self.builder.add_synthetic("\n\n", at)
            self.block_start = len(self.builder)
        if not verbatim:
            if _SPACE.fullmatch(text):  # "&#32;": whitespace like any other
                self._space(at, 1)
            else:
                self._flush_space()
                self.builder.add_synthetic(text, at, length)
            return
        for piece in _PIECES.finditer(text):
            if _SPACE.fullmatch(piece.group()):
                self._space(at + piece.start(), len(piece.group()), piece.group() == " ")
            else:
                self._flush_space()
                self.builder.add(piece.group(), at + piece.start())

    def _space(self, at: int, length: int, plain: bool = False) -> None:
        """Keep a run of whitespace (or a line break) for the next visible text of the block.

        HTML shows a run of whitespace as one space, and none at a block's start or end: the
        space is added only when more text follows in the same block.
        """
        started = self.block_start is not None and len(self.builder) > self.block_start
        if started and self.pending is None:
            self.pending = (at, length, plain)

    def _flush_space(self) -> None:
        if self.pending is not None:
            at, length, plain = self.pending
            if plain:
                self.builder.add(" ", at)
            else:
                self.builder.add_synthetic(" ", at, length)
            self.pending = None

    def _break(self) -> None:
        """Part the words around a line break (``<br>``) by one space."""
        if self.block_start is not None and not self.skipping:
            self._space(self._here(), len(self.get_starttag_text() or "") or 1)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """Skip a marked section (``<![CDATA[…]]>``).

        One the standard parser cannot read ("<![](a.jpg)", a Markdown image typed after "<")
        is skipped to its ">" instead of stopping the check with the parser's AssertionError.
        """
        try:
            return int(super().parse_marked_section(i, report))
        except AssertionError:
            end = self.rawdata.find(">", i)
            return end + 1 if end != -1 else len(self.rawdata)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._open_block(_BLOCKS[tag])
        elif tag == "br":
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._close_block()

    def handle_comment(self, data: str) -> None:
        if not self.skipping:
            self.comments.append(self._here())

    def handle_data(self, data: str) -> None:
        self._text(data, self._here(), verbatim=True)

    def _reference(self, reference: str) -> None:
        """Add the character of an entity or character reference ("&amp;", "&#228;")."""
        at = self._here()
        after = at - self.base + len(reference)
        length = len(reference) + (self.source[after : after + 1] == ";")
        self._text(unescape(f"{reference};"), at, verbatim=False, length=length)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")

    def close(self) -> None:
        super().close()
        self._close_block()


def html_prose(
    text: str,
    start: int,
    end: int,
    builder: ProseBuilder,
    *,
    separate: bool,
    comments: list[int] | None = None,
) -> list[tuple[str, int, int]]:
    """Add the visible text of the HTML in ``text[start:end]`` to ``builder``; return its blocks.

    ``separate`` puts a blank line before the first block (prose came before it). The file
    offsets of its comments outside code, scripts and the like are added to ``comments``.
    """
    parser = _ProseParser(text[start:end], start, builder, separate)
    parser.feed(text[start:end])
    parser.close()
    if comments is not None:
        comments.extend(parser.comments)
    return parser.blocks
