"""How well postcheck tells Finnish, Swedish and English apart, on real text.

Splits the UD test sets in ../shared/corpora into drafts of five sentences (UD_Finnish-TDT and
UD_Finnish-OOD: Finnish; UD_Swedish-Talbanken: Swedish; UD_English-EWT: English), detects each
draft's language and prints how many were told right, and how long detection took per draft.

    .venv/bin/python benchmarks/language_on_ud.py
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from postcheck.nlp.language import detect_language

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SETS = (
    ("fi", "UD_Finnish-TDT/fi_tdt-ud-test.conllu"),
    ("fi", "UD_Finnish-OOD/fi_ood-ud-test.conllu"),
    ("sv", "UD_Swedish-Talbanken/sv_talbanken-ud-test.conllu"),
    ("en", "UD_English-EWT/en_ewt-ud-test.conllu"),
)


def drafts(path: Path, size: int = 5) -> list[str]:
    """Return the corpus's sentences in groups of ``size``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    sentences = [line[len("# text = ") :] for line in lines if line.startswith("# text = ")]
    return [" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]


def main() -> None:
    """Detect and print a Markdown table."""
    print("| corpus | language | drafts | told right | told as | ms per draft |")
    print("|---|---|---|---|---|---|")
    for lang, name in SETS:
        path = CORPORA / name
        if not path.is_file():
            continue
        texts = drafts(path)
        started = time.perf_counter()
        found = Counter(detect_language(text) for text in texts)
        took = (time.perf_counter() - started) * 1000 / len(texts)
        told = ", ".join(f"{key} {count}" for key, count in found.most_common())
        print(f"| {name.split('/')[0]} | {lang} | {len(texts)} | "
              f"{100 * found[lang] / len(texts):.1f} % | {told} | {took:.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
