"""How fast ``postcheck archive`` checks posts in one process and on Dask, and its memory.

Posts are 60–200 words of real Finnish (the sentences of UD_Finnish-TDT and UD_Finnish-OOD in
../shared/corpora), for the channels in turn, written as JSON lines; without the corpora the
benchmark says so and stops. Measured on this machine:

* warm: ``postcheck.archive.run.run`` in a fresh process, and on a new local cluster of 1 and
  of 2 worker processes made as the command makes it (127.0.0.1, no dashboard, each worker's
  memory limit ``MEMORY_LIMIT``), each after the same warm-up of 200 other posts
  (the model loaded, the commonest words cached): posts/s, the workers' CPU seconds per post
  and each worker's peak resident set size; the three in turn for ``--rounds`` rounds, the best
  of each kept (another program's load slows a round, never speeds it);
* cold: the command ``postcheck archive POSTS -o OUT --workers N`` as a user runs it, start-up,
  cluster and model loading included;
* a 5 MB draft on one worker (with the same memory limit): the worker's peak resident set
  size;
* streaming: reading a 1 GB JSON-lines archive partition by partition (what the client does
  while the workers check): its peak resident set size.

    .venv/bin/python benchmarks/archive_scale.py [--posts 2000] [--rounds 2] [--quiet LOAD]
        [--no-cold] [--no-big] [--no-gigabyte]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
POSTCHECK = str(Path(sys.executable).with_name("postcheck"))
CHANNELS = ("linkedin", "x", "facebook", "blog", "instagram", None)
MB = 2**20


@dataclass(order=True)
class Warm:
    """The best of the warm runs: posts/s, workers' CPU seconds per post, peak RSS per worker."""

    rate: float
    cpu: float
    peaks: list[int]


