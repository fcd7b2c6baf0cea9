"""Applying findings' safe fixes to a draft file: ``postcheck --fix`` and ``--diff``.

Only findings that carry a ``fix`` (a deterministic replacement for exactly the flagged text:
extra spaces and a space before punctuation in every language; Finnish quotation marks, en
dashes in ranges, the space before a per cent or euro sign) are applied; overlapping fixes are
left for the next run. The file keeps its encoding (a UTF-8 byte-order mark stays) and its line
endings, and is replaced atomically: a crash never leaves half a draft.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import functools
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import regex

from postcheck.core.errors import InputError
from postcheck.core.report import Finding, Report
from postcheck.document.draft import MARKDOWN_SUFFIXES, Draft, parse_draft
from postcheck.document.positions import LineIndex
from postcheck.engine.config import Config

#: An edit of the file: its span and the text that replaces it.
Edit = tuple[int, int, str]
#: How a draft is read, as Markdown (True) or as plain text (False): every reading its file
#: and its channels give.
Readings = tuple[bool, ...]
BOTH_READINGS: Readings = (True, False)


def apply_fixes(
    text: str, findings: Iterable[Finding], readings: Readings = BOTH_READINGS
) -> tuple[str, int]:
    """Return ``text`` (``\\n`` line endings) with the fixes applied, and how many were applied.

    A fix is applied only when it changes the draft's prose by exactly its edit in each of
    the ``readings`` (:func:`changes_only_prose`): never code, a link's target, an escaped
    character, a table's other cell or the front matter. Fixes that overlap wait for the next
    round.
    """
    index = LineIndex(text)
    edits: list[Edit] = []
    for finding in findings:
        if finding.fix is None:
            continue
        start = index.line_start(finding.line) + finding.column - 1
        end = index.line_start(finding.end_line) + finding.end_column - 1
        edits.append((start, end, finding.fix))
    apart: list[Edit] = []
    for edit in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        if not apart or edit[0] >= apart[-1][1]:
            apart.append(edit)
    # an edit outside the prose of a reading is refused at once; the rest are re-read together
    drafts = [_parsed(text, markdown) for markdown in readings]
    apart = [e for e in apart if all(_in_prose(d, text, e) is not None for d in drafts)]
    safe = _safe(text, apart, readings)
    if safe and not changes_only_prose(text, safe, readings):  # alone they passed, not together
        safe = []
    return _edited(text, safe), len(safe)


def _safe(text: str, edits: list[Edit], readings: Readings) -> list[Edit]:
    """Return the edits that change only prose: all at once, else found by halving."""
    if not edits or changes_only_prose(text, edits, readings):
        return edits
    if len(edits) == 1:
        return []
    middle = len(edits) // 2
    return _safe(text, edits[:middle], readings) + _safe(text, edits[middle:], readings)


def _edited(text: str, edits: list[Edit]) -> str:
    """Return ``text`` with non-overlapping ``edits`` (in file order) made."""
    pieces, position = [], 0
    for start, end, replacement in edits:
        pieces += [text[position:start], replacement]
        position = end
    return "".join([*pieces, text[position:]])


def changes_only_prose(text: str, edits: list[Edit], readings: Readings = BOTH_READINGS) -> bool:
    """Tell whether making ``edits`` (non-overlapping, in file order) changes only prose.

    In each reading (Markdown, plain text), the prose must change by the edits and nothing
    else, where each edit stands, and the front matter, the blocks, the links' targets and the
    headings' anchors must stay as they were. So a fix that lands in code, a link's target, an
    HTML attribute, after an escaping backslash ("50\\%" to "50\\ %" would show the backslash)
    or in another table cell is refused, whichever reading found it; so is one that changes a
    heading's anchor ("2020-2021" to "2020–2021" turns ``#hinnat-2020-2021`` into
    ``#hinnat-20202021``), which links from other pages and the table of contents point to.
    """
    after = _edited(text, edits)
    for markdown in readings:
        try:
            old, new = _parsed(text, markdown), parse_draft(after, markdown=markdown)
        except InputError:  # an edit broke the front matter
            return False
        if (
            old.front_matter.data != new.front_matter.data
            or [b.kind for b in old.blocks] != [b.kind for b in new.blocks]
            or [target for target, _ in old.links] != [target for target, _ in new.links]
            or _expected_prose(old, text, edits) != new.prose
            or (markdown and _anchors(old) != _anchors(new))
        ):
            return False
    return True


#: What a heading's anchor drops: every character but letters, digits, marks, "_", "-" and
#: the space (GitHub's and GitLab's slugs; the space becomes "-").
_NOT_IN_ANCHOR = regex.compile(r"[^\p{L}\p{N}\p{M}_\- ]")


def _anchors(draft: Draft) -> list[str]:
    """Return the anchors of the draft's headings, as GitHub and GitLab make them.

    Made from the heading's prose: an anchor is made character by character, so a heading
    whose prose keeps its anchor keeps its whole anchor (code in it is not prose, not edited).
    """
    return [
        _NOT_IN_ANCHOR.sub("", draft.prose[block.start : block.end].lower()).replace(" ", "-")
        for block in draft.blocks
        if block.kind == "heading"
    ]


@functools.lru_cache(maxsize=2)
def _parsed(text: str, markdown: bool) -> Draft:
    return parse_draft(text, markdown=markdown)


def _in_prose(draft: Draft, text: str, edit: Edit) -> tuple[int, int, str] | None:
    """Return where an edit stands in the draft's prose and what it puts there, or None.

    What the edit really changes (the edit less what it keeps at either end) must be a
    verbatim stretch of prose, or fall between two neighbouring prose characters.
    """
    start, end, replacement = edit
    old = text[start:end]
    keep = _common_prefix(old, replacement)
    tail = _common_prefix(old[keep:][::-1], replacement[keep:][::-1])
    low, high = start + keep, end - tail
    added = replacement[keep : len(replacement) - tail]
    first = draft.offsets.prose_offset(low if high > low else low - 1)
    if first is None:
        return None
    first += 0 if high > low else 1
    last = first + high - low
    if last > len(draft.prose):
        return None  # the edit reaches past this reading's prose
    if high > low and draft.source_span(first, last) != (low, high):
        return None
    if high == low and draft.offsets.prose_offset(low) != first:
        return None  # not between two neighbouring prose characters
    return first, last, added


def _expected_prose(draft: Draft, text: str, edits: list[Edit]) -> str | None:
    """Return the draft's prose with the edits made in it, or None where one is not in prose."""
    pieces, position = [], 0
    for edit in edits:
        found = _in_prose(draft, text, edit)
        if found is None or found[0] < position:
            return None
        first, last, added = found
        pieces += [draft.prose[position:first], added]
        position = last
    return "".join([*pieces, draft.prose[position:]])


