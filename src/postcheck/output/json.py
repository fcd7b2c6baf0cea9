"""The ``json`` format: one document, ``{"version": 2, "reports": [...], "errors": [...]}``.

Each report is :meth:`postcheck.core.report.Report.to_dict`; each error is ``{"path", "message"}``.
The document is ``json.dumps(..., indent=2)`` of that, byte for byte; a report's part can be
rendered apart (:func:`render_report`), as ``--jobs`` workers do, and only joined here.
"""

from __future__ import annotations

import json

from postcheck.core.report import SCHEMA_VERSION, Report
from postcheck.output.types import RunResult

#: A report's indentation in the document: inside the top object, inside the reports list.
_IN_LIST = " " * 4


def render_report(report: Report) -> str:
    """Return ``report`` as :func:`format_json` writes it, indented for its place in the list."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n" + _IN_LIST)


def format_json(result: RunResult, color: bool = False) -> str:
    """Return the run as one JSON document (``color`` is ignored)."""
    rendered = result.rendered or (None,) * len(result.reports)
    pieces = [
        piece if piece is not None else render_report(report)
        for report, piece in zip(result.reports, rendered, strict=True)
    ]
    errors = [{"path": error.path, "message": error.message} for error in result.errors]
    document = json.dumps(
        {"version": SCHEMA_VERSION, "reports": [], "errors": errors}, ensure_ascii=False, indent=2
    )
    if not pieces:
        return document + "\n"
    # the first '"reports": []' is the key itself: inside a string its quotes are escaped
    head, tail = document.split('"reports": []', 1)
    listed = (",\n" + _IN_LIST).join(pieces)
    return "".join((head, '"reports": [\n', _IN_LIST, listed, "\n  ]", tail, "\n"))
