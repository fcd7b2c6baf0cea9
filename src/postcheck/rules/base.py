"""What a rule is: code, name, criterion, severity, scope, options, manual, and a check.

A rule reads a :class:`Context` (the analysed draft, its channel, audience and type, the team's
vocabulary) and yields :class:`Problem` objects: a span of prose and a message. It never prints,
reads files or scores; the engine turns problems into findings with lines and columns.

Write a rule like this::

    class ExclamationMarks(Rule):
        \"\"\"Too many exclamation marks.

        The manual: what the rule finds, why it matters, how to fix it, its options.
        \"\"\"

        code = "PC901"
        name = "exclamation-marks"
        criterion = "interesting"
        severity = "warning"
        options = {"max": 2}

        def check(self, context):
            marks = [t for t in context.doc if t.text == "!"]
            if len(marks) > self.values["max"]:
                yield Problem(marks[0].idx, marks[0].idx + 1,
                              Message(fi="Liikaa huutomerkkejä.", en="Too many exclamation marks."))
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import regex

from postcheck.analysis.context import Context, Space
from postcheck.core.schema import Field, defaults

#: What a rule code (``PC101``) and a rule name (``spelling``) look like.
CODE = regex.compile(r"[A-Z]{2,8}\d{3,4}")
NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Message:
    """A finding's message in Finnish, English and Swedish; the report shows the draft's language.

    A message without its Swedish text shows the English one to Swedish drafts.
    """

    fi: str
    en: str
    sv: str = ""

    def text(self, lang: str) -> str:
        """Return the message in ``lang`` ("fi", "sv" or "en")."""
        if lang == "fi":
            return self.fi
        if lang == "sv" and self.sv:
            return self.sv
        return self.en


@dataclass(frozen=True)
class Problem:
    """What a rule found: a span ``[start, end)``, a message and suggestions.

    ``space`` says what the offsets count in: ``"prose"`` (the ``Doc``'s text, the default),
    ``"post"`` (the post as the channel publishes it, ``context.post``) or ``"file"`` (the file's
    text: front matter, Markdown syntax, comments). The engine maps every span to the file.
    """

    start: int
    end: int
    message: Message
    suggestions: tuple[str, ...] = ()
    space: Space = "prose"
    #: A safe, deterministic replacement for the span (applied by ``--fix``), or None.
    fix: str | None = None

    @classmethod
    def on_token(cls, token: Any, message: Message, suggestions: tuple[str, ...] = ()) -> Problem:
        """Return a problem spanning one spaCy token."""
        return cls(token.idx, token.idx + len(token.text), message, tuple(suggestions))

    @classmethod
    def on_sentence(cls, prose: str, sentence: Any, message: Message) -> Problem:
        """Return a problem over a sentence of the prose (a spaCy span), see :meth:`on_prose`."""
        return cls.on_prose(prose, sentence.start_char, sentence.end_char, message)

    @classmethod
    def on_prose(cls, prose: str, start: int, end: int, message: Message) -> Problem:
        """Return a problem over prose ``[start, end)`` without its trailing whitespace.

        A span that is all whitespace keeps one character, so the finding still has a place.
        """
        text = prose[start:end].rstrip()
        return cls(start, min(len(prose), start + max(1, len(text))), message)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement :meth:`check`.

    The subclass's docstring is its manual (``postcheck explain CODE`` prints it).
    """

    #: Stable code, such as ``PC101``; never reused for another rule.
    code: ClassVar[str]
    #: Readable name, such as ``spelling``; config and comments may use it instead of the code.
    name: ClassVar[str]
    #: The criterion the rule measures (one of :data:`postcheck.core.report.CRITERIA`).
    criterion: ClassVar[str]
    #: Default severity: ``error``, ``warning`` or ``info``.
    severity: ClassVar[str] = "warning"
    #: Languages the rule applies to; None for all.
    languages: ClassVar[frozenset[str] | None] = None
    #: Channels the rule applies to; None for all (and for drafts without a channel).
    channels: ClassVar[frozenset[str] | None] = None
    #: True for rules about the channel itself: they run only when the draft has a channel.
    requires_channel: ClassVar[bool] = False
    #: Post types the rule applies to (``crisis``); None for all.
    types: ClassVar[frozenset[str] | None] = None
    #: The options config may set (``[rules.NAME]``): each a :class:`~postcheck.core.schema.Field`
    #: with its default and range, or just a default (its kind then follows the default's type).
    options: ClassVar[Mapping[str, Any]] = {}
    #: True when the flagged text is one word the team's vocabulary can accept (spelling): the
    #: page and editors then offer "add to vocabulary" for its findings.
    accepts_vocabulary: ClassVar[bool] = False
    #: True when the flagged text is personal data: reports that quote drafts never quote it.
    private: ClassVar[bool] = False
    #: True when the rule reads what Voikko's helper process works out ahead of the rules
    #: (suggestions, grammar errors): it runs after the others, which gives the helper their
    #: time. The findings and their order are the same either way.
    reads_look_ahead: ClassVar[bool] = False

    #: Points the rule's evidence earns its criterion when the draft has what the rule looks for
    #: (a hook, a fact, a next step …); 0 for rules that only find faults. See :meth:`evidence`.
    earns: ClassVar[float] = 0
    #: What earns those points, for the score's explanation ("a first sentence that hooks").
    earned_by: ClassVar[Message] = Message("", "")

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        #: The option values in force: the defaults overridden by config.
        self.values: dict[str, Any] = {**defaults(self.option_fields()), **(options or {})}

    @classmethod
    def option_fields(cls) -> dict[str, Field]:
        """Return the rule's options as schema fields (a plain default becomes its field)."""
        return {name: Field.of(option) for name, option in cls.options.items()}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield the problems found in the draft."""
        raise NotImplementedError

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return how much of what the rule looks for the draft has, 0–1 (None: not assessed).

        Rules with :attr:`earns` > 0 judge both ways: the score earns ``earns × evidence``
        points, and the rule's findings explain what is missing instead of costing again.
        ``problems`` are what :meth:`check` found in this draft.
        """
        return None

    @classmethod
    def applies_to(cls, context: Context) -> bool:
        """Return True when the rule runs for this draft: its language, channel and type."""
        channel = context.channel.name if context.channel else None
        if cls.languages is not None and context.lang not in cls.languages:
            return False
        if cls.requires_channel and channel is None:
            return False
        if cls.types is not None and context.type not in cls.types:
            return False
        return cls.channels is None or (channel is not None and channel in cls.channels)

    @classmethod
    def manual(cls) -> str:
        """Return the rule's manual: its docstring, dedented."""
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """Return the first line of the manual."""
        return cls.manual().split("\n", 1)[0]

    @classmethod
    def manual_sections(cls, longest: int = 400) -> dict[str, str]:
        """Return the manual in short, for a card or a hover: summary, why, and what to do.

        ``summary`` is the first paragraph, ``why`` the next one that explains (cut at a word
        boundary after at most ``longest`` characters), ``fix`` the paragraph after "Fix:".
        """
        paragraphs = [" ".join(part.split()) for part in cls.manual().split("\n\n")]
        paragraphs = [paragraph.replace("``", "") for paragraph in paragraphs if paragraph]
        summary = paragraphs[0] if paragraphs else ""
        fix = next((p.removeprefix("Fix:").strip() for p in paragraphs if p.startswith("Fix:")), "")
        why = next(
            (p for p in paragraphs[1:] if not p.startswith(("Fix:", "Options:", "Never reported"))),
            "",
        )
        if len(why) > longest:
            why = why[: why.rfind(" ", 0, longest)] + " …"
        return {"summary": summary, "why": why, "fix": fix}
