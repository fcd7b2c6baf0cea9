"""What the records say: scores by month, rules getting rarer, drafts improved, lessons.

Scores month by month, the rules most often broken and whether they are getting rarer, the
drafts that improved most, and what each writer should learn next.

Every figure is a plain mean over draft versions (one per channel a draft is for) with a score;
the first month with versions is the baseline the later months are compared with.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from postcheck.core.kinds import CRITERIA
from postcheck.history.records import Example, VersionRecord

#: How many months of a writer's latest activity count as "recent".
RECENT_MONTHS = 3


@dataclass(frozen=True)
class Month:
    """A month's mean scores over its draft versions."""

    month: str
    versions: int
    overall: float
    criteria: dict[str, float]


def scored(records: Iterable[VersionRecord]) -> list[VersionRecord]:
    """Return the records that have a score (drafts with prose)."""
    return [record for record in records if record.summary.score is not None]


def by_month(records: Iterable[VersionRecord]) -> list[Month]:
    """Return the mean overall and criterion scores of each month, in order."""
    groups: dict[str, list[VersionRecord]] = defaultdict(list)
    for record in scored(records):
        groups[record.month].append(record)
    return [
        Month(
            month,
            len(group),
            fmean(r.summary.score or 0 for r in group),
            {c: fmean(r.summary.scores[c] for r in group) for c in CRITERIA},
        )
        for month, group in sorted(groups.items())
    ]


@dataclass(frozen=True)
class RuleTrend:
    """How often a rule was broken, per draft version, early and late in the period."""

    rule: str
    findings: int
    early: float
    late: float

    @property
    def rarer(self) -> bool:
        """Whether the rule is broken less often per version late than early."""
        return self.late < self.early


def rule_trends(records: Sequence[VersionRecord], top: int = 10) -> list[RuleTrend]:
    """Return the most often broken rules, with findings per version in each half of the months."""
    months = sorted({record.month for record in records})
    if not months:
        return []
    middle = months[(len(months) - 1) // 2] if len(months) > 1 else months[0]
    early = [r for r in records if r.month <= middle]
    late = [r for r in records if r.month > middle] or early
    totals: Counter[str] = Counter()
    for record in records:
        totals.update(record.summary.rules)

    def rate(group: Sequence[VersionRecord], rule: str) -> float:
        return sum(r.summary.rules.get(rule, 0) for r in group) / len(group)

    return [
        RuleTrend(rule, count, rate(early, rule), rate(late, rule))
        for rule, count in totals.most_common(top)
    ]


@dataclass(frozen=True)
class Improvement:
    """A draft's first and last version for one channel."""

    draft: str
    channel: str | None
    first: VersionRecord
    last: VersionRecord

    @property
    def gain(self) -> int:
        """Points the overall score rose (negative: fell)."""
        return (self.last.summary.score or 0) - (self.first.summary.score or 0)


def improvements(records: Iterable[VersionRecord], top: int = 5) -> list[Improvement]:
    """Return the drafts whose overall score rose most from their first to their last version."""
    versions: dict[tuple[str, str | None], list[VersionRecord]] = defaultdict(list)
    for record in scored(records):
        versions[(record.draft, record.summary.channel)].append(record)
    found = [
        Improvement(draft, channel, group[0], group[-1])
        for (draft, channel), group in versions.items()
        if len({r.commit for r in group}) > 1
    ]
    found = [item for item in found if item.gain > 0]
    return sorted(found, key=lambda item: (-item.gain, item.draft))[:top]


@dataclass(frozen=True)
class Lesson:
    """A kind of finding a writer often gets, with one example from their own text."""

    rule: str
    findings: int
    example: Example | None


def writers(records: Iterable[VersionRecord]) -> dict[str, list[VersionRecord]]:
    """Return each writer's records (by e-mail address), oldest first."""
    grouped: dict[str, list[VersionRecord]] = defaultdict(list)
    for record in records:
        grouped[record.email.strip().lower()].append(record)
    return dict(sorted(grouped.items()))


def lessons(records: Sequence[VersionRecord], top: int = 3) -> list[Lesson]:
    """Return what a writer should learn next: their most frequent findings lately.

    "Lately" is the writer's last :data:`RECENT_MONTHS` months with versions; each lesson
    quotes the latest example of it from the writer's own drafts.
    """
    months = sorted({record.month for record in records})[-RECENT_MONTHS:]
    recent = [record for record in records if record.month in months]
    counts: Counter[str] = Counter()
    for record in recent:
        counts.update(record.summary.rules)
    found = []
    for rule, count in counts.most_common(top):
        example = next(
            (r.summary.examples[rule] for r in reversed(recent) if rule in r.summary.examples),
            None,
        )
        found.append(Lesson(rule, count, example))
    return found


#: How ``--by`` groups records.
GROUPINGS: dict[str, Callable[[VersionRecord], str]] = {
    "author": lambda record: record.email.strip().lower(),
    "channel": lambda record: record.summary.channel or "–",
    "folder": lambda record: record.folder,
    "month": lambda record: record.month,
}


@dataclass(frozen=True)
class Group:
    """One row of ``--by``: a group's versions and how its mean score moved."""

    name: str
    versions: int
    drafts: int
    mean: float
    first: float
    last: float


def grouped(records: Sequence[VersionRecord], by: str) -> list[Group]:
    """Return the groups of ``--by``: each group's mean, and its first and last month's mean."""
    groups: dict[str, list[VersionRecord]] = defaultdict(list)
    for record in scored(records):
        groups[GROUPINGS[by](record)].append(record)
    rows = []
    for name, group in sorted(groups.items()):
        months = by_month(group)
        rows.append(
            Group(
                name,
                len(group),
                len({r.draft for r in group}),
                fmean(r.summary.score or 0 for r in group),
                months[0].overall,
                months[-1].overall,
            )
        )
    return rows
