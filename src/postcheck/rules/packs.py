"""Declarative rule packs: rules a communications team writes as TOML, without code.

Packs live in the top-level ``rules/fi/`` and ``rules/en/`` folders (shipped), in files a config
names (``packs = ["team-rules.toml"]``), and in the config itself. Each rule is a ``[[rule]]``
table::

    [[rule]]
    name = "stock-opening"          # the rule's name (config and comments use it)
    code = "PC410"                  # its stable code
    type = "existence"              # existence | substitution | occurrence | required | capitalization
    criterion = "interesting"
    severity = "warning"            # error | warning | info (default warning)
    scope = "first-sentence"        # where it looks (default draft), see SCOPES
    terms = ["olla iloinen voida kertoa", "meillä on ilo"]
    message = "Kliseinen aloitus ”{match}”: aloita sillä, mikä lukijaa kiinnostaa."
    message_en = "Stock opening \\"{match}\\": start with what interests the reader."

The types:

* ``existence`` — every match of ``terms`` (by base form, multi-word in sequence) or ``patterns``
  (regular expressions) is a finding.
* ``substitution`` — ``swap = {term = "better"}``: each term found is a finding suggesting its
  replacement.
* ``occurrence`` — counts ``terms``, ``patterns`` or ``tokens`` (exclamation, question, emoji,
  hashtag, mention, link, number, time — dates and clock times) in each unit of ``scope`` (sentence, paragraph or draft); below
  ``min`` or above ``max`` is a finding.
* ``required`` — at least one of ``terms``, ``patterns`` or ``tokens`` must appear in ``scope``.
* ``capitalization`` — ``names`` must be written exactly so ("LinkedIn", also in "LinkedInissä").

Messages may use ``{match}``, ``{suggestion}``, ``{count}``, ``{min}`` and ``{max}``. Optional
filters: ``lang``, ``types`` (post types), ``channels``, ``audiences``, ``external`` (not for the
``wiki`` channel or the ``sisainen`` audience); ``description`` is the
manual ``postcheck explain`` prints. Patterns run with a time limit, so a pattern that backtracks
catastrophically stops with an error instead of hanging the checker. A broken entry is a
:class:`~postcheck.core.errors.ConfigError` naming the file, the entry and the key.
"""

from __future__ import annotations

import functools
import string
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import regex

from postcheck.analysis.context import Context
from postcheck.analysis.terms import TermMatcher, miswritten_names
from postcheck.analysis.textkinds import title_shaped
from postcheck.core.errors import ConfigError, PostcheckError
from postcheck.core.kinds import CRITERIA, LANGUAGES, SEVERITIES
from postcheck.core.resources import load_toml, rules_dir
from postcheck.core.schema import Field, Fields, check_value, show, validate
from postcheck.core.text import shorten
from postcheck.nlp.tokenizer import NUMBER_KINDS
from postcheck.rules.base import CODE, NAME, Message, Problem, Rule

TYPES = ("existence", "substitution", "occurrence", "required", "capitalization")
SCOPES = (
    "draft", "sentence", "paragraph", "first-sentence", "last-sentence", "first-paragraph",
    "last-paragraph",
)  # fmt: skip
TOKENS: dict[str, frozenset[str]] = {
    "exclamation": frozenset({"punct"}),
    "question": frozenset({"punct"}),
    "emoji": frozenset({"emoji"}),
    "hashtag": frozenset({"hashtag"}),
    "mention": frozenset({"mention"}),
    "link": frozenset({"url", "domain"}),
    "number": NUMBER_KINDS,
    "time": frozenset({"date", "time"}),
}

