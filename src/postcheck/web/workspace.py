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
from postcheck.engine.files import DRAFT_SUFFIXES, expand
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
        return config_for(self.draft(relative) if relative else self.root / "draft.md")

    def vocabulary_file(self, relative: str | None = None) -> Path | None:
        """Return the config file "add to vocabulary" writes to: None without a folder.

        It is the config that applies to the draft (by its path in the folder), else to the
        folder; a new ``postcheck.toml`` in the folder when there is none.
        """
        forget_config_files()
        if self.config_path is not None:
            return self.config_path
        if self.root is None:
            return None
        draft = self.draft(relative) if relative else self.root / "draft.md"
        return find_config(draft) or self.root / CONFIG_FILE

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

    def draft(self, relative: str) -> Path:
        """Return a draft of the folder by its path; InputError for any other file.

        Only what the folder's listing shows can be opened or saved: a draft (``.md``,
        ``.markdown``, ``.txt``), in no hidden folder, not excluded by the config, whether the
        path is read as given or with its links followed.
        """
        target = self.resolve(relative)
        assert self.root is not None
        inside = target.relative_to(self.root.resolve())
        given = Path(relative)
        if (
            any(part.startswith(".") for part in (*inside.parts, *given.parts) if part != "..")
            or not target.name.lower().endswith(DRAFT_SUFFIXES)
            or not given.name.lower().endswith(DRAFT_SUFFIXES)
            or self._excluded(str(target))
        ):
            raise InputError(
                "not a draft of this folder", path=relative, fix="choose a draft from the list"
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
        """Read a draft for editing (refused when it could not be saved back as it is)."""
        target = self.draft(relative)
        data = read_bytes(str(target), max_size_mb=self.config(relative).max_size_mb)
        text = decode(data, path=relative)
        file_style(data, relative)  # mixed line endings: say so now, not when saving
        return OpenedDraft(relative, normalise(text), stamp(data))

    def save(self, relative: str, text: str, opened: str) -> OpenedDraft:
        """Write ``text`` back to a draft opened with stamp ``opened``; return it as saved.

        The file keeps its byte-order mark and line endings. ConflictError when the file no
        longer holds what was opened.
        """
        target = self.draft(relative)
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
