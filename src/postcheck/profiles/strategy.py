"""The team's strategy from config (``[strategy]``): key messages and brand names.

``key_messages`` are terms or phrases, matched by base form, of which every draft should touch
one; ``brands`` are names to write exactly so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Strategy:
    """What the company wants its content to say and how it names itself."""

    key_messages: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
