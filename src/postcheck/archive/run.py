"""A whole archive run: read the inputs, check each partition, write the records in order.

``workers=0`` checks in this process, without Dask; otherwise the partitions are checked on
a local cluster of ``workers`` processes (each within ``memory_limit``), or on the existing
cluster at ``scheduler``. Both give the same records in the same order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from postcheck.archive.check import check_partition
from postcheck.archive.cluster import (
    MEMORY_LIMIT,
    check_on,
    check_versions,
    connect,
    default_workers,
    memory_bytes,
    peak_memory,
    worker_peaks,
)
from postcheck.archive.read import PARTITION_SIZE, Archive, Partition
from postcheck.archive.records import DEFAULT_COLUMNS, Columns
from postcheck.archive.write import Writer, open_writer, output_format
from postcheck.core.errors import InputError
from postcheck.engine.config import Config

#: Called with how many bytes of the inputs have been read and how many posts checked.
Step = Callable[[int, int], None]
#: Given the bytes of all the inputs, returns the step to call after each partition.
Progress = Callable[[int], Step]


@dataclass
class Totals:
    """What a run did."""

    posts: int = 0
    #: Posts that could not be checked (their records have an ``error``).
    errors: int = 0
    seconds: float = 0.0
    #: Each worker's peak resident set size in bytes (``this process`` with ``workers=0``).
    peaks: dict[str, int] = field(default_factory=dict)
    #: Inputs read only in part (a CSV quote never closed): one line each, with the fix.
    problems: list[InputError] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Posts checked per second."""
        return self.posts / self.seconds if self.seconds else 0.0


def in_process(
    partitions: Iterable[Partition], config: Config
) -> Iterator[tuple[Partition, list[dict[str, Any]]]]:
    """Check partitions in this process; yield each with its records, in input order."""
    for partition in partitions:
        yield partition, check_partition(partition.posts, config)


def run(
    inputs: Sequence[str],
    output: str,
    *,
    config: Config,
    columns: Columns = DEFAULT_COLUMNS,
    input_format: str | None = None,
    form: str | None = None,
    workers: int | None = 1,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    memory_limit: str | None = None,
    progress: Progress | None = None,
) -> Totals:
    """Check every post of the inputs and write one record per post to ``output``.

    ``workers=None`` is a local worker per core, as many as their ``memory_limit`` (a size
    such as ``2GB``, :data:`~postcheck.archive.cluster.MEMORY_LIMIT` by default) fits in memory. Bad
    inputs, a bad output name and a bad memory limit are found before anything is checked
    (InputError).
    """
    limit = None
    if scheduler is None and workers != 0:
        limit = memory_bytes(MEMORY_LIMIT if memory_limit is None else memory_limit)
        workers = default_workers(limit) if workers is None else workers
    archive = Archive(
        inputs, columns=columns, input_format=input_format, partition_size=partition_size,
        record_bytes=int(config.max_size_mb * 4_000_000) + 1_000_000,
    )  # fmt: skip
    target = os.path.realpath(output)
    for source in archive.sources:
        if os.path.realpath(source.path) == target:
            raise InputError(
                "is one of the inputs: writing the scores would replace the posts",
                path=output,
                fix="name another file for --output",
            )
    writer = open_writer(output, output_format(output, form))
    step = progress(archive.size) if progress else None
    totals = Totals()
    started = time.perf_counter()
    try:
        if workers == 0 and scheduler is None:
            _write(in_process(archive.partitions(), config), writer, totals, step)
            totals.peaks = {"this process": peak_memory()}
        else:
            with connect(scheduler, workers or 1, limit) as client:
                check_versions(client)
                _write(check_on(client, archive.partitions(), config), writer, totals, step)
                totals.peaks = worker_peaks(client)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    totals.seconds = time.perf_counter() - started
    totals.problems = list(archive.problems)
    return totals


def _write(
    checked: Iterable[tuple[Partition, list[dict[str, Any]]]],
    writer: Writer,
    totals: Totals,
    step: Step | None,
) -> None:
    for partition, records in checked:
        writer.write(records)
        totals.posts += len(records)
        totals.errors += sum(record["error"] is not None for record in records)
        if step:
            step(partition.read, totals.posts)