#: The keys of a ``[[rule]]`` table.
ENTRY_FIELDS: Fields = {
    "name": Field("str", required=True),
    "code": Field("str", required=True),
    "type": Field(TYPES, required=True),
    "criterion": Field(CRITERIA, required=True),
    "message": Field("str", required=True),
    "message_en": "str",
    "message_sv": "str",
    "description": "str",
    "severity": SEVERITIES,
    "scope": SCOPES,
    "lang": LANGUAGES,
    "types": "words",
    "channels": "words",
    "audiences": "words",
    "external": "bool",
    "terms": "words",
    "patterns": "words",
    "names": "words",
    "swap": "table",
    "tokens": tuple(TOKENS),
    "min": "int",
    "max": "int",
    "earns": Field("number", maximum=100),
    "earned_by": "str",
    "earned_by_en": "str",
    "earned_by_sv": "str",
}


@dataclass(frozen=True)
class PackEntry:
    """One validated ``[[rule]]`` of a pack."""

    name: str
    code: str
    type: str
    criterion: str
    message: str
    message_en: str
    origin: str
    message_sv: str = ""
    severity: str = "warning"
    scope: str = "draft"
    lang: str | None = None
    description: str = ""
    types: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    #: Only for posts the public reads: not the ``wiki`` channel nor the ``sisainen`` audience.
    external: bool = False
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    swap: Mapping[str, str] = field(default_factory=dict)
    tokens: str | None = None
    min: int | None = None
    max: int | None = None
    names: tuple[str, ...] = ()
    #: For ``required`` rules: the points having what the rule requires earns its criterion.
    earns: float = 0
    earned_by: str = ""
    earned_by_en: str = ""
    earned_by_sv: str = ""


def parse_entry(data: Mapping[str, Any], *, origin: str, lang: str | None = None) -> PackEntry:
    """Validate one ``[[rule]]`` table; a ConfigError names the file, the entry and the key."""
    if "id" in data and "name" not in data:  # packs written before 0.2 call the name "id"
        data = {("name" if key == "id" else key): value for key, value in data.items()}
    given = data.get("name", "?")
    # shown in one line whatever it holds: a name with a line break is shown as Python shows it
    name = given if isinstance(given, str) and given.isprintable() else show(given)
    try:
        values = validate(data, ENTRY_FIELDS, where=origin, unknown="rule key")
        if not NAME.fullmatch(values["name"]):
            raise ConfigError("'name' must be lowercase words joined by '-'", path=origin)
        if not CODE.fullmatch(values["code"]):
            raise ConfigError("'code' must look like ABC123", path=origin)
        for pattern in values.get("patterns", ()):
            try:
                regex.compile(pattern)
            except regex.error as error:
                raise ConfigError(
                    f"'patterns' has an invalid pattern {show(pattern)}: {error}", path=origin
                ) from error
        _check_type_needs(values)
        for key in ("message", "message_en", "message_sv"):
            _check_message(key, values.get(key, ""))
    except ConfigError as error:
        raise ConfigError(f"rule '{name}': {error.message}", path=origin, fix=error.fix) from None
    values.setdefault("message_en", values["message"])
    values.setdefault("lang", lang)
    return PackEntry(**values, origin=origin)


#: The placeholders a message may use.
PLACEHOLDERS = frozenset({"match", "suggestion", "count", "min", "max"})


def _check_message(key: str, message: str) -> None:
    """Refuse a message whose placeholders are broken, unknown or formatted.

    Broken: "{match"; unknown: "{word}"; formatted: "{match:d}", "{match!x}" (a format could
    fail, or fill memory, on every draft that matches).
    """
    try:
        parts = [
            (field, spec, conversion)
            for _, field, spec, conversion in string.Formatter().parse(message)
            if field is not None
        ]
    except ValueError as error:
        raise ConfigError(
            f"'{key}' is not a valid message: {error}",
            fix="write placeholders as {match}; a literal brace as {{ or }}",
        ) from error
    fields = [field for field, _, _ in parts]
    formatted = [field for field, spec, conversion in parts if spec or conversion]
    if formatted:
        raise ConfigError(
            f"'{key}' formats the placeholder {{{formatted[0]}}}; postcheck fills it in as it is",
            fix="write the placeholder plainly, as {" + formatted[0] + "}",
        )
    unknown = [field for field in fields if field not in PLACEHOLDERS]
    if unknown:
        raise ConfigError(
            f"'{key}' has an unknown placeholder {{{unknown[0]}}}",
            fix=f"use {', '.join('{' + name + '}' for name in sorted(PLACEHOLDERS))}",
        )


