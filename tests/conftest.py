"""Shared helpers for the tests. Everything runs on the real Voikko, spaCy and file system."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcheck.core.report import Finding, Report

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "corpora" / "examples"


def only(report: Report, rule: str) -> list[Finding]:
    """Return the findings of one rule (by code)."""
    return [finding for finding in report.findings if finding.rule == rule]


def place(finding: Finding) -> tuple[int, int, int, int]:
    """Return a finding's (line, column, end_line, end_column)."""
    return finding.line, finding.column, finding.end_line, finding.end_column


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
