"""How long ``postcheck history`` takes on a large content repository.

Builds a repository with ``git fast-import``: DRAFTS drafts of 60–200 words from real Finnish
(UD_Finnish-TDT sentences, else the example drafts), each changed VERSIONS times by eight
writers over twelve months, ten drafts a commit. Then times ``postcheck history --jobs N`` from
an empty cache, and again with the cache full.

    .venv/bin/python benchmarks/history_scale.py [--drafts 2000] [--versions 5] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from serve_latency import sentences

CHANNELS = ("linkedin", "x", "facebook", "blog", "instagram")


def build(root: Path, drafts: int, versions: int) -> int:
    """Write the repository with git fast-import; return how many draft versions it holds."""
    pool = sentences()
    rng = random.Random(7)
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    stream: list[bytes] = []
    total = 0
    order = [(draft, version) for version in range(versions) for draft in range(drafts)]
    start = 1_767_218_400  # 2026-01-01
    step = 365 * 86_400 // max(1, len(order) // 10)
    parent = None
    for commit_index, first in enumerate(range(0, len(order), 10)):
        mark = commit_index + 1
        batch = order[first : first + 10]
        writer = rng.randrange(8)
        when = start + commit_index * step
        stream.append(b"commit refs/heads/main\n")
        stream.append(f"mark :{mark}\n".encode())
        ident = f"Writer {writer} <writer{writer}@example.fi> {when} +0200\n".encode()
        stream.append(b"author " + ident + b"committer " + ident)
        message = f"Versions {first}-{first + len(batch)}".encode()
        stream.append(f"data {len(message)}\n".encode() + message + b"\n")
        if parent is not None:
            stream.append(f"from :{parent}\n".encode())
        for draft, _version in batch:
            words = rng.randrange(60, 200)
            body, count = [], 0
            while count < words:
                sentence = pool[rng.randrange(len(pool))]
                body.append(sentence)
                count += len(sentence.split())
            channel = CHANNELS[draft % len(CHANNELS)]
            text = f"---\nchannel: {channel}\n---\n" + " ".join(body) + "\n"
            data = text.encode("utf-8")
            stream.append(f"M 100644 inline posts/{draft:05d}.md\n".encode())
            stream.append(f"data {len(data)}\n".encode() + data + b"\n")
            total += 1
        parent = mark
    subprocess.run(["git", "-C", str(root), "fast-import", "--quiet"], input=b"".join(stream),
                   check=True)  # fmt: skip
    subprocess.run(["git", "-C", str(root), "checkout", "-q", "-f", "main"], check=True)
    return total


def timed(root: Path, jobs: int) -> float:
    """Run postcheck history on the repository; return the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "postcheck", "history", str(root), "--jobs", str(jobs)],
        check=True, stdout=subprocess.DEVNULL, env={**os.environ},
    )  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    """Build, time and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--versions", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "content"
        total = build(root, options.drafts, options.versions)
        first = timed(root, options.jobs)
        again = timed(root, options.jobs)
    print("| draft versions | --jobs | empty cache | full cache | versions/s |")
    print("|---|---|---|---|---|")
    print(f"| {total:,} | {options.jobs} | {first:.0f} s | {again:.1f} s | {total / first:.0f} |")


if __name__ == "__main__":
    main()
