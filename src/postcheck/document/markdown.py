"""The prose of a Markdown body, found with markdown-it-py and mapped back to the file.

markdown-it-py gives each block its lines but gives inline text without positions, so the
walker finds every inline piece in the source by searching forward from the end of the last
piece. What a reader sees as text is prose: paragraphs, headings, list items, quotes, table cells,
captions (a short line under an image), link texts, and the visible text of HTML blocks (:mod:`postcheck.document.html`). What is not
prose is skipped: code blocks and code spans, inline HTML tags, link targets, image sources,
autolinks. A skipped inline piece leaves a single space so the words around it stay apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from html import unescape
from typing import TYPE_CHECKING, Any, NamedTuple

from postcheck.document.bullets import bulleted_blocks
from postcheck.document.html import SKIPPED_ELEMENTS, html_prose
from postcheck.document.textmap import ProseBuilder

if TYPE_CHECKING:
    from markdown_it.token import Token


@functools.cache
def _parser() -> Any:
    """Return the Markdown parser, made on first use (markdown-it-py takes 45 ms to import)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


_BLOCK_KINDS = {
    "heading_open": "heading",
    "list_item_open": "list_item",
    "blockquote_open": "quote",
    "th_open": "table_cell",
    "td_open": "table_cell",
}


_OPENING_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)[\s/>]")
_CLOSING_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9-]*)\s*>")
#: An entity or a character reference ("&nbsp;", "&#228;").
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: An HTML line break, ``<br>``, ``<br/>`` or ``<br />``.
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _opening_tag(html: str) -> str | None:
    """Return the lowercase name of an opening tag ("<code class=x>" → "code"), else None."""
    found = _OPENING_TAG.match(html)
    return found.group(1).lower() if found and not html.rstrip().endswith("/>") else None


def _closing_tag(html: str) -> str | None:
    """Return the lowercase name of a closing tag ("</code>" → "code"), else None."""
    found = _CLOSING_TAG.match(html)
    return found.group(1).lower() if found else None


def _line_starts(text: str, start: int) -> list[int]:
    starts = [start]
    position = text.find("\n", start)
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


#: The pipe between two table cells (not an escaped one: "a \\| b" is one cell's text).
_CELL_PIPE = re.compile(r"(?<!\\)\|")


