"""Measure how often postcheck's first Finnish spelling suggestion is the word the writer meant.

The test set is built from real Finnish: the word forms of the UD_Finnish-TDT and -OOD test sets
in ../shared/corpora (lowercase, letters only, at least five letters, accepted by Voikko), each
given one slip of the kinds Finns make, in turn: a doubled letter typed single, a single letter
typed double, ä/ö without dots, a neighbouring key, two letters swapped, a letter left out, a
letter too many, and the spoken "ilmottaa" for "ilmoittaa". A slip that makes another correct word
is dropped (no spell checker can see it). The choices are seeded, so every run builds the same set.

Prints top-1 and top-5 for raw Voikko (its own order) and for postcheck, by kind of slip.

    .venv/bin/python benchmarks/misspellings.py [--corpora ../shared/corpora] [--count 400]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from postcheck.nlp.suggestions import ranked_suggestions
from postcheck.nlp.voikko import voikko

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
_VOWELS = "aeiouyäö"


def _neighbour(char: str, chance: random.Random) -> str | None:
    for row in _ROWS:
        if char in row:
            i = row.index(char)
            return chance.choice(row[max(i - 1, 0) : i] + row[i + 1 : i + 2])
    return None


def _undouble(word: str, chance: random.Random) -> str | None:
    spots = [i for i in range(1, len(word)) if word[i] == word[i - 1]]
    return None if not spots else (i := chance.choice(spots), word[:i] + word[i + 1 :])[1]


def _double(word: str, chance: random.Random) -> str | None:
    spots = [
        i
        for i in range(1, len(word) - 1)
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS and word[i + 1] in _VOWELS
    ]
    return None if not spots else (i := chance.choice(spots), word[:i] + word[i] + word[i:])[1]


def _dots(word: str, chance: random.Random) -> str | None:
    spots = [i for i, char in enumerate(word) if char in "äö"]
    if not spots:
        return None
    i = chance.choice(spots)
    return word[:i] + {"ä": "a", "ö": "o"}[word[i]] + word[i + 1 :]


def _key(word: str, chance: random.Random) -> str | None:
    i = chance.randrange(1, len(word))
    other = _neighbour(word[i], chance)
    return None if other is None else word[:i] + other + word[i + 1 :]


def _swap(word: str, chance: random.Random) -> str | None:
    spots = [i for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    if not spots:
        return None
    i = chance.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _drop(word: str, chance: random.Random) -> str | None:
    i = chance.randrange(1, len(word))
    return word[:i] + word[i + 1 :]


def _extra(word: str, chance: random.Random) -> str | None:
    i = chance.randrange(1, len(word))
    other = _neighbour(word[i], chance)
    return None if other is None else word[: i + 1] + other + word[i + 1 :]


def _spoken(word: str, chance: random.Random) -> str | None:
    spots = [
        i
        for i in range(1, len(word) - 1)
        if word[i] == "i" and word[i - 1] in "oe" and word[i + 1] not in _VOWELS
    ]
    return None if not spots else (i := chance.choice(spots), word[:i] + word[i + 1 :])[1]


SLIPS: dict[str, Callable[[str, random.Random], str | None]] = {
    "doubled typed single": _undouble,
    "single typed double": _double,
    "ä/ö without dots": _dots,
    "neighbouring key": _key,
    "letters swapped": _swap,
    "letter left out": _drop,
    "letter too many": _extra,
    "spoken oi/ei": _spoken,
}


def words(corpora: Path) -> list[str]:
    """Return the distinct correct lowercase word forms of the Finnish UD test sets."""
    found: dict[str, None] = {}
    for path in sorted(corpora.glob("UD_Finnish-*/*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")
            if len(columns) != 10 or not columns[0].isdigit() or "Typo=Yes" in columns[5]:
                continue
            form = columns[1]
            if len(form) >= 5 and form.isalpha() and form.islower():
                found[form] = None
    analyzer = voikko("fi")
    return [form for form in found if analyzer.spell(form)]


def misspellings(corpora: Path, count: int = 400, seed: int = 2011) -> list[tuple[str, str, str]]:
    """Return ``count`` (typed, meant, kind of slip) triples, the same on every run."""
    chance = random.Random(seed)
    pool = words(corpora)
    chance.shuffle(pool)
    analyzer = voikko("fi")
    kinds = list(SLIPS)
    result: list[tuple[str, str, str]] = []
    for meant in pool:
        kind = kinds[len(result) % len(kinds)]
        typed = SLIPS[kind](meant, chance)
        if typed and typed != meant and not analyzer.spell(typed):
            result.append((typed, meant, kind))
        if len(result) == count:
            break
    return result


def rank_of(meant: str, suggestions: tuple[str, ...]) -> int | None:
    """Return the 1-based place of ``meant`` among the suggestions, or None."""
    lowered = [suggestion.lower() for suggestion in suggestions]
    return lowered.index(meant) + 1 if meant in lowered else None


def measure(cases: list[tuple[str, str, str]]) -> dict[str, dict[str, list[int | None]]]:
    """Return each method's rank of the meant word, by kind of slip."""
    ranks: dict[str, dict[str, list[int | None]]] = {"voikko": defaultdict(list)}
    ranks["postcheck"] = defaultdict(list)
    analyzer = voikko("fi")
    for typed, meant, kind in cases:
        ranks["voikko"][kind].append(rank_of(meant, analyzer.suggest(typed)))
        ranks["postcheck"][kind].append(rank_of(meant, ranked_suggestions(typed)))
    return ranks


def share(places: list[int | None], top: int) -> float:
    """Return the share of cases whose meant word is within the first ``top``."""
    return sum(1 for place in places if place is not None and place <= top) / len(places)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--count", type=int, default=400)
    arguments = parser.parse_args()
    if not any(arguments.corpora.glob("UD_Finnish-*/*.conllu")):
        sys.exit(f"no Finnish UD test sets under {arguments.corpora}")
    cases = misspellings(arguments.corpora, arguments.count)
    ranks = measure(cases)
    print(f"{len(cases)} misspellings of UD Finnish word forms\n")
    print_table(ranks, ("voikko", "postcheck"))


def print_table(ranks: dict[str, dict[str, list[int | None]]], methods: tuple[str, str]) -> None:
    """Print top-1 and top-5 of two methods by kind of slip, and over all slips."""
    print(f"{'slip':24} {'n':>4}  {methods[0]:>10} top-1  top-5   {methods[1]:>10} top-1  top-5")
    for kind in [*SLIPS, "all"]:
        row = []
        for method in methods:
            places = (
                [p for kind_places in ranks[method].values() for p in kind_places]
                if kind == "all"
                else ranks[method][kind]
            )
            row.append(f"{share(places, 1):16.0%} {share(places, 5):6.0%}")
        print(f"{kind:24} {len(places):4}  {row[0]}   {row[1]}")


if __name__ == "__main__":
    main()
