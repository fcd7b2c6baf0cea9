"""Voikko's analyses turned into spaCy's Universal Dependencies vocabulary.

Voikko names word classes and features in Finnish (``CLASS: teonsana``, ``SIJAMUOTO: osanto``);
spaCy and UD use ``VERB`` and ``Case=Par``. This module maps what fits; the rest stays readable
in ``token._.analyses``.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Voikko word class (CLASS) → Universal POS tag.
POS = {
    "nimisana": "NOUN",
    "laatusana": "ADJ",
    "nimisana_laatusana": "ADJ",
    "teonsana": "VERB",
    "seikkasana": "ADV",
    "asemosana": "PRON",
    "suhdesana": "ADP",
    "huudahdussana": "INTJ",
    "sidesana": "CCONJ",
    "etunimi": "PROPN",
    "sukunimi": "PROPN",
    "paikannimi": "PROPN",
    "nimi": "PROPN",
    "kieltosana": "AUX",
    "lyhenne": "NOUN",
    "lukusana": "NUM",
    "etuliite": "X",
}

_CASE = {
    "nimento": "Nom",
    "omanto": "Gen",
    "osanto": "Par",
    "olento": "Ess",
    "tulento": "Tra",
    "sisaolento": "Ine",
    "sisaeronto": "Ela",
    "sisatulento": "Ill",
    "ulkoolento": "Ade",
    "ulkoeronto": "Abl",
    "ulkotulento": "All",
    "vajanto": "Abe",
    "seuranto": "Com",
    "keinonto": "Ins",
    "kohdanto": "Acc",
}
_MOOD = {
    "indicative": "Mood=Ind|VerbForm=Fin",
    "conditional": "Mood=Cnd|VerbForm=Fin",
    "imperative": "Mood=Imp|VerbForm=Fin",
    "potential": "Mood=Pot|VerbForm=Fin",
    "A-infinitive": "InfForm=1|VerbForm=Inf",
    "E-infinitive": "InfForm=2|VerbForm=Inf",
    "MA-infinitive": "InfForm=3|VerbForm=Inf",
    "MINEN-infinitive": "Derivation=Minen",
    "MAINEN-infinitive": "InfForm=5|VerbForm=Inf",
}
_TENSE = {"present_simple": "Pres", "past_imperfective": "Past"}
_PARTICIPLE = {
    "present_active": "PartForm=Pres|VerbForm=Part|Voice=Act",
    "present_passive": "PartForm=Pres|VerbForm=Part|Voice=Pass",
    "past_active": "PartForm=Past|VerbForm=Part|Voice=Act",
    "past_passive": "PartForm=Past|VerbForm=Part|Voice=Pass",
    "agent": "PartForm=Agt|VerbForm=Part",
    "negation": "PartForm=Neg|VerbForm=Part",
}
_POSSESSIVE = {
    "1s": "Number[psor]=Sing|Person[psor]=1",
    "2s": "Number[psor]=Sing|Person[psor]=2",
    "1p": "Number[psor]=Plur|Person[psor]=1",
    "2p": "Number[psor]=Plur|Person[psor]=2",
    "3": "Person[psor]=3",
}
_DEGREE = {"positive": "Pos", "comparative": "Cmp", "superlative": "Sup"}


def pos_tag(analysis: Mapping[str, str]) -> str:
    """Return the Universal POS tag for one Voikko analysis ("X" when unknown)."""
    return POS.get(analysis.get("CLASS", ""), "X")


def ud_features(analysis: Mapping[str, str]) -> str:
    """Return the UD feature string (``Case=Par|Number=Sing``) for one Voikko analysis."""
    features: list[str] = []
    if case := _CASE.get(analysis.get("SIJAMUOTO", "")):
        features.append(f"Case={case}")
    number = analysis.get("NUMBER")
    if number in ("singular", "plural"):
        features.append("Number=" + ("Sing" if number == "singular" else "Plur"))
    person = analysis.get("PERSON")
    if person == "4":
        features.append("Voice=Pass")
    elif person in ("1", "2", "3"):
        features.append(f"Person={person}")
    for table, key in ((_MOOD, "MOOD"), (_PARTICIPLE, "PARTICIPLE"), (_POSSESSIVE, "POSSESSIVE")):
        if value := table.get(analysis.get(key, "")):
            features.extend(value.split("|"))
    if tense := _TENSE.get(analysis.get("TENSE", "")):
        features.append(f"Tense={tense}")
    if degree := _DEGREE.get(analysis.get("COMPARISON", "")):
        features.append(f"Degree={degree}")
    if analysis.get("NEGATIVE") == "true" or analysis.get("CLASS") == "kieltosana":
        features.append("Polarity=Neg")
    return "|".join(sorted(set(features)))
