"""Colloquial (spoken) Finnish word forms and their standard written equivalents.

The word list ``rules/fi/colloquial.toml`` comes first; otherwise a form Voikko knows is sought by
undoing the usual sound changes of spoken Finnish ("olis" → "olisi", "oikeesti" → "oikeasti").
"""

from __future__ import annotations

import functools

from postcheck.core.resources import load_toml, rules_dir
from postcheck.nlp.voikko import voikko


@functools.cache
def colloquial_forms() -> dict[str, str]:
    """Return the colloquial forms (lowercase) and their standard equivalents."""
    forms = load_toml(rules_dir() / "fi" / "colloquial.toml")["forms"]
    return {str(form).lower(): str(standard) for form, standard in forms.items()}


def _keep_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


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


def _standard_candidates(word: str) -> list[str]:
    """Standard-language forms a colloquial ``word`` (lowercase) may stand for, likeliest first.

    Spoken Finnish drops final sounds ("olis" for "olisi", "kyl" for "kyllä", "jotenki" for
    "jotenkin", "alko" for "alkoi"), assimilates vowels ("oikeesti" for "oikeasti", "kattoo" for
    "katsoo"), shortens "-inen" ("ilonen") and the pronoun stems ("mullakaan" for "minullakaan").
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
    if word.startswith(("mu", "su")) and len(word) > 3:
        candidates.append(("minu" if word[0] == "m" else "sinu") + word[2:])
    return candidates


@functools.lru_cache(maxsize=50_000)
def standard_form(word: str) -> str | None:
    """Return the standard form of a colloquial word, or None when ``word`` is not colloquial.

    The word list ``rules/fi/colloquial.toml`` is consulted first; otherwise a form Voikko knows
    is sought by undoing the usual sound changes of spoken Finnish.
    """
    lower = word.lower()
    listed = colloquial_forms().get(lower)
    if listed is not None:
        return _keep_case(word, listed)
    analyzer = voikko("fi")
    for candidate in _standard_candidates(lower):
        if analyzer.spell(candidate):
            return _keep_case(word, candidate)
    return None
