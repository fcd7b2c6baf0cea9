"""PC001 front-matter-key: a front matter key postcheck does not know."""

from __future__ import annotations

from collections.abc import Iterator

from postcheck.analysis.context import Context
from postcheck.rules.base import Message, Problem, Rule


class FrontMatterKey(Rule):
    """A key in the draft's front matter that postcheck does not know.

    Front matter tells postcheck what the draft is for: ``channel``, ``audience``, ``lang``,
    ``type``, ``title``, ``subject``, ``description``, ``vocab``, ``images``, ``author``,
    ``date`` and ``tags``. A misspelt key ("chanel") is silently ignored by every tool that
    reads the draft, so the draft is checked as if the setting were not there. The finding
    names the closest known key.

    Fix: correct the key's spelling, or remove the key if it is for another tool and you do not
    want the reminder (or switch this rule off in config).
    """

    code = "PC001"
    name = "front-matter-key"
    criterion = "correct"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown front matter key."""
        for unknown in context.analysis.draft.front_matter.unknown_keys:
            if unknown.suggestion:
                message = Message(
                    fi=f"Tuntematon metatieto ”{unknown.key}”: tarkoititko ”{unknown.suggestion}”?"
                    " Väärin kirjoitettu avain jää huomiotta.",
                    en=f"Unknown front matter key '{unknown.key}': did you mean"
                    f" '{unknown.suggestion}'? A misspelt key is ignored.",
                )
            else:
                message = Message(
                    fi=f"Tuntematon metatieto ”{unknown.key}”; postcheck ei lue sitä.",
                    en=f"Unknown front matter key '{unknown.key}'; postcheck does not read it.",
                )
            yield Problem(
                unknown.offset,
                unknown.offset + len(unknown.key),
                message,
                suggestions=(unknown.suggestion,) if unknown.suggestion else (),
                in_source=True,
            )
