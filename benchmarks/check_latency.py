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

Prints the medians and 95th percentiles with the machine, and the median time spent inside
Voikko's C library (every libvoikko call is timed) in the checking thread: no change to
postcheck's own code can take a check below it while its findings stay the same. Voikko's
suggestions and grammar checker run partly in postcheck's helper thread
(``Analyzer.look_ahead``): the helper's share is printed apart, since it runs beside the check
instead of inside it. The CPU column adds the checking thread's CPU time and the helper's CPU
time in Voikko (nearly all of the helper's work): on a machine of N cores no check can take
less than that over N.

    .venv/bin/python benchmarks/check_latency.py [--rounds 60]
"""

from __future__ import annotations

import argparse
import random
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

import libvoikko
from run import machine
from serve_latency import OOD, TDT, draft_of, percentiles, sentences

import postcheck

#: The libvoikko calls postcheck makes (``postcheck.nlp.voikko``).
VOIKKO_CALLS = ("spell", "analyze", "suggest", "getHyphenationPattern", "grammarErrors")
#: Seconds inside libvoikko since the check began: [in the checking thread, in the helper].
_in_voikko = [0.0, 0.0]
_CHECKING_THREAD = threading.get_ident()
#: CPU seconds the helper thread spent in libvoikko since the check began.
_helper_cpu = [0.0]


def _timing(call: Callable[..., Any]) -> Callable[..., Any]:
    def timed_call(*args: Any) -> Any:
        started, cpu = time.perf_counter(), time.thread_time()
        try:
            return call(*args)
        finally:
            in_helper = threading.get_ident() != _CHECKING_THREAD
            _in_voikko[in_helper] += time.perf_counter() - started
            if in_helper:
                _helper_cpu[0] += time.thread_time() - cpu

    return timed_call


def time_voikko() -> None:
    """Time every libvoikko call into ``_in_voikko`` (a wrapper adds under a microsecond a call)."""
    for name in VOIKKO_CALLS:
        setattr(libvoikko.Voikko, name, _timing(getattr(libvoikko.Voikko, name)))


def timed(text: str, channel: str) -> tuple[float, float, float, float]:
    """Return the seconds a check of ``text`` takes, its seconds inside Voikko (thread, helper)
    and its CPU seconds (the checking thread's, and the helper's in Voikko).

    The helper's figure may include work it finished after the check (results no rule read).
    """
    _in_voikko[:] = [0.0, 0.0]
    _helper_cpu[0] = 0.0
    started, cpu = time.perf_counter(), time.thread_time()
    postcheck.check(text, channel=channel)
    spent = time.thread_time() - cpu + _helper_cpu[0]
    return time.perf_counter() - started, *_in_voikko, spent


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
    parser.add_argument("--rounds", type=int, default=60)
    rounds = parser.parse_args().rounds
    pool = sentences(TDT, OOD)
    rng = random.Random(2026)
    rng.shuffle(pool)
    time_voikko()
    postcheck.warm_up()
    postcheck.check(draft_of(300, pool[-200:]), channel="blog")  # warm the process
    pool = pool[:-200]
    start = 0  # the first sentence no draft has used
    print(f"Machine: {machine()}\n")
    print(
        "| draft | case | p50 | p95 | in Voikko (median): thread / helper "
        "| CPU (median): thread + helper in Voikko | target |"
    )
    print("|---|---|---|---|---|---|---|")
    for words, channel, rounds_here, target in (
        (150, "linkedin", rounds, "p50 ≤ 15 ms, p95 ≤ 30 ms"),
        (3000, "blog", max(5, rounds // 10), "≤ 300 ms"),
    ):
        typing: list[tuple[float, float, float, float]] = []
        fresh: list[tuple[float, float, float, float]] = []
        for round_ in range(rounds_here):
            taken = take(words, pool, start)
            if taken is None:
                print(f"(the sentences ran out after {round_} rounds of {words} words)")
                break
            text, start = taken
            fresh.append(timed(text, channel))
            edited = text.replace(" ", f" sana{round_} ", 1)
            typing.append(timed(edited, channel))
        for case, runs in (("typing", typing), ("new draft", fresh)):
            p50, p95 = percentiles([total for total, *_ in runs])
            thread = statistics.median(inside for _, inside, _, _ in runs) * 1000
            helper = statistics.median(inside for _, _, inside, _ in runs) * 1000
            cpu = statistics.median(spent for *_, spent in runs) * 1000
            print(
                f"| {words} words ({channel}) | {case} | {p50:.1f} ms | {p95:.1f} ms "
                f"| {thread:.1f} / {helper:.1f} ms | {cpu:.1f} ms | {target} |"
            )


if __name__ == "__main__":
    main()
