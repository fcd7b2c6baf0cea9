"""Telling Finnish from English by counting the evidence for each.

Finnish evidence: words Voikko knows, and colloquial Finnish forms ("mä", "oon"). English
evidence: common English words that Voikko does not know. A draft is Finnish unless the English
evidence outweighs the Finnish; a draft without words gets the default.
"""

from __future__ import annotations

from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.english import is_english_word
from postcheck.nlp.tokenizer import tokenize
from postcheck.nlp.voikko import voikko

#: How many words of a draft are enough to decide its language.
SAMPLE_WORDS = 200


def detect_language(text: str, *, default: str = "fi") -> str:
    """Return "fi" or "en" for ``text`` from its first 200 words (``default`` when it has none)."""
    # 200 words fit in the first few thousand characters: tokenize no more than that.
    words = [token.text for token in tokenize(text[:4000]) if token.kind == "word"][:SAMPLE_WORDS]
    if not words:
        return default
    analyzer = voikko("fi")
    finnish = english = 0
    for word in words:
        if analyzer.spell(word) or standard_form(word) is not None:
            finnish += 1
        elif is_english_word(word):
            english += 1
    return "en" if english > finnish else "fi"