#: Fixes next to each other wait for the next round; rounds stop when nothing changes.
MAX_ROUNDS = 5


def fix_text(
    text: str,
    findings_of: Callable[[str], Iterable[Finding]],
    readings: Readings = BOTH_READINGS,
) -> tuple[str, int]:
    """Apply safe fixes round by round until none is left; return the text and how many.

    ``findings_of`` checks a text; fixes that touch each other are applied in later rounds, so
    fixing the result again changes nothing. ``readings``: how the draft is read (see
    :func:`readings_of`); a fix must change only prose in each.
    """
    total = 0
    for _ in range(MAX_ROUNDS):
        text, applied = apply_fixes(text, findings_of(text), readings)
        if not applied:
            break
        total += applied
    return text, total


def fix_draft(
    text: str,
    reports_of: Callable[[str], Sequence[Report]],
    path: str | None,
    config: Config,
) -> tuple[str, int, Sequence[Report]]:
    """Fix a draft as ``--fix``, the page and the language server do; also return its reports.

    ``reports_of`` checks a text (every channel's report). The first round is answered from
    the draft's own reports, which also give its channels, and so the readings of the fixes
    (:func:`readings_of`); the reports come back for a caller that shows them.
    """
    reports = reports_of(text)
    checked = {text: [finding for report in reports for finding in report.findings]}

    def findings_of(draft: str) -> list[Finding]:
        if draft in checked:  # the first round's text, checked above
            return checked.pop(draft)
        return [finding for report in reports_of(draft) for finding in report.findings]

    shown = (config.channel_profile(r.channel, path=path).markdown for r in reports if r.channel)
    fixed, applied = fix_text(text, findings_of, readings_of(path, shown))
    return fixed, applied, reports


def readings_of(path: str | None, markdown_channels: Iterable[bool]) -> Readings:
    """Return how a draft is read: as its file name says, and as each of its channels shows it.

    "post.md" for a blog is Markdown; for LinkedIn as well, as plain text (what LinkedIn shows).
    "post.txt" for Facebook is plain text only: its indented lines are no code.
    """
    file = bool(path and path.lower().endswith(MARKDOWN_SUFFIXES))
    return tuple(sorted({file, *markdown_channels}, reverse=True))


def _common_prefix(one: str, other: str) -> int:
    """Return how many characters ``one`` and ``other`` share at the start."""
    shared = 0
    for mine, theirs in zip(one, other, strict=False):
        if mine != theirs:
            break
        shared += 1
    return shared


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
        status = target.stat()
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror}", path=str(path)) from error
    if not status.st_mode & stat.S_IWUSR:  # the writer marked it read-only (even for root)
        raise InputError(
            "the file is read-only; nothing was written",
            path=str(path),
            fix="make it writable (chmod u+w) or see the fixes with --diff",
        )
    links = status.st_nlink
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


def unified_diff(
    path: str, before: str, after: str, *, crlf: bool = False, bom: bool = False
) -> str:
    """Return a unified diff of a draft's text before and after fixing.

    ``crlf``: the file ends its lines in CRLF, and so do the diff's lines of it; ``bom``: it
    opens with a UTF-8 byte-order mark, and so does its first line in the diff. A last line
    without its line ending is marked as ``diff`` marks it, so that ``git apply`` and
    ``patch`` take the diff.
    """
    if crlf:
        before, after = before.replace("\n", "\r\n"), after.replace("\n", "\r\n")
    if bom:
        before, after = "\ufeff" + before, "\ufeff" + after
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(
        line if line.endswith("\n") else f"{line}\n\\ No newline at end of file\n" for line in lines
    )
