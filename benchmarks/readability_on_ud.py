"""Readability per genre on real Finnish: UD_Finnish-TDT test set by sent_id prefix.

Groups sentences into documents by sent_id (b… blog, f… fiction, j… legislation, w… Wikipedia,
u… university news, and the rest), runs postcheck.check() on each document for every audience,
and prints per genre: words, LIX, Wiio, finite passives per 100 words (pooled over the genre's
documents), and the mean readable score per audience.

Run: python benchmarks/readability_on_ud.py [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import postcheck
from postcheck.profiles.audiences import audience_names

GENRES = {"b": "blog", "f": "fiction", "j": "legislation", "w": "wikipedia", "u": "university news"}


def documents(path: Path) -> dict[str, list[str]]:
    """Return genre → list of document texts."""
    docs: dict[str, list[str]] = defaultdict(list)
    sent_id = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = "):
            docs[sent_id.rsplit(".", 1)[0]].append(line.removeprefix("# text = "))
    by_genre: dict[str, list[str]] = defaultdict(list)
    for doc_id, sentences in docs.items():
        genre = GENRES.get(doc_id[:1])
        if genre:
            by_genre[genre].append(" ".join(sentences))
    return by_genre


def measure(corpora: Path) -> dict[str, dict[str, float]]:
    """Return genre → metrics and per-audience readable scores."""
    tdt = corpora / "UD_Finnish-TDT" / "fi_tdt-ud-test.conllu"
    results: dict[str, dict[str, float]] = {}
    for genre, texts in documents(tdt).items():
        reports = [postcheck.check(text, lang="fi") for text in texts]
        words = sum(r.metrics["words"] for r in reports)
        sentences = sum(r.metrics["sentences"] for r in reports)
        long_words = sum(r.metrics["long_word_share"] * r.metrics["words"] for r in reports)
        passives = sum(
            r.metrics["finite_passives_per_100"] * r.metrics["words"] / 100 for r in reports
        )
        row: dict[str, float] = {
            "documents": len(texts),
            "words": words,
            "lix": words / sentences + 100 * long_words / words,
            "wiio": statistics.fmean(r.metrics["wiio"] for r in reports if "wiio" in r.metrics),
            "passives_per_100": 100 * passives / words,
        }
        for audience in audience_names():
            scores = [
                postcheck.check(t, lang="fi", audience=audience).scores["readable"] for t in texts
            ]
            row[audience] = statistics.fmean(scores)
        results[genre] = row
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpora", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpora"
    )
    args = parser.parse_args()
    if not args.corpora.is_dir():
        print(f"corpora folder not found: {args.corpora}", file=sys.stderr)
        return 2
    results = measure(args.corpora)
    columns = list(next(iter(results.values())))
    print("| genre | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for genre, row in sorted(results.items()):
        cells = [
            f"{row[c]:.0f}" if c in ("documents", "words") else f"{row[c]:.1f}" for c in columns
        ]
        print(f"| {genre} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
