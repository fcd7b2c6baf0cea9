"""The analysis of a draft: its prose run through the language's spaCy pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from postcheck.draft import Block, Draft
from postcheck.nlp.pipeline import pipeline
from postcheck.nlp.tokenizer import WORD_KINDS


@dataclass(frozen=True)
class Analysis:
    """A draft with its spaCy ``Doc`` (one per draft; each block is a span of it)."""

    draft: Draft
    doc: Any
    lang: str
    #: Results computed once per draft and shared by rules (such as Voikko's grammar errors).
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def block_span(self, block: Block) -> Any:
        """Return the spaCy span of one prose block."""
        return self.doc.char_span(block.start, block.end, alignment_mode="expand")

    def words(self) -> list[Any]:
        """Return the word tokens (words and abbreviations) of the draft."""
        kinds = self.doc._.kinds
        return [token for token in self.doc if kinds[token.i] in WORD_KINDS]


def analyse(draft: Draft, lang: str) -> Analysis:
    """Run the draft's prose through the pipeline of ``lang``."""
    return Analysis(draft=draft, doc=pipeline(lang)(draft.prose), lang=lang)
