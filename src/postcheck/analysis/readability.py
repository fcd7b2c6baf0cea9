"""Readability metrics: sentence and word length, Wiio and LIX, passives, nominal style.

Computed once per draft from the analysis (:func:`readability`) and reported in
``Report.metrics``. Finnish measures use Voikko: base forms and their syllables (Voikko's
hyphenation) for Wiio, word classes and morphology for passives, nominalisations, participles and
infinitives. English drafts get Flesch reading ease and Flesch–Kincaid grade from textstat's
syllable counts (read faster by :mod:`postcheck.nlp.syllables`) on the pipeline's own sentences
(textstat itself drops sentences of two words or fewer). No English formula is computed for
Finnish, and Wiio only for Finnish.

* ``lix`` = words per sentence + 100 × share of words longer than 6 letters.
* ``wiio`` = 2.7 + 30 × (words whose base form has ≥ 4 syllables) / (words Voikko recognises),
  as in Voikko's own tools (FINNISH.md); unrecognised words are left out.
* ``finite_passives_per_100`` counts finite passive verbs (käsitellään, tehtiin) per 100 words.
* ``reading_time_s`` assumes :data:`WORDS_PER_MINUTE`.
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from postcheck.analysis.draft_analysis import Analysis
from postcheck.core.errors import DependencyError
from postcheck.nlp.access import chosen_readings, reading
from postcheck.nlp.hunspell import speller
from postcheck.nlp.passives import english_passives, swedish_passives
from postcheck.nlp.pipeline import finnish_word, token_texts
from postcheck.nlp.syllables import english_syllables
from postcheck.nlp.tokenizer import NUMBER_KINDS, WORD_KINDS
from postcheck.nlp.voikko import voikko

#: Reading speed assumed for ``reading_time_s`` (silent reading of plain prose).
WORDS_PER_MINUTE = 200
#: Words longer than this many letters are "long" in LIX.
LIX_LONG_WORD = 6
_COUNTED = WORD_KINDS | NUMBER_KINDS | {"code"}
_PARTICIPLES = frozenset(
    {"present_active", "present_passive", "past_active", "past_passive", "agent"}
)
#: Voikko's moods of a finite verb (one with a person: "avautuu", "avautuisi", "avaa!").
FINITE_MOODS = frozenset({"indicative", "conditional", "potential", "imperative"})
#: Verbs whose E-infinitive is a postposition ("maaliskuuhun mennessä", "tästä lähtien").
_POSTPOSITION_VERBS = frozenset({"mennä", "kulua", "alkaa", "lukea", "koskea", "lähteä", "päätyä"})
#: E-infinitives that Kielitoimiston sanakirja lists as adverbs: "tarvittaessa" is "if needed",
#: a plain word, not a clause to write out.
_ADVERBS = frozenset({"tarvittaessa", "pyydettäessä"})


@dataclass(frozen=True)
class Sentence:
    """One sentence: its prose span and its counts."""

    start: int
    end: int
    words: int
    long_words: int


@dataclass(frozen=True)
class Readability:
    """The readability metrics of one draft."""

    #: Words and sentences of the draft's own language (a bilingual post's other language is
    #: measured apart: one formula over two languages would describe neither).
    words: int
    sentences: tuple[Sentence, ...]
    long_words: int
    polysyllabic: int
    recognised: int
    compounds_3plus: int
    finite_passives: int
    nominalisations: int
    participles: int
    infinitives: int
    syllables_en: int
    #: Every sentence with words, in any language (the long-sentence rule reads them all).
    every_sentence: tuple[Sentence, ...] = ()

    @property
    def sentence_count(self) -> int:
        """Sentences with at least one word."""
        return len(self.sentences)

    @property
    def mean_sentence_words(self) -> float:
        """Mean sentence length in words."""
        return self.words / self.sentence_count if self.sentences else 0.0

    @property
    def lix(self) -> float:
        """LIX: words per sentence + 100 × share of words longer than 6 letters."""
        if not self.words or not self.sentences:
            return 0.0
        return self.words / self.sentence_count + 100 * self.long_words / self.words

    @property
    def wiio(self) -> float | None:
        """Wiio's simple grade; None when no word is recognised by Voikko."""
        if not self.recognised:
            return None
        return 2.7 + 30 * self.polysyllabic / self.recognised

    def per_100_words(self, count: int) -> float:
        """Return ``count`` per 100 words."""
        return 100 * count / self.words if self.words else 0.0

    def sentence_length_variation(self) -> float:
        """Coefficient of variation of sentence lengths (0 = all the same length)."""
        lengths = [sentence.words for sentence in self.sentences]
        if len(lengths) < 2 or not statistics.mean(lengths):
            return 0.0
        return statistics.pstdev(lengths) / statistics.mean(lengths)

    def metrics(self, lang: str) -> dict[str, float]:
        """Return the metrics for ``Report.metrics`` (rounded to two decimals)."""
        sentences = self.sentence_count or 1
        values: dict[str, float] = {
            "words": self.words,
            "sentences": self.sentence_count,
            "mean_sentence_words": self.mean_sentence_words,
            "longest_sentence_words": max((s.words for s in self.sentences), default=0),
            "long_word_share": self.long_words / self.words if self.words else 0.0,
            "lix": self.lix,
            "reading_time_s": 60 * self.words / WORDS_PER_MINUTE,
        }
        if lang == "fi":
            wiio = self.wiio
            values.update(
                {
                    "polysyllabic_share": self.polysyllabic / self.recognised
                    if self.recognised
                    else 0.0,
                    "compounds_3plus": self.compounds_3plus,
                    "finite_passives_per_100": self.per_100_words(self.finite_passives),
                    "nominalisations": self.nominalisations,
                    "participles_per_sentence": self.participles / sentences,
                    "infinitives_per_sentence": self.infinitives / sentences,
                }
            )
            if wiio is not None:
                values["wiio"] = wiio
        elif lang == "en" and self.words:  # Flesch's formulas are English syllable counts
            words_per_sentence = self.words / sentences
            syllables_per_word = self.syllables_en / self.words
            values["flesch_reading_ease"] = (
                206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
            )
            values["flesch_kincaid_grade"] = (
                0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
            )
        return {key: round(float(value), 2) for key, value in values.items()}