#: What each type of rule needs: one of these keys.
_NEEDS = {
    "existence": ("terms", "patterns"),
    "substitution": ("swap",),
    "occurrence": ("terms", "patterns", "tokens"),
    "required": ("terms", "patterns", "tokens"),
    "capitalization": ("names",),
}


def _check_type_needs(values: Mapping[str, Any]) -> None:
    """Raise a ConfigError when the rule lacks what its type needs."""
    kind = values["type"]
    needs = _NEEDS[kind]
    if not any(values.get(key) for key in needs):
        raise ConfigError(f"'{needs[0]}' is required for a {kind} rule ({' or '.join(needs)})")
    if kind == "occurrence" and "min" not in values and "max" not in values:
        raise ConfigError("'max' is required for an occurrence rule (min or max)")
    if values.get("earns") and kind != "required":
        raise ConfigError("'earns' is for required rules: they judge what a draft has")


def parse_pack(data: Mapping[str, Any], *, origin: str, lang: str | None = None) -> list[PackEntry]:
    """Validate a pack's ``[[rule]]`` list."""
    rules = check_value(data.get("rule", []), "tables", "rule", origin)
    return [parse_entry(rule, origin=origin, lang=lang) for rule in rules]


def load_pack(path: str | Path, *, lang: str | None = None) -> list[PackEntry]:
    """Load and validate a pack file."""
    file_path = Path(path)
    if not file_path.is_file():
        raise ConfigError(
            "rule pack not found", path=str(path), fix="check the packs path in the config"
        )
    return parse_pack(load_toml(file_path), origin=str(path), lang=lang)


