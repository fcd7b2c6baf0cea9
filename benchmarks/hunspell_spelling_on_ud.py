"""Measure Swedish and English spelling (PC106, PC104) on real text against raw Hunspell.

Splits UD_Swedish-Talbanken and UD_English-EWT (test sets in ../shared/corpora) into drafts of
five sentences, checks each with ``postcheck.check(lang=...)`` and prints per corpus: words
(UD tokens that are not punctuation), raw Hunspell flags per 100 words (word by word, the same
dictionary), postcheck's spelling errors per 100 words, and the ``Typo=Yes`` tokens raw
Hunspell flags and postcheck reports.

    .venv/bin/python benchmarks/hunspell_spelling_on_ud.py
"""

from __future__ import annotations

from pathlib import Path

import postcheck
from postcheck.nlp.hunspell import speller

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SETS = (
    ("sv", "PC106", "UD_Swedish-Talbanken/sv_talbanken-ud-test.conllu"),
    ("en", "PC104", "UD_English-EWT/en_ewt-ud-test.conllu"),
)


def sentences(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Return each sentence's text and its tokens (form, UPOS, features)."""
    found, text, rows = [], "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line.strip():
            if text:
                found.append((text, rows))
            text, rows = "", []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append((cols[1], cols[3], cols[5]))
    return found


def main() -> None:
    """Measure and print a Markdown table."""
    print("| corpus | words | raw Hunspell flags / 100 words | postcheck errors / 100 words "
          "| Typo=Yes | raw Hunspell flags them | postcheck reports them |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for lang, code, name in SETS:
        path = CORPORA / name
        if not path.is_file():
            continue
        words = speller(lang)
        all_sentences = sentences(path)
        total = flags = errors = typos = typos_raw = typos_found = 0
        for first in range(0, len(all_sentences), 5):
            group = all_sentences[first : first + 5]
            text = " ".join(sentence for sentence, _ in group)
            report = postcheck.check(text, lang=lang)
            flagged = [f for f in report.findings if f.rule == code]
            errors += len(flagged)
            starts = [0]
            for sentence, _ in group:
                starts.append(starts[-1] + len(sentence) + 1)
            spans = [(f.column - 1, f.end_column - 1) for f in flagged]
            for (sentence, rows), base in zip(group, starts, strict=False):
                cursor = 0
                for form, upos, feats in rows:
                    at = sentence.find(form, cursor)
                    cursor = at + len(form) if at != -1 else cursor
                    if upos in ("PUNCT", "SYM", "NUM") or not any(c.isalpha() for c in form):
                        continue
                    total += 1
                    raw = not words.check(form)
                    flags += raw
                    if "Typo=Yes" in feats and at != -1:
                        typos += 1
                        typos_raw += raw
                        span = (base + at, base + at + len(form))
                        typos_found += any(s < span[1] and span[0] < e for s, e in spans)
        print(f"| {name.split('/')[0]} | {total} | {100 * flags / total:.2f} | "
              f"{100 * errors / total:.2f} | {typos} | {typos_raw} | {typos_found} |")  # fmt: skip


if __name__ == "__main__":
    main()
