"""Checking partitions on a Dask cluster: a local one, or an existing one by its address.

The local cluster is worker processes of one thread each, bound to 127.0.0.1, with no
dashboard, each with a memory limit (:data:`MEMORY_LIMIT` unless another is given): a worker
whose memory passes 95 % of it is ended and started again by Dask, and its partition is
checked again on another worker. Dask's other memory measures are off, as they cannot help
here: a worker holds at most a few partitions' records, so its memory is the models' and the
post's being checked; spilling records to disk would only write posts to disk, and pausing a
worker would leave it waiting for memory that only checking the next post gives back.

Before any post is sent, every worker must have the same postcheck version as this process (a
worker without postcheck, or with another version, would give other results). The config is
sent to the cluster once (as a task's result, which Dask makes again if every worker holding it
dies); each worker checks with its own Voikko handle and pipeline.

Partitions go out in input order and at most a few per worker thread are on the cluster at a
time, so the client holds a bounded number of them however large the archive; results come
back in input order. A worker that dies loses nothing: Dask checks its partitions again on
the others. A partition the cluster gives up on (workers died on it four times) is sent again
one post at a time, so that only a post the cluster gives up on by itself (one that keeps
taking its worker past the memory limit) gets an error record, and the run goes on.
"""

from __future__ import annotations

import importlib.metadata
import logging
import os
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from postcheck.archive.check import check_partition_in_worker, failed
from postcheck.archive.read import Partition
from postcheck.archive.records import Post
from postcheck.core.errors import DependencyError, InputError
from postcheck.core.version import __version__
from postcheck.engine.config import Config

if TYPE_CHECKING:
    from distributed import Client

#: How long to wait for an existing cluster to answer, in seconds.
CONNECT_TIMEOUT = 10
#: How long to wait for an existing cluster to have a worker, in seconds.
WORKERS_TIMEOUT = 30
#: Partitions on the cluster at a time, per worker thread.
IN_FLIGHT_PER_THREAD = 2
#: A local worker's memory limit by default. A worker checking ordinary
#: posts peaks at about 400 MiB and one checking a 5 MB draft at up to 835 MiB (measured):
#: under 1 GB, with room for a draft that needs more than the ones measured.
MEMORY_LIMIT = "1.5GB"
#: The lowest memory limit taken: a worker with its models loaded holds about 400 MB.
MEMORY_LIMIT_FLOOR = 512 * 2**20
#: Dask's memory measures for the local workers: only ending a worker at 95 % of its limit.
MEMORY_SETTINGS = {
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    "distributed.worker.memory.terminate": 0.95,
}


def memory_bytes(limit: str) -> int:
    """Return a memory size (``1.5GB``, ``2GiB``, ``800MB``, bytes) in bytes.

    Raises InputError for anything else, Dask's ``auto``, fractions and ``0`` (no limit)
    included: a worker needs a limit of its own, and the number of workers follows from it.
    Also for a size too low for a worker's models.
    """
    _distributed()
    from dask.utils import parse_bytes

    fix = f"give a size, such as {MEMORY_LIMIT} or 2GiB"
    if not limit.strip():
        raise InputError("--memory-limit is empty", fix=fix)
    if limit.strip().lower() == "auto" or _fraction(limit):
        raise InputError(
            f"--memory-limit {limit} is not a size: Dask's auto, fractions of memory and 0 (no "
            "limit) are not taken, as each worker needs a limit of its own",
            fix=fix,
        )
    try:
        found = int(parse_bytes(limit))
    except (ValueError, TypeError):
        raise InputError(f"--memory-limit {limit!r} is not a size of memory", fix=fix) from None
    if found < MEMORY_LIMIT_FLOOR:
        raise InputError(
            f"--memory-limit {limit} is too little: a worker with its models loaded holds "
            "about 400 MB",
            fix=f"give at least 512MiB; the default is {MEMORY_LIMIT}",
        )
    return found


def _fraction(limit: str) -> bool:
    """Tell whether a limit is a number up to 1: to Dask, a fraction of memory (0: no limit)."""
    try:
        return float(limit) <= 1
    except ValueError:
        return False


