"""Where a draft's text is not running prose: captions and teaser lines.

Voikko's grammar checker reads every block as sentences, but some lines are not sentences.

* A **caption** or credit needs no main verb and no final punctuation: a ``caption`` block (a
  ``<figcaption>`` or ``<caption>``, the short text under a Markdown image) or the short first
  sentence of a line that starts with a caption label and ":", "/" or "|" ("Kuva: Matti
  Meikäläinen", "Kuva/Lehtikuva", "Photo: Unsplash") or with a caption opener ("Kuvassa
  toimitusjohtaja …"): at most :data:`CAPTION_LABEL_WORDS` words, up to the closing bracket of
  a label in brackets ("(Kuva: Liisa)"). A credit label ("Lähde:", "Source:") names where
  something came from: a line after it with a verb ("Lähde: Tilastokeskus kertoo …") is a
  sentence. The sentences after the caption on the same line are prose. The labels, credit
  labels and openers are data: ``caption_labels``, ``credit_labels`` and ``caption_openers`` in
  ``rules/LANG/vocabulary.toml``, those of every language (Finnish posts credit their pictures
  in English too).
* A **title line** is a post's first paragraph when it is one line of at most
  :data:`TITLE_WORDS` words without a final mark, above a body of at least
  :data:`TITLE_BODY_WORDS` words: a title needs no main verb and no full stop.
* A **teaser line** is a line of short verbless sentences among others like it: a line of at
  least three headline fragments ("Firmojen ongelmat. Puolueiden suosio. Nyt tiedeuutinen.")
  or a run of at least three such lines one under another (a teaser list). Lines of one or two
  words ("Kiitos!", "Terveisin Matti") are greetings and sign-offs, not teasers. In a post's
  summary (the ``teaser`` block before ``<!--more-->``) a short verbless sentence needs no
  main verb, but one with a verb still needs its final punctuation. One or two verbless
  sentences among sentences with verbs are not teasers.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import Any

import regex

from postcheck.analysis.draft_analysis import Analysis
from postcheck.core.kinds import LANGUAGES
from postcheck.document.draft import Block
from postcheck.nlp.access import reading
from postcheck.nlp.pipeline import finnish_word
from postcheck.profiles.vocabulary import builtin_list

#: A teaser line's sentences have at most this many words ("Puolueiden suosio nousussa").
TEASER_WORDS = 8

#: A line of at least this many teaser sentences, or a run of at least this many teaser lines,
#: is a teaser list; fewer are verbless sentences in running text.
TEASER_RUN = 3

#: A line of at most this many words is a greeting or sign-off ("Kiitos!"), not a teaser.
SIGN_OFF_WORDS = 2

#: A post's title line has at most this many words, above a body of at least this many.
TITLE_WORDS = 12
TITLE_BODY_WORDS = 20


def title_shaped(text: str) -> bool:
    """Tell whether a paragraph is shaped as a post's title ("Tiedote sähkön hinnasta").

    One line of at most :data:`TITLE_WORDS` words without a final mark.
    """
    text = text.strip()
    return "\n" not in text and len(text.split()) <= TITLE_WORDS and text[-1:].isalnum()


#: A caption or credit after its label has at most this many words ("Kuva: Matti Meikäläinen").
CAPTION_LABEL_WORDS = 15

#: Blocks whose lines may stand in a run of teaser lines (not headings, lists or tables).
_RUNNING = frozenset({"paragraph", "quote", "teaser"})

_VISIBLE = regex.compile(r"\S")
#: A line that starts with a bullet, a list number or an emoji and then a space: "– ", "• ",
#: "1) ", "📅 ". One of at least two such lines one under another is a list item.
_BULLET = regex.compile(
    r"[ \t]*(?:[-–—•·▪◦‣⁃*+►▶✓✔☑➤→]|\d{1,2}[.)]"
    r"|\p{Extended_Pictographic}[\p{Extended_Pictographic}\N{VARIATION SELECTOR-16}\N{ZERO WIDTH JOINER}]*)"
    r"[ \t]"
)
_WORD = regex.compile(r"\S+")


def _alternatives(key: str) -> str:
    """Return the pattern of the words of list ``key`` in every language, longest first.

    Longest first, so "kuvaaja" is tried before "kuva" and "best regards" before "best"; a space
    in an entry matches any run of whitespace. A pattern that never matches when none is listed.
    """
    words = {word for lang in LANGUAGES for word in builtin_list(lang, key)}
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word).replace(r"\ ", r"\s+") for word in ordered) or "(?!)"


@functools.cache
def caption_start() -> Any:
    """Return the pattern of a caption label or opener at a line's start (any language).

    The group ``credit`` is set when the label is a credit label ("Lähde:", "Source:").
    """
    labels, credits = _alternatives("caption_labels"), _alternatives("credit_labels")
    openers = _alternatives("caption_openers")
    separator = r"(?:\s*[:/|]|\s+\d+[a-z]?[.:](?=\s))"
    return regex.compile(
        rf"[\s(\[*_]*(?:(?P<credit>{credits})\s*[:/|]|(?:{labels}){separator}"
        rf"|(?:{openers})\b)",
        regex.IGNORECASE,
    )


#: After a sign-off, the signature may go on on the same line with at most this many words and
#: no sentence's end ("Terveisin Matti Meikäläinen, toimitusjohtaja").
SIGNATURE_WORDS = 12
#: Under a sign-off on a line of its own, a signature has at most this many words (a name, a
#: title, a company, a phone number and an address); more is a message that goes on.
SIGNATURE_LINES_WORDS = 25


@functools.cache
def _sign_off_pattern() -> Any:
    """Return the pattern of a sign-off at a line's start, any language ("Best regards,")."""
    sign_offs = _alternatives("sign_offs")
    return regex.compile(rf"[\s*_]*(?:{sign_offs})(?!\w)[\s*_]*,?", regex.IGNORECASE)


