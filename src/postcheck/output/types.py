"""What an output format receives: the reports of a run and the files that could not be checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from postcheck.core.report import Report
from postcheck.rules.base import Rule


@dataclass(frozen=True)
class FileError:
    """A file (or the run itself, when ``path`` is None) that could not be checked, and why."""

    path: str | None
    message: str


@dataclass(frozen=True)
class RunResult:
    """The reports of one run, in the order the files were given, and the errors."""

    reports: tuple[Report, ...]
    errors: tuple[FileError, ...]
    #: The rules in force for these reports, by code (for formats that describe rules: SARIF).
    rules: Mapping[str, type[Rule]] = field(default_factory=dict)
    #: Each report's JSON as the ``json`` format writes it, where a worker rendered it already
    #: (None where not; empty: none was).
    rendered: tuple[str | None, ...] = ()