class PackRule(Rule):
    """Base of the rules made from pack entries; :attr:`entry` holds the entry."""

    entry: ClassVar[PackEntry]

    @classmethod
    def applies_to(cls, context: Context) -> bool:
        """Return True when the entry's language, channel, type and audience filters allow it."""
        entry = cls.entry
        channel = context.channel.name if context.channel else None
        audience = context.audience.name if context.audience else None
        return (
            (entry.lang is None or entry.lang == context.lang)
            and (not entry.channels or channel in entry.channels)
            and (not entry.types or context.type in entry.types)
            and (not entry.audiences or audience in entry.audiences)
            and not (entry.external and (channel == "wiki" or audience == "sisainen"))
        )

    def _message(self, **values: Any) -> Message:
        entry = self.entry
        values = {
            key: shorten(value) if isinstance(value, str) else value
            for key, value in values.items()
        }
        return Message(
            fi=entry.message.format_map(_Defaults(values)),
            en=entry.message_en.format_map(_Defaults(values)),
            sv=entry.message_sv.format_map(_Defaults(values)),
        )

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield the problems of the entry's type in its scope."""
        entry = self.entry
        regions = _regions(context, entry.scope)
        yield from getattr(self, "_" + entry.type)(context, regions)

    def _existence(self, context: Context, regions: list[tuple[int, int]]) -> Iterator[Problem]:
        for start, end, text in _matches(context, self.entry, regions):
            yield Problem(start, end, self._message(match=text))

    def _substitution(self, context: Context, regions: list[tuple[int, int]]) -> Iterator[Problem]:
        swap = self.entry.swap
        matcher = TermMatcher(swap)
        for start, end in regions:
            for match in matcher.find(context.doc, start, end):
                better = swap[match.term]
                text = context.prose[match.start : match.end]
                yield Problem(
                    match.start, match.end, self._message(match=text, suggestion=better), (better,)
                )

    def _occurrence(self, context: Context, regions: list[tuple[int, int]]) -> Iterator[Problem]:
        entry = self.entry
        for start, end in regions:
            found = list(_matches(context, entry, [(start, end)]))
            count = len(found)
            values = {"count": count, "min": entry.min, "max": entry.max}
            if entry.max is not None and count > entry.max:
                first, last = found[entry.max], found[-1]
                yield Problem(first[0], last[1], self._message(match=first[2], **values))
            elif entry.min is not None and count < entry.min:
                yield _region_problem(context, start, end, self._message(match="", **values))

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return, for a ``required`` rule that earns, 1 when every scope has what it requires."""
        if not self.earns or not context.analysis.sentences:
            return None
        return 0.0 if problems else 1.0

    def _required(self, context: Context, regions: list[tuple[int, int]]) -> Iterator[Problem]:
        if not context.analysis.sentences:
            return  # nothing to require anything of (PC003 says the draft has no prose)
        for start, end in regions:
            if not any(True for _ in _matches(context, self.entry, [(start, end)])):
                yield _region_problem(context, start, end, self._message(match=""))

    def _capitalization(
        self, context: Context, regions: list[tuple[int, int]]
    ) -> Iterator[Problem]:
        kinds = context.doc._.kinds
        tokens = [
            token
            for token in context.tokens
            if kinds[token.i] in ("word", "hashtag", "code") and _inside(token.idx, regions)
        ]
        for slip in miswritten_names(tokens, self.entry.names):
            yield Problem(
                slip.start,
                slip.start + len(slip.name),
                self._message(match=slip.written, suggestion=slip.name),
                (slip.corrected,),
            )


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _inside(offset: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in regions)


#: A disclosure label a post opens with before its first real sentence.
_LABEL = regex.compile(
    r"(?i)\s*#?(?:mainos|kaupallinen\s*yhteistyö|yhteistyössä|sponsoroitu|reklam|annons"
    r"|kommersiellt\s*samarbete|betalt\s*samarbete|advertisement|sponsored|paid\s*partnership"
    r"|ad)\b"
)


def _opening(context: Context) -> list[tuple[int, int]]:
    """Return the opening sentence: the first one outside headings and a disclosure label.

    A heading or a label line ("Kommersiellt samarbete: Bageri Lindgren") is not where a stock
    opening hides; the sentence after it is. A post's title line ("Tiedote sähkön hinnasta"
    above the body) is read together with the sentence after it: either may open with one. A
    greeting ("Hyvä asiakas,") is an opening.
    """
    prose = context.prose
    blocks = context.draft.blocks
    title = None
    for block in blocks:
        if block.kind == "heading" or _LABEL.match(prose, block.start, block.end):
            continue
        if block is blocks[0] and len(blocks) > 1 and title_shaped(prose[block.start : block.end]):
            title = block.start
            continue
        for sentence in context.analysis.sentences:
            if block.start <= sentence.start_char < block.end:
                start = sentence.start_char if title is None else title
                return [(start, sentence.end_char)]
    return []


def _regions(context: Context, scope: str) -> list[tuple[int, int]]:
    """Return the prose spans a scope covers (one per unit for sentence and paragraph)."""
    sentences = [(s.start_char, s.end_char) for s in context.analysis.sentences]
    paragraphs = [(block.start, block.end) for block in context.draft.blocks]
    if scope == "draft":
        return [(0, len(context.prose))]
    if scope == "sentence":
        return sentences
    if scope == "paragraph":
        return paragraphs
    pick = {
        "first-sentence": _opening(context) or sentences[:1],
        "last-sentence": sentences[-1:],
        "first-paragraph": paragraphs[:1],
        "last-paragraph": paragraphs[-1:],
    }
    return pick[scope]


def _region_problem(context: Context, start: int, end: int, message: Message) -> Problem:
    """Return a problem over the first line of a region, where the missing thing belongs."""
    text = context.prose[start:end]
    line = text.split("\n", 1)[0].rstrip()
    return Problem(start, start + max(1, len(line)) if text else start, message)


def _matches(
    context: Context, entry: PackEntry, regions: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, text) of the entry's terms, patterns and tokens inside the regions."""
    doc = context.doc
    found: list[tuple[int, int, str]] = []
    if entry.terms:
        matcher = TermMatcher(entry.terms)
        for start, end in regions:
            found.extend(
                (m.start, m.end, context.prose[m.start : m.end])
                for m in matcher.find(doc, start, end)
                if not (m.term.islower() and _in_a_name(context, m.start, m.end))
            )
    for pattern in entry.patterns:
        compiled = _compiled(pattern)
        for start, end in regions:
            try:
                left = max(0.001, context.pattern_deadline - time.monotonic())
                for match in compiled.finditer(context.prose, start, end, timeout=left):
                    if match.end() > match.start():
                        found.append((match.start(), match.end(), match.group()))
            except TimeoutError as error:
                raise PostcheckError(
                    f"rule {entry.code} ({entry.name}): the draft's patterns took longer than"
                    f" {context.pattern_budget:g} s (last: {pattern!r})",
                    path=context.draft.path,
                    fix=f"simplify the pattern in {entry.origin}",
                ) from error
    if entry.tokens:
        kinds = doc._.kinds
        wanted = TOKENS[entry.tokens]
        marks = {"exclamation": "!", "question": "?"}.get(entry.tokens)
        for token in context.analysis.tokens:
            if (
                kinds[token.i] in wanted
                and (marks is None or marks in token.text)
                and _inside(token.idx, regions)
            ):
                found.append((token.idx, token.idx + len(token.text), token.text))
    yield from sorted(found)


