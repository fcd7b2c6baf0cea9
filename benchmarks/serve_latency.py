"""How fast the page answers: a check round trip over HTTP on a warm ``postcheck serve``.

Starts the real app with uvicorn on a free loopback port, warms it up, then sends the page's own
request (``POST /api/check``) for a 300-word draft and a 3,000-word article, each time with one
word changed (as a writer types), and prints the median and 95th percentile. The same texts are
also checked with ``postcheck.check`` in the same process: the ratio is what the page adds
(HTTP, JSON, spans in UTF-16, previews, the second channel).

Texts come from the UD_Finnish-TDT test set in ../shared/corpora (real Finnish), else from the
example drafts.

    .venv/bin/python benchmarks/serve_latency.py [--rounds 40]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from pathlib import Path

import httpx
import uvicorn

import postcheck
from postcheck.web.app import create_app
from postcheck.web.server import bind, url_of
from postcheck.web.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
TDT = REPO.parent / "shared" / "corpora" / "UD_Finnish-TDT" / "fi_tdt-ud-test.conllu"
#: Finnish web text of other kinds (tweets, forums, legal text): more sentences never seen.
OOD = REPO.parent / "shared" / "corpora" / "UD_Finnish-OOD" / "fi_ood-ud-test.conllu"


def sentences(*treebanks: Path) -> list[str]:
    """Return real Finnish sentences: TDT's (or the ``treebanks``'), else the example drafts' lines."""
    treebanks = treebanks or (TDT,)
    if all(treebank.is_file() for treebank in treebanks):
        lines = [
            line for treebank in treebanks for line in treebank.read_text("utf-8").splitlines()
        ]
        return [line[len("# text = ") :] for line in lines if line.startswith("# text = ")]
    texts = (REPO / "corpora" / "examples").glob("*.*")
    return [line for path in texts for line in path.read_text("utf-8").splitlines() if line]


def draft_of(words: int, pool: list[str]) -> str:
    """Return paragraphs of sentences from ``pool`` adding up to about ``words`` words."""
    chosen, count = [], 0
    for sentence in pool:
        if count >= words:
            break
        chosen.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(chosen[i : i + 4]) for i in range(0, len(chosen), 4)]
    return "\n\n".join(paragraphs) + "\n"


def percentiles(times: list[float]) -> tuple[float, float]:
    """Return the median and the 95th percentile, in milliseconds."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    rounds = parser.parse_args().rounds
    pool = sentences()
    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(
        uvicorn.Config(create_app(Workspace()), log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    url = url_of(sock) + "api/check"
    print("| draft | words | direct check() p50 / p95 | page round trip p50 / p95 | ratio (p50) |")
    print("|---|---|---|---|---|")
    with httpx.Client(timeout=60) as client:
        for name, size in (("post", 300), ("article", 3000)):
            text = draft_of(size, pool)
            for _ in range(3):  # warm both paths up
                postcheck.check(text, channel="linkedin", lang="fi")
                client.post(url, json={"text": text, "channels": ["linkedin"], "lang": "fi"})
            direct, page = [], []
            for round_ in range(rounds):
                typed = text.replace(" ", f" sana{round_} ", 1)  # one word changed per round
                started = time.perf_counter()
                postcheck.check(typed, channel="linkedin", lang="fi")
                direct.append(time.perf_counter() - started)
                started = time.perf_counter()
                answer = client.post(
                    url, json={"text": typed, "channels": ["linkedin"], "lang": "fi"}
                )
                page.append(time.perf_counter() - started)
                answer.raise_for_status()
            (d50, d95), (p50, p95) = percentiles(direct), percentiles(page)
            print(
                f"| {name} | {len(text.split())} | {d50:.0f} / {d95:.0f} ms | "
                f"{p50:.0f} / {p95:.0f} ms | {p50 / d50:.2f}× |"
            )
    server.should_exit = True
    thread.join(timeout=5)


if __name__ == "__main__":
    main()