#: A name that opens a signature at a post's end: a first name and one or two more names, on a
#: line of their own ("Laura Nieminen⏎asiakaspalvelupäällikkö, Kotikauppa Oy").
_NAME_LINE = regex.compile(r"[ \t]*(\p{Lu}[\p{L}-]+)(?:[ \t]+\p{Lu}[\p{L}-]+){1,2}[ \t]*(?=\n)")


def signature_start(prose: str, start: int, end: int, *, names: bool = False) -> int | None:
    """Return where a block's signature starts, or None when it has none.

    A signature is a line that opens with a sign-off (``sign_offs`` in
    ``rules/LANG/vocabulary.toml``) and what follows it to the block's end: "Ystävällisin
    terveisin⏎Laura Nieminen⏎vastuullisuusjohtaja, Esimerkki Oy", "Best regards, Mikko Laine".
    After the sign-off the line ends and a few lines follow, or the line goes on with a few
    words and no sentence's end: "Thanks to our partners, we grew." is a sentence. With
    ``names`` (the post's last block), a line that is only a person's name, with a few lines
    under it, opens one too: "Laura Nieminen⏎asiakaspalvelupäällikkö, Kotikauppa Oy".
    """
    line = start
    while line < end:
        if names and _name_line(prose, line, end):
            return line
        found = _sign_off_pattern().match(prose, line, end)
        if found is not None:
            rest = prose[found.end() : end]
            words = len(rest.split())
            own_line = not rest.split("\n", 1)[0].strip()
            if (own_line and words <= SIGNATURE_LINES_WORDS) or (
                words <= SIGNATURE_WORDS and not regex.search(r"[.!?]", rest)
            ):
                return line
        next_line = prose.find("\n", line, end)
        if next_line == -1:
            return None
        line = next_line + 1
    return None


def _name_line(prose: str, line: int, end: int) -> bool:
    """Tell whether a line is a person's name with a few lines of title and company under it."""
    found = _NAME_LINE.match(prose, line, end)
    if found is None or len(prose[found.end() : end].split()) > SIGNATURE_LINES_WORDS:
        return False
    readings = finnish_word(found.group(1)).analyses  # cached per word form
    return any(analysis.get("CLASS") == "etunimi" for analysis in readings)