class _InlineWalker:
    """Finds the text of one inline token's children in the source and adds it as prose."""

    def __init__(self, text: str, start: int, end: int, builder: ProseBuilder) -> None:
        self.text = text
        self.cursor = start
        self.end = end
        self.builder = builder
        self.after_gap = False
        #: File offsets of the HTML comments met (where directives are obeyed).
        self.comments: list[int] = []
        #: Link targets met, with the prose offset where each link's text starts.
        self.links: list[tuple[str, int]] = []
        #: Prose spans of emphasised text and link text: labels, names and titles the writer
        #: marked ("klikkaa **Tallenna**", "[Lue lisää](…)").
        self.labels: list[tuple[int, int]] = []
        #: Prose offsets where the inline token's second and later source lines start.
        self.line_starts: list[int] = []
        self._opened: list[int] = []

    def find(self, needle: str) -> int:
        return self.text.find(needle, self.cursor, self.end)

    def gap(self) -> None:
        """Leave one space for skipped content, unless the prose already ends in whitespace."""
        last = self.builder.last_char()
        if last and not last.isspace():
            self.builder.add_synthetic(" ", min(self.cursor, len(self.text) - 1))
        self.after_gap = True

    def skip_past(self, needle: str) -> None:
        found = self.find(needle)
        if found != -1:
            self.cursor = found + len(needle)

    def skip_image(self) -> None:
        """Skip an image from its ``![``: its alt text, brackets and all, and its target.

        The alt text's brackets nest: "![Kaavio [1] Myynti](kaavio.png)".
        """
        self.skip_past("![")
        depth = 1
        index = self.cursor
        while index < self.end and depth:
            char = self.text[index]
            index += 2 if char == "\\" else 1
            depth += (char == "[") - (char == "]")
        self.cursor = index
        self._skip_target()

    def skip_bracketed_target(self) -> None:
        """After a link's text: skip ``]`` and a following ``(...)`` or ``[...]``."""
        self.skip_past("]")
        self._skip_target()

    def _skip_target(self) -> None:
        if self.cursor < self.end and self.text[self.cursor] == "(":
            depth = 0
            for index in range(self.cursor, self.end):
                char = self.text[index]
                if char == "\\":
                    continue
                depth += char == "("
                depth -= char == ")"
                if depth == 0:
                    self.cursor = index + 1
                    return
        elif self.cursor < self.end and self.text[self.cursor] == "[":
            self.skip_past("]")

    def add_text(self, content: str) -> None:
        found = self.find(content)
        if self.after_gap and found != -1 and self.builder.last_char().isspace():
            # "word `code` word": the gap's space already separates the words.
            stripped = content.lstrip()
            found += len(content) - len(stripped)
            content = stripped
        self.after_gap = False
        if found != -1:
            self.builder.add(content, found)
            self.cursor = found + len(content)
            return
        # Escapes and entities: the content differs from the source, align character by character.
        for char in content:
            entity = _ENTITY.match(self.text, self.cursor, self.end)
            if entity is not None and unescape(entity.group()) == char:  # "&nbsp;" as one char
                self.builder.add_synthetic(char, self.cursor, len(entity.group()))
                self.cursor = entity.end()
                continue
            found = self.find(char)
            if found == -1:
                self.builder.add_synthetic(char, min(self.cursor, len(self.text) - 1))
            else:
                self.builder.add(char, found)
                self.cursor = found + 1

    def _close_label(self) -> None:
        if self._opened:
            self.labels.append((self._opened.pop(), len(self.builder)))

    def _skip_element(self, children: Sequence[Token], index: int, tag: str) -> int:
        """Skip the children up to the element's closing tag; return that tag's index."""
        depth = 1
        while index + 1 < len(children):
            index += 1
            child = children[index]
            if child.type != "html_inline":
                continue
            if _opening_tag(child.content) == tag:
                depth += 1
            elif _closing_tag(child.content) == tag:
                depth -= 1
                if depth == 0:
                    self.skip_past(child.content)
                    return index
        return index

    def walk(self, children: Sequence[Token]) -> None:
        index = 0
        while index < len(children):
            child = children[index]
            kind = child.type
            if kind == "text":
                following = children[index + 1] if index + 1 < len(children) else None
                if following is not None and _BREAK.fullmatch(following.content):
                    # "**Nimi**  <br/>": spaces before a line break are layout, not prose
                    self.add_text(child.content.rstrip(" \t"))
                else:
                    self.add_text(child.content)
            elif kind == "softbreak":
                found = self.find("\n")
                if found != -1:
                    if not self.builder.last_char().isspace():  # "**Nimi**<br/>": one space
                        self.builder.add_synthetic(" ", found)
                    self.cursor = found + 1
                    self.line_starts.append(len(self.builder))
            elif kind == "hardbreak":
                found = self.find("\n")
                if found != -1:
                    self.builder.add("\n", found)
                    self.cursor = found + 1
                    self.line_starts.append(len(self.builder))
            elif kind == "code_inline":
                self.gap()
                opening = self.find(child.markup)
                if opening != -1:
                    self.cursor = opening + len(child.markup)
                    self.skip_past(child.markup)
            elif kind == "html_inline":
                self.gap()
                if child.content.startswith("<!--") and (at := self.find(child.content)) != -1:
                    self.comments.append(at)
                self.skip_past(child.content)
                tag = _opening_tag(child.content)
                if tag in SKIPPED_ELEMENTS:  # <code>…</code>: what is inside is not prose
                    index = self._skip_element(children, index, tag)
            elif kind == "image":
                self.gap()
                self.skip_image()
            elif kind == "link_open" and child.markup == "autolink":
                self.links.append((str(child.attrGet("href") or ""), len(self.builder)))
                self.gap()
                self.skip_past(">")
                while index < len(children) and children[index].type != "link_close":
                    index += 1
            elif kind == "link_open":
                self.links.append((str(child.attrGet("href") or ""), len(self.builder)))
                self._opened.append(len(self.builder))
            elif kind == "link_close":
                self.skip_bracketed_target()
                self._close_label()
            elif kind in ("em_open", "strong_open"):
                self._opened.append(len(self.builder))
            elif kind in ("em_close", "strong_close"):
                self._close_label()
            index += 1


