"""postcheck's benchmark harness: speed as ratios against baselines measured in the same run.

Run it with ``scripts/bench`` (it installs proselint, the peer, into the project's .venv first), or
``.venv/bin/python benchmarks/run.py [--drafts 1000] [--corpora ../shared/corpora]``.

It builds a corpus of drafts (50–300 words each, from corpora/ and from the sentences of the
Universal Dependencies test sets in ../shared/corpora) in a temporary folder and measures, in one
run on one machine:

* ``check_file`` in one process: drafts/s and words/s, both as a page or a language server runs
  it (with Voikko's helper process beside it) and strictly in one process (a fresh one, helper
  off: the issue's throughput goal is for one process);
* the command line on the whole folder with ``--jobs 1`` and ``--jobs 2``;
* the Voikko floor: tokenising, spell-checking and analysing every word with libvoikko directly,
  uncached;
* proselint, the peer, on the same files (its Python API in one process, and its command line);
* the machine's own ceiling for ``--jobs 2``: two busy processes against one doing both jobs;
* cold start: ``postcheck one.md`` (and the same with a misspelt word added) against
  ``python -c "import spacy; spacy.blank('fi')"``, with postcheck's bytecode compiled first, as
  an install has it;
* peak memory (resident set size) of the benchmark process and of the command-line runs;
* time against draft size (1×, 10×, 100× the same text) and a 1 MB draft.

It writes benchmarks/RESULTS.md (the measured part; the optimisation log below the marker line
is kept) and prints the same numbers.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "RESULTS.md"
MARKER = "<!-- optimisation log: kept by benchmarks/run.py -->"
#: A sentence with a misspelt word, for the cold start of a draft whose corrections are ranked.
MISSPELT = "\n\nTähän jäi yksi kirjoitusvirhe: kisssa.\n"
PYTHON = sys.executable
POSTCHECK = str(Path(PYTHON).with_name("postcheck"))


@dataclass
class Corpus:
    folder: Path
    files: list[Path]
    words: int


def sentences(corpora: Path) -> list[str]:
    found = []
    for path in sorted(corpora.glob("UD_Finnish-*/*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                found.append(line.removeprefix("# text = "))
    return found


def project_drafts() -> list[str]:
    texts = []
    for path in sorted((REPO / "corpora").rglob("*")):
        if path.suffix in (".md", ".txt") and path.name != "README.md":
            text = path.read_text(encoding="utf-8")
            if text.startswith("---\n"):
                text = text.split("\n---\n", 1)[-1]
            texts.append(text.strip())
    return texts


def build_corpus(folder: Path, count: int, corpora: Path) -> Corpus:
    """Write ``count`` drafts of 50–300 words: project drafts padded with real sentences."""
    rng = random.Random(2026)
    pool = sentences(corpora)
    seeds = project_drafts()
    if not pool:
        raise SystemExit(f"no sentences found under {corpora}")
    files = []
    words = 0
    for number in range(count):
        target = rng.randint(50, 300)
        parts = [seeds[number % len(seeds)]] if number % 4 == 0 else []
        length = sum(len(part.split()) for part in parts)
        while length < target:
            sentence = rng.choice(pool)
            parts.append(sentence)
            length += len(sentence.split())
        paragraphs = [" ".join(parts[i : i + 4]) for i in range(0, len(parts), 4)]
        text = "\n\n".join(paragraphs) + "\n"
        suffix = ".md" if number % 2 else ".txt"
        path = folder / f"draft-{number:04}{suffix}"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        words += len(text.split())
    return Corpus(folder, files, words)


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def voikko_floor(corpus: Corpus) -> float:
    """Tokenise, spell-check and analyse every word with libvoikko directly, uncached."""
    import libvoikko

    voikko = libvoikko.Voikko("fi")
    texts = [path.read_text(encoding="utf-8") for path in corpus.files]

    def work() -> None:
        for text in texts:
            for token in voikko.tokens(text):
                if token.tokenType == libvoikko.Token.WORD:
                    voikko.spell(token.tokenText)
                    voikko.analyze(token.tokenText)

    return timed(work)


def in_process(corpus: Corpus) -> tuple[float, int]:
    import postcheck

    # Load spaCy, Voikko and the word lists of fi, en and sv outside the timing, as a tool
    # that checks drafts as they come does (``warm_up`` also freezes what it loaded out of the
    # garbage collector's full collections, for proselint's run after this one too).
    postcheck.warm_up()
    findings = 0

    def work() -> None:
        nonlocal findings
        for path in corpus.files:
            findings += len(postcheck.check_file(path).findings)

    return timed(work), findings


#: Times ``check_file`` on the files given, in a process of its own without the helper process.
_ONE_PROCESS = """
import sys, time
import postcheck
from postcheck.nlp.helpers import no_helper
no_helper()
postcheck.warm_up()
start = time.perf_counter()
findings = sum(len(postcheck.check_file(path).findings) for path in sys.argv[1:])
print(time.perf_counter() - start, findings)
"""


def in_one_process(corpus: Corpus) -> tuple[float, int]:
    """Return the seconds and findings of ``check_file`` on the corpus, strictly in one process."""
    done = subprocess.run(
        [PYTHON, "-c", _ONE_PROCESS, *map(str, corpus.files)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, findings = done.stdout.split()
    return float(seconds), int(findings)


def proselint_in_process(corpus: Corpus) -> float | None:
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    return timed(lambda: [LintFile(path).lint(DEFAULT) for path in corpus.files])


def command(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Run a command; return its wall time and the peak RSS (KiB) of the child processes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, env={**os.environ, **(env or {})}, check=False)
    elapsed = time.perf_counter() - start
    return elapsed, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def median_of(runs: int, args: list[str]) -> float:
    return statistics.median(command(args)[0] for _ in range(runs))


def scaling(folder: Path) -> dict[str, float]:
    import postcheck

    base = (REPO / "corpora" / "examples" / "blogi-sisaltostrategia.md").read_text(encoding="utf-8")
    body = base.split("\n---\n", 1)[1]
    results = {}
    for factor in (1, 10, 100):
        text = "\n\n".join([body] * factor)
        results[f"{factor}x"] = statistics.median(
            timed(lambda text=text: postcheck.check(text, path="a.md"))
            for _ in range(3 if factor < 100 else 1)
        )
    megabyte = folder / "megabyte.md"
    sentence_pool = sentences(
        Path(os.environ.get("POSTCHECK_CORPORA", REPO.parent / "shared" / "corpora"))
    )
    chunks = []
    size = 0
    rng = random.Random(7)
    while size < 1_000_000:
        paragraph = " ".join(rng.choice(sentence_pool) for _ in range(5)) + "\n\n"
        chunks.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    megabyte.write_text("".join(chunks), encoding="utf-8")
    results["1MB"] = timed(lambda: postcheck.check_file(megabyte))
    results["1MB_words"] = len(megabyte.read_text(encoding="utf-8").split())
    return results


def _spin(count: int) -> int:
    total = 0
    for i in range(count):
        total += i * i % 7
    return total


def machine_parallelism() -> float:
    """Return how much faster this machine runs two busy processes than one doing both jobs.

    The ceiling for ``--jobs 2``: two vCPUs that are hyperthreads of one core, or a machine
    shared with other work, give well under 2×.
    """
    import multiprocessing

    count = 10_000_000
    started = time.perf_counter()
    _spin(count)
    _spin(count)
    alone = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_spin, [count, count])
        together = time.perf_counter() - started
    return alone / together


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; leave RESULTS.md alone"
    )
    args = parser.parse_args()
    os.environ["POSTCHECK_CORPORA"] = str(args.corpora)
    folder = Path(tempfile.mkdtemp(prefix="postcheck-bench-"))
    try:
        corpus_dir = folder / "drafts"
        corpus_dir.mkdir()
        corpus = build_corpus(corpus_dir, args.drafts, args.corpora)
        n, w = len(corpus.files), corpus.words
        print(f"corpus: {n} drafts, {w} words in {corpus_dir}", flush=True)

        floor = voikko_floor(corpus)
        ours, findings = in_one_process(corpus)
        helped, helped_findings = in_process(corpus)
        assert helped_findings == findings, "the helper process changed the findings"
        peer = proselint_in_process(corpus)
        rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        cli1, rss1 = command([POSTCHECK, "--format", "json", "--jobs", "1", str(corpus_dir)])
        cli2, rss2 = command([POSTCHECK, "--format", "json", "--jobs", "2", str(corpus_dir)])
        peer_cli = None
        if shutil.which("proselint", path=str(Path(PYTHON).parent)):
            peer_cli = command(
                [str(Path(PYTHON).with_name("proselint")), "check", str(corpus_dir)]
            )[0]
        one = corpus.files[0]
        # as installed: bytecode compiled (pip does it; scripts/setup does it for a checkout)
        compileall.compile_dir(REPO / "src" / "postcheck", quiet=1)
        cold = median_of(5, [POSTCHECK, str(one)])
        # Most drafts have a word whose corrections are ranked by frequency (49 of the first 60).
        misspelt = folder / "misspelt.md"
        misspelt.write_text(one.read_text(encoding="utf-8") + MISSPELT, encoding="utf-8")
        cold_misspelt = median_of(5, [POSTCHECK, str(misspelt)])
        floor_cold = median_of(5, [PYTHON, "-c", "import spacy; spacy.blank('fi')"])
        sizes = scaling(folder)
        ceiling = machine_parallelism()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    rows = [
        (
            "check_file, one process",
            f"{n / ours:.1f} drafts/s, {w / ours:,.0f} words/s",
            f"{findings} findings",
        ),
        (
            "check_file with Voikko's helper process",
            f"{n / helped:.1f} drafts/s, {w / helped:,.0f} words/s",
            "as the page, the language server and a serial run check",
        ),
        (
            "Voikko floor (tokens + spell + analyse, uncached)",
            f"{n / floor:.1f} drafts/s, {w / floor:,.0f} words/s",
            "",
        ),
        (
            "CLI --jobs 1",
            f"{n / cli1:.1f} drafts/s, {w / cli1:,.0f} words/s",
            f"peak RSS {rss1 / 1024:.0f} MiB",
        ),
        (
            "CLI --jobs 2",
            f"{n / cli2:.1f} drafts/s, {w / cli2:,.0f} words/s",
            f"peak RSS per process {rss2 / 1024:.0f} MiB",
        ),
    ]
    if peer is not None:
        rows.append(
            ("proselint API, one process", f"{n / peer:.1f} drafts/s, {w / peer:,.0f} words/s", "")
        )
    if peer_cli is not None:
        rows.append(
            (
                "proselint CLI on the folder",
                f"{n / peer_cli:.1f} drafts/s, {w / peer_cli:,.0f} words/s",
                "",
            )
        )
    targets = [
        (
            "words/s ≥ proselint's (in process)",
            peer is not None and ours <= peer,
            f"{(peer or 0) / ours:.2f}× proselint's speed; {(peer or 0) / helped:.2f}× with the"
            " helper process"
            if peer
            else "proselint not installed",
        ),
        (
            "cost per draft ≤ 3× the uncached Voikko floor",
            ours <= 3 * floor,
            f"{ours / floor:.2f}× the floor",
        ),
        (
            "cold start ≤ spaCy import floor + 0.3 s",
            max(cold, cold_misspelt) <= floor_cold + 0.3,
            f"{cold / floor_cold:.2f}× the floor, {cold - floor_cold:+.2f} s;"
            f" with a misspelt word {cold_misspelt - floor_cold:+.2f} s",
        ),
        (
            "100× the text in ≤ 120× the time",
            sizes["100x"] <= 120 * sizes["1x"],
            f"{sizes['100x'] / sizes['1x']:.0f}× the time",
        ),
        (
            "--jobs 2 ≥ 1.7× --jobs 1",
            cli1 / cli2 >= 1.7,
            f"{cli1 / cli2:.2f}× (this machine runs two busy processes at {ceiling:.2f}× one)",
        ),
        (
            "1 MB draft checked without error",
            True,
            f"{sizes['1MB_words']:,} words in {sizes['1MB'] / sizes['1x']:.0f}× the 1× time",
        ),
    ]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {machine()} with",
        f"`{' '.join(['scripts/bench'] + ([f'--drafts {args.drafts}'] if args.drafts != 1000 else []))}` "
        f"({n} drafts, {w:,} words, 50–300 words each). Absolute numbers vary with the machine and",
        "its load; the ratios, taken in the same run, are what to compare.",
        "",
        "| what | speed | notes |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
        f"Benchmark process peak RSS: {rss_self / 1024:.0f} MiB (spaCy, Voikko, proselint and the corpus).",
        "",
        "| target | met | measured |",
        "|---|---|---|",
        *[f"| {name} | {'yes' if met else '**no**'} | {value} |" for name, met, value in targets],
        "",
        "| draft size | time relative to 1× |",
        "|---|---|",
        *[f"| {key} | {sizes[key] / sizes['1x']:.1f}× |" for key in ("1x", "10x", "100x", "1MB")],
        "",
        f"Cold start: `postcheck one.md` {cold:.2f} s, and {cold_misspelt:.2f} s with a misspelt word"
        f" added, against `import spacy; spacy.blank('fi')` {floor_cold:.2f} s (medians of 5).",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        kept = ""
        if RESULTS.exists() and MARKER in RESULTS.read_text(encoding="utf-8"):
            kept = RESULTS.read_text(encoding="utf-8").split(MARKER, 1)[1]
        RESULTS.write_text(report + "\n" + MARKER + kept, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
