"""A draft as written: its text, front matter, and the prose a reader sees, with positions.

:func:`read_text` reads a file (UTF-8, with or without a byte-order mark) and refuses binary
or wrongly encoded files with a clear :class:`~postcheck.core.errors.InputError`. :func:`parse_draft`
splits off the front matter and finds the prose: for channels that render Markdown (blog,
newsletter, wiki, and ``.md`` files with no channel) the body is parsed with markdown-it-py; for
channels that publish text as typed (the social networks) the body is taken verbatim and split
into paragraphs at blank lines.

Positions: every prose character maps to its offset in :attr:`Draft.text`, which is the file's
text with ``\\r\\n`` read as ``\\n`` and without a byte-order mark; lines and columns are 1-based
and columns count Unicode code points (see :mod:`postcheck.document.positions`).
"""

from __future__ import annotations

import codecs
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

import regex

from postcheck.core.errors import InputError
from postcheck.document.bullets import bulleted_blocks
from postcheck.document.directives import Directive, parse_directives
from postcheck.document.frontmatter import FrontMatter, parse_front_matter
from postcheck.document.markdown import markdown_prose
from postcheck.document.positions import LineIndex
from postcheck.document.textmap import OffsetMap, ProseBuilder

#: File name endings read as Markdown when no channel says otherwise.
MARKDOWN_SUFFIXES = (".md", ".markdown")

_BLANK_LINES = regex.compile(r"\n[ \t]*\n\s*")
#: HTML comments: never published, never prose (postcheck's directives live in them).
COMMENT = regex.compile(r"<!--.*?-->", regex.DOTALL)
#: Syntax that stays on one line and is not prose, bounded so an unclosed one fails within
#: its line: attribute lists ({: .lead}, {#id key="v"}, {#2024-2025}, {.class}, {width=50%}),
#: variables (%var%, ${name}), footnote labels ([^note]), wiki links and embeds ([[Sivu]],
#: ![[kuva.png]]), an admonition's or a fenced div's title line (!!! tip "Vinkki", ::: note
#: "Huom"), a JSON object ({"a": "b"})
#: and inline math ($x = 50\%$: it opens with no space or digit after its "$", so "$5 and $10"
#: is text).
_INLINE_TEMPLATE = regex.compile(
    r"\{:[^}\n]{0,300}\}|\{[#.][^\s}][^}\n]{0,300}\}|\{\s*[\w-]+=[^}\n]{0,300}\}"
    r"|%[\p{L}_][\w.-]{0,100}%|\[\^[^\]\n]{0,300}\]|\$\{[^}\n]{0,300}\}"
    r"|!?\[\[[^\]\n]{1,300}\]\]|(?m:^[ \t]*(?:!!!|\?\?\?\+?|:::)[ \t]*[a-z][\w-]*(?:[ \t][^\n]*)?$)"
    r'|\{[^{}\n]{0,300}"\s*:[^{}\n]{0,300}\}'
    r"|(?<![\\$\w])\$(?=[^\s\d$])[^$\n]{1,300}(?<=[^\s\\])\$(?![\d$])"
)
#: Template tags, code and math that may span lines: highlighted and raw code of Jekyll and
#: Hugo (all of it), shortcodes ({{< … >}}), tags ({% … %}), comments ({# … #}), ERB and JSP
#: tags (<% … %>), display and inline math ($$ … $$, \[ … \], \( … \)).
_PAIRED_TEMPLATE = (
    ("{% highlight", "{% endhighlight %}"), ("{% raw %}", "{% endraw %}"),
    ("{{< highlight", "{{< /highlight >}}"), ("{{< code", "{{< /code >}}"),
    ("{{", "}}"), ("{%", "%}"), ("{#", "#}"), ("<%", "%>"), ("$$", "$$"), ("\\[", "\\]"),
    ("\\(", "\\)"),
)  # fmt: skip


#: Math stays within its paragraph: a "$$" that finds its pair only past a blank line is money.
_WITHIN_A_PARAGRAPH = frozenset({"$$", "\\[", "\\("})


