"""The ``json`` format: one document, ``{"version": 2, "reports": [...], "errors": [...]}``.

Each report is :meth:`postcheck.core.report.Report.to_dict`; each error is ``{"path", "message"}``.
"""

from __future__ import annotations

import json

from postcheck.core.report import SCHEMA_VERSION
from postcheck.output.types import RunResult


def format_json(result: RunResult, color: bool = False) -> str:
    """Return the run as one JSON document (``color`` is ignored)."""
    document = {
        "version": SCHEMA_VERSION,
        "reports": [report.to_dict() for report in result.reports],
        "errors": [{"path": error.path, "message": error.message} for error in result.errors],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
