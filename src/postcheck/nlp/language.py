"""Telling Finnish, Swedish and English apart by counting the evidence for each.

Finnish evidence: words Voikko knows, and colloquial Finnish forms ("mä", "oon"). Swedish
evidence: words the Swedish Hunspell dictionary knows. English evidence: common English words.
A word two of them know counts half for each; capitalised words (names) count for none.
Dictionary hits, not guesses: the language with most words wins, Finnish on a tie. When Finnish
is the default, a text whose words are mostly Finnish is Finnish at once (Swedish is not even
looked up, so Finnish checking is as fast as before); a text without words gets the default.
"""

from __future__ import annotations

from typing import Any

from postcheck.core.errors import DependencyError
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.english import is_english_word
from postcheck.nlp.hunspell import WordList, speller
from postcheck.nlp.tokenizer import tokenize
from postcheck.nlp.voikko import voikko

#: How many words of a draft are enough to decide its language.
SAMPLE_WORDS = 200
#: The fewest words of evidence that tell a paragraph's language apart from its draft's ("Key
#: takeaways: Synergy, Innovation" is no Finnish paragraph in an English post).
PARAGRAPH_EVIDENCE = 2.0
#: The characters of a draft its first :data:`SAMPLE_WORDS` words are looked for in.
SAMPLE_CHARACTERS = 4000


#: The share of Finnish words that settles a draft as Finnish without looking further: then
#: no other language can have more words (Swedish text has at most 23 % words Voikko knows, on
#: UD_Swedish-Talbanken; Finnish tweets at least 50 %, on UD_Finnish-OOD).
CLEARLY_FINNISH = 0.5


def detect_language(text: str, *, default: str = "fi", min_evidence: float = 0.0) -> str:
    """Return "fi", "sv" or "en" for ``text`` from its first 200 words (``default``: no words).

    Capitalised words are left out: names ("Mikko Järvinen", "Tammerfors") are no evidence of
    a language, and Voikko knows many Finnish ones. A word both the Swedish dictionary and the
    English list know ("in", "team") counts half for each. With ``min_evidence`` a language
    needs that many words of evidence to win over ``default`` (a paragraph of a draft).
    """
    return language_of_words(sample_words(text), default=default, min_evidence=min_evidence)


def sample_words(text: str) -> list[str]:
    """Return the words :func:`detect_language` reads: the first 200 in the first 4,000 characters."""
    # 200 words fit in the first few thousand characters: tokenize no more than that.
    sample = tokenize(text[:SAMPLE_CHARACTERS])
    return [token.text for token in sample if token.kind == "word"][:SAMPLE_WORDS]


def language_of_words(words: list[str], *, default: str = "fi", min_evidence: float = 0.0) -> str:
    """Return "fi", "sv" or "en" for a sample of a text's words (see :func:`detect_language`).

    A language needs some evidence, and ``min_evidence`` words of it when given; else
    ``default`` stands.
    """
    # Names are left out; a text in capitals ("KYLRUMMET FLYTTAR") is read in lowercase. A draft
    # of capitalised words only is read by them; a paragraph of names is no evidence at all
    # ("Speakers: Anna Virtanen, Mikko Korhonen").
    lower = (
        [word for word in words if word[:1].islower()]
        or [word.lower() for word in words if word.isupper() and len(word) > 1]
        or ([] if min_evidence else words)
    )
    if not lower:
        return default
    analyzer = voikko("fi")
    finnish = [analyzer.spell(word) or standard_form(word) is not None for word in lower]
    # in a paragraph, a word English has too counts half ("Welcome to Oulu … on Thursday"); a
    # whole draft mixing in English is Finnish by its other words ("Afterwork Party on tänään")
    evidence = finnish_evidence(lower, finnish) if min_evidence else float(sum(finnish))
    if default == "fi" and evidence >= max(min_evidence, CLEARLY_FINNISH * len(lower)):
        return "fi"
    swedish_words = _swedish()
    counts = {"fi": 0.0, "sv": 0.0, "en": 0.0}
    for word, is_finnish in zip(lower, finnish, strict=True):
        # a word two languages know counts half for each: "on" and "join" are Finnish too, so
        # "We will join as speakers on Friday" stays English (a Finnish word is not looked up
        # in the Swedish dictionary: Hunspell is slow, and few words are both)
        swedish = not is_finnish and swedish_words is not None and swedish_words.check(word)
        knowing = [
            lang
            for lang, knows in (("fi", is_finnish), ("sv", swedish), ("en", is_english_word(word)))
            if knows
        ]
        for lang in knowing:
            counts[lang] += 1 / len(knowing)
    if min_evidence and lower is not words:  # in a paragraph, capitalised words hint too
        for lang, hint in _hints(words, analyzer, swedish_words).items():
            counts[lang] += hint
    best = max(counts, key=lambda lang: (counts[lang], lang == "fi", lang == "sv"))
    # Names, a list of buzzwords, a credits line: no evidence, so no language but the default.
    return best if counts[best] > 0 and counts[best] >= min_evidence else default


def finnish_evidence(words: list[str], known: list[bool]) -> float:
    """Return how many of ``words`` speak for Finnish: a known word 1, one English has too ½.

    "on" and "to" are Finnish ("on", colloquial "toi") and English: "Welcome to Oulu on
    Thursday" has no Finnish word of its own.
    """
    return sum(
        (0.5 if is_english_word(word) else 1.0)
        for word, knows in zip(words, known, strict=True)
        if knows
    )


#: How much a capitalised word that is a common word of one language counts for it.
NAME_HINT = 0.5


def _hints(words: list[str], analyzer: Any, swedish: WordList | None) -> dict[str, float]:
    """Return the evidence of the capitalised words whose lowercase is a common word.

    "Welcome", "Thursday", "Startup" in "Welcome to Oulu Startup Sauna on Thursday" are English
    words written with a capital: half evidence each. A word Voikko knows ("Sauna", "Oulu") is
    left out: Finnish names would make any text Finnish. Read for a paragraph of a draft only,
    whose language decides little: names ("Emily Carter") would tip a whole draft's.
    """
    hints = {"sv": 0.0, "en": 0.0}
    for word in words:
        if not word[:1].isupper() or word.isupper():
            continue
        lower = word.lower()
        if analyzer.spell(lower) or analyzer.spell(word):
            continue
        english = is_english_word(lower)
        sv = not english and swedish is not None and swedish.check(lower)
        if english:
            hints["en"] += NAME_HINT
        elif sv:
            hints["sv"] += NAME_HINT
    return hints


def _swedish() -> WordList | None:
    """Return the Swedish dictionary, or None when it is not installed (no Swedish evidence)."""
    try:
        return speller("sv")
    except DependencyError:
        return None
