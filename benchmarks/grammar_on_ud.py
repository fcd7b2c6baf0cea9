"""Count postcheck's grammar findings on UD_Finnish-TDT, and draw a sample to judge by hand.

Runs check() on every document of the UD_Finnish-TDT test set in ../shared/corpora (sentences
grouped by sent_id, as in spelling_on_ud.py) as a blog draft, and prints the grammar and
typography findings (PC111–PC133) per 100 words and by code, then --sample N of them (seeded)
with the flagged text in [[ ]] and 50 characters around it, for a reader to judge.

    .venv/bin/python benchmarks/grammar_on_ud.py [--corpora ../shared/corpora] [--sample 50]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import libvoikko
from spelling_on_ud import read_documents

import postcheck
from postcheck.rules.grammar import RULES as GRAMMAR_RULES
from postcheck.rules.typography import RULES as TYPOGRAPHY_RULES

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CODES = {rule.code for rule in (*GRAMMAR_RULES, *TYPOGRAPHY_RULES)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    arguments = parser.parse_args()
    path = arguments.corpora / "UD_Finnish-TDT" / "fi_tdt-ud-test.conllu"
    if not path.exists():
        sys.exit(f"no UD_Finnish-TDT test set under {arguments.corpora}")
    documents = read_documents(path, "", libvoikko.Voikko("fi"))
    words = sum(document.words for document in documents)
    counts: Counter[str] = Counter()
    found: list[tuple[str, str]] = []
    for document in documents:
        lines = document.text.splitlines()
        for finding in postcheck.check(document.text, channel="blog").findings:
            if finding.rule not in CODES:
                continue
            counts[finding.rule] += 1
            line = lines[finding.line - 1]
            start, end = finding.column - 1, finding.end_column - 1
            around = (
                f"{line[max(0, start - 50) : start]}[[{line[start:end]}]]{line[end : end + 40]}"
            )
            found.append((finding.rule, around))
    total = sum(counts.values())
    print(f"{words} words, {total} findings, {100 * total / words:.2f} per 100 words")
    for code, count in counts.most_common():
        print(f"  {code} {count}")
    random.Random(arguments.seed).shuffle(found)
    print(f"\nsample of {min(arguments.sample, len(found))}, seed {arguments.seed}:")
    for number, (code, around) in enumerate(found[: arguments.sample], 1):
        print(f"{number:3} {code} {around}")


if __name__ == "__main__":
    main()
