"""Walking a repository's history: each draft version checked with the config of its commit.

Each distinct set of config files (``postcheck.toml``, ``pyproject.toml`` and the rule packs
they name) is written once into a snapshot folder that mirrors the repository, so the nearest
config of a draft is found there exactly as ``postcheck`` finds it in a working tree. Versions
already in the cache are not checked again; the others are checked in this process or in
``jobs`` processes. A version that cannot be checked (bad front matter, a broken config of its
time) is reported in one line and left out of the records.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import posixpath
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from postcheck.api import check_all, warm_up
from postcheck.core.errors import InputError, PostcheckError
from postcheck.document.draft import decode
from postcheck.engine.config import Config, cached_config, find_config
from postcheck.history.cache import Cache, key
from postcheck.history.git import CONFIG_NAMES, Change, Deletion, Rename, Repository
from postcheck.history.records import Summary, VersionRecord
from postcheck.nlp.helpers import helper_held_back, no_helper


@dataclass(frozen=True)
class Task:
    """One draft version to check."""

    key: str
    text: str
    path: str
    #: The config file in force, in a snapshot folder; None for the defaults.
    config_file: str | None


def check_version(task: Task) -> tuple[str, list[Summary] | str]:
    """Check one version; return its key and its summaries, or a one-line error."""
    try:
        config = cached_config(task.config_file) if task.config_file else Config()
        reports = check_all(task.text, config=config, path=task.path)
        private = frozenset(rule.code for rule in config.rule_set if rule.private)
        return task.key, [Summary.of(report, task.text, private) for report in reports]
    except PostcheckError as error:
        error.path = task.path
        return task.key, str(error)
    except Exception as error:  # a bug: one line, and the other versions are still checked
        return task.key, f"{task.path}: internal error while checking ({error!r})"


class Snapshots:
    """The config files and rule packs of commits, in folders that mirror the repository."""

    def __init__(self, repository: Repository, folder: Path) -> None:
        self.repository = repository
        self.folder = folder
        self._by_files: dict[tuple[tuple[str, str], ...], tuple[str, Path]] = {}
        self._by_commit: dict[str, tuple[str, Path]] = {}
        self._packs: dict[tuple[str, str], list[str]] = {}

    def of(self, commit: str) -> tuple[str, Path]:
        """Return the hash of a commit's configs and packs, and the folder they are written in."""
        if commit not in self._by_commit:
            self._by_commit[commit] = self._snapshot(commit)
        return self._by_commit[commit]

    def _packs_of(self, path: str, blob: str) -> list[str]:
        """Return the packs a config file names, read once per version of the file."""
        if (path, blob) not in self._packs:
            self._packs[(path, blob)] = _packs(path, self.repository.blob(blob))
        return self._packs[(path, blob)]

    def _snapshot(self, commit: str) -> tuple[str, Path]:
        tomls = self.repository.toml_files(commit)
        files = {path: blob for path, blob in tomls.items() if _is_config(path)}
        for path, blob in list(files.items()):
            for pack in self._packs_of(path, blob):
                if pack in tomls:
                    files[pack] = tomls[pack]  # a missing pack: loading the config says so
        wanted = tuple(sorted(files.items()))
        if wanted not in self._by_files:
            digest = hashlib.sha256(repr(wanted).encode()).hexdigest()[:16]
            root = self.folder / digest
            root.mkdir(parents=True, exist_ok=True)
            for path, blob in wanted:
                target = root / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(self.repository.blob(blob))
            self._by_files[wanted] = (digest, root)
        return self._by_files[wanted]


def _is_config(path: str) -> bool:
    return path.rsplit("/", 1)[-1] in CONFIG_NAMES


def _packs(path: str, data: bytes) -> list[str]:
    """Return the rule packs a config file names, as paths in the repository.

    A pack named with ``..`` is followed as ``postcheck`` follows it; one outside the
    repository is left out (loading the config then says it is missing).
    """
    try:
        document: Any = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []
    if path.rsplit("/", 1)[-1] == "pyproject.toml":
        document = (document.get("tool") or {}).get("postcheck") or {}
    packs = document.get("packs") if isinstance(document, dict) else None
    folder = posixpath.dirname(path)
    found = []
    for pack in packs or ():
        if isinstance(pack, str) and not posixpath.isabs(pack):
            joined = posixpath.normpath(posixpath.join(folder, pack))
            if not joined.startswith("../") and joined != "..":
                found.append(joined)
    return found


@dataclass(frozen=True)
class _Version:
    change: Change
    draft: str
    key: str
    config_file: str | None