def compound_parts(word: str, analysis: Mapping[str, str]) -> list[str]:
    """Split a compound into its parts by Voikko's STRUCTURE ("asiakas", "palvelu", "keskus")."""
    structure = analysis.get("STRUCTURE", "")
    parts: list[str] = []
    position = 0
    for mark in structure:
        if mark == "=":
            parts.append("")
            continue
        if position >= len(word):
            break
        if not parts:
            parts.append("")
        parts[-1] += word[position]
        position += 1
    if position < len(word) and parts:
        parts[-1] += word[position:]
    return [part.strip("-") for part in parts if part.strip("-")]


def is_clause_equivalent(analysis: Mapping[str, str], word: str = "") -> bool:
    """Tell whether a reading of ``word`` is a clause-equivalent (lauseenvastike).

    Temporal ("tehtyään": past participle, partitive, possessive suffix), E-infinitive
    ("tehdessä", "tehden"), final ("tehdäkseen": A-infinitive with possessive suffix) and
    referative ("tulevansa", "tehneensä": participle with possessive suffix) constructions.
    Not the E-infinitives that have become adverbs ("tarvittaessa", "pyydettäessä").
    """
    if word.lower() in _ADVERBS:
        return False
    mood = analysis.get("MOOD")
    possessive = "POSSESSIVE" in analysis
    if mood == "E-infinitive":
        # "mennessä", "kuluessa", "alkaen", "lähtien" … are postpositions, not clauses.
        return possessive or analysis.get("BASEFORM") not in _POSTPOSITION_VERBS
    if mood == "A-infinitive" and possessive:
        return True
    return analysis.get("PARTICIPLE") in _PARTICIPLES and possessive


def is_finite_passive(analysis: Mapping[str, str]) -> bool:
    """Tell whether a reading is a finite passive verb ("käsitellään", "tehtiin")."""
    return (
        analysis.get("CLASS") == "teonsana"
        and analysis.get("PERSON") == "4"
        and analysis.get("MOOD") in FINITE_MOODS
    )


def is_nominalisation(analysis: Mapping[str, str]) -> bool:
    """Tell whether a reading is a -minen noun made of a verb ("tekeminen", "kehittämisen")."""
    return analysis.get("MOOD") == "MINEN-infinitive" or analysis.get("BASEFORM", "").endswith(
        "minen"
    )


#: What :func:`_finnish_features` counts, in its order.
_FEATURES = ("known", "poly", "compounds", "passives", "minen", "participles", "infinitives")


@functools.lru_cache(maxsize=50_000)
def _finnish_features(word: str, choice: int) -> tuple[int, ...]:
    """Return a Finnish word form's counts for :data:`_FEATURES` in its chosen reading (cached)."""
    info = finnish_word(word)
    reading: Mapping[str, str] = info.analyses[choice] if info.analyses else {}
    is_known = info.known
    polysyllabic = is_known and voikko("fi").syllables(reading.get("BASEFORM", word)) >= 4
    return (
        int(is_known),
        int(polysyllabic),
        int(reading.get("STRUCTURE", "").count("=") >= 3),
        int(is_finite_passive(reading)),
        int(is_nominalisation(reading)),
        int(reading.get("PARTICIPLE") in _PARTICIPLES),
        int(reading.get("MOOD") in ("E-infinitive", "MA-infinitive")),
    )


