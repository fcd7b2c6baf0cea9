"""The folder ``postcheck serve`` was started on: its drafts, read and saved safely.

Only files inside the folder are served: a path is resolved (symbolic links followed) and must
stay inside the folder's own resolved path, so neither ``..`` nor a link that points out of it
escapes. A draft is opened with a *stamp* (a hash of its bytes) and saved only while the file
still holds what was opened: a draft changed on disk meanwhile is never overwritten silently.
Saving keeps the file's byte-order mark and line endings, and is atomic.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from postcheck.core.errors import InputError
from postcheck.document.draft import decode, normalise, read_bytes
from postcheck.engine.config import (
    CONFIG_FILE,
    Config,
    cached_config,
    config_for,
    find_config,
    forget_config_files,
)
from postcheck.engine.files import expand
from postcheck.engine.fixes import encode, file_style, write_atomically


def stamp(data: bytes) -> str:
    """Return the stamp of a file's bytes: what it held when a writer opened it."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class OpenedDraft:
    """A draft as the page edits it: its text with ``\\n`` line endings, and its stamp."""

    path: str
    text: str
    stamp: str


class ConflictError(InputError):
    """The file changed on disk since the writer opened it."""


@dataclass(frozen=True)
class Workspace:
    """A folder of drafts, or none (the page then checks what is typed into it)."""

    root: Path | None = None
    #: A config file named on the command line, used instead of the nearest one.
    config_path: Path | None = None

    def config(self, relative: str | None = None) -> Config:
        """Return the config for a draft (by its path in the folder) or for a new text.

        A config file created or deleted while the page runs is noticed at once.
        """
        forget_config_files()
        if self.config_path is not None:
            return cached_config(self.config_path)
        if self.root is None:
            return config_for(Path.cwd() / "draft.md")
        return config_for(self.resolve(relative) if relative else self.root / "draft.md")

    def vocabulary_file(self) -> Path | None:
        """Return the config file "add to vocabulary" writes to: None without a folder."""
        forget_config_files()
        if self.config_path is not None:
            return self.config_path
        if self.root is None:
            return None
        return find_config(self.root / "draft.md") or self.root / CONFIG_FILE

    def resolve(self, relative: str) -> Path:
        """Return the file a path in the folder names; InputError when it leaves the folder."""
        if self.root is None:
            raise InputError("no folder is open", fix="start postcheck serve on a folder")
        root = self.root.resolve()
        if not isinstance(relative, str) or not relative or "\0" in relative:
            raise InputError("no draft named", fix="choose a draft from the list")
        target = (root / relative).resolve()
        if not target.is_relative_to(root) or target == root:
            raise InputError(
                "outside the folder being served", path=relative, fix="choose a draft from the list"
            )
        return target

    def drafts(self) -> list[str]:
        """Return the drafts in the folder (paths relative to it), as ``postcheck FOLDER`` finds."""
        if self.root is None:
            return []
        root = self.root.resolve()
        found = []
        for item in expand([str(root)], self._excluded):
            if isinstance(item, str) and Path(item).resolve().is_relative_to(root):
                found.append(Path(item).relative_to(root).as_posix())
        return found

    def _excluded(self, path: str) -> bool:
        return self.config_for_path(path).excludes(path)

    def config_for_path(self, path: str) -> Config:
        """Return the config of a file found in the folder."""
        if self.config_path is not None:
            return cached_config(self.config_path)
        return config_for(path)

    def open(self, relative: str) -> OpenedDraft:
        """Read a draft for editing."""
        target = self.resolve(relative)
        data = read_bytes(str(target), max_size_mb=self.config(relative).max_size_mb)
        return OpenedDraft(relative, normalise(decode(data, path=relative)), stamp(data))

    def save(self, relative: str, text: str, opened: str) -> OpenedDraft:
        """Write ``text`` back to a draft opened with stamp ``opened``; return it as saved.

        The file keeps its byte-order mark and line endings. ConflictError when the file no
        longer holds what was opened.
        """
        target = self.resolve(relative)
        current = target.read_bytes()
        if stamp(current) != opened:
            raise ConflictError(
                "the file changed on disk since you opened it; nothing was saved",
                path=relative,
                fix="copy your text, reopen the file and merge the changes",
            )
        bom, crlf = file_style(current, relative)
        data = encode(normalise(text), bom=bom, crlf=crlf)
        write_atomically(target, data, expected=current)
        return OpenedDraft(relative, normalise(text), stamp(data))
