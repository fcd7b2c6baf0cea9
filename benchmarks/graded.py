"""Score the graded corpus (corpora/graded/: each message written poor, fair and good).

Prints the spread (good − poor overall, mean and minimum), how many messages come out ordered
good > fair > poor, the share of good versions ≥ 80 and of poor versions ≤ 60, and Spearman's
rank correlation between the overall score and the grade over every draft. With --findings it
also lists the error and warning findings on the good versions (each should be a real problem).

    .venv/bin/python benchmarks/graded.py [--findings]
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from postcheck import check_file

GRADED = Path(__file__).resolve().parents[1] / "corpora" / "graded"
GRADES = {"poor": 0, "fair": 1, "good": 2}


def ranks(values: list[float]) -> list[float]:
    """Return the rank of each value (1-based; ties get their mean rank)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(first: list[float], second: list[float]) -> float:
    """Return Spearman's rank correlation of two equally long lists."""
    return statistics.correlation(ranks(first), ranks(second))


def drafts(folder: Path) -> dict[str, Path]:
    """Return the folder's poor, fair and good drafts by grade."""
    return {path.stem: path for path in folder.iterdir() if path.stem in GRADES}


def score_corpus() -> dict[str, dict[str, object]]:
    """Return each message's reports by grade."""
    return {
        folder.name: {grade: check_file(path) for grade, path in drafts(folder).items()}
        for folder in sorted(GRADED.iterdir())
        if folder.is_dir()
    }


def main() -> None:
    corpus = score_corpus()
    spreads, ordered, scores, grades = [], 0, [], []
    good_ok = poor_ok = 0
    for name, reports in corpus.items():
        overall = {grade: reports[grade].score for grade in GRADES}
        spreads.append(overall["good"] - overall["poor"])
        ordered += overall["good"] > overall["fair"] > overall["poor"]
        good_ok += overall["good"] >= 80
        poor_ok += overall["poor"] <= 60
        for grade, score in overall.items():
            scores.append(score)
            grades.append(GRADES[grade])
        if "--table" in sys.argv:
            print(
                f"{name:40} poor {overall['poor']:3} fair {overall['fair']:3} good {overall['good']:3}"
            )
    count = len(corpus)
    print(f"messages: {count}")
    print(f"spread good − poor: mean {statistics.fmean(spreads):.1f}, minimum {min(spreads)}")
    print(f"ordered good > fair > poor: {ordered}/{count} ({100 * ordered / count:.0f} %)")
    print(f"good ≥ 80: {good_ok}/{count}; poor ≤ 60: {poor_ok}/{count}")
    print(f"Spearman (score, grade): {spearman(scores, grades):.3f}")
    if "--findings" in sys.argv:
        for name, reports in corpus.items():
            for finding in reports["good"].findings:
                if finding.severity != "info":
                    print(
                        f"{name}/good {finding.line}:{finding.column} {finding.rule} {finding.message}"
                    )


if __name__ == "__main__":
    main()
