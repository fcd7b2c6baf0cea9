"""PC002 unknown-suppression: a suppression comment that names a rule that does not exist."""

from __future__ import annotations

from collections.abc import Iterator

from postcheck.analysis.context import Context
from postcheck.document.directives import parse_directives
from postcheck.rules.base import Message, Problem, Rule


class UnknownSuppression(Rule):
    """A ``<!-- postcheck-disable … -->`` comment names a rule postcheck does not know.

    A misspelt code in a suppression comment silently suppresses nothing, so the finding you
    meant to silence keeps coming back (or, worse, you believe a rule is off when it is not).
    ``postcheck rules`` lists the codes and names.

    Fix: correct the code or name in the comment.
    """

    code = "PC002"
    name = "unknown-suppression"
    criterion = "correct"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown rule key in a suppression comment."""
        draft = context.analysis.draft
        for directive in parse_directives(draft.text, draft.front_matter.body_start):
            for key in directive.keys:
                if key.upper() in context.rule_keys or key in context.rule_keys:
                    continue
                start = draft.text.find(key, directive.offset)
                yield Problem(
                    start,
                    start + len(key),
                    Message(
                        fi=f"Tuntematon sääntö ”{key}” ohituskommentissa; se ei ohita mitään."
                        " Tarkista koodi (postcheck rules).",
                        en=f"Unknown rule '{key}' in a suppression comment; it suppresses"
                        " nothing. Check the code (postcheck rules).",
                    ),
                    in_source=True,
                )