class MarkdownParts(NamedTuple):
    """What :func:`markdown_prose` found besides the prose it added."""

    blocks: list[tuple[str, int, int]]
    links: list[tuple[str, int]]
    labels: list[tuple[int, int]]
    comments: tuple[int, ...]


#: Text of at most this many words under an image is its caption: the one line under the image
#: in the image's paragraph, or an emphasised paragraph right after a paragraph of images.
CAPTION_WORDS = 30

#: The comment that ends a post's summary (the teaser shown in a list of posts).
_MORE = re.compile(r"<!--\s*more\s*-->", re.IGNORECASE)

#: Inline pieces that leave an image alone in its paragraph: a link around it, line breaks.
_AROUND_IMAGES = frozenset({"link_open", "link_close", "softbreak", "hardbreak"})
_BREAKS = frozenset({"softbreak", "hardbreak"})
_EMPHASIS = frozenset({"em_open", "strong_open"})
#: Tokens that may stand between a paragraph of images and its caption paragraph.
_BETWEEN_PARAGRAPHS = frozenset({"paragraph_close", "paragraph_open"})


def _blank(child: Token) -> bool:
    return child.type in _AROUND_IMAGES or (child.type == "text" and not child.content.strip())


def _only_images(children: Sequence[Token]) -> bool:
    """Tell whether a paragraph holds images and nothing a reader reads as text."""
    return any(child.type == "image" for child in children) and all(
        child.type == "image" or _blank(child) for child in children
    )


def _emphasised(children: Sequence[Token]) -> bool:
    """Tell whether all the text of ``children`` is one emphasised span ("*Kuvateksti*")."""
    pieces = [child for child in children if not _blank(child)]
    if len(pieces) < 2 or pieces[0].type not in _EMPHASIS:
        return False
    depth = 0
    for index, piece in enumerate(pieces):
        depth += piece.nesting
        if depth == 0:
            return index == len(pieces) - 1
    return False


def _lines(children: Sequence[Token]) -> list[list[Token]]:
    """Split a paragraph's inline pieces into its source lines (at line breaks)."""
    lines: list[list[Token]] = [[]]
    for child in children:
        if child.type in _BREAKS:
            lines.append([])
        else:
            lines[-1].append(child)
    return [line for line in lines if any(not _blank(child) for child in line)]


def _caption_under_image(children: Sequence[Token]) -> bool:
    """Tell whether a paragraph is images on lines of their own and one line of text under them.

    ``![Tehdas](a.jpg)`` then "Uusi tehdas Tampereella" on the next line is a picture with its
    caption; text on the image's own line ("![](ikoni.png) Tämä on tärkeää") or more than one
    line of text is prose, unless all of it after the images is emphasised.
    """
    first = next((i for i, child in enumerate(children) if not _blank(child)), None)
    if first is None or children[first].type != "image":
        return False
    after = first
    while after < len(children) and (children[after].type == "image" or _blank(children[after])):
        after += 1
    if _emphasised(children[after:]):
        return True  # "![](a.jpg) *Uusi tehdas*"
    lines = _lines(children)
    images = 0
    while images < len(lines) and _only_images(lines[images]):
        images += 1
    return 0 < images == len(lines) - 1


def _ends_in_more(children: Sequence[Token]) -> bool:
    """Tell whether a paragraph ends with the ``<!--more-->`` comment: it is the summary."""
    last = next((child for child in reversed(children) if not _blank(child)), None)
    return last is not None and last.type == "html_inline" and bool(_MORE.fullmatch(last.content))


