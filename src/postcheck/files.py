"""Which files a run checks: the paths given, and the drafts inside the folders given."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from postcheck.errors import InputError

#: File name endings of drafts found in folders.
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")


def _walk(folder: Path) -> Iterator[Path]:
    """Yield the drafts under ``folder`` in sorted order, skipping hidden folders and loops."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        stat = os.stat(root)
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(DRAFT_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def expand(paths: list[str]) -> Iterator[str | InputError]:
    """Yield each path to check (``-`` for stdin), or an :class:`InputError` for a bad one.

    A folder yields the drafts (.md, .markdown, .txt) inside it; a folder with none is an error.
    A file given by name is checked whatever its ending.
    """
    for path in paths:
        if path == "-":
            yield path
            continue
        candidate = Path(path)
        if candidate.is_dir():
            found = False
            for draft in _walk(candidate):
                found = True
                yield str(draft)
            if not found:
                yield InputError(
                    "folder has no drafts (.md, .markdown, .txt)",
                    path=path,
                    fix="name a file or another folder",
                )
        elif candidate.exists():
            yield path
        else:
            yield InputError("no such file or folder", path=path, fix="check the path")