def _versions(
    repository: Repository,
    snapshots: Snapshots,
    *,
    since: datetime | None,
    until: datetime | None,
    under: str,
) -> Iterator[_Version]:
    """Yield the draft versions in history order, each with its draft's identity and key.

    ``since`` and ``until`` limit the versions by their author date (the date each writer
    made the version); renames outside the period still carry a draft's identity.
    """
    identity: dict[str, str] = {}
    for event in repository.history(under=under):
        if isinstance(event, Deletion):
            identity.pop(event.path, None)
        elif isinstance(event, Rename):
            identity[event.new] = identity.pop(event.old, event.old)
        else:
            old = event.renamed_from
            draft = identity.pop(old, old) if old else identity.get(event.path, event.path)
            identity[event.path] = draft
            when = datetime.fromisoformat(event.date)
            if (since and when < since) or (until and when >= until):
                continue
            config_hash, snapshot = snapshots.of(event.commit)
            found = find_config(snapshot / event.path)
            config_file = str(found) if found else None
            if config_file and _excluded(config_file, snapshot / event.path):
                continue
            applies = found.relative_to(snapshot).as_posix() if found else None
            wanted = key(event.blob, config_hash, applies, event.path)
            yield _Version(event, draft, wanted, config_file)


def _excluded(config_file: str, path: Path) -> bool:
    try:
        return cached_config(config_file).excludes(path)
    except PostcheckError:
        return False  # checking the version reports the broken config


def _run(tasks: list[Task], jobs: int, done: Callable[[], None]) -> Iterator[tuple[str, Any]]:
    """Check the tasks, in ``jobs`` processes when more than one; never stops on a bad one."""
    if jobs <= 1 or len(tasks) < 2:
        for task in tasks:
            yield check_version(task)
            done()
        return
    with helper_held_back():  # the workers are forked from this process: keep it one thread
        yield from _in_workers(tasks, jobs, done)


def _in_workers(
    tasks: list[Task], jobs: int, done: Callable[[], None]
) -> Iterator[tuple[str, Any]]:
    """Check the tasks in ``jobs`` forked processes; what a dead worker left is checked here."""
    warm_up(None, ["fi"])  # load the pipeline and word lists once, before the workers fork
    finished: set[str] = set()
    context = multiprocessing.get_context("fork")
    try:
        # one process per core: the workers start no Voikko work ahead in a helper process
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=no_helper
        ) as pool:
            for result in pool.map(check_version, tasks, chunksize=8):
                finished.add(result[0])
                yield result
                done()
    except BrokenProcessPool:  # a worker died: check what is left here
        for task in tasks:
            if task.key not in finished:
                yield check_version(task)
                done()


@dataclass
class Collected:
    """What a walk through the history gave."""

    records: list[VersionRecord]
    #: One line per version that could not be checked.
    errors: list[str]
    #: Versions checked now, and versions whose result came from the cache.
    checked: int = 0
    cached: int = 0


def collect(
    repository: Repository,
    cache: Cache,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    under: str = "",
    jobs: int = 1,
    progress: Callable[[int], Callable[[], None]] | None = None,
) -> Collected:
    """Check every draft version in the history (what the cache lacks) and return the records.

    ``since`` (inclusive) and ``until`` (exclusive) limit the versions by author date.
    ``progress(total)`` is called once with how many versions will be checked and returns a
    function to call after each.
    """
    with tempfile.TemporaryDirectory(prefix="postcheck-history-") as folder:
        snapshots = Snapshots(repository, Path(folder))
        versions = list(_versions(repository, snapshots, since=since, until=until, under=under))
        results: dict[str, list[Summary] | str] = {}
        tasks: dict[str, Task] = {}
        for version in versions:
            if version.key in results or version.key in tasks:
                continue
            cached = cache.get(version.key)
            if cached is not None:
                results[version.key] = cached
                continue
            path = version.change.path
            try:
                text = decode(repository.blob(version.change.blob), path=path)
            except InputError as error:
                results[version.key] = str(error)
                cache.put(version.key, str(error))
                continue
            tasks[version.key] = Task(version.key, text, path, version.config_file)
        step = progress(len(tasks)) if progress else (lambda: None)
        for done_key, value in _run(list(tasks.values()), jobs, step):
            results[done_key] = value
            cache.put(done_key, value)
    return _assemble(versions, results, checked=len(tasks), cached=cache.hits)


def _assemble(
    versions: Iterable[_Version],
    results: dict[str, list[Summary] | str],
    *,
    checked: int,
    cached: int,
) -> Collected:
    """Return the records in history order, and an error line for each version that failed."""
    records: list[VersionRecord] = []
    errors: list[str] = []
    for version in versions:
        value = results[version.key]
        change = version.change
        if isinstance(value, str):
            errors.append(
                f"{change.path} at {change.commit[:10]}: {value.removeprefix(change.path + ': ')}"
            )
            continue
        records.extend(
            VersionRecord(
                version.draft,
                change.path,
                change.commit,
                change.author,
                change.email,
                change.date,
                summary,
            )
            for summary in value
        )
    return Collected(records, errors, checked=checked, cached=cached)
