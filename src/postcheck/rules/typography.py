"""PC131–PC133: Finnish typography that postcheck can fix (``postcheck --fix``).

Kotus's rules for Finnish: quotation marks are ” on both sides, ranges take an en dash
("klo 9–17", "2020–2025"), and a per cent sign is separated from its number by a space
("3,5 %"). Each finding carries its fix, which ``--fix`` applies and ``--diff`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from postcheck.analysis.context import Context
from postcheck.core.text import shorten
from postcheck.rules.base import Message, Problem, Rule

_STRAIGHT_QUOTES = regex.compile(r'"([^"\n]{1,300})"')
_RANGE = regex.compile(
    r"(?:\bklo\s+\d{1,2}(?:[.:]\d{2})?|(?<![\d-])\b(?:1[89]|20)\d{2})(\s?-\s?)"
    r"(?:\d{1,2}(?:[.:]\d{2})?\b|(?:1[89]|20)\d{2}\b)(?![-–]\d)"  # not an ISO date 2020-05-12
)
#: A number of its own glued to "%": not "%tracknr2%", a template variable.
_PERCENT = regex.compile(r"(?<![\p{L}\p{N}_%.,])\d+(?:[.,]\d+)?(%)")
#: Tokens a typography fix never touches: links, addresses, codes, mentions and hashtags.
_UNTOUCHED = frozenset({"url", "domain", "email", "code", "mention", "hashtag"})


#: How far back a path is looked for (a slug is shorter; a long run of text is not read twice).
_PATH_REACH = 200


def _in_path(prose: str, start: int) -> bool:
    """Tell whether ``start`` lies in a path or a link's slug ("/blogi/2019-2020-katsaus").

    The tokenizer knows links with a scheme or a domain; a path without them is the run of
    non-space characters with a "/" before ``start``.
    """
    before = prose[max(0, start - _PATH_REACH) : start]
    return bool(before) and not before[-1].isspace() and "/" in before.split()[-1]


def _in_prose(context: Context, start: int, end: int) -> bool:
    """Tell whether ``[start, end)`` lies in running text, not in a link, path, code or tag."""
    span = context.doc.char_span(start, end, alignment_mode="expand")
    kinds = context.doc._.kinds
    if span is None or any(kinds[token.i] in _UNTOUCHED for token in span):
        return False
    if _in_path(context.prose, start):
        return False
    return not context.draft.in_template(*context.file_span(start, end))


class StraightQuotes(Rule):
    """Straight quotation marks ("…") in Finnish text: Finnish uses ” on both sides.

    Kotus: Finnish quotation marks are the closing curly mark on both sides: ”näin”.

    Fix: ``postcheck --fix`` replaces them.
    """

    code = "PC131"
    name = "straight-quotes"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one fixable problem per pair of straight quotation marks."""
        for match in _STRAIGHT_QUOTES.finditer(context.prose):
            if not _in_prose(context, match.start(), match.end()):
                continue
            replacement = f"”{match.group(1)}”"
            yield Problem(
                match.start(),
                match.end(),
                Message(
                    fi=f"Suomessa lainausmerkit ovat ” ”: {shorten(replacement)}.",
                    en=f"Finnish quotation marks are ” on both sides: {shorten(replacement)}.",
                    sv=f"Finska citattecken är ” på båda sidor: {shorten(replacement)}.",
                ),
                (replacement,),
                fix=replacement,
            )


class RangeDash(Rule):
    """A hyphen in a range of times or years: Finnish uses an en dash ("klo 9–17", "2020–2025").

    Links, paths and their slugs are not text: the dates in ``https://example.fi/2024/05/03/a``
    or ``/blogi/2019-2020-katsaus`` are left as they are, and so are ISO dates ("2020-05-12").

    Fix: ``postcheck --fix`` replaces the hyphen (and the spaces around it) with "–".
    """

    code = "PC132"
    name = "range-dash"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one fixable problem per hyphenated range."""
        for match in _RANGE.finditer(context.prose):
            if not _in_prose(context, match.start(), match.end()):
                continue
            yield Problem(
                match.start(1),
                match.end(1),
                Message(
                    fi=f"Välit merkitään ajatusviivalla: ”{match.group().replace(match.group(1), '–')}”.",
                    en=f'Ranges take an en dash: "{match.group().replace(match.group(1), "–")}".',
                    sv="Intervall skrivs med tankstreck:"
                    f" ”{match.group().replace(match.group(1), '–')}”.",
                ),
                ("–",),
                fix="–",
            )


class PercentSpace(Rule):
    """A per cent sign right after its number ("3,5%"): Finnish puts a space before it ("3,5 %").

    Fix: ``postcheck --fix`` inserts the space.
    """

    code = "PC133"
    name = "percent-space"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one fixable problem per per cent sign glued to its number."""
        for match in _PERCENT.finditer(context.prose):
            if not _in_prose(context, match.start(), match.end()):
                continue
            yield Problem(
                match.start(1),
                match.end(1),
                Message(
                    fi="Prosenttimerkin eteen tulee välilyönti: ”3,5 %”.",
                    en='Finnish puts a space before the per cent sign: "3,5 %".',
                    sv="På finska står det ett mellanslag före procenttecknet: ”3,5 %”.",
                ),
                (" %",),
                fix=" %",
            )


#: The typography rules, in code order.
RULES: tuple[type[Rule], ...] = (StraightQuotes, RangeDash, PercentSpace)
