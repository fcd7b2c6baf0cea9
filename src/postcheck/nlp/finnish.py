"""Finnish word tests read from Voikko's analysis: names, imperatives, we-forms, forms of address."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from postcheck.nlp.access import analysed, compound_part, connegative, info, reading
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.pipeline import finnish_word
from postcheck.nlp.suggestions import zipf


def address_form(token: Any) -> str | None:
    """Return "sinä" or "te" when a word addresses the reader in that form, else None.

    From Voikko's readings: second-person verbs (voit / voitte, kerro / kertokaa), the pronouns
    sinä and te, and possessive suffixes (tuotteesi / tuotteenne). Colloquial forms ("sulle")
    are read through their standard form. A word whose other readings say otherwise is not an
    address: "kuusi" (six, not kuu + -si), "tuo" (also "hän tuo" and "that"); neither is a
    connegative ("ette pääse": the negation verb carries the person) nor the first part of a
    coordinated compound ("Syys–marraskuussa"). An imperative that is also another word
    ("tapa", "niitä", "öljyä", "Anna") addresses the reader only where it opens a clause and
    commands ("Anna palautetta!", "ja tapa se"; not "sen tapa", "Niitä on", "Anna Virtanen"),
    and only as a verb people use ("Ajankohtaista" is no command: :func:`rare_verb`).
    Nor does a second-person verb that is also a noun where the next word is a verb of the
    third person or a passive, whose subject or object it is ("kulut laskevat", "kulut
    korvataan": costs, not "you wear out").
    """
    if info(token) is None:
        return None
    form = _address_of(token.text)  # cached per word form: most words answer None here
    if form is None or connegative(token) or compound_part(token):
        return None
    if _imperative_or_other(token.text) and (not _commands(token) or rare_verb(token.text)):
        return None  # "kahvin tuoksu", "sen tapa", "niitä on", "Anna Virtanen": no command
    if _verb_or_other(token.text) and _subject_of_next(token):
        return None  # "kulut laskevat", "kulut korvataan": a noun, the verb's subject or object
    return form


@functools.lru_cache(maxsize=50_000)
def _imperative_or_other(word: str) -> bool:
    """Tell whether a word addresses the reader only as an imperative that is also another word.

    "tapa" (a way; kill!), "niitä" (them; mow!), "Tuoksu" (a scent), "Anna" (a name; give!).
    """
    return _addresses_only_as(word, lambda reading: reading.get("MOOD") == "imperative")


@functools.lru_cache(maxsize=50_000)
def _verb_or_other(word: str) -> bool:
    """Tell whether a word addresses the reader only as a verb that is also another word.

    "kulut" (costs; you wear out), "tulet" (fires; you come), "voit" (butters; you can).
    """
    return _addresses_only_as(word, lambda reading: reading.get("CLASS") == "teonsana")


def _addresses_only_as(word: str, kind: Callable[[Mapping[str, str]], bool]) -> bool:
    """Tell whether a word addresses the reader only in readings of ``kind``.

    And whether it has a reading that is no verb at all (a noun, a pronoun, a name).
    """
    readings = finnish_word(word).analyses
    addressing = [r for r in readings if _address(r) is not None]
    return (
        bool(addressing)
        and all(kind(r) for r in addressing)
        and any(r.get("CLASS") != "teonsana" for r in readings)
    )


#: Voikko's PERSON of a verb whose subject or object the word before is: 3rd person, passive.
_THIRD_OR_PASSIVE = frozenset({"3", "4"})


def _subject_of_next(token: Any) -> bool:
    """Tell whether the next word is a finite verb of the third person or a passive.

    Then this word is its subject or object, not "you": "kulut laskevat", "tulet sammuivat",
    "voit ovat kalliita", "kulut korvataan" (a finite passive: person 4). Not "voit ostaa",
    "tulet huomaamaan" or "voit korvata", where the next word may be an infinitive (the second
    person's complement).
    """
    doc = token.doc
    kinds = doc._.kinds
    after = token.i + 1
    while after < len(doc) and kinds[after] == "space" and "\n" not in doc[after].text:
        after += 1
    if after >= len(doc) or kinds[after] != "word":
        return False
    found = info(doc[after])
    readings = found.analyses if found is not None else ()
    return any(
        r.get("CLASS") == "teonsana" and r.get("PERSON") in _THIRD_OR_PASSIVE for r in readings
    ) and not any("infinitive" in r.get("MOOD", "") for r in readings)


#: Words after which a clause starts: an imperative there commands ("…, ja kerro meille").
_CLAUSE_OPENERS = frozenset(
    {".", "!", "?", ",", ":", ";", "–", "—", "-", "(", "ja", "tai", "sekä", "mutta", "niin"}
)


#: Forms of "olla" after which the word before is the subject, not an imperative ("Niitä on").
_BE = frozenset({"on", "ovat", "oli", "olivat", "olisi", "olisivat"})


def _commands(token: Any) -> bool:
    """Tell whether an imperative opens its clause and commands.

    "Anna palautetta!", "ja kerro meille" do; "Anna Virtanen" (a name) and "Niitä on" (the
    subject of "olla") do not.
    """
    doc = token.doc
    kinds = doc._.kinds
    before = token.i - 1
    while before >= 0 and kinds[before] == "space":
        if "\n" in doc[before].text:
            break
        before -= 1
    opens = (
        before < 0
        or kinds[before] in ("space", "emoji", "hashtag")
        or doc[before].text.lower() in _CLAUSE_OPENERS
        or "\n" in doc[before].whitespace_
    )
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None:
        return opens
    named = token.text[:1].isupper() and after.text[:1].isupper()
    return opens and not named and after.text.lower() not in _BE


@functools.lru_cache(maxsize=50_000)
def _address_of(word: str) -> str | None:
    """Return the form of address a Finnish word form is, from all its readings (cached)."""
    readings = finnish_word(word).analyses
    if not readings:
        standard = standard_form(word)
        if standard is None or " " in standard:
            return None
        readings = finnish_word(standard).analyses[:1]
    forms = {_address(reading) for reading in readings}
    verbs = {_address(r) for r in readings if r.get("CLASS") == "teonsana"}
    if len(forms) == 1 or (len(verbs) == 1 and not _has_possessive(readings)):
        return next(iter(verbs if len(forms) > 1 else forms))
    return None


def _has_possessive(readings: Any) -> bool:
    return any(reading.get("POSSESSIVE") in ("2s", "2p") for reading in readings)


def _address(analysis: Mapping[str, str]) -> str | None:
    """Return the form of address of one reading ("sinä", "te" or None)."""
    possessive = analysis.get("POSSESSIVE")
    if possessive == "2s":
        return "sinä"
    if possessive == "2p":
        return "te"
    base = analysis.get("BASEFORM")
    if analysis.get("CLASS") == "asemosana" and base in ("sinä", "te"):
        return base
    if analysis.get("CLASS") == "teonsana" and analysis.get("PERSON") == "2":
        return "sinä" if analysis.get("NUMBER") == "singular" else "te"
    return None


NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})


def is_name(token: Any, *, sentence_start: bool) -> bool:
    """Tell whether a word is a name: Voikko's name classes, or capitalised and unknown.

    A capitalised unknown word that starts a sentence is not taken for a name. Nor is a word
    Voikko knows, unless it is capitalised in running text, right after a word or a comma on
    the same line: Finnish writes common nouns in lowercase there, so "Veikkauksen" and
    "Kotipankin" in "Liikkeellä on Veikkauksen nimissä…" are names (a company, a service);
    not within Title Case ("Tärkeä Tiedote Kaikille Asiakkaille"). A name reading of an
    everyday word opening a sentence is the word ("Tulosten mukaan": tulos, not Tulonen).
    """
    if reading(token).get("CLASS") in NAME_CLASSES:
        # at a sentence start a common word's capital says nothing: "Tulosten" is no Tulonen
        return not sentence_start or not _also_common(token)
    if not token.text[:1].isupper() or sentence_start:
        return False
    return not analysed(token) or _capital_in_running_text(token)


def _also_common(token: Any) -> bool:
    """Tell whether a name opening a sentence is rather a common word ("Tulosten": tulos).

    Only a common word of everyday frequency, and not before another capitalised word: "Anna
    Virtanen", "Mäkinen kertoi" keep their names.
    """
    found = info(token)
    after = token.doc[token.i + 1 : token.i + 3]
    if found is None or any(t.text[:1].isupper() for t in after if not t.is_space):
        return False
    return any(
        a.get("CLASS") not in NAME_CLASSES and zipf(a.get("BASEFORM", "")) >= COMMON_ZIPF
        for a in found.analyses
    )


#: The Zipf frequency of a common word that a capital at a sentence start does not make a name.
COMMON_ZIPF = 4.5


def _capital_in_running_text(token: Any) -> bool:
    """Tell whether a capitalised word follows a word or a comma on the same line.

    Not in a run of three or more capitalised words after the sentence's first word: that is
    Title Case ("Tärkeä Tiedote Kaikille Asiakkaille"), while two are a name ("Suomen Pankin")
    and so is a run that starts with a name ("Suomen Punaista Ristiä").
    """
    if token.i == 0 or token.text.split(":")[0].isupper():
        return False  # "EU", "EU:n", "HR": an acronym is read by its own rules
    before = token.doc[token.i - 1]
    if "\n" in before.whitespace_ or not (
        token.doc._.kinds[before.i] == "word" or before.text == ","
    ):
        return False
    return _capitalised_run(token) < TITLE_CASE_RUN


#: A run of this many capitalised words one after another is Title Case, not a name.
TITLE_CASE_RUN = 3


def _capitalised_run(token: Any) -> int:
    """Return how many capitalised words stand in a row around ``token``, one space apart.

    A word that opens its sentence or line is not counted: its capital says nothing.
    """
    doc, kinds = token.doc, token.doc._.kinds
    first: int = token.i
    last: int = token.i
    if _can_be_name(token):
        return 1  # "Suomen Punaista Ristiä": a name's own words are no Title Case
    while (
        first > 1
        and doc[first - 1].whitespace_ == " "
        and _capital_word(doc, kinds, first - 1)
        and not _opens(doc, first - 1)
    ):
        first -= 1
        if _can_be_name(doc[first]):
            return 1  # the run starts with a name: "Suomen Punaisen Ristin"
    while (
        last + 1 < len(doc) and doc[last].whitespace_ == " " and _capital_word(doc, kinds, last + 1)
    ):
        last += 1
    return last - first + 1


def _can_be_name(token: Any) -> bool:
    """Tell whether one of a word's readings is a name ("Suomen": suomi, and Suomi)."""
    found = info(token)
    return found is not None and any(a.get("CLASS") in NAME_CLASSES for a in found.analyses)


def _capital_word(doc: Any, kinds: Any, i: int) -> bool:
    return bool(kinds[i] == "word" and doc[i].text[:1].isupper())


def _opens(doc: Any, i: int) -> bool:
    """Tell whether token ``i`` opens a line or a sentence (after ".", "!", "?" or ":")."""
    before = doc[i - 1]
    return "\n" in before.whitespace_ or "\n" in before.text or before.text in (".", "!", "?", ":")


def is_imperative(token: Any) -> bool:
    """Tell whether a word is an imperative verb (Voikko's MOOD).

    Not a connegative: "ole" in "ei ole käytössä" has the imperative's form but no command
    (in "älä unohda" the negation verb "älä" is the imperative).
    """
    return reading(token).get("MOOD") == "imperative" and not connegative(token)


def could_be_imperative(token: Any) -> bool:
    """Tell whether any of the word's readings is an imperative ("kommentoi": you, comment!).

    "kommentoi" is also "(hän) kommentoi"; an invitation is read as the imperative it can be.
    A connegative is none ("ei vastaa", "ei ole").
    """
    found = info(token)
    return (
        found is not None
        and not connegative(token)
        and any(
            a.get("MOOD") == "imperative" or _ata_imperative(token.text, a) for a in found.analyses
        )
        and not rare_verb(token.text)
    )


#: A verb rarer than this (Zipf, wordfreq: seen less than about three times in ten million
#: words) may be a misreading of a word that is also a noun or an adjective.
RARE_VERB_ZIPF = 2.5
#: How much commoner (Zipf) the noun or adjective must be than the verb to be the word meant.
NOUN_OVER_VERB = 2.5


@functools.lru_cache(maxsize=50_000)
def rare_verb(word: str) -> bool:
    """Tell whether a word is a verb only as a rare one, and far more often a noun or adjective.

    "Ajankohtaista" (ajankohtainen) is also the imperative of the rare "ajankohtaistaa": a
    heading, not a command. "Tilaa" (tila; tilata) is a common verb, and commands; "aikovat"
    is no adjective though it is a participle too (the verb's own form, not another word), and
    "parani" is "parata" though Voikko also reads it as "para" with a suffix.
    """
    readings = finnish_word(word).analyses
    verbs = [zipf(r.get("BASEFORM", "")) for r in readings if r.get("CLASS") == "teonsana"]
    if not verbs or max(verbs) >= RARE_VERB_ZIPF:
        return False
    others = [
        zipf(r.get("BASEFORM", ""))
        for r in readings
        if r.get("CLASS") in ("nimisana", "laatusana", "nimisana_laatusana")
        and "PARTICIPLE" not in r
    ]
    return any(other >= max(verbs) + NOUN_OVER_VERB for other in others)


def _ata_imperative(word: str, analysis: Mapping[str, str]) -> bool:
    """Tell whether a reading Voikko gives only as "hän vastaa" is also the imperative "vastaa!".

    Voikko reads the imperative of -ata/-ätä verbs ("vastaa", "tilaa", "lataa") as the third
    person only; the two forms are the same word.
    """
    base = analysis.get("BASEFORM", "")
    return (
        analysis.get("CLASS") == "teonsana"
        and analysis.get("PERSON") == "3"
        and analysis.get("NUMBER") == "singular"
        and base.endswith(("ata", "ätä"))
        and word.lower().endswith(("aa", "ää"))
    )


def we_form(token: Any) -> bool:
    """Tell whether a word speaks of us: me-verbs, "me", "meidän", "yrityksemme"."""
    analysis: Mapping[str, str] = reading(token)
    if analysis.get("POSSESSIVE") == "1p":
        return True
    if analysis.get("CLASS") == "asemosana" and analysis.get("BASEFORM") == "me":
        return True
    return (
        analysis.get("CLASS") == "teonsana"
        and analysis.get("PERSON") == "1"
        and analysis.get("NUMBER") == "plural"
    )
