"""Which files a run checks: the paths given, and the drafts inside the folders given.

A folder is searched for drafts (``.md``, ``.markdown``, ``.txt``), skipping hidden folders,
linked folders (so a link loop cannot trap it, and no draft is checked twice) and whatever the
``.gitignore`` files on the way ignore. The config's
``exclude`` patterns (gitignore syntax, relative to the config file's folder) leave files out
wherever they come from — also when a pre-commit hook names them one by one.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from postcheck.core.errors import InputError, PostcheckError

#: File name endings of drafts found in folders.
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")


@functools.lru_cache(maxsize=256)
def _gitignore(folder: Path) -> Any:
    import pathspec

    path = folder / ".gitignore"
    if not path.is_file():
        return None
    try:
        return pathspec.GitIgnoreSpec.from_lines(
            path.read_text(encoding="utf-8", errors="replace").splitlines()
        )
    except (OSError, ValueError):
        return None


def _ignored(path: Path, ignores: list[tuple[Path, Any]]) -> bool:
    for folder, spec in ignores:
        relative = path.relative_to(folder).as_posix()
        if spec.match_file(relative + ("/" if path.is_dir() else "")):
            return True
    return False


def _repository_ignores(folder: Path) -> list[tuple[Path, Any]]:
    """Return the .gitignore specs of the folders above ``folder``, up to the repository's top."""
    found = []
    for parent in folder.resolve().parents:
        spec = _gitignore(parent)
        if spec is not None:
            found.append((parent, spec))
        if (parent / ".git").exists():
            break
    return found


def _walk(folder: Path) -> Iterator[Path]:
    """Yield the drafts under ``folder`` in sorted order (see the module documentation)."""
    root = folder.resolve()
    inherited = _repository_ignores(root) if not (root / ".git").exists() else []
    seen: set[tuple[int, int]] = set()
    scopes: dict[Path, list[tuple[Path, Any]]] = {}
    for current, dirs, files in os.walk(root, followlinks=False):
        here = Path(current)
        stat = os.stat(here)
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            dirs[:] = []
            continue
        seen.add(key)
        ignores = scopes.get(here, inherited)
        spec = _gitignore(here)
        if spec is not None:
            ignores = [*ignores, (here, spec)]
        dirs[:] = sorted(
            name for name in dirs if not name.startswith(".") and not _ignored(here / name, ignores)
        )
        for name in dirs:
            scopes[here / name] = ignores
        for name in sorted(files):
            path = here / name
            draft = name.lower().endswith(DRAFT_SUFFIXES) and not name.startswith(".")
            if draft and not _ignored(path, ignores):
                yield folder / path.relative_to(root)


def expand(
    paths: list[str], excluded: Callable[[str], bool] = lambda path: False
) -> Iterator[str | PostcheckError]:
    """Yield each path to check (``-`` for stdin), or an :class:`InputError` for a bad one.

    A folder yields the drafts inside it; a folder with none is an error. A file given by name is
    checked whatever its ending. ``excluded(path)`` leaves files out (the config's ``exclude``);
    it may raise a :class:`PostcheckError` (a broken config), which is yielded.
    """
    seen: set[str] = set()
    for path in dict.fromkeys(paths):  # "- -" or a file named twice is checked once
        if path == "-":
            yield path
            continue
        candidate = Path(path)
        try:
            if candidate.is_dir():
                found = False
                for draft in _walk(candidate):
                    found = True
                    if not excluded(str(draft)):
                        yield str(draft)
                if not found:
                    yield InputError(
                        "folder has no drafts (.md, .markdown, .txt)",
                        path=path,
                        fix="name a file or another folder",
                    )
            elif candidate.exists():
                if not excluded(path) and str(candidate.absolute()) not in seen:
                    seen.add(str(candidate.absolute()))
                    yield path
            else:
                yield InputError("no such file or folder", path=path, fix="check the path")
        except PostcheckError as error:
            yield error
        except OSError as error:
            yield InputError(f"cannot read: {error.strerror}", path=path)
