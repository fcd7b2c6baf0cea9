"""Measure postcheck's spelling findings on real Finnish text against raw Voikko.

Reads the Universal Dependencies test sets in ../shared/corpora (UD_Finnish-OOD tweets, sent_id
"tweet…", and UD_Finnish-TDT: its blog posts, sent_id "b…", and all its genres), groups sentences into documents by their
sent_id, runs postcheck.check() on each document as a plain-text post, and prints per corpus:

* words (UD tokens that are not punctuation) and how many raw Voikko flags word by word;
* spelling findings at error severity per 100 words (PC101 spelling, PC111 common-misspelling);
* Typo=Yes tokens: how many raw Voikko flags, how many postcheck reports at error severity, and
  how many it reports at any severity (PC101/PC102/PC103/PC109/PC111/PC601/PC602).

Run: python benchmarks/spelling_on_ud.py [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import libvoikko

import postcheck

SPELLING_ERRORS = {"PC101", "PC111"}
SPELLING_ANY = {"PC101", "PC102", "PC103", "PC109", "PC111", "PC601", "PC602"}


@dataclass
class Document:
    text: str = ""
    words: int = 0
    voikko_flags: int = 0
    # (start, end) spans of Typo=Yes tokens, and whether raw Voikko flags each
    typos: list[tuple[int, int, bool]] = field(default_factory=list)


def read_documents(path: Path, prefix: str, voikko: libvoikko.Voikko) -> list[Document]:
    docs: dict[str, Document] = defaultdict(Document)
    sent_id = text = ""
    rows: list[list[str]] = []

    def flush() -> None:
        if not sent_id.startswith(prefix) or not text:
            return
        doc = docs[sent_id.rsplit(".", 1)[0]]
        base = len(doc.text) + (1 if doc.text else 0)
        doc.text = f"{doc.text} {text}" if doc.text else text
        cursor = 0
        for cols in rows:
            form, upos, feats = cols[1], cols[3], cols[5]
            found = text.find(form, cursor)
            start = found if found != -1 else cursor
            cursor = start + len(form) if found != -1 else cursor
            if upos == "PUNCT":
                continue
            doc.words += 1
            flagged = not voikko.spell(form)
            doc.voikko_flags += flagged
            if "Typo=Yes" in feats:
                doc.typos.append((base + start, base + start + len(form), flagged))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = "):
            text = line.removeprefix("# text = ")
        elif not line.strip():
            flush()
            sent_id, text, rows = "", "", []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
    flush()
    return list(docs.values())


def offsets(
    report: postcheck.Report, text: str, codes: set[str], severity: str | None
) -> list[tuple[int, int]]:
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    spans = []
    for finding in report.findings:
        if finding.rule in codes and (severity is None or finding.severity == severity):
            start = line_starts[finding.line - 1] + finding.column - 1
            end = line_starts[finding.end_line - 1] + finding.end_column - 1
            spans.append((start, end))
    return spans


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def measure(name: str, docs: list[Document]) -> dict[str, float]:
    words = sum(doc.words for doc in docs)
    flags = sum(doc.voikko_flags for doc in docs)
    errors = typos = typos_voikko = typos_error = typos_any = 0
    for doc in docs:
        report = postcheck.check(doc.text, lang="fi")
        error_spans = offsets(report, doc.text, SPELLING_ERRORS, "error")
        any_spans = offsets(report, doc.text, SPELLING_ANY, None)
        errors += len(error_spans)
        for start, end, flagged in doc.typos:
            typos += 1
            typos_voikko += flagged
            typos_error += overlaps((start, end), error_spans)
            typos_any += overlaps((start, end), any_spans)
    result = {
        "documents": len(docs),
        "words": words,
        "raw Voikko flags / 100 words": 100 * flags / words,
        "postcheck spelling errors / 100 words": 100 * errors / words,
        "Typo=Yes tokens": typos,
        "typos flagged by raw Voikko": typos_voikko,
        "typos postcheck reports as errors": typos_error,
        "typos postcheck reports at any severity": typos_any,
    }
    print(f"\n{name}")
    for key, value in result.items():
        print(f"  {key:<42} {value:.2f}" if isinstance(value, float) else f"  {key:<42} {value}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpora"
    parser.add_argument("--corpora", type=Path, default=default)
    args = parser.parse_args()
    if not args.corpora.is_dir():
        print(f"corpora folder not found: {args.corpora}", file=sys.stderr)
        return 2
    voikko = libvoikko.Voikko("fi")
    ood = args.corpora / "UD_Finnish-OOD" / "fi_ood-ud-test.conllu"
    tdt = args.corpora / "UD_Finnish-TDT" / "fi_tdt-ud-test.conllu"
    measure("UD_Finnish-OOD tweets", read_documents(ood, "tweet", voikko))
    measure("UD_Finnish-TDT blogs", read_documents(tdt, "b", voikko))
    measure("UD_Finnish-TDT, all genres", read_documents(tdt, "", voikko))
    return 0


if __name__ == "__main__":
    sys.exit(main())
