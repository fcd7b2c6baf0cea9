"""New Finnish compounds: an unknown word made of parts Voikko knows, joined the Finnish way.

Finnish makes compounds freely ("tuoretagliatellen", "viimekesän"), and no dictionary lists them
all. :func:`compound_parts` splits a word Voikko does not know into a first part that can head a
Finnish compound (a noun, adjective or numeral in the nominative or the genitive: "tuore",
"kesän", "viime") and a last part Voikko knows as a noun or adjective in some inflected form; the first part may itself
be such a compound. Such a word is worth a look (is it one word or two?), not a misspelling.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import regex

from postcheck.nlp.voikko import voikko

#: Voikko's word classes that head a compound: nouns, adjectives, numerals.
_HEAD_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "lukusana"})
#: The cases a compound's first part takes: "tuore|tagliatelle", "kesän|alku".
_HEAD_CASES = frozenset({"nimento", "omanto"})
#: The shortest part worth splitting off: shorter ones split almost any typo.
SHORTEST_PART = 4
#: One piece of Voikko's WORDBASES: "+synergia(synergia)", "+eko", "+us(+us)" (a derivation).
_WORDBASE = regex.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")


def _heads(word: str) -> bool:
    """Tell whether ``word`` can be the first part of a Finnish compound."""
    for analysis in voikko("fi").analyze(word):
        if analysis.get("CLASS") not in _HEAD_CLASSES:
            continue
        case = analysis.get("SIJAMUOTO")
        if case == "omanto" or (case == "nimento" and analysis.get("NUMBER") != "plural"):
            return True
    return False


def _tails(word: str) -> bool:
    """Tell whether ``word`` can end a Finnish compound: a noun or adjective form."""
    return any(
        analysis.get("CLASS") in _HEAD_CLASSES - {"lukusana"}
        for analysis in voikko("fi").analyze(word)
    )


@functools.lru_cache(maxsize=20_000)
def compound_parts(word: str, depth: int = 2) -> tuple[str, ...] | None:
    """Return the parts of a new compound ("tuore", "tagliatellen"), or None.

    The last part is the longest noun or adjective form Voikko knows; the first parts head a
    compound; every part has at least :data:`SHORTEST_PART` letters. ``word`` is read in lowercase.
    """
    lower = word.lower()
    for cut in range(SHORTEST_PART, len(lower) - SHORTEST_PART + 1):
        head, tail = lower[:cut], lower[cut:]
        if not _tails(tail):
            continue
        if _heads(head):
            return head, tail
        if depth > 1:
            inner = compound_parts(head, depth - 1)
            if inner is not None and _heads(inner[-1]):
                return (*inner, tail)
    return None


def part_joints(reading: Mapping[str, str]) -> tuple[int, ...]:
    """Return where the parts of a known compound meet in its base form, from Voikko's reading.

    "synergiaetu" ("+synergia(synergia)+etu(etu)"): (8,); "ekosysteemiyhteistyö"
    ("+eko+systeemi(systeemi)+yhteis+työ(työ)"): (3, 11, 17). A derivational ending ("+us(+us)")
    is no part; a word of one part has no joints.
    """
    pieces = [
        (found[1], found[2] or "") for found in _WORDBASE.finditer(reading.get("WORDBASES", ""))
    ]
    joints: list[int] = []
    at = 0
    for surface, base in pieces:
        if at and not base.startswith("+"):
            joints.append(at)
        at += len(surface)
    return tuple(joints)
