"""Finnish word tests read from Voikko's analysis: names, imperatives, we-forms, forms of address."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from postcheck.nlp.access import analysed, reading
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.pipeline import finnish_word
from postcheck.nlp.voikko import voikko


def address_form(token: Any) -> str | None:
    """Return "sinä" or "te" when a word addresses the reader in that form, else None.

    From Voikko's reading: second-person verbs (voit / voitte, kerro / kertokaa), the pronouns
    sinä and te, and possessive suffixes (tuotteesi / tuotteenne). Colloquial forms ("sulle")
    are read through their standard form.
    """
    analysis: Mapping[str, str] = reading(token)
    if not analysis:
        standard = standard_form(token.text)
        if standard is None or " " in standard:
            return None
        info = finnish_word(standard)
        analysis = info.analyses[0] if info.analyses else {}
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

    A capitalised unknown word that starts a sentence is not taken for a name.
    """
    if reading(token).get("CLASS") in NAME_CLASSES:
        return True
    return bool(token.text[:1].isupper() and not analysed(token) and not sentence_start)


def is_imperative(token: Any) -> bool:
    """Tell whether a word is an imperative verb (Voikko's MOOD)."""
    return reading(token).get("MOOD") == "imperative"


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


def suggestions(word: str) -> tuple[str, ...]:
    """Return Voikko's spelling suggestions for a Finnish word, best first (cached per word)."""
    return tuple(voikko("fi").suggest(word))
