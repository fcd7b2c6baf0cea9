"""Colloquial (spoken) Finnish word forms and their standard written equivalents.

The word list ``rules/fi/colloquial.toml`` comes first; otherwise a form Voikko knows is sought by
undoing the usual sound changes of spoken Finnish ("olis" → "olisi", "oikeesti" → "oikeasti").
"""

from __future__ import annotations

import functools

from postcheck.core.resources import load_toml, rules_dir
from postcheck.core.text import with_first_case
from postcheck.nlp.suggestions import typing_cost, zipf
from postcheck.nlp.voikko import voikko


@functools.cache
def colloquial_forms() -> dict[str, str]:
    """Return the colloquial forms (lowercase) and their standard equivalents."""
    forms = load_toml(rules_dir() / "fi" / "colloquial.toml")["forms"]
    return {str(form).lower(): str(standard) for form, standard in forms.items()}


_VOWEL_ASSIMILATION = (
    ("tt", "ts"),
    ("ee", "ea"),
    ("ee", "eä"),
    ("ii", "ia"),
    ("ii", "iä"),
    ("oo", "oa"),
    ("öö", "öä"),
    ("uu", "ua"),
    ("yy", "yä"),
)


_VOWELS = "aeiouyäö"


def _front(word: str) -> bool:
    """Tell whether a word takes front-vowel endings (ä, ö, y) by vowel harmony."""
    return not any(vowel in word for vowel in "aou")


def _standard_candidates(word: str) -> list[str]:
    """Standard-language forms a colloquial ``word`` (lowercase) may stand for, likeliest first.

    Spoken Finnish drops final sounds ("olis" for "olisi", "kyl" for "kyllä", "jotenki" for
    "jotenkin", "alko" for "alkoi", "ollu" for "ollut", "nurkas" for "nurkassa"), assimilates
    vowels ("oikeesti" for "oikeasti", "kattoo" for "katsoo"), shortens "-inen" ("ilonen",
    "sellanen"), "-maan" ("nouseen" for "nousemaan") and the pronoun stems ("mullakaan" for
    "minullakaan").
    """
    candidates = []
    if word.endswith(("ais", "äis")):
        candidates.append(word + "iin")
    if word.endswith(("s", "o", "ö")):
        candidates.append(word + "i")
    if word.endswith(("sko", "skö")):
        candidates.append(word[:-2] + "i" + word[-2:])
    if word.endswith("l"):
        candidates.extend((word + "lä", word + "la", word + "ä", word + "a"))
    if word.endswith(("ki", "kaa", "kää")):
        candidates.append(word + "n")
    for spoken, written in _VOWEL_ASSIMILATION:
        index = word.rfind(spoken)
        if index > 0:
            candidates.append(word[:index] + written + word[index + 2 :])
    if word.endswith(("onen", "önen")):
        candidates.append(word[:-3] + "inen")
    if word.endswith(("anen", "änen", "asta", "ästä", "aset", "äset")):
        candidates.append(word[:-3] + "i" + word[-3:])  # "sellanen", "tällasta"
    if word.endswith(("nu", "ny", "lu", "ly", "ru", "ry", "su", "sy")):
        candidates.append(word + "t")  # "ollu" for "ollut", "kuullu" for "kuullut"
    if word.endswith("ks"):
        candidates.append(word + "i")  # "miks", "sellasiks"
    if len(word) > 3 and word[-1] == "s" and word[-2] in _VOWELS:
        candidates.append(word + ("sä" if _front(word) else "sa"))  # "nurkas" for "nurkassa"
    if len(word) > 5 and word.endswith(("een", "ään")) and word[-4] not in _VOWELS:
        candidates.append(word[:-2] + ("mään" if _front(word) else "maan"))  # "nouseen"
    if word.startswith(("mu", "su")) and len(word) > 3:
        candidates.append(("minu" if word[0] == "m" else "sinu") + word[2:])
    return candidates


def _guessed_candidates(word: str) -> list[str]:
    """Return the standard forms of shortenings a typo also makes.

    They are tried only when no commoner word is one edit from ``word``: the conditional
    ("pitäs" for "pitäisi", but "vaikuttus" is "vaikutus"), the plural partitive ("vahvoi" for
    "vahvoja", but "harvoi" is "harvoin"), an illative without its "n" ("siihe") and a clitic
    "-s" ("kokeilkaas").
    """
    candidates = []
    if len(word) > 4 and word[-1] == "s" and word[-2] in _VOWELS:
        candidates.append(word[:-1] + "isi")
    if word.endswith(("kaas", "kääs", "pas", "päs")):
        candidates.append(word[:-1])
    if word.endswith(("ppas", "ppäs")):
        candidates.append(word[:-3] + word[-2])  # "muistappas" for "muistapa(s)"
    if len(word) > 4 and word.endswith(("oi", "öi", "ei", "ui", "yi")):
        candidates.append(word[:-1] + ("jä" if _front(word) else "ja"))
    if word.endswith(("he", "hä", "hi", "ho", "hö")):
        candidates.append(word + "n")
    return candidates


def _plural_partitive_needed(spoken: str, candidate: str) -> bool:
    """Tell whether a "-oi" → "-oja" guess fails: the written form must be a plural partitive."""
    if not spoken.endswith(("oi", "öi", "ei", "ui", "yi")) or not candidate.endswith(("ja", "jä")):
        return False
    return not any(
        reading.get("SIJAMUOTO") == "osanto" and reading.get("NUMBER") == "plural"
        for reading in voikko("fi").analyze(candidate)
    )


def _mistyped(word: str, candidate: str) -> bool:
    """Tell whether a word one edit from ``word`` is commoner than the guessed ``candidate``."""
    guessed = zipf(candidate)
    return any(
        typing_cost(word, other) <= 1 and zipf(other) > guessed
        for other in voikko("fi").suggest(word)
    )


def restores_an_ending(spoken: str, standard: str) -> bool:
    """Tell whether a standard form only adds back an ending spoken Finnish drops.

    The possessive suffix ("autos" for "autosi") or the inessive ("nurkas" for "nurkassa").
    Capitalised at a sentence start, such a word is more likely a name ("Himos", "Ylläs") than
    "Himosi"; "Yks" for "yksi" and "Voisko" for "voisiko" are other words.
    """
    spoken, standard = spoken.lower(), standard.lower()
    if standard == spoken + "i":
        key, value = "POSSESSIVE", "2s"
    elif standard in (spoken + "sa", spoken + "sä"):
        key, value = "SIJAMUOTO", "sisaolento"
    else:
        return False
    return any(reading.get(key) == value for reading in voikko("fi").analyze(standard))


@functools.lru_cache(maxsize=50_000)
def standard_form(word: str) -> str | None:
    """Return the standard form of a colloquial word, or None when ``word`` is not colloquial.

    The word list ``rules/fi/colloquial.toml`` is consulted first; otherwise a form Voikko knows
    is sought by undoing the usual sound changes of spoken Finnish, and then the shortenings a
    typo also makes (:func:`_guessed_candidates`), when no commoner word is one edit away.
    """
    lower = word.lower()
    listed = colloquial_forms().get(lower)
    if listed is not None:
        return with_first_case(word, listed)
    analyzer = voikko("fi")
    for candidate in _standard_candidates(lower):
        if analyzer.spell(candidate):
            return with_first_case(word, candidate)
    for candidate in _guessed_candidates(lower):
        if (
            analyzer.spell(candidate)
            and not _plural_partitive_needed(lower, candidate)
            and not _mistyped(lower, candidate)
        ):
            return with_first_case(word, candidate)
    return None
