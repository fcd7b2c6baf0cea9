"""Checking many files: one process, or a pool of processes, with results in input order.

The command line turns its files into :class:`Job` objects and gets one :class:`Outcome` per job,
in the same order as the files were given, whether the jobs ran in this process or in a process
pool (``--jobs N``). A job never raises: bad input becomes an outcome with an error line, and so
does an unexpected failure, so that one broken file never stops the others.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from postcheck.api import check_all, check_file_all, warm_up
from postcheck.core.errors import InputError, PostcheckError
from postcheck.core.report import Report
from postcheck.document.draft import decode, read_bytes
from postcheck.engine.config import Config, config_for, load_config
from postcheck.engine.fixes import (
    encode,
    file_style,
    fix_draft,
    unified_diff,
    write_atomically,
)
from postcheck.nlp.helpers import helper_held_back, no_helper
from postcheck.output.json import render_report
from postcheck.output.types import FileError

#: With this many files or more, the default is a process per core.
PARALLEL_FROM = 20
#: The most jobs sent to a worker in one message (fewer when there are few jobs per worker).
MOST_PER_MESSAGE = 8


@dataclass(frozen=True)
class Job:
    """One file to check (``text`` is given for standard input, which only the parent can read)."""

    item: str
    options: dict[str, Any]
    config_path: str | None = None
    fix: bool = False
    diff: bool = False
    text: str | None = None
    #: Render the reports' JSON where they are checked (a worker), not all at the end.
    render_json: bool = False


@dataclass(frozen=True)
class Outcome:
    """What checking one file gave: its reports, a diff, an error, notes for stderr."""

    item: str
    reports: tuple[Report, ...] = ()
    diff: str = ""
    error: FileError | None = None
    notes: tuple[str, ...] = ()
    min_score: int = 0
    #: The reports' JSON (:func:`~postcheck.output.json.render_report`), when the job asked.
    rendered: tuple[str, ...] = ()


def _config(job: Job) -> Config:
    if job.config_path is not None:
        return load_config(job.config_path)
    return config_for(job.item) if job.text is None else Config()


def _checker(
    config: Config, path: str | None, options: Mapping[str, Any]
) -> Callable[[str], list[Report]]:
    """Return a check of a text as the job's file, for each round of its fixes."""
    return lambda text: check_all(text, config=config, path=path, **options)


def _fix(job: Job, config: Config) -> Outcome:
    data = read_bytes(job.item, max_size_mb=config.max_size_mb)
    bom, crlf = file_style(data, job.item)
    text = decode(data, path=job.item)
    fixed, applied, reports = fix_draft(
        text, _checker(config, job.item, job.options), job.item, config
    )
    if not applied:
        return Outcome(job.item, tuple(reports), min_score=config.min_score)
    notes: tuple[str, ...] = ()
    if job.fix:
        write_atomically(job.item, encode(fixed, bom=bom, crlf=crlf), expected=data)
        notes = (f"{job.item}: fixed {applied} problem{'s' if applied != 1 else ''}",)
    again = check_all(fixed, config=config, path=job.item, **job.options)
    return Outcome(
        job.item,
        tuple(again),
        unified_diff(job.item, text, fixed, crlf=crlf, bom=bom),
        None,
        notes,
        config.min_score,
    )


def _diff_text(job: Job, config: Config) -> Outcome:
    """Show the safe fixes of standard input as a diff (it cannot be written back)."""
    text = job.text or ""
    fixed, _, _ = fix_draft(text, _checker(config, None, job.options), None, config)
    reports = check_all(fixed, config=config, path=None, **job.options)
    diff = unified_diff("<stdin>", text, fixed)  # empty when nothing changes
    return Outcome(job.item, tuple(reports), diff, None, (), config.min_score)


def process(job: Job) -> Outcome:
    """Check one file (fixing or diffing it when asked); never raises."""
    try:
        config = _config(job)
        if job.text is not None and job.fix:
            raise InputError(
                "standard input cannot be fixed in place", path="<stdin>", fix="use --diff -"
            )
        if job.text is not None and job.diff:
            return _diff_text(job, config)
        if job.text is not None:
            reports = check_all(job.text, config=config, path=None, **job.options)
        elif job.fix or job.diff:
            return _fix(job, config)
        else:
            reports = check_file_all(job.item, config=config, **job.options)
        rendered = tuple(map(render_report, reports)) if job.render_json else ()
        return Outcome(job.item, tuple(reports), min_score=config.min_score, rendered=rendered)
    except PostcheckError as error:
        return Outcome(job.item, error=FileError(error.path, str(error)))
    except Exception as error:  # a bug: say so in one line, keep checking the other files
        message = f"{job.item}: internal error while checking ({error!r}); please report this bug"
        return Outcome(job.item, error=FileError(job.item, message))


def default_workers(files: int) -> int:
    """Return the default number of processes: one per core for large runs, else one."""
    return (os.cpu_count() or 1) if files >= PARALLEL_FROM else 1


def run(jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    """Yield one outcome per job, in order, using ``workers`` processes."""
    parallel = workers > 1 and len(jobs) > 1
    if not parallel:
        if len(jobs) >= PARALLEL_FROM:  # (the word lists cost a few files 0.4 s)
            _warm_up(jobs[0])
        yield from map(process, jobs)
        return
    with helper_held_back():  # the workers are forked from this process: keep it one thread
        _warm_up(jobs[0])
        yield from _in_workers(jobs, workers)


def _in_workers(jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    """Yield one outcome per job, in order, from ``workers`` forked processes."""
    context = multiprocessing.get_context("fork")
    queue = list(jobs)
    while queue:
        broke_at = None
        # Jobs go to the workers a few at a time: one message per job cost the parent a
        # noticeable share of a core on a two-core machine, where the workers need both; and
        # the workers start no Voikko work ahead in a helper process, which would only compete.
        chunk = max(1, min(MOST_PER_MESSAGE, len(queue) // (workers * MOST_PER_MESSAGE)))
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=no_helper
        ) as pool:
            done = 0
            try:
                for outcome in pool.map(process, queue, chunksize=chunk):
                    yield outcome
                    done += 1
            except BrokenProcessPool:
                broke_at = done  # a worker died: every unfinished job here failed with it
        if broke_at is None:
            return
        # Check the job the pool broke at alone: if its worker dies again, it is the one that
        # kills workers and is reported as such; either way the rest go on in a new pool.
        yield _alone(queue[broke_at], context)
        queue = queue[broke_at + 1 :]


def _warm_up(job: Job) -> None:
    """Load here, once, what every worker would otherwise load for itself, before forking.

    The Finnish pipeline, the first job's config and rule set, the term matchers and the word
    frequencies are built by checking a short draft of our own (never the user's: a draft
    that crashes a library must crash a worker, not this process), and kept out of the
    garbage collector's full collections (:func:`~postcheck.api.warm_up`), in the workers
    and in a run of many files in this process alike.
    """
    with contextlib.suppress(Exception):  # the jobs themselves report whatever is broken
        warm_up(_config(job), ["fi"])


def _alone(job: Job, context: Any) -> Outcome:
    """Check one job in a worker of its own; a worker that dies is an error for its file."""
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        try:
            return pool.submit(process, job).result()
        except BrokenProcessPool:
            message = (
                f"{job.item}: the process checking it stopped unexpectedly (out of memory, or a"
                " crash in a library or plugin); the other files were checked"
            )
            return Outcome(job.item, error=FileError(job.item, message))
