"""Applying findings' safe fixes to a draft file: ``postcheck --fix`` and ``--diff``.

Only findings that carry a ``fix`` (a deterministic replacement for exactly the flagged text:
extra spaces, a space before punctuation, Finnish quotation marks, en dashes in ranges, the space
before a per cent sign) are applied; overlapping fixes are left for the next run. The file keeps
its encoding (a UTF-8 byte-order mark stays) and its line endings, and is replaced atomically: a
crash never leaves half a draft.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from postcheck.core.errors import InputError
from postcheck.core.report import Finding
from postcheck.document.positions import LineIndex


def apply_fixes(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """Return ``text`` (``\\n`` line endings) with the fixes applied, and how many were applied."""
    index = LineIndex(text)
    edits = []
    for finding in findings:
        if finding.fix is None:
            continue
        start = index.line_start(finding.line) + finding.column - 1
        end = index.line_start(finding.end_line) + finding.end_column - 1
        edits.append((start, end, finding.fix))
    applied = 0
    result = text
    last_start = len(text) + 1
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1]), reverse=True):
        if end > last_start:
            continue  # overlaps a later fix: leave it for the next run
        result = result[:start] + replacement + result[end:]
        last_start = start
        applied += 1
    return result, applied


#: Fixes next to each other wait for the next round; rounds stop when nothing changes.
MAX_ROUNDS = 5


def fix_text(text: str, findings_of: Callable[[str], Iterable[Finding]]) -> tuple[str, int]:
    """Apply safe fixes round by round until none is left; return the text and how many.

    ``findings_of`` checks a text; fixes that touch each other are applied in later rounds, so
    fixing the result again changes nothing.
    """
    total = 0
    for _ in range(MAX_ROUNDS):
        text, applied = apply_fixes(text, findings_of(text))
        if not applied:
            break
        total += applied
    return text, total


def file_style(data: bytes, path: str) -> tuple[bool, bool]:
    """Return (has a byte-order mark, uses CRLF line endings) for a file's bytes.

    A file that mixes CRLF and LF endings, or uses lone CR endings, cannot be written back
    unchanged: refuse it.
    """
    bom = data.startswith(codecs.BOM_UTF8)
    crlf = data.count(b"\r\n")
    lf = data.count(b"\n")
    if (crlf and crlf != lf) or data.count(b"\r") != crlf:
        raise InputError(
            "mixed line endings (CRLF and LF, or lone CR): it cannot be written back as it is",
            path=path,
            fix="make the line endings consistent in your editor first",
        )
    return bom, crlf > 0


def encode(text: str, *, bom: bool, crlf: bool) -> bytes:
    """Encode ``text`` (``\\n`` line endings) in a file's original style."""
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    return codecs.BOM_UTF8 + data if bom else data


def write_atomically(path: str | Path, data: bytes, *, expected: bytes) -> None:
    """Replace the file at ``path`` with ``data`` atomically, only if it still holds ``expected``.

    A symbolic link is followed: the file it points to is rewritten and the link stays; a file
    with hard links is refused (replacing it would split the names). The new
    file keeps the old one's permissions and owner. A file that changed on disk since it was
    read (``expected``) is left alone: an InputError says so, and nothing the writer saved in
    the meantime is lost. A file that cannot be written is an InputError naming the reason.
    """
    target = Path(path).resolve()
    try:
        links = target.stat().st_nlink
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror}", path=str(path)) from error
    if links > 1:  # replacing the file would leave the other names with the old text
        raise InputError(
            f"the file has {links} hard links, and a fix replaces the file; nothing was written",
            path=str(path),
            fix="see the fixes with --diff and make them by hand",
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror}", path=str(path)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        status = target.stat()
        shutil.copymode(target, temporary)
        with contextlib.suppress(PermissionError):
            os.chown(temporary, status.st_uid, status.st_gid)
        if target.read_bytes() != expected:
            raise InputError(
                "the file changed on disk while it was being checked; nothing was written",
                path=str(path),
                fix="run --fix again",
            )
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"cannot write: {error.strerror}", path=str(path)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    """Return a unified diff of a draft's text before and after fixing."""
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )
