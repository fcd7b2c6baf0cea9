"""The learning report: one self-contained HTML page (inline SVG charts, no script, no CDN).

It shows the team's scores month by month against the first month, each writer's own path and
what they should learn next, the rules most often broken and whether they are getting rarer,
and the drafts that improved most. Writers appear by name, by pseudonym or not at all; the
only draft text in the page is the one example quoted for each lesson.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

from postcheck.core.kinds import CRITERIA
from postcheck.core.version import __version__
from postcheck.engine.ruleset import RuleSet
from postcheck.history.charts import line_chart
from postcheck.history.records import VersionRecord, writer_label
from postcheck.history.trends import (
    by_month,
    improvements,
    lessons,
    rule_trends,
    scored,
    writers,
)

_HERE = resources.files("postcheck.history")
#: The report's text in Finnish, Swedish and English.
STRINGS: dict[str, dict[str, Any]] = json.loads((_HERE / "strings.json").read_text("utf-8"))


def report_language(*wanted: str | None) -> str:
    """Return the first of ``wanted`` the report has labels for, else Finnish.

    Give them in order of precedence: ``--lang``, then the config's ``messages`` and ``lang``.
    """
    return next((lang for lang in wanted if lang in STRINGS), "fi")


def render(
    records: Sequence[VersionRecord],
    *,
    repository: str,
    rule_set: RuleSet,
    authors: str = "named",
    lang: str = "fi",
    salt: str = "",
) -> str:
    """Return the report's HTML (``salt`` makes the writers' pseudonyms; see writer_label)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    t = STRINGS[lang]
    months = by_month(records)
    labels = [m.month for m in months]
    baseline = months[0].overall if months else None
    team_chart = line_chart(
        labels, {t["overall"]: [m.overall for m in months]}, title=t["overall"],
        baseline=baseline, baseline_label=t["baseline"],
    )  # fmt: skip
    criteria_chart = line_chart(
        labels,
        {t["criteria"][c]: [m.criteria[c] for m in months] for c in CRITERIA},
        title=t["criteria_chart"],
    )
    used = {rule for record in records for rule in record.summary.rules}
    rules = {code: rule_set.get(code) for code in used}
    names = {code: rule.name for code, rule in rules.items() if rule}
    manuals = {code: rule.manual_sections() for code, rule in rules.items() if rule}
    environment = Environment(
        loader=FileSystemLoader(str(_HERE / "templates")), autoescape=select_autoescape(["html"])
    )
    return environment.get_template("report.html").render(
        lang=lang,
        t=t,
        repository=repository,
        version=__version__,
        months=months,
        versions=len(records),
        drafts=len({record.draft for record in records}),
        criteria=CRITERIA,
        team_chart=team_chart,
        criteria_chart=criteria_chart,
        rule_trends=rule_trends(records),
        improved=improvements(records),
        names=names,
        manuals=manuals,
        writers=None if authors == "hidden" else _writers(records, months, authors, t, salt),
    )


def _writers(
    records: Sequence[VersionRecord],
    team: Sequence[Any],
    authors: str,
    t: dict[str, Any],
    salt: str,
) -> list[dict[str, Any]]:
    """Return each writer's section: label, counts, chart against the team, lessons."""
    labels = [m.month for m in team]
    sections = []
    for email, own in writers(records).items():
        latest = own[-1]
        label = writer_label(latest.author, email, authors, salt) or ""
        mine = {m.month: m.overall for m in by_month(own)}
        chart = line_chart(
            labels,
            {label: [mine.get(month) for month in labels],
             t["team_mean"]: [m.overall for m in team]},
            title=f"{t['overall']}: {label}",
        )  # fmt: skip
        sections.append(
            {
                "label": label,
                "versions": len(scored(own)),
                "drafts": len({r.draft for r in own}),
                "chart": chart,
                "lessons": lessons(own),
            }
        )
    return sections
