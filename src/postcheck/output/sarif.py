"""The ``sarif`` format: SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning …).

One run with postcheck as the tool; its driver lists every rule that has a finding, with its
summary, its manual as help text, its default level and its criterion. Each finding is a result
at its exact region (lines and columns 1-based, columns in Unicode code points, end exclusive).
Files that could not be checked are tool notifications.
"""

from __future__ import annotations

import json
from typing import Any

from postcheck.core.version import __version__
from postcheck.output.types import RunResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rules(result: RunResult) -> list[dict[str, Any]]:
    known = result.rules
    rules = []
    seen: set[str] = set()
    for report in result.reports:
        for finding in report.findings:
            if finding.rule in seen:
                continue
            seen.add(finding.rule)
            rule = known.get(finding.rule)
            summary = rule.summary() if rule else finding.name
            rules.append(
                {
                    "id": finding.rule,
                    "name": finding.name,
                    "shortDescription": {"text": summary},
                    "fullDescription": {"text": rule.manual() if rule else summary},
                    "help": {"text": rule.manual() if rule else summary},
                    "defaultConfiguration": {
                        "level": _LEVEL[rule.severity if rule else finding.severity]
                    },
                    "properties": {"criterion": finding.criterion},
                }
            )
    return rules


def format_sarif(result: RunResult, color: bool = False) -> str:
    """Return the run as one SARIF 2.1.0 log (``color`` is ignored)."""
    rules = _rules(result)
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    results = []
    for report in result.reports:
        uri = report.path or "stdin"
        for finding in report.findings:
            entry: dict[str, Any] = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": _LEVEL[finding.severity],
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": {
                                "startLine": finding.line,
                                "startColumn": finding.column,
                                "endLine": finding.end_line,
                                "endColumn": finding.end_column,
                            },
                        }
                    }
                ],
                "properties": {"criterion": finding.criterion, "channel": report.channel},
            }
            if finding.fix is not None:
                entry["fixes"] = [
                    {
                        "description": {"text": f"Replace with {finding.fix!r}"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": uri},
                                "replacements": [
                                    {
                                        "deletedRegion": entry["locations"][0]["physicalLocation"][
                                            "region"
                                        ],
                                        "insertedContent": {"text": finding.fix},
                                    }
                                ],
                            }
                        ],
                    }
                ]
            results.append(entry)
    notifications = [
        {
            "level": "error",
            "message": {"text": error.message},
            **(
                {"locations": [{"physicalLocation": {"artifactLocation": {"uri": error.path}}}]}
                if error.path
                else {}
            ),
        }
        for error in result.errors
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "postcheck",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/postcheck/",
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not result.errors,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