def template_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return the spans of template syntax in ``text`` from ``start`` on, in order.

    Linear: a tag that is never closed ends the search for that kind of tag (no later one can
    close either), instead of being looked for again from every opening.
    """
    spans = [match.span() for match in _INLINE_TEMPLATE.finditer(text, start)]
    for opening, closing in _PAIRED_TEMPLATE:
        position = text.find(opening, start)
        while position != -1:
            end = text.find(closing, position + len(opening))
            if end == -1:
                break
            if opening in _WITHIN_A_PARAGRAPH and "\n\n" in text[position:end]:
                position = text.find(opening, position + len(opening))  # "Säästä $$ nyt …"
                continue
            spans.append((position, end + len(closing)))
            position = text.find(opening, end + len(closing))
    return sorted(spans)


@dataclass(frozen=True)
class Block:
    """A block of prose as offsets in prose, with its kind.

    Kinds: ``paragraph``, ``heading``, ``list_item``, ``quote``, ``table_cell``, ``caption`` (a
    figure's or table's caption, the text under an image) and ``teaser`` (a post's summary, the
    paragraph before ``<!--more-->``).
    """

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Draft:
    """A parsed draft: the file's text, its front matter and its prose with an offset map."""

    text: str
    front_matter: FrontMatter
    markdown: bool
    prose: str
    offsets: OffsetMap
    blocks: tuple[Block, ...]
    lines: LineIndex
    path: str | None = None
    #: Markdown link targets (not prose) with the prose offset of each link's text.
    links: tuple[tuple[str, int], ...] = ()
    #: Prose spans of emphasised and link text ("**Tallenna**", "[Lue lisää](…)"): labels.
    labels: tuple[tuple[int, int], ...] = ()
    #: The post as the channel publishes it: the body without HTML comments (postcheck's
    #: directives among them) and without surrounding whitespace.
    post: str = ""
    post_offsets: OffsetMap | None = None
    #: In Markdown, the file offsets of the HTML comments read as HTML (a directive shown in
    #: code is an example, not a directive); None in plain text, where every comment counts.
    comments: tuple[int, ...] | None = None

    @cached_property
    def template_spans(self) -> list[tuple[int, int]]:
        """File spans of template syntax the parsers leave in the text: not prose to change.

        Hugo and Jekyll shortcodes and tags (``{{< relref "…" >}}``, ``{% include %}``),
        kramdown attribute lists (``{: class="lead"}``), ``%variables%`` and footnote labels.
        """
        return template_spans(self.text, self.front_matter.body_start)

    def in_template(self, start: int, end: int) -> bool:
        """Tell whether the file span ``[start, end)`` touches template syntax."""
        return any(low < end and start < high for low, high in self.template_spans)

    @cached_property
    def directives(self) -> list[Directive]:
        """The draft's suppression comments, in order (found once per draft)."""
        return parse_directives(self.text, self.front_matter.body_start, obeyed=self.comments)

    def post_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the file-text span of the post span ``[start, end)``."""
        if self.post_offsets is None or not self.post:
            return len(self.text), len(self.text)
        return self.post_offsets.source_span(start, end)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the file-text span of the prose span ``[start, end)``."""
        return self.offsets.source_span(start, end)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a file-text offset."""
        return self.lines.position(offset)


def decode(data: bytes, *, path: str | None = None) -> str:
    """Decode a draft file's bytes as UTF-8 (a byte-order mark is allowed) with ``\\n`` endings."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(
            "file is UTF-16 encoded", path=path, fix="save it as UTF-8 and check it again"
        )
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not a text draft", path=path, fix="check only text files")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not valid UTF-8 at byte {error.start}",
            path=path,
            fix="save the file as UTF-8 and check it again",
        ) from error
    return normalise(text)


#: The largest draft postcheck reads by default, in megabytes (config: ``max_size_mb``).
MAX_SIZE_MB = 5.0


def read_bytes(path: str | Path, *, max_size_mb: float = MAX_SIZE_MB) -> bytes:
    """Read a draft file's bytes; raise :class:`InputError` with a fix when it cannot be read.

    A file larger than ``max_size_mb`` megabytes is refused before it is read, and so is
    anything that is not a regular file (a FIFO, a device such as /dev/zero, a socket), by its
    type: reading one could block for ever or never end.
    """
    name = str(path)
    limit = int(max_size_mb * 1_000_000)

    def too_big(size: int) -> InputError:
        return _too_big(f"file is {size / 1_000_000:.1f} MB, ", max_size_mb, name)

    try:
        status = Path(path).stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(21, "is a directory")
        if not stat.S_ISREG(status.st_mode):
            raise InputError(
                "is not a regular file (a pipe, a device or a socket)", path=name, fix="name a file"
            )
        if status.st_size > limit:
            raise too_big(status.st_size)
        with Path(path).open("rb") as stream:
            data = stream.read(limit + 1)  # the file may have grown since stat()
        if len(data) > limit:
            raise too_big(len(data))
        return data
    except FileNotFoundError as error:
        raise InputError("no such file", path=name, fix="check the path") from error
    except IsADirectoryError as error:
        raise InputError("is a directory", path=name, fix="name a file") from error
    except PermissionError as error:
        raise InputError("permission denied", path=name, fix="make it readable") from error
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", path=name) from error
    except ValueError as error:  # a NUL in the name
        raise InputError(f"cannot read: {error}", path=name, fix="check the path") from error


def _too_big(what: str, max_size_mb: float, name: str) -> InputError:
    return InputError(
        f"{what}over the {max_size_mb:g} MB limit",
        path=name,
        fix="split the draft, or raise max_size_mb in postcheck.toml",
    )


