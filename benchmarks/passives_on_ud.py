"""English and Swedish passives (PC203) and Swedish split compounds (PC107) on the UD test sets.

Passives are measured against the treebanks' own annotation: a word is a passive when UD marks
it ``Voice=Pass`` (Talbanken's s-passives) or heads an ``aux:pass`` ("is sent", "blir godkänd").
Precision and recall are over words. Split compounds: PC107 findings on UD_Swedish-Talbanken's
edited text, every one of which is a false alarm (the treebank writes its compounds as one word).

    .venv/bin/python benchmarks/passives_on_ud.py [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import postcheck
from postcheck.nlp.hunspell import speller
from postcheck.nlp.passives import english_passives, swedish_passives


def sentences(path: Path) -> Iterator[tuple[str, list[list[str]]]]:
    """Yield (text, rows) per sentence of a CoNLL-U file (multiword and empty rows left out)."""
    text, rows = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line:
            if rows:
                yield text, rows
            text, rows = "", []
        elif not line.startswith("#"):
            columns = line.split("\t")
            if "-" not in columns[0] and "." not in columns[0]:
                rows.append(columns)


def gold(rows: list[list[str]], lang: str) -> set[int]:
    """Return the indexes of the passive words UD marks.

    English: the participle an ``aux:pass`` depends on. Swedish: also every ``Voice=Pass``
    word (the s-passive has no auxiliary).
    """
    marked = {int(row[6]) - 1 for row in rows if row[7] == "aux:pass"}
    if lang == "sv":
        marked |= {i for i, row in enumerate(rows) if "Voice=Pass" in row[5]}
    return marked


def passives(path: Path, lang: str) -> str:
    """Return a Markdown row: words, gold passives, found, precision, recall."""
    known = speller("sv").check if lang == "sv" else None
    words = right = found = marked = 0
    for _, rows in sentences(path):
        forms = [row[1] for row in rows]
        words += len(forms)
        expected = gold(rows, lang)
        if known is None:
            got = set(english_passives(forms))
        else:
            assert known is not None
            got = set(swedish_passives(forms, known))
        right += len(got & expected)
        found += len(got)
        marked += len(expected)
    precision = right / found if found else 0.0
    recall = right / marked if marked else 0.0
    return (
        f"| {path.parent.name} | {words:,} | {marked} | {found} | {precision:.0%} | {recall:.0%} |"
    )


def split_compounds(path: Path) -> tuple[int, list[str]]:
    """Return Talbanken's words and the PC107 findings on it, document by document."""
    texts = [text for text, _ in sentences(path)]
    words, flagged = 0, []
    for start in range(0, len(texts), 5):
        draft = " ".join(texts[start : start + 5])
        words += len(draft.split())
        report = postcheck.check(draft, lang="sv")
        flagged += [f.message for f in report.findings if f.rule == "PC107"]
    return words, flagged


def main() -> int:
    """Print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpora"
    parser.add_argument("--corpora", type=Path, default=default)
    corpora = parser.parse_args().corpora
    ewt = next(corpora.glob("UD_English-EWT/*test.conllu"), None)
    talbanken = next(corpora.glob("UD_Swedish-Talbanken/*test.conllu"), None)
    if ewt is None or talbanken is None:
        print(f"UD test sets not found under {corpora}", file=sys.stderr)
        return 2
    print("| corpus | words | passives marked | found | precision | recall |")
    print("|---|---|---|---|---|---|")
    print(passives(ewt, "en"))
    print(passives(talbanken, "sv"))
    words, flagged = split_compounds(talbanken)
    print(f"\nPC107 on UD_Swedish-Talbanken: {len(flagged)} findings in {words:,} words")
    for message in flagged:
        print(f"  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
