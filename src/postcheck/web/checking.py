"""What the page shows for a draft: findings at their spans, scores, metrics and channel previews.

The page's editor is a browser text area, whose offsets count UTF-16 code units; findings give
1-based lines and code-point columns. :func:`page_check` turns one into the other, so that a
mark after an emoji still lands on its word. Each finding also carries what its card offers:
the rule's manual in short, the suggestions, the safe fix, the text that silences it ("ignore
here") and the word "add to vocabulary" would accept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from postcheck.api import check_all
from postcheck.core.errors import InputError
from postcheck.core.kinds import LANGUAGES, POST_TYPES
from postcheck.core.report import Finding, Report
from postcheck.document.draft import normalise, parse_draft
from postcheck.document.frontmatter import parse_front_matter
from postcheck.document.positions import Utf16Offsets
from postcheck.engine.config import Config
from postcheck.engine.fixes import fix_draft
from postcheck.engine.suppressions import SuppressionEdits
from postcheck.profiles.audiences import GENERAL


@dataclass(frozen=True)
class CheckRequest:
    """What the page asks to check: the text, its file (if any) and the writer's choices."""

    text: str
    path: str | None = None
    channels: tuple[str, ...] = ()
    audience: str | None = None
    type: str | None = None
    lang: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> CheckRequest:
        """Read a request from the page's JSON; InputError names what is wrong."""
        if not isinstance(data, Mapping):
            raise InputError("the request is not a JSON object", fix="reload the page")
        text = data.get("text")
        if not isinstance(text, str):
            raise InputError("the request has no text", fix="reload the page")
        channels = data.get("channels") or []
        if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
            raise InputError("channels must be a list of names", fix="reload the page")
        chosen = {key: data.get(key) or None for key in ("path", "audience", "type", "lang")}
        for key, value in chosen.items():
            if value is not None and not isinstance(value, str):
                raise InputError(f"{key} must be text", fix="reload the page")
        return cls(text=normalise(text), channels=tuple(channels), **chosen)

    def reports(self, config: Config) -> list[Report]:
        """Check the text for each chosen channel (else the draft's own)."""
        return check_all(
            self.text,
            channels=list(self.channels) or None,
            audience=self.audience,
            type=self.type,
            lang=self.lang,
            config=config,
            path=self.path or "draft.md",
        )


def _finding(
    finding: Finding,
    *,
    ignoring: SuppressionEdits,
    utf16: Utf16Offsets,
    config: Config,
) -> dict[str, Any]:
    text, index = ignoring.text, ignoring.index
    start = index.line_start(finding.line) + finding.column - 1
    end = index.line_start(finding.end_line) + finding.end_column - 1
    rule = config.rule_set.get(finding.rule)
    edits = ignoring.of(finding)
    word = text[start:end]
    return {
        **finding.to_dict(),
        "start": utf16(start),
        "end": utf16(end),
        "manual": rule.manual_sections() if rule else None,
        "vocabulary": word if rule and rule.accepts_vocabulary and " " not in word else None,
        "ignore": [{"at": utf16(at), "insert": comment} for at, comment in edits],
    }


def _key(finding: Finding) -> tuple[object, ...]:
    return (finding.rule, finding.line, finding.column, finding.end_line, finding.end_column)


def _preview(report: Report, request: CheckRequest, config: Config) -> dict[str, Any]:
    """Return how the post looks on its channel: its text or HTML, counter and fold."""
    if report.channel is None:
        return {"channel": None}
    channel = config.channel_profile(report.channel)
    front = parse_front_matter(request.text, path=request.path)
    draft = parse_draft(request.text, markdown=False, path=request.path, front_matter=front)
    preview: dict[str, Any] = {
        "channel": channel.name,
        "title": channel.title or channel.name,
        "markdown": channel.markdown,
        "length": report.metrics.get("length"),
        "limit": channel.limit,
        "counting": channel.counting,
    }
    if channel.markdown:
        from markdown_it import MarkdownIt

        body = request.text[front.body_start :]
        preview["html"] = MarkdownIt("commonmark", {"html": False}).enable("table").render(body)
    else:
        post = draft.post
        fold = len(report.fold_text) if report.fold_text is not None else None
        preview["text"] = post
        preview["fold"] = Utf16Offsets(post)(fold) if fold is not None else None
    return preview


def _targets(report: Report, config: Config) -> dict[str, float]:
    audience = (config.audience_profile(report.audience) if report.audience else GENERAL).reading(
        report.lang
    )
    return {"lix_max": audience.lix_max, "wiio_max": audience.wiio_max}


def page_check(request: CheckRequest, config: Config) -> dict[str, Any]:
    """Check a draft for the page: findings (merged over channels) and one report per channel."""
    reports = request.reports(config)
    text = request.text
    utf16 = Utf16Offsets(text)
    ignoring = SuppressionEdits(text, parse_front_matter(text, path=request.path).body_start)
    findings: dict[tuple[object, ...], dict[str, Any]] = {}
    for report in reports:
        for finding in report.findings:
            if _key(finding) not in findings:
                findings[_key(finding)] = _finding(
                    finding, ignoring=ignoring, utf16=utf16, config=config
                )
            findings[_key(finding)].setdefault("channels", []).append(report.channel)
    return {
        "lang": reports[0].lang,
        "findings": sorted(findings.values(), key=lambda item: (item["start"], item["end"])),
        "reports": [
            {
                **report.to_dict(),
                "findings": len(report.findings),
                "targets": _targets(report, config),
                "preview": _preview(report, request, config),
            }
            for report in reports
        ],
    }


def fixed_text(request: CheckRequest, config: Config) -> tuple[str, int]:
    """Return the text with every safe fix applied (as ``--fix`` would) and how many."""

    def reports_of(text: str) -> Sequence[Report]:
        again = CheckRequest(text, request.path, request.channels, request.audience,
                             request.type, request.lang)  # fmt: skip
        return again.reports(config)

    fixed, applied, _ = fix_draft(request.text, reports_of, request.path, config)
    return fixed, applied


def choices(config: Config) -> dict[str, list[str]]:
    """Return what the page's menus offer: the config's channels and audiences, types, languages."""
    from postcheck.profiles.audiences import audience_names

    return {
        "channels": config.channel_names(),
        "audiences": sorted({*audience_names(), *config.audiences}),
        "types": list(POST_TYPES),
        "langs": list(LANGUAGES),
    }
