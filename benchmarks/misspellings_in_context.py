"""Measure postcheck's first Finnish spelling suggestion for misspellings inside real sentences.

:mod:`misspellings` ranks the corrections of a word on its own. In a draft, postcheck also reads
the sentence: a misspelling that could be two words ("aihesta": "aiheesta" or "aiheista") is
settled by the case and number of the word it agrees with ("tästä aiheesta"). This benchmark
takes sentences of UD_Finnish-TDT's test set in ../shared/corpora, gives one word of each (a noun,
adjective, pronoun, numeral or verb of at least five lowercase letters) one slip of the kinds
in :data:`misspellings.SLIPS`, checks the sentence with ``postcheck.check`` and reads the place
of the meant word among the suggestions of the PC101 finding on it. The choices are seeded.

Prints top-1 and top-5 for the word on its own (``ranked_suggestions``) and in its sentence.

    .venv/bin/python benchmarks/misspellings_in_context.py [--corpora ../shared/corpora] [--count 400]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

from misspellings import CORPORA, SLIPS, print_table, rank_of

import postcheck
from postcheck.nlp.suggestions import ranked_suggestions
from postcheck.nlp.voikko import voikko

_CLASSES = {"NOUN", "ADJ", "PRON", "NUM", "VERB"}


def sentences(corpora: Path) -> list[tuple[str, list[tuple[int, str]]]]:
    """Return (text, [(offset, form) of the words worth misspelling]) for each TDT sentence."""
    path = corpora / "UD_Finnish-TDT" / "fi_tdt-ud-test.conllu"
    result: list[tuple[str, list[tuple[int, str]]]] = []
    text, words, cursor, typo = "", [], 0, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text, words, cursor, typo = line.removeprefix("# text = "), [], 0, False
        elif not line.strip():
            if text and words and not typo:
                result.append((text, words))
            text = ""
        elif not line.startswith("#"):
            columns = line.split("\t")
            if not columns[0].isdigit():
                continue
            form = columns[1]
            found = text.find(form, cursor)
            if found == -1:
                continue
            cursor = found + len(form)
            typo = typo or "Typo=Yes" in columns[5]
            if columns[3] in _CLASSES and len(form) >= 5 and form.isalpha() and form.islower():
                words.append((found, form))
    return result


def cases(corpora: Path, count: int, seed: int = 2011) -> list[tuple[str, int, str, str, str]]:
    """Return ``count`` (sentence with a slip, offset, typed, meant, kind), the same every run."""
    chance = random.Random(seed)
    pool = sentences(corpora)
    chance.shuffle(pool)
    analyzer = voikko("fi")
    kinds = list(SLIPS)
    result: list[tuple[str, int, str, str, str]] = []
    for text, words in pool:
        offset, meant = chance.choice(words)
        kind = kinds[len(result) % len(kinds)]
        typed = SLIPS[kind](meant, chance)
        if not typed or typed == meant or analyzer.spell(typed) or not analyzer.spell(meant):
            continue
        slipped = text[:offset] + typed + text[offset + len(meant) :]
        result.append((slipped, offset, typed, meant, kind))
        if len(result) == count:
            break
    return result


def in_sentence(text: str, offset: int) -> tuple[str, ...]:
    """Return the suggestions of the PC101 finding at ``offset`` of a one-line draft, or ()."""
    report = postcheck.check(text, lang="fi", channel="blog")
    for finding in report.findings:
        if finding.rule == "PC101" and finding.line == 1 and finding.column - 1 == offset:
            return finding.suggestions
    return ()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--count", type=int, default=400)
    arguments = parser.parse_args()
    if not (arguments.corpora / "UD_Finnish-TDT").is_dir():
        sys.exit(f"no UD_Finnish-TDT under {arguments.corpora}")
    ranks: dict[str, dict[str, list[int | None]]] = {
        "word": defaultdict(list),
        "sentence": defaultdict(list),
    }
    found = cases(arguments.corpora, arguments.count)
    for text, offset, typed, meant, kind in found:
        ranks["word"][kind].append(rank_of(meant, ranked_suggestions(typed)[:5]))
        ranks["sentence"][kind].append(rank_of(meant, in_sentence(text, offset)))
    print(f"{len(found)} misspellings in UD_Finnish-TDT sentences\n")
    print_table(ranks, ("word", "sentence"))


if __name__ == "__main__":
    main()