@functools.lru_cache(maxsize=50_000)
def _is_long(text: str) -> bool:
    """Tell whether a word counts as long for LIX: more than :data:`LIX_LONG_WORD` letters."""
    return len(text) > LIX_LONG_WORD and sum(char.isalpha() for char in text) > LIX_LONG_WORD


def _thousands(doc: Any, texts: list[str], kinds: list[str], i: int) -> bool:
    """Tell whether a number is a group of thousands of the number before it: "200" in "1 200".

    The number is then one word ("1 200 kassar" has three), as a reader reads it.
    """
    return (
        i > 0
        and len(texts[i]) == 3
        and kinds[i - 1] == "number"
        and texts[i - 1].isdigit()
        and len(texts[i - 1]) <= 3  # "1 200", "10 000", "4 800 000"; not "2020 300"
        and texts[i].isdigit()
        and doc[i - 1].whitespace_ in (" ", "\u00a0", "\u202f")
    )


def measure_readability(analysis: Analysis) -> Readability:
    """Return the draft's readability metrics (rules read them once a draft as ``context.readability``)."""
    doc = analysis.doc
    kinds = doc._.kinds
    texts = token_texts(doc)
    finnish = analysis.lang == "fi"
    choices = chosen_readings(doc) if finnish else []
    counts = dict.fromkeys(("words", "long", "syllables", *_FEATURES), 0)
    features: list[tuple[int, ...]] = []  # of each Finnish word in the draft's own language
    sentences: list[Sentence] = []
    every: list[Sentence] = []
    for sentence in analysis.sentences:
        own = analysis.in_own_language(sentence.start_char)
        words = long_words = 0
        for i in range(sentence.start, sentence.end):
            kind = kinds[i]
            if kind not in _COUNTED or (kind == "number" and _thousands(doc, texts, kinds, i)):
                continue
            words += 1
            long_words += _is_long(texts[i])
            if not own or kind not in WORD_KINDS:
                continue
            if finnish:
                features.append(_finnish_features(texts[i], choices[i]))
            else:
                counts["syllables"] += english_syllables(texts[i])
        if words:
            measured = Sentence(sentence.start_char, sentence.end_char, words, long_words)
            every.append(measured)
            if own:
                sentences.append(measured)
                counts["words"] += words
                counts["long"] += long_words
    if features:
        counts.update(zip(_FEATURES, map(sum, zip(*features, strict=True)), strict=True))
    if not finnish:
        counts["passives"] = len(passive_tokens(analysis))
    result = Readability(
        words=counts["words"],
        sentences=tuple(sentences),
        every_sentence=tuple(every),
        long_words=counts["long"],
        polysyllabic=counts["poly"],
        recognised=counts["known"],
        compounds_3plus=counts["compounds"],
        finite_passives=counts["passives"],
        nominalisations=counts["minen"],
        participles=counts["participles"],
        infinitives=counts["infinitives"],
        syllables_en=counts["syllables"],
    )
    return result


def passive_tokens(analysis: Analysis) -> list[Any]:
    """Return the draft's passive verbs, in order (in English and Swedish: the participle).

    Finnish: finite passives from Voikko's readings ("käsitellään", "tehtiin"). English and
    Swedish: :mod:`postcheck.nlp.passives` ("are approved", "loggas", "blir godkänd").
    """
    kinds = analysis.doc._.kinds
    if analysis.lang == "fi":
        return [
            token
            for token in analysis.tokens
            if kinds[token.i] in WORD_KINDS and is_finite_passive(reading(token))
        ]
    known: Callable[[str], bool] | None = None
    if analysis.lang == "sv":
        try:
            known = speller("sv").check
        except DependencyError:
            return []
    found: list[Any] = []
    for sentence in analysis.own_sentences:
        words = [t for t in analysis.tokens_of(sentence) if kinds[t.i] in WORD_KINDS]
        texts = [token.text for token in words]
        indexes = english_passives(texts) if known is None else swedish_passives(texts, known)
        found.extend(words[index] for index in indexes)
    return found


#: Drafts shorter than this are not scored by readability formulas.
MIN_WORDS_FOR_FORMULAS = 40


#: Drafts shorter than this are not judged on hook, density or facts.
MIN_WORDS_TO_JUDGE = 15
