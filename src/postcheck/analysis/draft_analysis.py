"""The analysis of a draft: its prose run through the language's spaCy pipeline."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from postcheck.document.draft import Block, Draft
from postcheck.nlp.access import info
from postcheck.nlp.finnish import is_name
from postcheck.nlp.pipeline import pipeline
from postcheck.nlp.tokenizer import NUMBER_KINDS, WORD_KINDS

#: Token kinds that are concrete facts by themselves.
FACT_KINDS = NUMBER_KINDS | {"url", "domain", "email", "code"}


@dataclass(frozen=True)
class Analysis:
    """A draft with its spaCy ``Doc`` (one per draft; each block is a span of it)."""

    draft: Draft
    doc: Any
    lang: str

    def block_span(self, block: Block) -> Any:
        """Return the spaCy span of one prose block."""
        return self.doc.char_span(block.start, block.end, alignment_mode="expand")

    @cached_property
    def tokens(self) -> list[Any]:
        """The doc's tokens as a list, made once (spaCy makes a new Token object per access)."""
        return list(self.doc)

    def tokens_of(self, span: Any) -> list[Any]:
        """Return the tokens of a span (a sentence, a block) from the cached list."""
        return self.tokens[span.start : span.end]

    @property
    def prose(self) -> str:
        """The draft's prose: the text of the ``Doc`` (without rebuilding it from tokens)."""
        return self.draft.prose

    @cached_property
    def sentences(self) -> list[Any]:
        """The sentences that hold more than whitespace."""
        return [s for s in self.doc.sents if self.prose[s.start_char : s.end_char].strip()]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start_char for sentence in self.sentences]

    @cached_property
    def _sentence_first_tokens(self) -> frozenset[int]:
        return frozenset(next((t.i for t in s if not t.is_space), s.start) for s in self.sentences)

    def sentence_at(self, offset: int) -> Any:
        """Return the sentence that holds the prose offset (the nearest before it), or None."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[index] if self.sentences and index >= 0 else None

    def starts_sentence(self, token: Any) -> bool:
        """Tell whether a token starts a sentence (without spaCy's per-call scan of the doc)."""
        return token.i in self._sentence_first_tokens

    def is_name(self, token: Any) -> bool:
        """Tell whether a word token is a name (see :func:`postcheck.nlp.finnish.is_name`)."""
        return is_name(token, sentence_start=self.starts_sentence(token))

    def has_fact(self, tokens: Iterable[Any]) -> bool:
        """Tell whether tokens hold a concrete fact: a number (also in words), date, link or name."""
        kinds = self.doc._.kinds
        return any(
            kinds[token.i] in FACT_KINDS
            or (kinds[token.i] == "word" and (self.is_name(token) or _numeral(token)))
            for token in tokens
        )

    def words(self) -> list[Any]:
        """Return the word tokens (words and abbreviations) of the draft."""
        kinds = self.doc._.kinds
        return [token for token in self.tokens if kinds[token.i] in WORD_KINDS]


def _numeral(token: Any) -> bool:
    """Tell whether a word can be a number ("kuusi grammaa": six, not only a spruce)."""
    found = info(token)
    if found is None or token.text.lower() in _NOT_FIGURES:
        return False
    return any(a.get("CLASS") == "lukusana" for a in found.analyses)


#: Numerals that are rarely a figure: "yksi yleisimmistä" is "one of the most common".
_NOT_FIGURES = frozenset({"yksi", "yhden", "yhtä", "yhdessä", "yhteen", "ykkönen"})


def analyse(draft: Draft, lang: str) -> Analysis:
    """Run the draft's prose through the pipeline of ``lang``."""
    return Analysis(draft=draft, doc=pipeline(lang)(draft.prose), lang=lang)
