"""One record per draft version and channel: who wrote it when, and how it scored.

``Summary`` is what checking a version gave (cached by the version's blob and config);
``VersionRecord`` adds where the version is in the history. Writers are shown by name, by a
stable pseudonym, or not at all (:func:`writer_label`); records never hold more draft text than
one short example per rule.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from postcheck.core.report import Report

#: How the report shows writers.
AUTHOR_MODES = ("named", "pseudonymous", "hidden")
#: The longest example quoted from a draft.
EXAMPLE_CHARS = 120


@dataclass(frozen=True)
class Example:
    """One finding quoted from a draft: the rule's message and the flagged text in its line."""

    message: str
    text: str
    line: int


@dataclass(frozen=True)
class Summary:
    """What checking one draft version for one channel gave."""

    channel: str | None
    audience: str | None
    type: str | None
    lang: str
    words: int
    score: int | None
    band: str | None
    scores: dict[str, int]
    #: Findings per rule code.
    rules: dict[str, int]
    #: The first finding of each rule, quoted.
    examples: dict[str, Example] = field(default_factory=dict)

    @classmethod
    def of(cls, report: Report, text: str, private: frozenset[str] = frozenset()) -> Summary:
        """Summarise a report of ``text`` (the draft as checked).

        Findings of the ``private`` rules (personal data) are counted but never quoted.
        """
        rules: dict[str, int] = {}
        examples: dict[str, Example] = {}
        lines = text.replace("\r\n", "\n").split("\n")
        for finding in report.findings:
            rules[finding.rule] = rules.get(finding.rule, 0) + 1
            quotable = finding.rule not in private and finding.line <= len(lines)
            if quotable and finding.rule not in examples:
                examples[finding.rule] = Example(
                    finding.message, _excerpt(lines[finding.line - 1], finding), finding.line
                )
        return cls(
            channel=report.channel,
            audience=report.audience,
            type=report.type,
            lang=report.lang,
            words=int(report.metrics.get("words", 0)),
            score=report.score,
            band=report.band,
            scores=dict(report.scores),
            rules=rules,
            examples=examples,
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        """Read a summary written by :meth:`to_dict`."""
        examples = {rule: Example(**example) for rule, example in data["examples"].items()}
        return cls(**{**data, "examples": examples})


def _excerpt(line: str, finding: Any) -> str:
    """Return the flagged text with a little of its line around it, at most EXAMPLE_CHARS."""
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    room = max(0, (EXAMPLE_CHARS - (end - start)) // 2)
    low, high = max(0, start - room), min(len(line), end + room)
    text = line[low:high].strip()
    if len(text) > EXAMPLE_CHARS:
        text = text[: EXAMPLE_CHARS - 1] + "…"
    return ("…" if low > 0 else "") + text + ("…" if high < len(line) else "")


@dataclass(frozen=True)
class VersionRecord:
    """A draft version in the history, with its summary for one channel."""

    #: The draft's first path: it stays when the draft is renamed.
    draft: str
    path: str
    commit: str
    author: str
    email: str
    date: str
    summary: Summary

    @property
    def month(self) -> str:
        """The version's month, ``YYYY-MM``."""
        return self.date[:7]

    @property
    def folder(self) -> str:
        """The draft's folder in the repository (``.`` for the top)."""
        return self.path.rsplit("/", 1)[0] if "/" in self.path else "."

    def flat(self, authors: str, salt: str = "") -> dict[str, Any]:
        """Return the record as one flat row (CSV, Parquet): no quoted text.

        The commit is left out unless writers are named: ``git show`` on it would name them.
        """
        row: dict[str, Any] = {
            "draft": self.draft,
            "path": self.path,
            "commit": self.commit if authors == "named" else None,
            "author": writer_label(self.author, self.email, authors, salt),
            "date": self.date,
            "channel": self.summary.channel,
            "audience": self.summary.audience,
            "type": self.summary.type,
            "lang": self.summary.lang,
            "words": self.summary.words,
            "score": self.summary.score,
            "band": self.summary.band,
        }
        row.update({f"score_{name}": value for name, value in self.summary.scores.items()})
        row["findings"] = ";".join(
            f"{rule}={count}" for rule, count in sorted(self.summary.rules.items())
        )
        return row

    def to_dict(self, authors: str, salt: str = "") -> dict[str, Any]:
        """Return the record as JSON-ready data (JSON lines), with its quoted examples."""
        summary = self.summary.to_dict()
        return {
            "draft": self.draft,
            "path": self.path,
            "commit": self.commit if authors == "named" else None,
            "author": writer_label(self.author, self.email, authors, salt),
            "date": self.date,
            **summary,
        }


def writer_label(name: str, email: str, authors: str, salt: str = "") -> str | None:
    """Return how a writer is shown: by name, by a stable pseudonym, or not at all (None).

    The pseudonym hashes the e-mail address with ``salt`` (the repository's first commit), so
    it stays the same from run to run but cannot be worked out from a list of addresses alone.
    """
    if authors == "named":
        return name
    if authors == "pseudonymous":
        digest = hashlib.sha256(f"{salt}:{email.strip().lower()}".encode()).hexdigest()
        return "writer-" + digest[:8]
    return None