def _in_a_name(context: Context, start: int, end: int) -> bool:
    """Tell whether a term found capitalised in mid-sentence is a word of a name.

    Beside another name's word (:meth:`~postcheck.analysis.draft_analysis.Analysis.name_beside`):
    "Nordic Ninja" is a fund, "Tiimi Synergia" a company, not the pack's "ninja" or
    "synergia". A term capitalised alone ("We are Agile"), after a common word that opens the
    sentence ("Olemme Ninja") or in a line of Title Case or capitals is still one.
    """
    if not context.prose[start:end][:1].isupper():
        return False
    span = context.doc.char_span(start, end, alignment_mode="expand")
    analysis = context.analysis
    if span is None or not len(span) or analysis.starts_sentence(span[0]):
        return False
    if analysis.in_title_case(span[0]):
        return False  # "How Synergy Drives Growth": every word has its capital
    return analysis.name_beside(span[0], -1) or analysis.name_beside(span[-1], 1)


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def make_rule(entry: PackEntry) -> type[PackRule]:
    """Return a Rule class for a pack entry."""
    manual = entry.description or entry.message
    manual = f"{manual}\n\n(Rule pack {entry.origin}: {entry.type}, scope {entry.scope}.)"
    attributes: dict[str, Any] = {
        "__doc__": manual,
        "__module__": __name__,
        "code": entry.code,
        "name": entry.name,
        "criterion": entry.criterion,
        "severity": entry.severity,
        "languages": frozenset({entry.lang}) if entry.lang else None,
        "entry": entry,
        "earns": entry.earns,
        "earned_by": Message(
            entry.earned_by, entry.earned_by_en or entry.earned_by, entry.earned_by_sv
        ),
    }
    class_name = "".join(part.capitalize() for part in entry.name.split("-")) + "PackRule"
    return type(class_name, (PackRule,), attributes)


@functools.cache
def builtin_pack_rules() -> tuple[type[PackRule], ...]:
    """Return the rules of the shipped packs in ``rules/common``, ``rules/fi`` and ``rules/en``.

    A pack in ``common`` applies to every language (its term lists name words of each);
    ``fi`` and ``en`` packs to their language. Files without ``[[rule]]`` tables are data for other rules (word lists) and are skipped.
    """
    rules: list[type[PackRule]] = []
    for folder_name, lang in (("common", None), ("fi", "fi"), ("sv", "sv"), ("en", "en")):
        folder = rules_dir() / folder_name
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            data = load_toml(path)
            if "rule" in data:
                rules.extend(
                    make_rule(entry)
                    for entry in parse_pack(
                        data, origin=f"rules/{folder_name}/{path.name}", lang=lang
                    )
                )
    return tuple(rules)