def default_workers(memory_limit: int = 2**30) -> int:
    """Return how many workers a local cluster gets: one per core, their limits within memory.

    ``memory_limit`` is each worker's, in bytes: the workers together may use all the memory
    this process may use, as Dask tells it (the machine's, or less in a container: its
    cgroup's limit, or RLIMIT_RSS).
    """
    memory = int(_distributed().system.MEMORY_LIMIT)
    return max(1, min(os.cpu_count() or 1, memory // memory_limit))


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DependencyError(
            "checking on Dask needs dask and distributed",
            fix="install postcheck[dask] (pip install 'postcheck[dask]'), "
            "or check in this process with --workers 0",
        ) from None
    return distributed


@contextmanager
def connect(
    scheduler: str | None, workers: int, memory_limit: int | None = None
) -> Iterator[Client]:
    """Yield a client of the cluster at ``scheduler``, or of a local cluster of ``workers``.

    Each local worker may use ``memory_limit`` bytes (:data:`MEMORY_LIMIT` when None).
    """
    distributed = _distributed()
    if scheduler is None:
        import dask.config

        limit = memory_bytes(MEMORY_LIMIT) if memory_limit is None else memory_limit
        try:
            with warnings.catch_warnings(), dask.config.set(MEMORY_SETTINGS):
                # Without a dashboard the scheduler still answers health checks over HTTP on
                # 127.0.0.1; when another cluster has its port, it takes another one.
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                cluster = distributed.LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, silence_logs=logging.ERROR, memory_limit=limit,
                )  # fmt: skip
        except (OSError, RuntimeError) as error:
            raise DependencyError(
                f"cannot start a local Dask cluster ({error})",
                fix="check in this process with --workers 0",
            ) from None
        with cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError, TypeError) as error:
        raise InputError(
            f"cannot reach the Dask scheduler at {scheduler} ({error})",
            fix="start one with: dask scheduler, or leave out --scheduler for a local cluster",
        ) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except TimeoutError:
            raise InputError(
                f"the Dask scheduler at {scheduler} has no workers",
                fix=f"start some with: dask worker {scheduler} --nthreads 1",
            ) from None
        yield client


def check_versions(client: Client) -> None:
    """Raise DependencyError unless every worker has this process's postcheck version."""
    versions = client.run(importlib.metadata.version, "postcheck", on_error="return")
    for worker, version in sorted(versions.items()):
        if version != __version__:
            has = f"postcheck {version}" if isinstance(version, str) else "no postcheck"
            raise DependencyError(
                f"the Dask worker {worker} has {has}, this is postcheck {__version__}",
                fix=f"install postcheck[dask]=={__version__} on every worker",
            )


def check_on(
    client: Client,
    partitions: Iterable[Partition],
    config: Config,
    check: Callable[[tuple[Post, ...], Config], list[dict[str, Any]]] = check_partition_in_worker,
) -> Iterator[tuple[Partition, list[dict[str, Any]]]]:
    """Check partitions on the cluster; yield each with its records, in input order.

    ``check`` is what a worker runs on a partition's posts
    (:func:`~postcheck.archive.check.check_partition_in_worker`).
    """
    untyped: Any = client  # distributed leaves nthreads and cancel unannotated
    # A task's result rather than scattered data: when every worker that held it has died
    # (a post that keeps taking workers past their limit), Dask makes it again.
    shared = client.submit(_given, config, pure=False)
    threads = sum(untyped.nthreads().values())
    window = IN_FLIGHT_PER_THREAD * max(1, threads) + 1
    pending: deque[tuple[Partition, Any]] = deque()

    def submit(posts: tuple[Post, ...]) -> Any:
        return client.submit(check, posts, shared, pure=False)

    try:
        for partition in partitions:
            pending.append((partition, submit(partition.posts)))
            while len(pending) >= window:
                yield _result(submit, *pending.popleft())
        while pending:
            yield _result(submit, *pending.popleft())
    finally:
        untyped.cancel([future for _, future in pending] + [shared])


def _given(config: Config) -> Config:
    """Return the config: a task whose result the workers share."""
    return config


def _result(
    submit: Callable[[tuple[Post, ...]], Any], partition: Partition, future: Any
) -> tuple[Partition, list[dict[str, Any]]]:
    try:
        records: list[dict[str, Any]] = future.result()
    except Exception:  # workers kept dying on it, or the cluster lost it: each post alone
        records = _one_by_one(submit, partition)
    future.release()
    return partition, records


def _one_by_one(
    submit: Callable[[tuple[Post, ...]], Any], partition: Partition
) -> list[dict[str, Any]]:
    """Check a partition's posts each as a task of its own: an error only for one that fails."""
    futures = [submit((post,)) for post in partition.posts]
    records: list[dict[str, Any]] = []
    for post, future in zip(partition.posts, futures, strict=True):
        try:
            records.extend(future.result())
        except Exception as error:
            reason = (f"the cluster failed on this post ({error!r}); if its workers were ended "
                      "past their memory limit, raise --memory-limit")  # fmt: skip
            records.append(failed(post, reason))
        future.release()
    return records


def peak_memory() -> int:
    """Return this process's peak resident set size in bytes (0 where it cannot be told).

    On Linux it is the kernel's high-water mark of this program (``VmHWM``): ``getrusage``
    would also count what the parent held when it forked this process (a Dask worker's nanny).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def worker_peaks(client: Client) -> dict[str, int]:
    """Return each worker's peak resident set size in bytes."""
    peaks: dict[str, int] = client.run(peak_memory)
    return peaks
