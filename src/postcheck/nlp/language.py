"""Telling Finnish, Swedish and English apart by counting the evidence for each.

Finnish evidence: words Voikko knows, and colloquial Finnish forms ("mä", "oon"). Swedish
evidence: words the Swedish Hunspell dictionary knows that are not common English words.
English evidence: common English words that Voikko and the Swedish dictionary do not know.
Dictionary hits, not guesses: the language with most words wins, Finnish on a tie. A draft whose
words are mostly Finnish is Finnish at once (Swedish is not even looked up, so Finnish checking
is as fast as before); a draft without words gets the default.
"""

from __future__ import annotations

from postcheck.core.errors import DependencyError
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.english import is_english_word
from postcheck.nlp.hunspell import WordList, speller
from postcheck.nlp.tokenizer import tokenize
from postcheck.nlp.voikko import voikko

#: How many words of a draft are enough to decide its language.
SAMPLE_WORDS = 200


#: The share of Finnish words that settles a draft as Finnish without looking further: then
#: no other language can have more words (Swedish text has at most 23 % words Voikko knows, on
#: UD_Swedish-Talbanken; Finnish tweets at least 50 %, on UD_Finnish-OOD).
CLEARLY_FINNISH = 0.5


def detect_language(text: str, *, default: str = "fi") -> str:
    """Return "fi", "sv" or "en" for ``text`` from its first 200 words (``default``: no words)."""
    # 200 words fit in the first few thousand characters: tokenize no more than that.
    words = [token.text for token in tokenize(text[:4000]) if token.kind == "word"][:SAMPLE_WORDS]
    if not words:
        return default
    analyzer = voikko("fi")
    finnish = [analyzer.spell(word) or standard_form(word) is not None for word in words]
    if sum(finnish) >= CLEARLY_FINNISH * len(words):
        return "fi"
    swedish_words = _swedish()
    counts = {"fi": sum(finnish), "sv": 0, "en": 0}
    for word, is_finnish in zip(words, finnish, strict=True):
        if is_finnish:
            continue
        english = is_english_word(word)
        swedish = swedish_words is not None and swedish_words.check(word)
        if swedish and not english:
            counts["sv"] += 1
        elif english and not swedish:
            counts["en"] += 1
    return max(counts, key=lambda lang: (counts[lang], lang == "fi", lang == "sv"))


def _swedish() -> WordList | None:
    """Return the Swedish dictionary, or None when it is not installed (no Swedish evidence)."""
    try:
        return speller("sv")
    except DependencyError:
        return None
