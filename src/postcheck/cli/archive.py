"""``postcheck archive``: the command line around :mod:`postcheck.archive`."""

from __future__ import annotations

import signal
import sys
from dataclasses import dataclass
from typing import Any

import click

from postcheck.archive.cluster import MEMORY_LIMIT
from postcheck.archive.read import FORMATS as INPUT_FORMATS
from postcheck.archive.read import PARTITION_SIZE
from postcheck.archive.records import Columns
from postcheck.archive.run import Step, Totals, run
from postcheck.archive.write import FORMATS as OUTPUT_FORMATS
from postcheck.core.errors import InputError, PostcheckError
from postcheck.engine.config import config_for, load_config

EXIT_ERROR = 2


@click.command("archive")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--output", "-o", required=True, type=click.Path(dir_okay=False),
    help="File for the records: .parquet or .jsonl.",
)  # fmt: skip
@click.option(
    "--format", "output_format", type=click.Choice(OUTPUT_FORMATS),
    help="Output format (default: from the --output name).",
)  # fmt: skip
@click.option(
    "--input-format", type=click.Choice(INPUT_FORMATS),
    help="Input format (default: from each input's name).",
)  # fmt: skip
@click.option(
    "--column", "columns", multiple=True, metavar="FIELD=COLUMN",
    help="Read a field from another column: text=body, id=post_id (fields: text, id, channel, "
    "audience, type, lang, author, date).",
)  # fmt: skip
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False),
    help="Config file to use instead of the nearest postcheck.toml of this folder.",
)  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(0, 1024),
    help="Worker processes of the local Dask cluster (default: one per core, as many as their "
    "--memory-limit fits in memory); 0 checks in this process, without Dask.",
)  # fmt: skip
@click.option(
    "--scheduler", metavar="ADDRESS",
    help="Check on the existing Dask cluster at this address (tcp://host:8786).",
)  # fmt: skip
@click.option(
    "--memory-limit", metavar="SIZE",
    help=f"Memory of each worker of the local cluster, a size such as 2GB or 1.5GiB (default: "
    f"{MEMORY_LIMIT}); a worker past 95 % of it is started again and its posts checked again.",
)  # fmt: skip
@click.option(
    "--partition-size", type=click.IntRange(1, 1_000_000), default=PARTITION_SIZE,
    show_default=True, help="Posts checked together (a partition also stops at 16 MB of text).",
)  # fmt: skip
def archive_command(**options: Any) -> None:
    """Check an archive of posts on Dask: one record per post, in input order.

    INPUT is a JSON-lines, CSV or Parquet file (or a folder of them) with one post a record:
    its text and, optionally, its id, channel, audience, type, lang, author and date. Each post
    gets a record with its scores, band, findings per rule and findings; a post that cannot be
    checked gets its error, and the run goes on. Needs postcheck[dask] unless --workers 0.
    """
    try:
        totals = run_archive(Options(**options))
    except PostcheckError as error:
        click.echo(f"postcheck: {error}", err=True)
        sys.exit(EXIT_ERROR)
    for problem in totals.problems:  # inputs read in part: named, and the exit status says so
        click.echo(f"postcheck: {problem}", err=True)
    click.echo(summary(totals, options["output"]), err=True)
    if totals.problems:
        sys.exit(EXIT_ERROR)


@dataclass(frozen=True)
class Options:
    """The options of ``postcheck archive`` as given (each named as its click parameter)."""

    inputs: tuple[str, ...]
    output: str
    output_format: str | None
    input_format: str | None
    columns: tuple[str, ...]
    config_path: str | None
    workers: int | None
    scheduler: str | None
    partition_size: int
    memory_limit: str | None


def run_archive(options: Options) -> Totals:
    """Check the options, then run the archive with a progress bar on a terminal."""
    if options.scheduler is not None and options.workers is not None:
        raise InputError(
            "--workers starts a local cluster, --scheduler uses an existing one",
            fix="give one of them",
        )
    if options.scheduler is not None and options.memory_limit is not None:
        raise InputError(
            "--memory-limit is for the workers of a local cluster, --scheduler uses an existing "
            "one",
            fix="give the limit to its workers: dask worker ADDRESS --memory-limit SIZE",
        )
    if options.workers == 0 and options.memory_limit is not None:
        raise InputError(
            "--memory-limit is for the workers of a local cluster; --workers 0 checks in this "
            "process",
            fix="give one of them",
        )
    config = load_config(options.config_path) if options.config_path else config_for(".")
    bars: list[Any] = []
    # A stop asked by the system (kill, a job scheduler's timeout) ends the run as Ctrl-C
    # does: the unfinished output is removed, nothing half-written is left.
    signal.signal(signal.SIGTERM, _stop)
    try:
        return run(
            options.inputs, options.output, config=config, columns=Columns.parse(options.columns),
            input_format=options.input_format, form=options.output_format,
            workers=options.workers, scheduler=options.scheduler,
            partition_size=options.partition_size, memory_limit=options.memory_limit,
            progress=lambda total: _progress(total, bars),
        )  # fmt: skip
    finally:
        for bar in bars:  # also when the run stops early: the terminal gets its cursor back
            bar.__exit__(None, None, None)


def _stop(signum: int, frame: object) -> None:
    """End the run on SIGTERM the way Ctrl-C ends it."""
    raise KeyboardInterrupt


def _progress(total: int, bars: list[Any]) -> Step:
    """Show a progress bar over the inputs' bytes on a terminal, with the posts checked.

    The bar is added to ``bars``, for the caller to close however the run ends.
    """
    if total == 0 or not sys.stderr.isatty():
        return lambda read, posts: None

    def show(posts: int | None) -> str | None:
        return None if posts is None else f"{posts:,} posts"

    bar = click.progressbar(length=total, label="checking posts", file=sys.stderr,
                            item_show_func=show)  # fmt: skip
    bar.__enter__()
    bars.append(bar)
    shown = 0

    def step(read: int, posts: int) -> None:
        nonlocal shown
        bar.update(read - shown, posts)
        shown = read

    return step


def summary(totals: Totals, output: str) -> str:
    """Return the closing line: posts, time, rate, errors and the workers' peak memory."""
    posts = "1 post" if totals.posts == 1 else f"{totals.posts:,} posts"
    line = (
        f"postcheck: {posts} checked in {totals.seconds:.1f} s "
        f"({totals.rate:.1f} posts/s) into {output}"
    )
    if totals.errors:
        line += f"; {totals.errors:,} could not be checked (see their error field)"
    peaks = sorted(totals.peaks.values())
    if peaks and peaks[-1]:
        low, high = peaks[0] / 2**20, peaks[-1] / 2**20
        if "this process" in totals.peaks:
            line += f"; peak memory {high:.0f} MB"
        else:
            line += f"; peak memory per worker {low:.0f}–{high:.0f} MB"
    return line
