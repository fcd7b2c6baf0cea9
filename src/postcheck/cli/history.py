"""``postcheck history``: the command line around :mod:`postcheck.history`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import click

from postcheck.core.errors import InputError
from postcheck.engine.config import config_for
from postcheck.history.cache import Cache
from postcheck.history.collect import collect
from postcheck.history.export import csv_text, jsonl, parquet
from postcheck.history.git import Repository
from postcheck.history.records import VersionRecord, writer_label
from postcheck.history.report import render, report_language
from postcheck.history.trends import grouped


def run_history(
    path: str,
    *,
    since: str | None,
    until: str | None,
    by: str,
    output_format: str | None,
    output: str | None,
    html_path: str | None,
    authors: str,
    report_lang: str | None,
    jobs: int,
    use_cache: bool,
) -> None:
    """Walk the history, then write what was asked: records, the report, a summary table."""
    if output_format == "parquet" and not output:
        raise InputError("Parquet is written to a file", fix="add --output FILE")
    if by == "author" and authors == "hidden" and not (output_format or html_path):
        raise InputError(
            "--by author shows writers", fix="use --authors pseudonymous or named with it"
        )
    start, end = _date(since, "since"), _date(until, "until")
    repository = Repository(path)
    salt = repository.first_commit()
    under = Path(path).resolve().relative_to(repository.root.resolve()).as_posix()
    git_dir = Path(repository.git("rev-parse", "--absolute-git-dir").decode().strip())
    cache_file = git_dir / "postcheck" / "history.sqlite"
    if use_cache:
        cache_file.parent.mkdir(exist_ok=True)
    cache = Cache(cache_file if use_cache else None)
    try:
        collected = collect(
            repository, cache, since=start, until=end, under="" if under == "." else under,
            jobs=jobs, progress=_progress,
        )  # fmt: skip
    finally:
        cache.close()
        repository.close()
    for line in collected.errors:
        click.echo(f"postcheck: {line}", err=True)
    records = collected.records
    click.echo(
        f"postcheck: {len(records)} draft versions ({collected.checked} checked now, "
        f"{collected.cached} from the cache)",
        err=True,
    )
    config = config_for(repository.root / "draft.md")
    lang = report_language(report_lang, config.messages, config.lang)
    if html_path:
        page = render(records, repository=repository.root.name, rule_set=config.rule_set,
                      authors=authors, lang=lang, salt=salt)  # fmt: skip
        _write(Path(html_path), page)
    if output_format:
        if output_format == "parquet":
            parquet(records, authors, Path(output or ""))
        else:
            text = (
                jsonl(records, authors) if output_format == "jsonl" else csv_text(records, authors)
            )
            if output:
                _write(Path(output), text)
            else:
                sys.stdout.write(text)
    elif not html_path or by != "month":
        _table(records, by, authors, salt)


def _date(text: str | None, option: str) -> datetime | None:
    """Read ``--since``/``--until``: an ISO date or time, local time unless an offset is given.

    A bare ``--until`` date includes that whole day.
    """
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"--{option} {text!r} is not a date", fix="give a date such as 2026-01-31"
        ) from None
    if value.tzinfo is None:
        value = value.astimezone()
    if option == "until" and len(text) == len("2026-01-31"):
        value += timedelta(days=1)
    return value


def _progress(total: int) -> Callable[[], None]:
    """Show a progress bar on a terminal while versions are checked."""
    if total == 0 or not sys.stderr.isatty():
        return lambda: None
    bar = click.progressbar(length=total, label="checking draft versions", file=sys.stderr)
    bar.__enter__()
    count = 0

    def step() -> None:
        nonlocal count
        count += 1
        bar.update(1)
        if count == total:
            bar.__exit__(None, None, None)

    return step


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror}", path=str(path)) from error


def _table(records: list[VersionRecord], by: str, authors: str, salt: str) -> None:
    """Print the summary table of ``--by``.

    By month, each month's mean is compared with the first month's (the baseline); by writer,
    channel or folder, each group's first month with its latest.
    """
    names = {r.email.strip().lower(): r.author for r in records}
    groups = grouped(records, by)
    rows: list[tuple[str, ...]]
    if by == "month":
        rows = [("month", "versions", "drafts", "mean", "vs first")]
        baseline = groups[0].mean if groups else 0.0
        for group in groups:
            rows.append((group.name, str(group.versions), str(group.drafts), f"{group.mean:.1f}",
                         f"{group.mean - baseline:+.1f}"))  # fmt: skip
    else:
        rows = [({"author": "writer"}.get(by, by), "versions", "drafts", "mean", "first month",
                 "last month", "change")]  # fmt: skip
        for group in groups:
            name = group.name
            if by == "author":
                name = writer_label(names[group.name], group.name, authors, salt) or "(hidden)"
            rows.append((name, str(group.versions), str(group.drafts), f"{group.mean:.1f}",
                         f"{group.first:.1f}", f"{group.last:.1f}",
                         f"{group.last - group.first:+.1f}"))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell.ljust(w) if i == 0 else cell.rjust(w)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=True))]  # fmt: skip
        click.echo("  ".join(cells).rstrip())
