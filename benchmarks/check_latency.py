"""How long a warm ``postcheck.check`` takes: a 150-word social post and a 3,000-word article.

The process is warm (Voikko, spaCy and the rule set loaded by a first check), as it is in the
page, the language server and a pre-commit run over many files. Two cases per size:

* **typing**: the same draft again with one word changed, as an editor re-checks it on every
  keystroke (most words and paragraphs have been seen; the caches answer);
* **new draft**: a draft of sentences this process has not seen (every unknown word is
  looked up, every paragraph goes to Voikko's grammar checker).

Drafts are built from the sentences of UD_Finnish-TDT and UD_Finnish-OOD
(``../shared/corpora``; the example drafts when they are absent), each sentence used in one new
draft only; the rounds stop early, and say so, when the sentences run out.

Prints the medians and 95th percentiles with the machine, the median time spent inside Voikko's
C library (every libvoikko call is timed) in the checking thread, and the checking thread's CPU
time. Voikko's suggestions, the spelling of their slips and the grammar checker run partly in
Voikko's helper process (``postcheck.nlp.voikko_helper``), beside the check: its work is not
in these columns.

    .venv/bin/python benchmarks/check_latency.py [--rounds 100] [--articles 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import libvoikko
from run import machine
from serve_latency import OOD, TDT, draft_of, percentiles, sentences

import postcheck

#: The libvoikko calls postcheck makes (``postcheck.nlp.voikko``).
VOIKKO_CALLS = ("spell", "analyze", "suggest", "getHyphenationPattern", "grammarErrors")
#: Seconds inside libvoikko in the checking thread since the check began.
_in_voikko = [0.0]


def _timing(call: Callable[..., Any]) -> Callable[..., Any]:
    def timed_call(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return call(*args)
        finally:
            _in_voikko[0] += time.perf_counter() - started

    return timed_call


def time_voikko() -> None:
    """Time every libvoikko call into ``_in_voikko`` (a wrapper adds under a microsecond a call)."""
    for name in VOIKKO_CALLS:
        setattr(libvoikko.Voikko, name, _timing(getattr(libvoikko.Voikko, name)))


def timed(text: str, channel: str) -> tuple[float, float, float]:
    """Return the seconds a check of ``text`` takes, its seconds inside Voikko and its CPU seconds."""
    _in_voikko[0] = 0.0
    started, cpu = time.perf_counter(), time.thread_time()
    postcheck.check(text, channel=channel)
    return time.perf_counter() - started, _in_voikko[0], time.thread_time() - cpu


def take(words: int, pool: list[str], start: int) -> tuple[str, int] | None:
    """Return a draft of about ``words`` words of ``pool[start:]`` and where the next one starts.

    None when too few sentences are left.
    """
    end, count = start, 0
    while count < words and end < len(pool):
        count += len(pool[end].split())
        end += 1
    return (draft_of(words, pool[start:end]), end) if count >= words else None


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # UD_Finnish-TDT and -OOD's test sets hold about 34,000 words: enough for both defaults.
    parser.add_argument("--rounds", type=int, default=100, help="150-word drafts (default 100)")
    parser.add_argument("--articles", type=int, default=5, help="3,000-word drafts (default 5)")
    arguments = parser.parse_args()
    pool = sentences(TDT, OOD)
    rng = random.Random(2026)
    rng.shuffle(pool)
    time_voikko()
    postcheck.warm_up()
    postcheck.check(draft_of(300, pool[-200:]), channel="blog")  # warm the process
    pool = pool[:-200]
    posts, start = drafts(150, arguments.rounds, pool, 0)
    articles, _ = drafts(3000, arguments.articles, pool, start)
    print(f"Machine: {machine()}\n")
    print("| draft | case | p50 | p95 | in Voikko (median) | CPU (median) | target |")
    print("|---|---|---|---|---|---|---|")
    for words, channel, texts, target in (
        (150, "linkedin", posts, "p50 ≤ 15 ms, p95 ≤ 30 ms"),
        (3000, "blog", articles, "≤ 300 ms"),
    ):
        typing: list[tuple[float, float, float]] = []
        fresh: list[tuple[float, float, float]] = []
        for round_, text in enumerate(texts):
            fresh.append(timed(text, channel))
            edited = text.replace(" ", f" sana{round_} ", 1)
            typing.append(timed(edited, channel))
        for case, runs in (("typing", typing), ("new draft", fresh)):
            if not runs:
                continue
            p50, p95 = percentiles([total for total, *_ in runs])
            inside = statistics.median(voikko for _, voikko, _ in runs) * 1000
            cpu = statistics.median(spent for *_, spent in runs) * 1000
            print(
                f"| {words} words ({channel}, {len(runs)} drafts) | {case} | {p50:.1f} ms "
                f"| {p95:.1f} ms | {inside:.1f} ms | {cpu:.1f} ms | {target} |"
            )


def drafts(words: int, count: int, pool: list[str], start: int) -> tuple[list[str], int]:
    """Return up to ``count`` drafts of about ``words`` words from ``pool[start:]``, and where
    the next one would start; says so when the sentences run out first."""
    texts: list[str] = []
    while len(texts) < count:
        taken = take(words, pool, start)
        if taken is None:
            print(f"(the sentences ran out after {len(texts)} drafts of {words} words)")
            break
        text, start = taken
        texts.append(text)
    return texts, start


if __name__ == "__main__":
    main()
