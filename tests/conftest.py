"""Shared helpers for the tests. Everything runs on the real Voikko, spaCy and file system."""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from postcheck.core.report import Finding, Report

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "corpora" / "examples"


@pytest.fixture(autouse=True)
def _collectable_again() -> Iterator[None]:
    """Undo a ``warm_up`` freeze (a test checking an archive partition in this process makes
    one): what a test leaves behind stays collectable for the rest of the session."""
    yield
    gc.unfreeze()


def only(report: Report, rule: str) -> list[Finding]:
    """Return the findings of one rule (by code)."""
    return [finding for finding in report.findings if finding.rule == rule]


def place(finding: Finding) -> tuple[int, int, int, int]:
    """Return a finding's (line, column, end_line, end_column)."""
    return finding.line, finding.column, finding.end_line, finding.end_column


#: Run in a fresh interpreter: records the threads alive at every fork, then runs the code given.
_FORK_WATCH = """
import json, os, sys, threading
forks = []
os.register_at_fork(before=lambda: forks.append(sorted(t.name for t in threading.enumerate())))
try:
    exec(sys.argv[1])
finally:
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(forks, out)
"""


@pytest.fixture
def threads_at_forks(tmp_path: Path) -> Callable[[str], tuple[list[list[str]], str]]:
    """Run code in a fresh interpreter; return the names of the threads alive at each fork,
    and what the code printed. The code must succeed.

    ``os.fork`` wants a process of one thread (Python 3.12 warns otherwise).
    """

    def _run(code: str) -> tuple[list[list[str]], str]:
        record = tmp_path / "forks.json"
        done = subprocess.run(
            [sys.executable, "-c", _FORK_WATCH, code, str(record)],
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        forks: list[list[str]] = json.loads(record.read_text(encoding="utf-8"))
        return forks, done.stdout

    return _run


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


@pytest.fixture
def install_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a rule plugin the way pip would: a module and its dist-info with an entry point."""
    from postcheck.engine.ruleset import standard_rule_set, standard_rules

    def _install(module: str, source: str, target: str) -> None:
        (tmp_path / f"{module}.py").write_text(source, encoding="utf-8")
        info = tmp_path / f"{module}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(f"[postcheck.rules]\n{module} = {module}:{target}\n")
        monkeypatch.syspath_prepend(str(tmp_path))
        standard_rules.cache_clear()
        standard_rule_set.cache_clear()

    yield _install
    standard_rules.cache_clear()
    standard_rule_set.cache_clear()


#: Debian's chromium, which scripts/setup installs: the end-to-end tests drive it.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: Chromium as root in a container, and no calls home: this machine has no network.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser():
    """A headless Debian chromium, driven by Playwright (nothing downloaded)."""
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine: scripts/setup installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