def _paragraph_kind(children: Sequence[Token], prose: str, after_images: bool) -> str:
    """Return the kind of a Markdown paragraph: caption, teaser or paragraph.

    A caption is short: the one line of text under an image in the image's paragraph (or all
    emphasised text after it there), or an emphasised paragraph ("*Kuvateksti*") right after a
    paragraph of images; a teaser is the summary that ends in ``<!--more-->``. Running text
    after an image is a paragraph like any other.
    """
    short = 0 < len(prose.split()) <= CAPTION_WORDS
    if short and (_caption_under_image(children) or (after_images and _emphasised(children))):
        return "caption"
    return "teaser" if _ends_in_more(children) else "paragraph"


def markdown_prose(text: str, body_start: int, builder: ProseBuilder) -> MarkdownParts:
    """Add the prose of the Markdown body ``text[body_start:]`` to ``builder``.

    Returns the blocks as (kind, prose start, prose end), separated by a blank line in the prose,
    the link targets as (URL, prose offset of the link's text), the prose spans of
    emphasised and link text (labels), and the file offsets of the HTML comments Markdown reads
    as HTML: not those shown in code (inline code, indented or fenced code blocks, anywhere,
    ``<pre>`` and ``<script>``). Besides the kinds of their containers, paragraphs are
    captions (text under an image) and teasers (the summary before ``<!--more-->``).
    """
    tokens = _parser().parse(text[body_start:])
    starts = _line_starts(text, body_start)
    blocks: list[tuple[str, int, int]] = []
    links: list[tuple[str, int]] = []
    labels: list[tuple[int, int]] = []
    comments: list[int] = []
    open_kinds: list[str] = []
    after_images = False
    previous = ""  # the type of the token before this one
    row: tuple[list[int], int] | None = None  # a table row's map, where its last cell's text ended
    for token in tokens:
        if token.type not in _BETWEEN_PARAGRAPHS and token.type != "inline":
            after_images = False  # a caption follows its images at once: no fence, rule, list
        before, previous = previous, token.type
        if token.nesting == 1:
            open_kinds.append(_BLOCK_KINDS.get(token.type, "paragraph"))
        elif token.nesting == -1 and open_kinds:
            open_kinds.pop()
        if token.type == "html_block" and token.map is not None:
            summary = before == "paragraph_close" and bool(blocks) and blocks[-1][0] == "paragraph"
            if summary and _MORE.fullmatch(token.content.strip()):
                blocks[-1] = ("teaser", *blocks[-1][1:])  # the paragraph just before <!--more-->
            first_line, last_line = token.map
            end = starts[last_line] if last_line < len(starts) else len(text)
            blocks += html_prose(
                text, starts[first_line], end, builder, separate=bool(blocks), comments=comments
            )
            continue
        if token.type != "inline" or not token.children or token.map is None:
            continue
        kind = next((k for k in reversed(open_kinds) if k != "paragraph"), "paragraph")
        first_line, last_line = token.map
        if first_line >= len(starts):  # cannot happen with \n-only text; never index past it
            continue
        start = starts[first_line]
        end = starts[last_line] if last_line < len(starts) else len(text)
        if kind == "table_cell" and row is not None and row[0] == token.map:
            # a row's cells share its map: a cell starts past the pipe after the cell before
            pipe = _CELL_PIPE.search(text, row[1], end)
            start = pipe.end() if pipe is not None else end
        if blocks:
            builder.add_synthetic("\n\n", start)
        block_start = len(builder)
        walker = _InlineWalker(text, start, end, builder)
        walker.walk(token.children)
        row = (token.map, walker.cursor) if kind == "table_cell" else None
        links.extend(walker.links)
        labels.extend(walker.labels)
        comments.extend(walker.comments)
        if kind == "paragraph":
            prose = builder.tail(len(builder) - block_start)
            kind = _paragraph_kind(token.children, prose, after_images)
            after_images = _only_images(token.children)
            if kind == "paragraph":  # lines typed with "•" or "✅" are list items
                lines = [block_start, *walker.line_starts]
                blocks += bulleted_blocks(prose, block_start, lines, ascii=False)
                continue
        else:
            after_images = False
        blocks.append((kind, block_start, len(builder)))
    return MarkdownParts(blocks, links, labels, tuple(comments))
