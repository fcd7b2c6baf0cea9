"""Where a draft's text is not running prose: captions and teaser lines.

Voikko's grammar checker reads every block as sentences, but some lines are not sentences.

* A **caption** or credit needs no main verb and no final punctuation: a ``caption`` block (a
  ``<figcaption>`` or ``<caption>``, the short text under a Markdown image) or a short line that
  starts with a caption label and ":", "/" or "|" ("Kuva: Matti Meikäläinen", "Kuva/Lehtikuva",
  "Photo: Unsplash") or with a caption opener ("Kuvassa toimitusjohtaja …"). The labels and
  openers are data: ``caption_labels`` and ``caption_openers`` in ``rules/LANG/vocabulary.toml``,
  those of every language (Finnish posts credit their pictures in English too).
* A **teaser line** is a short verbless sentence among others like it: a line of headline
  fragments ("Firmojen ongelmat. Puolueiden suosio. Nyt tiedeuutinen.") or such lines one under
  another (a teaser list), and a short sentence of a post's summary (the ``teaser`` block before
  ``<!--more-->``). One verbless sentence among sentences with verbs is not a teaser.
"""

from __future__ import annotations

import bisect
import functools
from typing import Any

import regex

from postcheck.analysis.draft_analysis import Analysis
from postcheck.core.kinds import LANGUAGES
from postcheck.document.draft import Block
from postcheck.document.markdown import CAPTION_WORDS
from postcheck.nlp.access import reading
from postcheck.profiles.vocabulary import builtin_list

#: A teaser line's sentences have at most this many words ("Puolueiden suosio nousussa").
TEASER_WORDS = 8

#: Blocks whose lines may stand in a run of teaser lines (not headings, lists or tables).
_RUNNING = frozenset({"paragraph", "quote", "teaser"})


@functools.cache
def caption_start() -> Any:
    """Return the pattern of a caption label or opener at a line's start (any language)."""

    def alternatives(key: str) -> str:
        words = {word for lang in LANGUAGES for word in builtin_list(lang, key)}
        ordered = sorted(words, key=lambda word: (-len(word), word))  # "kuvaaja" before "kuva"
        return "|".join(regex.escape(word).replace(r"\ ", r"\s+") for word in ordered) or "(?!)"

    labels, openers = alternatives("caption_labels"), alternatives("caption_openers")
    return regex.compile(
        rf"[\s(\[*_]*(?:(?:{labels})(?:\s*[:/|]|\s+\d+[a-z]?[.:](?=\s))|(?:{openers})\b)",
        regex.IGNORECASE,
    )


class TextKinds:
    """The captions and teaser lines of one analysed draft (lines looked at once each)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.prose = analysis.prose
        self._sentence_starts = [sentence.start_char for sentence in analysis.sentences]
        self._block_starts = [block.start for block in analysis.draft.blocks]
        self._teaser_lines: dict[int, bool] = {}

    def line(self, offset: int) -> tuple[int, int]:
        """Return the prose span of the line that holds ``offset``."""
        start = self.prose.rfind("\n", 0, offset) + 1
        end = self.prose.find("\n", offset)
        return start, len(self.prose) if end < 0 else end

    def _block_at(self, offset: int) -> Block | None:
        index = bisect.bisect_right(self._block_starts, offset) - 1
        blocks = self.analysis.draft.blocks
        return blocks[index] if index >= 0 and offset <= blocks[index].end else None

    def caption_label_end(self, offset: int) -> int | None:
        """Return where a short line's caption label ends ("Kuva: |…"), or None without one."""
        start, end = self.line(offset)
        if len(self.prose[start:end].split()) > CAPTION_WORDS:
            return None
        found = caption_start().match(self.prose, start, end)
        return found.end() if found else None

    def is_caption(self, block: Block, offset: int) -> bool:
        """Tell whether the text at ``offset`` is a caption or a credit line."""
        return block.kind == "caption" or self.caption_label_end(offset) is not None

    def follows_caption_label(self, offset: int) -> bool:
        """Tell whether ``offset`` is the first word after a caption label ("Kuva: matti")."""
        end = self.caption_label_end(offset)
        return end is not None and not self.prose[end:offset].strip()

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

    def _teaser_line(self, start: int) -> bool:
        """Tell whether the line at ``start`` is all short verbless sentences, in running text."""
        if start not in self._teaser_lines:
            line_start, line_end = self.line(start)
            block = self._block_at(line_start)
            sentences = self._line_sentences(line_start, line_end)
            self._teaser_lines[start] = (
                block is not None
                and block.kind in _RUNNING
                and bool(sentences)
                and all(self._short_and_verbless(sentence) for sentence in sentences)
            )
        return self._teaser_lines[start]

    def _neighbour_lines(self, start: int, end: int) -> list[int]:
        """Return the starts of the nearest lines with text before and after a line."""
        prose = self.prose
        found = []
        before = prose[:start].rstrip()
        if before:
            found.append(prose.rfind("\n", 0, len(before)) + 1)
        after = len(prose) - len(prose[end:].lstrip())
        if after < len(prose):
            found.append(after)
        return found

    def is_teaser(self, block: Block, sentence: Any) -> bool:
        """Tell whether a sentence is a teaser line: it needs no main verb or final punctuation."""
        if block.kind == "teaser" and 0 < len(self._words(sentence)) <= TEASER_WORDS:
            return True  # a short sentence of the summary before <!--more-->
        start, end = self.line(sentence.start_char)
        if not self._teaser_line(start):
            return False
        if len(self._line_sentences(start, end)) > 1:
            return True
        return any(self._teaser_line(other) for other in self._neighbour_lines(start, end))
