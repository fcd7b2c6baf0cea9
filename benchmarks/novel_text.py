"""Speed on text the process has never seen: every UD sentence once, per language, and ``--jobs``.

``benchmarks/run.py`` builds its 1,000 drafts from 3,677 Finnish UD sentences, each used about
five times, so a process's word caches cover more and more of each later draft. Archives and
new drafts repeat far less. This benchmark writes every sentence of the UD test sets in
``../shared/corpora`` (Finnish TDT and OOD, English EWT, Swedish Talbanken) exactly once, as
drafts of 50–300 words in one language each, then measures in the same run:

* a warm process checking all of them: wall-clock words per second for each language;
* the command line with ``--jobs 1`` and ``--jobs 2`` on the folder, and two ``--jobs 1`` runs
  at once (this workload's own ceiling for two processes on this machine).

    .venv/bin/python benchmarks/novel_text.py [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import collections
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import PYTHON, REPO, machine

import postcheck


def write_drafts(corpora: Path, folder: Path) -> int:
    """Write every UD test sentence once into drafts of one language; return the word count."""
    by_treebank: dict[str, list[str]] = collections.defaultdict(list)
    for path in sorted(corpora.glob("UD_*/*-test.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                by_treebank[path.parent.name].append(line.removeprefix("# text = "))
    if not by_treebank:
        raise SystemExit(f"no UD test sets under {corpora}")
    rng = random.Random(7)
    number = words = 0
    for treebank in sorted(by_treebank):
        pool = by_treebank[treebank]
        rng.shuffle(pool)
        while pool:
            target, parts, length = rng.randint(50, 300), [], 0
            while pool and length < target:
                parts.append(pool.pop())
                length += len(parts[-1].split())
            text = "\n\n".join(" ".join(parts[i : i + 4]) for i in range(0, len(parts), 4)) + "\n"
            suffix = ".md" if number % 2 else ".txt"
            (folder / f"draft-{number:04}{suffix}").write_text(text, encoding="utf-8")
            number += 1
            words += len(text.split())
    return words


def per_language(folder: Path) -> dict[str, tuple[int, float]]:
    """Check every draft in this (warm) process; return each language's words and seconds."""
    postcheck.warm_up()
    words: dict[str, int] = collections.Counter()
    seconds: dict[str, float] = collections.Counter()
    for path in sorted(folder.iterdir()):
        started = time.perf_counter()
        report = postcheck.check_file(path)
        seconds[report.lang] += time.perf_counter() - started
        words[report.lang] += len(path.read_text(encoding="utf-8").split())
    return {lang: (words[lang], seconds[lang]) for lang in sorted(words)}


def wall(*jobs: str, folder: Path) -> float:
    """Return the seconds the command line takes on ``folder``, one run per ``--jobs`` value
    given, all started at once."""
    started = time.perf_counter()
    command = [PYTHON, "-m", "postcheck", "--format", "json", "--exit-zero", "--jobs"]
    runs = [
        subprocess.Popen([*command, j, str(folder)], stdout=subprocess.DEVNULL, cwd=REPO)
        for j in jobs
    ]
    for run in runs:
        run.wait()
    return time.perf_counter() - started


def main() -> None:
    """Build the drafts, measure and print Markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    corpora = parser.parse_args().corpora
    with tempfile.TemporaryDirectory(prefix="postcheck-novel-") as name:
        folder = Path(name)
        words = write_drafts(corpora, folder)
        count = len(list(folder.iterdir()))
        print(f"Machine: {machine()}\n\n{count} drafts, {words:,} words, every sentence once\n")
        print("| language | words | seconds | words/s (one warm process) |")
        print("|---|---|---|---|")
        for lang, (lang_words, seconds) in per_language(folder).items():
            print(f"| {lang} | {lang_words:,} | {seconds:.1f} | {lang_words / seconds:,.0f} |")
        one = wall("1", folder=folder)
        two_at_once = wall("1", "1", folder=folder)
        jobs2 = wall("2", folder=folder)
        print("\n| run | seconds | ratio |")
        print("|---|---|---|")
        print(f"| `--jobs 1` | {one:.1f} | 1.00× |")
        print(f"| `--jobs 2` | {jobs2:.1f} | {one / jobs2:.2f}× |")
        print(
            f"| two `--jobs 1` at once (the ceiling) | {two_at_once:.1f} | {2 * one / two_at_once:.2f}× |"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
