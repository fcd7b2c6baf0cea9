"""Passive verbs in English and Swedish text, without a tagger.

English: a form of "be" or "get", at most two adverbs, then a past participle (a word ending in
"-ed" or an irregular participle): "Holidays are approved", "a confirmation is sent", "are to be
booked" (the heuristic of write-good and proselint). Swedish: the s-passive of a verb whose
active forms the dictionary knows ("loggas" beside "logga" and "loggar", "bokades" beside
"bokade", "skickats" beside "skickat"), and "bli" with a participle ("blir godkänd").
Finnish passives come from Voikko's analyses (:mod:`postcheck.analysis.readability`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_BE = frozenset(
    {"am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten",
     "isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t"}
)  # fmt: skip
_ADVERBS = frozenset(
    {"not", "also", "always", "often", "then", "usually", "never", "already", "still", "now",
     "only", "all", "both", "soon", "currently", "automatically", "separately", "n't"}
)  # fmt: skip
#: Irregular English past participles (regular ones end in "-ed").
IRREGULAR_PARTICIPLES = frozenset(
    [
        "arisen",
        "awoken",
        "beaten",
        "become",
        "begun",
        "bent",
        "bet",
        "bid",
        "bitten",
        "blown",
        "broken",
        "bred",
        "brought",
        "built",
        "burnt",
        "bought",
        "caught",
        "chosen",
        "come",
        "cost",
        "crept",
        "cut",
        "dealt",
        "done",
        "drawn",
        "driven",
        "drunk",
        "eaten",
        "fallen",
        "fed",
        "felt",
        "fought",
        "found",
        "fled",
        "flown",
        "forbidden",
        "forgotten",
        "forgiven",
        "frozen",
        "given",
        "gone",
        "ground",
        "grown",
        "hung",
        "had",
        "heard",
        "hidden",
        "hit",
        "held",
        "hurt",
        "kept",
        "knelt",
        "known",
        "laid",
        "led",
        "left",
        "lent",
        "let",
        "lain",
        "lit",
        "lost",
        "made",
        "meant",
        "met",
        "paid",
        "put",
        "quit",
        "read",
        "ridden",
        "rung",
        "risen",
        "run",
        "said",
        "seen",
        "sought",
        "sold",
        "sent",
        "set",
        "shaken",
        "shed",
        "shone",
        "shot",
        "shown",
        "shrunk",
        "shut",
        "sung",
        "sunk",
        "sat",
        "slept",
        "slid",
        "spoken",
        "sped",
        "spent",
        "spun",
        "split",
        "spread",
        "sprung",
        "stood",
        "stolen",
        "stuck",
        "stung",
        "struck",
        "sworn",
        "swept",
        "swum",
        "swung",
        "taken",
        "taught",
        "torn",
        "told",
        "thought",
        "thrown",
        "understood",
        "undertaken",
        "upheld",
        "upset",
        "woken",
        "worn",
        "woven",
        "wept",
        "won",
        "wound",
        "withdrawn",
        "written",
    ]
)
_BLI = frozenset({"bli", "blir", "blev", "blivit", "bliva"})
#: Endings of a participle after "bli" ("blir godkänd", "blev bokade", "blir stängda").
_PARTICIPLE_ENDINGS = ("ad", "ade", "nd", "nda", "rd", "rda", "ld", "lda", "dd", "dda")
#: Swedish verbs that end in -s without being passives (deponents: "hoppas", "lyckas") or
#: that are reciprocal ("vi träffas").
_DEPONENTS = frozenset(
    [
        "hoppas",
        "hoppades",
        "hoppats",
        "lyckas",
        "lyckades",
        "lyckats",
        "trivas",
        "andas",
        "andades",
        "brottas",
        "brottades",
        "låtsas",
        "låtsades",
        "fattas",
        "fattades",
        "mattas",
        "mattades",
        "svettas",
        "svettades",
        "åldras",
        "åldrades",
        "kräkas",
        "träffas",
        "träffades",
        "träffats",
        "synas",
        "minnas",
        "skämmas",
        "envisas",
        "hälsas",
        "kramas",
        "pratas",
        "ses",
        "mötas",
    ]
)


def english_passives(words: Sequence[str]) -> list[int]:
    """Return the indexes of the participles of passive verbs in a sentence's words."""
    found = []
    lower = [word.lower() for word in words]
    for index, word in enumerate(lower):
        if word not in _BE:
            continue
        following = index + 1
        while following < len(lower) and lower[following] in _ADVERBS and following - index <= 2:
            following += 1
        if following < len(lower) and _english_participle(lower[following]):
            found.append(following)
    return found


def _english_participle(word: str) -> bool:
    return word in IRREGULAR_PARTICIPLES or (
        len(word) > 4 and word.endswith("ed") and word.isalpha() and word not in _NOT_PARTICIPLES
    )


#: Words in "-ed" that follow "be" without being passives: adjectives of feeling and state
#: ("you are interested", "we are finished") and words that only end so.
_NOT_PARTICIPLES = frozenset(
    [
        "indeed",
        "need",
        "speed",
        "seed",
        "breed",
        "proceed",
        "succeed",
        "exceed",
        "interested",
        "pleased",
        "concerned",
        "involved",
        "married",
        "confused",
        "amazed",
        "excited",
        "thrilled",
        "tired",
        "relaxed",
        "satisfied",
        "surprised",
        "worried",
        "delighted",
        "disappointed",
        "bored",
        "scared",
        "frightened",
        "annoyed",
        "ashamed",
        "committed",
        "dedicated",
        "determined",
        "experienced",
        "qualified",
        "talented",
        "skilled",
        "supposed",
        "used",
        "finished",
        "retired",
        "engaged",
        "divorced",
        "overpriced",
        "expired",
        "advanced",
        "detailed",
        "limited",
        "crowded",
    ]
)


def swedish_passives(words: Sequence[str], known: Callable[[str], bool]) -> list[int]:
    """Return the indexes of the passive verbs in a sentence's words (``known``: a dictionary)."""
    found = []
    lower = [word.lower() for word in words]
    for index, word in enumerate(lower):
        if not words[index][:1].islower():
            continue
        if word in _DEPONENTS:
            continue
        if (index and lower[index - 1] in _BLI and _swedish_participle(word, known)) or _s_passive(
            word, known
        ):
            found.append(index)
    return found


def _s_passive(word: str, known: Callable[[str], bool]) -> bool:
    """Tell whether a Swedish word is an s-passive ("loggas", "bokades", "skickats")."""
    if len(word) < 5 or not word.endswith("s") or not known(word):
        return False
    active = word[:-1]
    if word.endswith("as"):  # "loggas": "logga", "loggar"
        return known(active) and known(active + "r") and known(active[:-1] + "ade")
    if word.endswith("ades"):  # "bokades": "bokade", "boka"
        return known(active) and known(word[:-4] + "a")
    if word.endswith(("des", "tes")):  # "tillreddes", "köptes": "köpte", "köper"
        return known(active) and known(word[:-3] + "er")
    if word.endswith(("ats", "its")):  # "bokats", "skrivits": supine
        return known(active) and (known(active[:-2] + "a") or known(active[:-2] + "er"))
    return False


def _swedish_participle(word: str, known: Callable[[str], bool]) -> bool:
    """Tell whether a word after "bli" is a participle ("godkänd", "bokade", "stängt")."""
    return len(word) >= 5 and word.endswith(_PARTICIPLE_ENDINGS) and known(word)