def read_stream(
    stream: BinaryIO, *, max_size_mb: float = MAX_SIZE_MB, name: str = "<stdin>"
) -> bytes:
    """Read a draft from a stream (standard input) up to ``max_size_mb``; refuse a longer one.

    Never more than the limit is read: ``postcheck - < /dev/zero`` stops at once.
    """
    limit = int(max_size_mb * 1_000_000)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_big("", max_size_mb, name)
    return data


def check_size(text: str, *, max_size_mb: float = MAX_SIZE_MB, name: str | None = None) -> None:
    """Refuse a draft given as text with more characters than ``max_size_mb`` allows."""
    if len(text) > max_size_mb * 1_000_000:
        raise _too_big(f"the draft has {len(text):,} characters, ", max_size_mb, name or "<text>")


def read_text(path: str | Path, *, max_size_mb: float = MAX_SIZE_MB) -> str:
    """Read a draft file as text; raise :class:`InputError` with a fix when it cannot be read."""
    return decode(read_bytes(path, max_size_mb=max_size_mb), path=str(path))


def _post_pieces(text: str, body_start: int) -> list[tuple[int, int]]:
    """Return the file spans that make up the published post: the body minus HTML comments.

    A comment alone on its line takes the line with it; surrounding whitespace is trimmed.
    """
    pieces: list[tuple[int, int]] = []
    position = body_start
    for match in COMMENT.finditer(text, body_start):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        alone = (
            not text[max(line_start, body_start) : match.start()].strip()
            and not text[match.end() : line_end].strip()
        )
        if alone:
            pieces.append((position, max(line_start, position)))
            position = min(line_end + 1, len(text))
        else:
            pieces.append((position, match.start()))
            position = match.end()
    pieces.append((position, len(text)))
    pieces = [(a, b) for a, b in pieces if b > a]
    while pieces and not text[pieces[0][0] : pieces[0][1]].strip():
        pieces.pop(0)
    while pieces and not text[pieces[-1][0] : pieces[-1][1]].strip():
        pieces.pop()
    if pieces:
        first, last = pieces[0], pieces[-1]
        lead = len(text[first[0] : first[1]]) - len(text[first[0] : first[1]].lstrip())
        pieces[0] = (first[0] + lead, first[1])
        last = pieces[-1]
        trail = len(text[last[0] : last[1]]) - len(text[last[0] : last[1]].rstrip())
        pieces[-1] = (last[0], last[1] - trail)
    return pieces


def _build(text: str, pieces: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    builder = ProseBuilder()
    for start, end in pieces:
        builder.add(text[start:end], start)
    return builder.build()


def _plain_prose(
    post: str, offsets: OffsetMap, builder: ProseBuilder
) -> list[tuple[str, int, int]]:
    """Add the post verbatim, one paragraph block per run of lines between blank lines."""
    blocks: list[tuple[str, int, int]] = []
    position = 0
    separators = [*_BLANK_LINES.finditer(post), None]
    for separator in separators:
        end = separator.start() if separator is not None else len(post)
        chunk = post[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped[0])
            stop = start + len(stripped)
            if blocks:
                builder.add_synthetic("\n\n", offsets.source(start))
            block_start = len(builder)
            for low, high, source in offsets.pieces(start, stop):
                builder.add(post[low:high], source)
            text = builder.tail(len(builder) - block_start)
            lines = [block_start] + [block_start + i + 1 for i, c in enumerate(text) if c == "\n"]
            blocks += bulleted_blocks(text, block_start, lines, ascii=True)
        if separator is not None:
            position = separator.end()
    return blocks


def normalise(text: str) -> str:
    """Return ``text`` with ``\\n`` line endings and without a byte-order mark.

    A lone ``\\r`` (old Mac line ending) is a line ending too, as CommonMark and editors read it.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


def parse_draft(
    text: str,
    *,
    markdown: bool,
    path: str | None = None,
    front_matter: FrontMatter | None = None,
) -> Draft:
    """Parse a draft's text into a :class:`Draft`.

    ``text`` must be :func:`normalise`-d. ``front_matter``, when the caller already parsed it
    from the same text, is not parsed again.
    """
    if front_matter is None:
        front_matter = parse_front_matter(text, path=path)
    builder = ProseBuilder()
    links: list[tuple[str, int]] = []
    labels: list[tuple[int, int]] = []
    post, post_offsets = _build(text, _post_pieces(text, front_matter.body_start))
    comments = None
    if markdown:
        raw_blocks, links, labels, comments = markdown_prose(text, front_matter.body_start, builder)
    else:
        raw_blocks = _plain_prose(post, post_offsets, builder)
    prose, offsets = builder.build()
    return Draft(
        text=text,
        front_matter=front_matter,
        markdown=markdown,
        prose=prose,
        offsets=offsets,
        blocks=tuple(Block(kind, start, end) for kind, start, end in raw_blocks),
        lines=LineIndex(text),
        path=path,
        links=tuple(links),
        labels=tuple(labels),
        post=post,
        post_offsets=post_offsets,
        comments=comments,
    )
