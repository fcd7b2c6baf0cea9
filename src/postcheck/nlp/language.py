"""Telling Finnish from English: Finnish when most words are known to Voikko."""

from __future__ import annotations

from postcheck.nlp.tokenizer import tokenize
from postcheck.nlp.voikko import voikko

#: How many words of a draft are enough to decide its language.
SAMPLE_WORDS = 200
#: The share of words Voikko must know for a draft to count as Finnish.
FINNISH_SHARE = 0.5


def detect_language(text: str, *, default: str = "fi") -> str:
    """Return "fi" when at least half of the words (up to 200) are known to Voikko, else "en".

    A text without words gets ``default``.
    """
    words = [token.text for token in tokenize(text) if token.kind == "word"][:SAMPLE_WORDS]
    if not words:
        return default
    analyzer = voikko("fi")
    known = sum(1 for word in words if analyzer.spell(word))
    return "fi" if known / len(words) >= FINNISH_SHARE else "en"
