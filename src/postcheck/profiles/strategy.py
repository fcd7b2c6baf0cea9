"""The team's strategy settings from config: key messages, brand names, preferred words.

``[strategy]`` holds ``key_messages`` (terms or phrases, matched by base form) and ``brands``
(names to write exactly so); ``[vocabulary]`` holds ``prefer`` (avoided word → preferred word)
and ``reject`` (words never to use), besides ``accept``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Strategy:
    """What the company wants its content to say and how it names things."""

    key_messages: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    prefer: Mapping[str, str] = field(default_factory=dict)
    reject: tuple[str, ...] = ()
