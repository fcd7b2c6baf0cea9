"""How long a warm ``postcheck.check`` takes: a 150-word social post and a 3,000-word article.

The process is warm (Voikko, spaCy and the rule set loaded by a first check), as it is in the
page, the language server and a pre-commit run over many files. Two cases per size:

* **typing**: the same draft again with one word changed, as an editor re-checks it on every
  keystroke (most words and paragraphs have been seen; the caches answer);
* **new draft**: a draft of sentences this process has not seen (every unknown word is
  looked up, every paragraph goes to Voikko's grammar checker).

Drafts are built from UD_Finnish-TDT's sentences (``../shared/corpora``; the example drafts
when it is absent). Prints the medians and 95th percentiles with the machine.

    .venv/bin/python benchmarks/check_latency.py [--rounds 60]
"""

from __future__ import annotations

import argparse
import random
import time

from run import machine
from serve_latency import draft_of, percentiles, sentences

import postcheck


def timed(text: str, channel: str) -> float:
    """Return the seconds one check of ``text`` takes."""
    started = time.perf_counter()
    postcheck.check(text, channel=channel)
    return time.perf_counter() - started


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=60)
    rounds = parser.parse_args().rounds
    pool = sentences()
    rng = random.Random(2026)
    rng.shuffle(pool)
    postcheck.warm_up()
    postcheck.check(draft_of(300, pool[-200:]), channel="blog")  # warm the process
    print(f"Machine: {machine()}\n")
    print("| draft | case | p50 | p95 | target |")
    print("|---|---|---|---|---|")
    for words, channel, rounds_here, target in (
        (150, "linkedin", rounds, "p50 ≤ 15 ms, p95 ≤ 30 ms"),
        (3000, "blog", max(5, rounds // 10), "≤ 300 ms"),
    ):
        typing, fresh = [], []
        cursor = 0
        for round_ in range(rounds_here):
            if cursor + 400 > len(pool) - 200:  # the last 200 sentences warmed the process
                cursor = 0
            text = draft_of(words, pool[cursor : cursor + 400])
            cursor += text.count(".") + 1  # about the sentences used: the next draft is new
            fresh.append(timed(text, channel))
            edited = text.replace(" ", f" sana{round_} ", 1)
            typing.append(timed(edited, channel))
        for case, times in (("typing", typing), ("new draft", fresh)):
            p50, p95 = percentiles(times)
            print(
                f"| {words} words ({channel}) | {case} | {p50:.1f} ms | {p95:.1f} ms | {target} |"
            )


if __name__ == "__main__":
    main()
