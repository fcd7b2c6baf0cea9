"""PC201–PC207: is the draft readable? Sentences, words, passives, nominal style, paragraphs.

Thresholds come from the audience (``rules/audiences/*.toml``; :data:`~postcheck.profiles.audiences.GENERAL`
when the draft names none); a channel read on phones lowers the sentence limit to 20 words when
no audience says otherwise. The Finnish checks read Voikko's analysis of each word.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from postcheck.analysis.context import Context
from postcheck.analysis.readability import (
    compound_parts,
    is_clause_equivalent,
    is_nominalisation,
    passive_tokens,
)
from postcheck.core.schema import Field
from postcheck.core.text import shorten
from postcheck.nlp.access import info, reading
from postcheck.nlp.suggestions import zipf
from postcheck.rules.base import Message, Problem, Rule

#: Sentence limit on mobile-first channels when the draft names no audience.
MOBILE_SENTENCE_WORDS = 20


def _audience_label(context: Context) -> tuple[str, str, str]:
    name = context.audience.name if context.audience else ""
    if not name:
        return ("", "", "")
    return (f"kohderyhmälle {name}", f"for the audience {name}", f"för målgruppen {name}")


class LongSentence(Rule):
    """A sentence longer than the audience reads easily.

    Long sentences make the reader hold many things in mind at once. Kotus advises varying
    sentence length between short (5–7 words) and long (15–25 words); the audience profile's
    ``sentence_max_words`` sets the limit (consumers 20, easy Finnish 12, experts 30; 25 without
    an audience, 20 on channels read on phones).

    Fix: split the sentence where a new thought starts; move background into a sentence of its own.
    """

    code = "PC201"
    name = "long-sentence"
    criterion = "readable"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per sentence over the word limit."""
        limit = context.target.sentence_max_words
        if (
            context.audience is None
            and context.channel is not None
            and context.channel.mobile_first
        ):
            limit = MOBILE_SENTENCE_WORDS
        who_fi, who_en, who_sv = _audience_label(context)
        for sentence in context.readability.every_sentence:
            if sentence.words > limit:
                yield Problem.on_prose(
                    context.prose,
                    sentence.start,
                    sentence.end,
                    Message(
                        fi=f"Virkkeessä on {sentence.words} sanaa; {who_fi or 'tavoite'} enintään"
                        f" {limit}. Jaa virke kahdeksi siitä, missä uusi ajatus alkaa.",
                        en=f"The sentence has {sentence.words} words; {who_en or 'the target is'}"
                        f" at most {limit}. Split it where a new thought starts.",
                        sv=f"Meningen har {sentence.words} ord; {who_sv or 'målet är'} högst"
                        f" {limit}. Dela upp den där en ny tanke börjar.",
                    ),
                )


class LongWord(Rule):
    """A very long word or a compound of many parts.

    Finnish builds long compounds ("asiakaspalvelukeskusjärjestelmä"); every extra part slows
    reading, and a reader who does not know the term has to take it apart. Limits come from the
    audience: ``long_word_letters`` and ``compound_parts_max``. The finding shows the parts
    Voikko finds, as a hint for rewriting ("järjestelmä asiakaspalvelukeskukselle" or "the
    system of the customer service centre"). A word of one part is long only when its base form
    is: endings make "kärsivällisyydestäsi" 20 letters, but the reader knows "kärsivällisyys".

    Fix: open the compound into a phrase, or explain the term once.
    """

    code = "PC202"
    name = "long-word"
    criterion = "readable"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per word over the letter or compound-part limit."""
        target = context.target
        for token in context.of_kind("word"):
            analysis = reading(token)
            many_parts = analysis.get("STRUCTURE", "").count("=") > target.compound_parts_max
            if len(token.text) <= target.long_word_letters and not many_parts:
                continue  # too few characters to hold too many letters
            letters = sum(char.isalpha() for char in token.text)
            if letters <= target.long_word_letters and not many_parts:
                continue
            parts = compound_parts(token.text, analysis) or [token.text]
            base = analysis.get("BASEFORM", token.text)
            if len(parts) == 1:
                if sum(char.isalpha() for char in base) <= target.long_word_letters:
                    continue  # long with its endings only: "kärsivällisyydestäsi"
                yield Problem.on_token(token, _long_word_message(shorten(token.text), letters))
                continue
            split = shorten("|".join(parts), 80)
            word = shorten(token.text)
            yield Problem.on_token(
                token,
                Message(
                    fi=f"Pitkä sana ”{word}” ({letters} kirjainta, {len(parts)} osaa: {split})."
                    " Avaa yhdyssana lausekkeeksi tai selitä termi.",
                    en=f'Long word "{word}" ({letters} letters, {len(parts)} parts: {split}).'
                    " Open the compound into a phrase or explain the term.",
                    sv=f"Långt ord ”{word}” ({letters} bokstäver, {len(parts)} delar: {split})."
                    " Lös upp sammansättningen i en fras eller förklara termen.",
                ),
            )


def _long_word_message(word: str, letters: int) -> Message:
    """Return the message on a long word of one part: a shorter word, or the term explained."""
    return Message(
        fi=f"Pitkä sana ”{word}” ({letters} kirjainta). Käytä lyhyempää sanaa tai selitä termi.",
        en=f'Long word "{word}" ({letters} letters). Use a shorter word or explain the term.',
        sv=f"Långt ord ”{word}” ({letters} bokstäver). Använd ett kortare ord eller förklara"
        " termen.",
    )


class PassiveHeavy(Rule):
    """Many passive verbs ("käsitellään", "are approved", "loggas"): the text hides who acts.

    The passive leaves the doer out. In company texts that sounds evasive and official; readers
    want to know who acts. The audience's ``passives_max`` sets the tolerance in passives per
    100 words (consumers 2, easy Finnish 1, experts 4; Finnish blogs average 1.6, legislation
    2.4). Drafts with fewer than three passives are never flagged. Finnish passives come from
    Voikko; English ones are a form of "be" or "get" with a past participle ("is sent"),
    Swedish ones the s-passive ("skickas", "bokades") and "bli" with a participle (on the UD
    test sets: English precision 95 %, recall 72 %; Swedish 98 % and 52 %).

    Fix: name the doer ("me käsittelemme", "tiimimme päätti", "we will approve", "vi skickar").
    """

    code = "PC203"
    name = "passive-heavy"
    criterion = "readable"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first passive when the draft has too many."""
        metrics = context.readability
        rate = metrics.per_100_words(metrics.finite_passives)
        limit = context.target.passives_max
        if metrics.finite_passives < 3 or rate <= limit:
            return
        passives = passive_tokens(context.analysis)
        examples = ", ".join(token.text for token in passives[:3])
        yield Problem.on_token(
            passives[0],
            Message(
                fi=f"{metrics.finite_passives} passiivia ({rate:.1f} / 100 sanaa, tavoite enintään"
                f" {limit:g}): {examples}. Kerro, kuka tekee: ”me käsittelemme”.",
                en=f"{metrics.finite_passives} passives ({rate:.1f} per 100 words, target at most"
                f' {limit:g}): {examples}. Say who acts: "we will handle".',
                sv=f"{metrics.finite_passives} passivformer ({rate:.1f} per 100 ord, målet är"
                f" högst {limit:g}): {examples}. Säg vem som gör något: ”vi behandlar”.",
            ),
        )


