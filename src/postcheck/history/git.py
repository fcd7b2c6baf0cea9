"""Reading a repository's history with the ``git`` command: draft versions, configs, blobs.

Every commit that is not a merge is read against its parent (``git log --no-merges --raw -M``),
so each version is credited to the writer who made it; a merge brings no versions of its own
(the versions it joins were recorded on their branch). A renamed draft keeps its identity: its
versions are followed under the new name. Blobs are read through one ``git cat-file --batch``
process.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from postcheck.core.errors import InputError

#: A draft's name endings, as ``postcheck FOLDER`` finds drafts.
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
#: The files that hold config.
CONFIG_NAMES = ("postcheck.toml", "pyproject.toml")


@dataclass(frozen=True)
class Change:
    """A draft added or changed by a commit."""

    commit: str
    author: str
    email: str
    #: The author date, ISO 8601 with its offset.
    date: str
    path: str
    blob: str
    #: The path the draft had before a rename in this commit, else None.
    renamed_from: str | None = None


@dataclass(frozen=True)
class Deletion:
    """A draft removed by a commit."""

    commit: str
    path: str


@dataclass(frozen=True)
class Rename:
    """A draft moved by a commit without a change of text: no new version, the same draft."""

    commit: str
    old: str
    new: str


class Repository:
    """A git repository read with the ``git`` command."""

    def __init__(self, path: str | Path) -> None:
        folder = Path(path)
        if folder.is_file():
            folder = folder.parent
        try:
            top = self._git(folder, "rev-parse", "--show-toplevel").decode().strip()
        except InputError:
            raise InputError(
                "not in a git repository", path=str(path), fix="run postcheck history in one"
            ) from None
        self.root = Path(top)
        self._batch: subprocess.Popen[bytes] | None = None

    @staticmethod
    def _git(folder: Path, *args: str) -> bytes:
        try:
            done = subprocess.run(
                ["git", "-C", str(folder), *args], capture_output=True, check=False
            )
        except FileNotFoundError:
            raise InputError("git is not installed", fix="install git") from None
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise InputError(f"git {args[0]}: {message[-1] if message else 'failed'}")
        return done.stdout

    def git(self, *args: str) -> bytes:
        """Run a git command in the repository and return what it printed."""
        return self._git(self.root, *args)

    def has_commits(self) -> bool:
        """Tell whether the repository has a commit yet."""
        found = subprocess.run(
            ["git", "-C", str(self.root), "rev-parse", "--verify", "-q", "HEAD"],
            capture_output=True,
            check=False,
        )
        return found.returncode == 0

    def first_commit(self) -> str:
        """Return the repository's first commit (its root), or "" when it has none."""
        if not self.has_commits():
            return ""
        return self.git("rev-list", "--max-parents=0", "HEAD").decode().split()[-1]

    def history(self, *, under: str = "") -> Iterator[Change | Deletion | Rename]:
        """Yield the draft changes of every non-merge commit, oldest first."""
        if not self.has_commits():
            return
        args = ["log", "--reverse", "--no-merges", "--raw", "--no-abbrev", "-M", "-z",
                "--format=%x1e%H%x1f%an%x1f%ae%x1f%aI"]  # fmt: skip
        if under:
            args += ["--", under]
        output = self.git(*args)
        for chunk in output.split(b"\x1e")[1:]:
            header, _, body = chunk.partition(b"\0")
            commit, author, email, date = header.decode("utf-8", "replace").split("\x1f")
            yield from _changes(commit, author, email, date, body.lstrip(b"\n"))

    def toml_files(self, commit: str) -> dict[str, str]:
        """Return the TOML files in a commit's tree (configs and rule packs): path → blob id."""
        listing = self.git("ls-tree", "-r", "-z", "--full-tree", commit)
        found = {}
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.decode("utf-8", "surrogateescape").partition("\t")
            mode, kind, blob = meta.split()[:3]
            if kind == "blob" and mode != "120000" and path.endswith(".toml"):
                found[path] = blob
        return found

    def blob(self, sha: str) -> bytes:
        """Return a blob's bytes."""
        if self._batch is None or self._batch.poll() is not None:
            self._batch = subprocess.Popen(
                ["git", "-C", str(self.root), "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        assert self._batch.stdin is not None and self._batch.stdout is not None
        self._batch.stdin.write(sha.encode() + b"\n")
        self._batch.stdin.flush()
        header = self._batch.stdout.readline().split()
        if len(header) != 3:
            raise InputError(f"git cat-file: no blob {sha}")
        data = self._batch.stdout.read(int(header[2]))
        self._batch.stdout.read(1)  # the newline after the contents
        return data

    def close(self) -> None:
        """Stop the blob reader."""
        if self._batch is not None:
            if self._batch.stdin is not None:
                self._batch.stdin.close()
            self._batch.wait()
            self._batch = None


def _changes(
    commit: str, author: str, email: str, date: str, body: bytes
) -> Iterator[Change | Deletion | Rename]:
    """Yield the draft changes of one commit's raw diff (``-z`` form)."""
    tokens = body.split(b"\0")
    index = 0
    while index < len(tokens):
        meta = tokens[index].decode()
        index += 1
        if not meta.startswith(":"):
            continue
        fields = meta[1:].split()
        blob, status = fields[3], fields[4]
        if status[0] in "RC":
            old, new = (tokens[index].decode("utf-8", "surrogateescape"),
                        tokens[index + 1].decode("utf-8", "surrogateescape"))  # fmt: skip
            index += 2
        else:
            old = new = tokens[index].decode("utf-8", "surrogateescape")
            index += 1
        if status[0] == "D":
            if is_draft(old):
                yield Deletion(commit, old)
            continue
        if not is_draft(new) or fields[1] in ("160000", "120000"):  # a submodule or a link
            continue
        renamed = old if status[0] == "R" and is_draft(old) else None
        if renamed and status[1:] == "100":
            yield Rename(commit, renamed, new)
        else:
            yield Change(commit, author, email, date, new, blob, renamed)


def is_draft(path: str) -> bool:
    """Tell whether a path in the repository is a draft (by its name ending, not hidden)."""
    name = path.rsplit("/", 1)[-1]
    hidden = any(part.startswith(".") for part in path.split("/"))
    return name.lower().endswith(DRAFT_SUFFIXES) and not hidden