class TextKinds:
    """The captions and teaser lines of one analysed draft (each line looked at once)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.prose = analysis.prose
        self._sentence_starts = [sentence.start_char for sentence in analysis.sentences]
        self._block_starts = [block.start for block in analysis.draft.blocks]
        self._line_starts = [0]
        position = self.prose.find("\n")
        while position != -1:
            self._line_starts.append(position + 1)
            position = self.prose.find("\n", position + 1)
        self._teaser_lines: dict[int, bool] = {}
        self._in_runs: dict[int, bool] = {}
        self._captions: dict[int, tuple[int, int] | None] = {}
        self._signatures: dict[int, int | None] = {}

    def _line_index(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, offset) - 1

    def _line_span(self, index: int) -> tuple[int, int]:
        start = self._line_starts[index]
        ends = index + 1 < len(self._line_starts)
        return start, self._line_starts[index + 1] - 1 if ends else len(self.prose)

    def line(self, offset: int) -> tuple[int, int]:
        """Return the prose span of the line that holds ``offset``."""
        return self._line_span(self._line_index(offset))

    def is_list_line(self, offset: int) -> bool:
        """Tell whether the line holding ``offset`` is an item of a list written as plain lines.

        It starts with a bullet, a list number or an emoji and a space ("– palkkasimme 14
        testaajaa", "📅 ti 3.6."), and so does the line above or below it. Like a Markdown list
        item it needs no final punctuation (Kielitoimiston ohjepankki: luetelmat).
        """
        index = self._line_index(offset)
        return self._bulleted(index) and (self._bulleted(index - 1) or self._bulleted(index + 1))

    def _bulleted(self, index: int) -> bool:
        if not 0 <= index < len(self._line_starts):
            return False
        start, end = self._line_span(index)
        return _BULLET.match(self.prose, start, end) is not None

    def opens_line(self, offset: int, since: int = 0) -> bool:
        """Tell whether nothing visible stands before ``offset`` on its line (after ``since``)."""
        start = max(since, self.line(offset)[0])
        return _VISIBLE.search(self.prose, start, offset) is None

    def _block_at(self, offset: int) -> Block | None:
        index = bisect.bisect_right(self._block_starts, offset) - 1
        blocks = self.analysis.draft.blocks
        return blocks[index] if index >= 0 and offset <= blocks[index].end else None

    def _caption(self, line_start: int, line_end: int) -> tuple[int, int] | None:
        """Return (label end, caption end) of a line that starts with a caption, else None."""
        prose = self.prose
        found = caption_start().match(prose, line_start, line_end)
        if found is None:
            return None
        first_word = _VISIBLE.search(prose, found.end(), line_end)
        if first_word is None:
            return found.end(), found.end()
        if "(" in found.group() or "[" in found.group():  # "(Kuva: Liisa) Tehdas …"
            closing = prose.find(")" if "(" in found.group() else "]", found.end(), line_end)
            end = line_end if closing < 0 else closing + 1
        else:
            sentence = self.analysis.sentence_at(first_word.start())
            end = line_end if sentence is None else min(sentence.end_char, line_end)
        for words, _ in enumerate(_WORD.finditer(prose, line_start, end), 1):
            if words > CAPTION_LABEL_WORDS:
                return None
        if found.group("credit") and self._has_verb(first_word.start(), end):
            return None  # "Lähde: Tilastokeskus kertoo, että …" is a sentence, not a credit
        return found.end(), end

    def _has_verb(self, start: int, end: int) -> bool:
        span = self.analysis.doc.char_span(start, end, alignment_mode="expand")
        kinds = self.analysis.doc._.kinds
        return span is not None and any(
            kinds[token.i] == "word" and reading(token).get("CLASS") == "teonsana" for token in span
        )

    def caption_at(self, offset: int) -> tuple[int, int] | None:
        """Return (label end, caption end) when ``offset`` lies in a labelled caption, else None.

        The caption is the short first sentence of a line that starts with a caption label
        ("Kuva: Matti Meikäläinen."), or the bracket that holds the label ("(Kuva: Liisa)").
        """
        line_start, line_end = self.line(offset)
        if line_start not in self._captions:
            self._captions[line_start] = self._caption(line_start, line_end)
        found = self._captions[line_start]
        return found if found is not None and offset <= found[1] else None

    def caption_label_end(self, offset: int) -> int | None:
        """Return where a caption's label ends ("Kuva: |…"), or None outside a caption."""
        found = self.caption_at(offset)
        return None if found is None else found[0]

    def is_caption(self, block: Block, offset: int) -> bool:
        """Tell whether the text at ``offset`` is a caption or a credit."""
        return block.kind == "caption" or self.caption_at(offset) is not None

    def in_signature(self, block: Block, offset: int) -> bool:
        """Tell whether ``offset`` is in the block's signature ("Terveisin⏎Laura⏎johtaja")."""
        if block.start not in self._signatures:  # once per block: a block may be a megabyte
            last = block == self.analysis.draft.blocks[-1]
            self._signatures[block.start] = signature_start(
                self.prose, block.start, block.end, names=last
            )
        start = self._signatures[block.start]
        return start is not None and offset >= start

    def is_title_line(self, block: Block) -> bool:
        """Tell whether a block is the post's title line: it needs no main verb or final mark.

        The first paragraph of a post, one line of at most :data:`TITLE_WORDS` words without
        a final mark, above a body of at least :data:`TITLE_BODY_WORDS` words ("Nordlift ja
        Hakala aloittavat yhteistyön"). Kotus: a title takes no full stop, and a post's first
        line is where its title goes. Above a line or two ("Me tulemme⏎⏎Tervetuloa.") it is a
        sentence that lost its mark.
        """
        blocks = self.analysis.draft.blocks
        if block != blocks[0] or len(blocks) < 2 or block.kind != "paragraph":
            return False
        if not title_shaped(self.prose[block.start : block.end]):
            return False
        body = itertools.islice(_WORD.finditer(self.prose, block.end), TITLE_BODY_WORDS)
        return sum(1 for _ in body) == TITLE_BODY_WORDS

    def block_after(self, block: Block) -> Block | None:
        """Return the block after ``block``, or None for the last."""
        index = bisect.bisect_right(self._block_starts, block.start)
        blocks = self.analysis.draft.blocks
        return blocks[index] if index < len(blocks) else None

    def follows_caption_label(self, offset: int) -> bool:
        """Tell whether ``offset`` is the first word after a caption label ("Kuva: matti")."""
        end = self.caption_label_end(offset)
        return end is not None and _VISIBLE.search(self.prose, end, offset) is None

    def _words(self, sentence: Any) -> list[Any]:
        kinds = self.analysis.doc._.kinds
        return [token for token in self.analysis.tokens_of(sentence) if kinds[token.i] == "word"]

    def _short_and_verbless(self, sentence: Any) -> bool:
        words = self._words(sentence)
        return 0 < len(words) <= TEASER_WORDS and not any(
            reading(token).get("CLASS") == "teonsana" for token in words
        )

    def _line_sentences(self, start: int, end: int) -> list[Any]:
        first = bisect.bisect_left(self._sentence_starts, start)
        last = bisect.bisect_left(self._sentence_starts, end)
        return self.analysis.sentences[first:last]

    def _teaser_line(self, index: int) -> bool:
        """Tell whether line ``index`` is all short verbless sentences, in running text.

        A line of one or two words ("Kiitos!", "Terveisin Matti") is a greeting, not a teaser.
        """
        if index not in self._teaser_lines:
            line_start, line_end = self._line_span(index)
            block = self._block_at(line_start)
            sentences = self._line_sentences(line_start, line_end)
            self._teaser_lines[index] = (
                block is not None
                and block.kind in _RUNNING
                and bool(sentences)
                and sum(len(self._words(sentence)) for sentence in sentences[:2]) > SIGN_OFF_WORDS
                and all(self._short_and_verbless(sentence) for sentence in sentences)
            )
        return self._teaser_lines[index]

    def _blank(self, index: int) -> bool:
        start, end = self._line_span(index)
        return _VISIBLE.search(self.prose, start, end) is None

    def _in_run(self, index: int) -> bool:
        """Tell whether teaser line ``index`` stands in a run of at least TEASER_RUN of them.

        Blank lines between them (Markdown paragraphs) do not break a run; every line of a run
        is decided at once, so a long run is walked once.
        """
        if index not in self._in_runs:
            run = [index]
            for step in (-1, 1):
                other = index + step
                while 0 <= other < len(self._line_starts):
                    if self._blank(other):
                        other += step
                    elif self._teaser_line(other):
                        run.append(other)
                        other += step
                    else:
                        break
            for member in run:
                self._in_runs[member] = len(run) >= TEASER_RUN
        return self._in_runs[index]

    def is_teaser(self, block: Block, sentence: Any) -> bool:
        """Tell whether a sentence is in a teaser line: it needs no main verb or final mark."""
        index = self._line_index(sentence.start_char)
        if not self._teaser_line(index):
            return False
        start, end = self._line_span(index)
        return len(self._line_sentences(start, end)) >= TEASER_RUN or self._in_run(index)

    def is_summary_fragment(self, block: Block, sentence: Any) -> bool:
        """Tell whether a sentence is a short verbless one in the summary before <!--more-->."""
        return block.kind == "teaser" and self._short_and_verbless(sentence)