def sentences() -> list[str]:
    """Return the sentences of the Finnish UD treebanks (none when the corpora are absent)."""
    found = []
    for path in sorted(CORPORA.glob("UD_Finnish-*/*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                found.append(line.removeprefix("# text = "))
    return found


def posts(count: int, pool: list[str], seed: int = 7) -> list[dict[str, str | None]]:
    """Return ``count`` posts of 60–200 words, in paragraphs of three sentences."""
    rng = random.Random(seed)
    made = []
    for number in range(count):
        words, chosen = rng.randrange(60, 200), []
        while sum(len(s.split()) for s in chosen) < words:
            chosen.append(pool[rng.randrange(len(pool))])
        text = "\n\n".join(" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3))
        made.append({"id": f"post-{number}", "text": text,
                     "channel": CHANNELS[number % len(CHANNELS)]})  # fmt: skip
    return made


def write_jsonl(path: Path, records: list[dict[str, str | None]]) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def cpu_seconds() -> float:
    """Return this process's CPU time (user and system), in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def warm(inputs: Path, warmup: Path, out: Path, workers: int) -> Warm:
    """Check ``warmup``, then time ``inputs``, in fresh processes: a child, or a new cluster.

    Every configuration starts with empty word caches and the same warm-up, so none checks
    posts whose words an earlier run has cached.
    """
    if workers == 0:
        result = subprocess.run(
            [sys.executable, __file__, "--in-process", str(inputs), str(warmup), str(out)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        rate, cpu, peak = result.stdout.split()
        return Warm(float(rate), float(cpu), [int(peak)])
    from postcheck.archive.cluster import MEMORY_LIMIT, connect, memory_bytes
    from postcheck.archive.run import run
    from postcheck.engine.config import Config

    with connect(None, workers, memory_bytes(MEMORY_LIMIT)) as client:  # as the command's
        address = client.scheduler.address
        run([str(warmup)], str(out), config=Config(), scheduler=address, partition_size=10)
        before = sum(client.run(cpu_seconds).values())
        totals = run([str(inputs)], str(out), config=Config(), scheduler=address)
        cpu = (sum(client.run(cpu_seconds).values()) - before) / totals.posts
    return Warm(totals.rate, cpu, sorted(totals.peaks.values()))


def in_process(inputs: str, warmup: str, out: str) -> None:
    """Check ``warmup``, then ``inputs``, in this process; print posts/s, CPU per post, peak."""
    from postcheck.archive.run import run
    from postcheck.engine.config import Config

    run([warmup], out, config=Config(), workers=0)
    before = cpu_seconds()
    totals = run([inputs], out, config=Config(), workers=0)
    cpu = (cpu_seconds() - before) / totals.posts
    print(totals.rate, cpu, totals.peaks["this process"])


def cold(inputs: Path, out: Path, workers: int) -> tuple[float, str]:
    """Run the command as a user would; return its wall time and closing line."""
    started = time.perf_counter()
    result = subprocess.run(
        [POSTCHECK, "archive", str(inputs), "-o", str(out), "--workers", str(workers)],
        capture_output=True, text=True, check=True, cwd=out.parent,
    )  # fmt: skip
    return time.perf_counter() - started, result.stderr.strip().splitlines()[-1]


def big_draft(folder: Path, pool: list[str]) -> tuple[int, float, list[int], str | None]:
    """Check one draft of just under 5 MB on a one-worker cluster.

    Returns its size, the seconds, the worker's peak RSS and the record's error (None if none).
    """
    import pyarrow.parquet as pq

    from postcheck.archive.cluster import MEMORY_LIMIT, connect, memory_bytes
    from postcheck.archive.run import run
    from postcheck.engine.config import Config

    parts, size, index = [], 0, 0
    while size < 4_990_000:
        sentence = pool[index % len(pool)] + ("\n\n" if index % 3 == 2 else " ")
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
        index += 1
    text = "".join(parts)
    while len(text.encode("utf-8")) > 4_999_000:
        text = text[:-1000]
    path = write_jsonl(folder / "big.jsonl", [{"id": "big", "text": text, "channel": "blog"}])
    with connect(None, 1, memory_bytes(MEMORY_LIMIT)) as client:  # as the command's
        before = set(client.run(os.getpid).values())
        totals = run([str(path)], str(folder / "big.parquet"), config=Config(),
                     scheduler=client.scheduler.address)  # fmt: skip
        if set(client.run(os.getpid).values()) != before:
            print(f"the worker passed its {MEMORY_LIMIT} memory limit and was started again")
    [record] = pq.read_table(folder / "big.parquet", columns=["error"]).to_pylist()
    return len(text.encode("utf-8")), totals.seconds, list(totals.peaks.values()), record["error"]


def gigabyte(folder: Path, pool: list[str]) -> tuple[int, int, float, int]:
    """Write a 1 GB archive and read it partition by partition in a fresh process."""
    path = folder / "gigabyte.jsonl"
    sample = [json.dumps(post, ensure_ascii=False) + "\n" for post in posts(1000, pool, seed=11)]
    written = 0
    with path.open("w", encoding="utf-8") as stream:
        while written < 2**30:
            for line in sample:
                stream.write(line)
                written += len(line.encode("utf-8"))
    result = subprocess.run([sys.executable, __file__, "--stream", str(path)],
                            capture_output=True, text=True, check=True)  # fmt: skip
    count, seconds, peak = result.stdout.split()
    path.unlink()
    return written, int(count), float(seconds), int(peak)


def stream(path: str) -> None:
    """Read an archive partition by partition; print its posts, seconds and peak RSS (VmHWM)."""
    from postcheck.archive.cluster import peak_memory
    from postcheck.archive.read import Archive

    started = time.perf_counter()
    count = sum(len(partition.posts) for partition in Archive([path]).partitions())
    print(count, time.perf_counter() - started, peak_memory())


def quiet(load: float) -> None:
    """Wait, up to ten minutes, until the machine's load average is under ``load`` (0: no wait)."""
    deadline = time.monotonic() + 600
    while load and os.getloadavg()[0] >= load and time.monotonic() < deadline:
        time.sleep(5)


def main() -> None:
    """Measure and print Markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2, help="rounds of all; the best counts")
    parser.add_argument("--no-cold", action="store_true", help="skip the command's cold runs")
    parser.add_argument("--no-big", action="store_true", help="skip the 5 MB draft")
    parser.add_argument("--no-gigabyte", action="store_true", help="skip the 1 GB archive")
    parser.add_argument(
        "--quiet",
        type=float,
        default=0.0,
        metavar="LOAD",
        help="before each warm run wait (up to 10 min) for a load average under LOAD",
    )
    parser.add_argument("--stream", help=argparse.SUPPRESS)
    parser.add_argument("--in-process", nargs=3, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.stream:
        stream(options.stream)
        return
    if options.in_process:
        in_process(*options.in_process)
        return
    pool = sentences()
    if not pool:
        print(f"skipped: no UD_Finnish-* treebanks under {CORPORA}")
        return
    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        made = posts(options.posts, pool)
        inputs = write_jsonl(folder / "posts.jsonl", made)
        warmup = write_jsonl(folder / "warmup.jsonl", posts(200, pool, seed=3))
        words = sum(len(str(post["text"]).split()) for post in made)
        print(f"\n{options.posts:,} posts, {words:,} words, {inputs.stat().st_size / MB:.1f} MB\n")
        configurations = (("this process", 0), ("LocalCluster, 1 worker", 1),
                          ("LocalCluster, 2 workers", 2))  # fmt: skip
        best: dict[int, tuple[Warm, str]] = {}
        for _ in range(options.rounds):
            for _, workers in configurations:
                quiet(options.quiet)
                load = os.getloadavg()[0]
                measured = warm(inputs, warmup, folder / "out.parquet", workers)
                loads = f"{load:.1f}, {os.getloadavg()[0]:.1f}"
                if workers not in best or measured.rate > best[workers][0].rate:
                    best[workers] = (measured, loads)
        print(f"| where | warm posts/s (best of {options.rounds}) | vs one process | worker CPU "
              "per post | peak RSS per worker | load before, after | cold command |")  # fmt: skip
        print("|---|---|---|---|---|---|---|")
        base = best[0][0].rate
        for label, workers in configurations:
            measured, loads = best[workers]
            shown = ", ".join(f"{peak / MB:.0f} MB" for peak in measured.peaks)
            command = "–"
            if not options.no_cold:
                seconds, _ = cold(inputs, folder / "cold.parquet", workers)
                command = f"{seconds:.0f} s ({options.posts / seconds:.1f} posts/s)"
            print(f"| {label} | {measured.rate:.1f} | {measured.rate / base:.2f}× | "
                  f"{measured.cpu * 1000:.1f} ms | {shown} | {loads} | {command} |",
                  flush=True)  # fmt: skip
        if not options.no_big:
            size, seconds, peaks, error = big_draft(folder, pool)
            print(f"\n5 MB draft ({size:,} bytes) on one worker: {seconds:.0f} s, worker peak "
                  f"RSS {peaks[0] / MB:.0f} MB; its record's error: {error}", flush=True)  # fmt: skip
        if not options.no_gigabyte:
            size, count, seconds, peak = gigabyte(folder, pool)
            print(f"\n1 GB archive ({size / MB:,.0f} MB, {count:,} posts) read in partitions: "
                  f"{seconds:.0f} s ({count / seconds:,.0f} posts/s), peak RSS of the reader "
                  f"{peak / MB:.0f} MB")  # fmt: skip
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