class NominalStyle(Rule):
    """A sentence heavy with -minen nouns ("kehittämisen", "toteuttaminen"): nominal style.

    Kotus: dense officialese comes from verb-derived nouns (tekeminen), participles and
    infinitives. Two or more -minen nouns in one sentence turn actions into things.

    Fix: use the verb: "kehittämisen tavoitteena on" → "kehitämme, jotta".
    """

    code = "PC204"
    name = "nominal-style"
    criterion = "readable"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per sentence with two or more -minen nouns."""
        kinds = context.doc._.kinds
        for sentence in context.analysis.sentences:
            found = [
                token
                for token in context.analysis.tokens_of(sentence)
                if kinds[token.i] == "word" and is_nominalisation(reading(token))
            ]
            if len(found) >= 2:
                names = ", ".join(token.text for token in found)
                yield Problem.on_sentence(
                    context.prose,
                    sentence,
                    Message(
                        fi=f"Nominaalityyliä: {len(found)} -minen-johdosta ({names}). Käytä verbiä:"
                        " ”kehittämisen tavoitteena on” → ”kehitämme, jotta”.",
                        en=f"Nominal style: {len(found)} -minen nouns ({names}). Use the verb:"
                        ' "kehittämisen tavoitteena on" → "kehitämme, jotta".',
                        sv=f"Nominalstil: {len(found)} substantiv på -minen ({names}). Använd"
                        " verbet: ”kehittämisen tavoitteena on” → ”kehitämme, jotta”.",
                    ),
                )


class ClauseEquivalent(Rule):
    """A clause-equivalent construction ("tehtyään", "tehdessä", "tehdäkseen", "tulevansa").

    Clause-equivalents (lauseenvastikkeet) pack a whole clause into one inflected verb form.
    They are correct Finnish but hard to read: Selkokeskus advises against them, and Kotus counts
    them among the causes of dense text.

    Fix: write the clause out: "tehtyään työn" → "kun hän oli tehnyt työn"; "tehdessä" → "kun
    tekee"; "tehdäkseen" → "jotta voisi tehdä".
    """

    code = "PC205"
    name = "clause-equivalent"
    criterion = "readable"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per clause-equivalent."""
        for token in context.of_kind("word"):
            if is_clause_equivalent(reading(token), token.text) and not _rather_a_noun(
                token, context.analysis.word_beside(token, -1)
            ):
                yield Problem.on_token(
                    token,
                    Message(
                        fi=f"”{token.text}” on lauseenvastike. Sivulause on helpompi lukea:"
                        " ”kun hän oli tehnyt”, ”kun tekee”, ”jotta voisi”.",
                        en=f'"{token.text}" is a clause-equivalent. A full clause is easier to'
                        ' read: "kun hän oli tehnyt", "kun tekee", "jotta voisi".',
                        sv=f"”{token.text}” är en satsmotsvarighet. En hel bisats är lättare att"
                        " läsa: ”kun hän oli tehnyt”, ”kun tekee”, ”jotta voisi”.",
                    ),
                )


