"""What history checks is kept, so that a second run checks only what is new.

A version's result depends on its text (the blob), the config files and packs of its commit
(their hash) and which of them applies to it, whether it is read as Markdown (its name ending)
and postcheck's own version: those make the key. The cache is an SQLite file in the repository's git folder, where git never commits it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from postcheck.core.version import __version__
from postcheck.history.records import Summary


def key(blob: str, config: str, config_file: str | None, path: str) -> str:
    """Return the cache key of a draft version.

    ``config`` is the hash of its commit's config files and packs, ``config_file`` the one
    that applies to the draft (its path in the repository; None for the defaults).
    """
    kind = "md" if path.lower().endswith((".md", ".markdown")) else "txt"
    return f"{blob}:{config}:{config_file or '-'}:{kind}:{__version__}"


class Cache:
    """Results by key: the summaries of a version, or the one-line error it gave."""

    def __init__(self, path: Path | None) -> None:
        self.connection = sqlite3.connect(str(path) if path else ":memory:")
        self.connection.execute(
            "create table if not exists results (key text primary key, value text not null)"
        )
        self.hits = 0

    def get(self, wanted: str) -> list[Summary] | str | None:
        """Return the cached summaries or error of a key, or None."""
        row = self.connection.execute(
            "select value from results where key = ?", (wanted,)
        ).fetchone()
        if row is None:
            return None
        self.hits += 1
        value = json.loads(row[0])
        if isinstance(value, str):
            return value
        return [Summary.from_dict(item) for item in value]

    def put(self, wanted: str, value: list[Summary] | str) -> None:
        """Keep a result."""
        data = value if isinstance(value, str) else [summary.to_dict() for summary in value]
        self.connection.execute(
            "insert or replace into results values (?, ?)", (wanted, json.dumps(data))
        )

    def close(self) -> None:
        """Write what was kept and close the file."""
        self.connection.commit()
        self.connection.close()