#: How many Zipf points commoner a noun's base form must be than a verb's for the word to be
#: read as the noun: "henkilöiden" is of persons (henkilö 5.1), not "personifying" (1.4), and
#: "valikoimamme" our selection (valikoima 4.1), not "that we chose" (valikoida 2.8); while
#: "huomioiden" stays "considering" (huomioida 4.4, huomio 4.6).
_NOUN_MARGIN = 1.0


def _rather_a_noun(token: Any, before: Any | None) -> bool:
    """Tell whether a word read as a verb form is rather the noun it can also be.

    The noun is much more common ("henkilöiden"), or the word before agrees with the noun as its
    attribute, in the same case and number: "kalleimpien tuntien" (the hours, not "feeling"),
    "näiden tuntien".
    """
    found = info(token)
    if found is None:
        return False
    nouns = [other for other in found.analyses if other.get("CLASS") == "nimisana"]
    verb = zipf(reading(token).get("BASEFORM", ""))
    if any(zipf(noun.get("BASEFORM", "")) >= verb + _NOUN_MARGIN for noun in nouns):
        return True
    attribute = info(before) if before is not None else None
    return attribute is not None and any(
        (reading.get("SIJAMUOTO"), reading.get("NUMBER"))
        == (noun.get("SIJAMUOTO"), noun.get("NUMBER"))
        and reading.get("CLASS") in _ATTRIBUTE_CLASSES
        for reading in attribute.analyses
        for noun in nouns
    )


#: Word classes that stand before a noun as its attribute, agreeing with it.
_ATTRIBUTE_CLASSES = frozenset({"laatusana", "asemosana", "lukusana", "nimisana_laatusana"})


class ParagraphWall(Rule):
    """A paragraph of more than ``max_words`` words (default 150): a wall of text.

    Readers scan before they read; long paragraphs hide the point. Blog guidance (Yoast-style):
    paragraphs of at most 150 words.

    Fix: one idea per paragraph; start each with its point.
    """

    code = "PC206"
    name = "paragraph-wall"
    criterion = "readable"
    severity = "warning"
    options: ClassVar[Mapping[str, Any]] = {"max_words": Field("int", 150, minimum=1)}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per paragraph over the word limit."""
        limit = self.values["max_words"]
        kinds = context.doc._.kinds
        for block in context.draft.blocks:
            span = context.analysis.block_span(block)
            if span is None:
                continue
            words = sum(
                1
                for token in context.analysis.tokens_of(span)
                if kinds[token.i] in ("word", "abbreviation")
            )
            if words > limit:
                first = context.analysis.sentence_at(block.start)
                yield Problem.on_sentence(
                    context.prose,
                    first,
                    Message(
                        fi=f"Kappaleessa on {words} sanaa (enintään {limit}). Jaa se: yksi ajatus"
                        " kappaletta kohden.",
                        en=f"The paragraph has {words} words (at most {limit}). Split it: one idea"
                        " per paragraph.",
                        sv=f"Stycket har {words} ord (högst {limit}). Dela upp det: en tanke per"
                        " stycke.",
                    ),
                )


class MonotonousSentences(Rule):
    """Sentences all of about the same length: the text drones.

    Kotus: vary sentence length, some short (5–7 words), some long (15–25). Measured as the
    coefficient of variation of sentence lengths over drafts of at least six sentences; below
    ``min_variation`` (default 0.25) the finding points at the first sentence.

    Fix: follow a long sentence with a short one that makes the point.
    """

    code = "PC207"
    name = "monotonous-sentences"
    criterion = "readable"
    severity = "info"
    options: ClassVar[Mapping[str, Any]] = {"min_variation": Field("number", 0.25, maximum=1)}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem when sentence lengths hardly vary."""
        metrics = context.readability
        variation = metrics.sentence_length_variation()
        if metrics.sentence_count < 6 or variation >= self.values["min_variation"]:
            return
        first = metrics.sentences[0]
        yield Problem.on_prose(
            context.prose,
            first.start,
            first.end,
            Message(
                fi=f"Virkkeet ovat kaikki lähes yhtä pitkiä (keskimäärin"
                f" {metrics.mean_sentence_words:.0f} sanaa, vaihtelu {variation:.2f}). Vaihtele:"
                " lyhyt virke pitkän perään.",
                en=f"The sentences are all about the same length (mean"
                f" {metrics.mean_sentence_words:.0f} words, variation {variation:.2f}). Vary them:"
                " a short sentence after a long one.",
                sv=f"Meningarna är nästan lika långa allihop (i genomsnitt"
                f" {metrics.mean_sentence_words:.0f} ord, variation {variation:.2f}). Variera:"
                " en kort mening efter en lång.",
            ),
        )


#: The readability rules, in code order.
RULES: tuple[type[Rule], ...] = (
    LongSentence,
    LongWord,
    PassiveHeavy,
    NominalStyle,
    ClauseEquivalent,
    ParagraphWall,
    MonotonousSentences,
)
