"""The Python API: check a draft's text or file, for one channel or for each of its channels.

:func:`check` and :func:`check_all` take text; :func:`check_file` and :func:`check_file_all`
read a file.

Settings come, most specific first, from the call's arguments, the draft's front matter and
the config; whatever none of them sets is left open (no channel: the body is read as Markdown
for ``.md`` files and as typed otherwise; no language: detected with Voikko). A draft may be for
several channels (``channel: [linkedin, x]`` in its front matter): :func:`check` reports on the
first, :func:`check_all` on each, with the same content findings and each channel's own.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from postcheck.analysis.context import Context
from postcheck.analysis.draft_analysis import BLOCK_WORDS, Analysis, analyse, analyse_part
from postcheck.analysis.grammar import look_ahead_in
from postcheck.core.errors import DependencyError, InputError
from postcheck.core.kinds import LANGUAGES, POST_TYPES
from postcheck.core.report import Report
from postcheck.document.draft import (
    MARKDOWN_SUFFIXES,
    Draft,
    check_size,
    normalise,
    parse_draft,
    read_text,
)
from postcheck.document.frontmatter import FrontMatter, parse_front_matter
from postcheck.engine.config import Config, config_for, load_config
from postcheck.engine.runner import reads_language, run_rules
from postcheck.engine.scoring import readable_cost, score_draft
from postcheck.nlp.language import detect_language, language_of_words
from postcheck.nlp.suggestions import prepare_frequencies
from postcheck.profiles.channels import Channel
from postcheck.profiles.vocabulary import Vocabulary, builtin_words

ConfigLike = Config | str | Path | None
ChannelArg = str | Sequence[str] | None


def _resolve_config(config: ConfigLike) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    return load_config(config)


def _pick(argument: str | None, front: Any, configured: str | None) -> str | None:
    for value in (argument, front, configured):
        if value:
            return str(value)
    return None


def _channel_names(argument: ChannelArg, front: Any, configured: str | None) -> list[str | None]:
    for value in (argument, front, configured):
        if value:
            return [value] if isinstance(value, str) else list(dict.fromkeys(value))
    return [None]


@dataclass(frozen=True)
class _Settings:
    """What a draft is checked as, resolved from arguments, front matter and config."""

    audience: str | None
    lang: str | None
    type: str | None


def _settings(
    front: dict[str, Any], config: Config, path: str | None, **arguments: str | None
) -> _Settings:
    audience = _pick(arguments["audience"], front.get("audience"), config.audience)
    lang = _pick(arguments["lang"], front.get("lang"), config.lang)
    post_type = _pick(arguments["type"], front.get("type"), config.type)
    if audience is not None:
        config.audience_profile(audience, path=path)
    if lang is not None and lang not in LANGUAGES:
        raise InputError(
            f"unknown language '{lang}'", path=path, fix=f"use one of {', '.join(LANGUAGES)}"
        )
    if post_type is not None and post_type not in POST_TYPES:
        raise InputError(
            f"unknown post type '{post_type}'", path=path, fix=f"use one of {', '.join(POST_TYPES)}"
        )
    return _Settings(audience, lang, post_type)


class _Analyses:
    """A draft's analyses, one per (Markdown or not, language), shared by every channel."""

    def __init__(self) -> None:
        self._made: dict[tuple[bool, str], Analysis] = {}
        self._parts: dict[tuple[bool, str, str], Analysis] = {}

    def of(self, draft: Draft, lang: str) -> Analysis:
        """Return ``draft`` analysed in ``lang`` (made on first use)."""
        key = (draft.markdown, lang)
        if key not in self._made:
            self._made[key] = analyse(draft, lang)
        return self._made[key]

    def other_part(self, main: Analysis, lang: str) -> Analysis:
        """Return the paragraphs ``main`` reads in ``lang``, analysed in ``lang`` (made once).

        Made even when the whole draft was analysed in ``lang`` already (a Swedish draft's
        language is read from its Finnish analysis): the other language's rules read its
        paragraphs alone, so each version of a bilingual post is judged the same way, for the
        cost of analysing those paragraphs once more (their words are cached).
        """
        key = (main.draft.markdown, main.lang, lang)
        if key not in self._parts:
            self._parts[key] = analyse_part(main, lang)
        return self._parts[key]


def _report(
    analysis: Analysis,
    channel: Channel | None,
    settings: _Settings,
    config: Config,
    front: dict[str, Any],
    analyses: _Analyses,
) -> Report:
    draft = analysis.draft
    target = config.audience_profile(settings.audience) if settings.audience else None
    accepted = (*config.vocabulary.accept, *(front.get("vocab") or ()))
    context = Context(
        analysis,
        channel,
        target,
        settings.type,
        vocabulary=Vocabulary((*builtin_words(analysis.lang), *accepted)),
        team_vocabulary=config.vocabulary,
        strategy=config.strategy,
        front=front,
        rule_keys=config.rule_set.keys(),
        lang_given=settings.lang is not None,
    )
    context.look_ahead()
    measured = context.readability
    message_lang = analysis.lang if config.messages == "auto" else config.messages
    run = run_rules(context, config, message_lang=message_lang)
    for lang in sorted({lang for *_, lang in analysis.other_languages}):
        # A bilingual post: the other language's own rules read its paragraphs.
        if not reads_language(config, lang):
            continue  # no rule is written for it: its paragraphs need no analysis of their own
        other = replace(
            context,
            analysis=analyses.other_part(analysis, lang),
            vocabulary=Vocabulary((*builtin_words(lang), *accepted)),
        )
        part = run_rules(other, config, message_lang=message_lang, paragraphs_of=analysis)
        run = run.with_findings_of(part)
    scored = score_draft(
        run.findings,
        run.evidence,
        run.measured,
        words=measured.words,
        readable=_readable(context, message_lang),
        settings=config.scoring,
    )
    metrics = measured.metrics(analysis.lang)
    metrics["paragraphs"] = len(draft.blocks)
    fold_text = None
    if channel is not None:
        post = draft.post
        metrics["length"] = channel.length(post)
        if channel.limit is not None:
            metrics["limit"] = channel.limit
        if channel.fold is not None:
            fold_text = post[: channel.fits(post, channel.fold)]
    return Report(
        path=draft.path,
        channel=channel.name if channel else None,
        audience=target.name if target else None,
        lang=analysis.lang,
        type=settings.type,
        findings=scored.findings,
        scores=scored.scores if measured.words else {},
        score=scored.score if measured.words else None,
        metrics=metrics,
        fold_text=fold_text,
        suppressed=run.suppressed,
        assessments=scored.assessments if measured.words else (),
        counted=scored.counted if measured.words else (),
        blockers=scored.blockers,
    )


def _readable(context: Context, lang: str) -> tuple[float, str]:
    """Return what the readability formulas cost the readable score, and why.

    Wiio is a Finnish formula: the reason names it only when it was measured.
    """
    measured, goal = context.readability, context.target
    cost = readable_cost(measured.lix, measured.wiio, measured.words, goal.lix_max, goal.wiio_max)
    lix, lix_max = f"{measured.lix:.0f}", f"{goal.lix_max:g}"
    if measured.wiio is None:
        reasons = {
            "fi": f"LIX {lix}; kohderyhmälle enintään {lix_max}",
            "sv": f"LIX {lix}; för målgruppen högst {lix_max}",
            "en": f"LIX {lix}; for the audience at most {lix_max}",
        }
    else:
        wiio, wiio_max = f"{measured.wiio:.1f}", f"{goal.wiio_max:g}"
        reasons = {
            "fi": f"LIX {lix} ja Wiio {wiio}; kohderyhmälle enintään {lix_max} ja {wiio_max}",
            "sv": f"LIX {lix} och Wiio {wiio}; för målgruppen högst {lix_max} och {wiio_max}",
            "en": f"LIX {lix} and Wiio {wiio}; for the audience at most {lix_max} and {wiio_max}",
        }
    return cost, reasons.get(lang, reasons["en"])


def _checked_arguments(text: object, path: object, channels: object, *names: object) -> str | None:
    """Check the API's arguments: TypeError for a wrong kind, InputError for unusable text.

    Returns ``path`` as text (a :class:`~pathlib.Path` is welcome).
    """
    if not isinstance(text, str):
        raise TypeError(f"the draft's text must be str, not {type(text).__name__}")
    if isinstance(path, os.PathLike):
        path = os.fspath(path)
    if path is not None and not isinstance(path, str):
        raise TypeError(f"path must be str or a path, not {type(path).__name__}")
    if channels is not None and not isinstance(channels, str | list | tuple):
        raise TypeError(f"channel must be a name or a list of names, not {type(channels).__name__}")
    for name in names:
        if name is not None and not isinstance(name, str):
            raise TypeError(f"audience, lang and type must be str, not {type(name).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError(
            f"the text holds a character that is not Unicode text ({error.reason})",
            path=path,
            fix="decode the file as UTF-8 before checking it",
        ) from None
    return path


def _check_channels(
    text: str,
    *,
    channels: ChannelArg,
    audience: str | None,
    lang: str | None,
    type: str | None,
    config: ConfigLike,
    path: str | None,
    first_only: bool,
) -> list[Report]:
    path = _checked_arguments(text, path, channels, audience, lang, type)
    settings_config = _resolve_config(config)
    check_size(text, max_size_mb=settings_config.max_size_mb, name=path)
    text = normalise(text)
    front_matter: FrontMatter = parse_front_matter(text, path=path)
    front = front_matter.data
    names = _channel_names(channels, front.get("channel"), settings_config.channel)
    if first_only:
        names = names[:1]
    try:
        profiles = [
            settings_config.channel_profile(name, path=path) if name else None for name in names
        ]
        settings = _settings(front, settings_config, path, audience=audience, lang=lang, type=type)
    except InputError as error:
        # A bad name from the front matter: say on which line it is.
        for key, argument in (("channel", channels), ("audience", audience)):
            if (
                not argument
                and key in front_matter.key_offsets
                and f"unknown {key} " in error.message
            ):
                line = text.count("\n", 0, front_matter.key_offsets[key]) + 1
                error.message = f"front matter '{key}' on line {line}: {error.message}"
        raise
    suffix_markdown = bool(path and path.lower().endswith(MARKDOWN_SUFFIXES))
    analyses = _Analyses()
    main: dict[bool, Analysis] = {}
    reports = []
    for profile in profiles:
        markdown = profile.markdown if profile else suffix_markdown
        if markdown not in main:
            draft = parse_draft(text, markdown=markdown, path=path, front_matter=front_matter)
            if settings.lang in (None, "fi"):  # analysed in Finnish first
                look_ahead_in(draft)
            main[markdown] = _analysed(draft, settings.lang, analyses)
        reports.append(_report(main[markdown], profile, settings, settings_config, front, analyses))
    return reports


def _analysed(draft: Draft, lang: str | None, analyses: _Analyses) -> Analysis:
    """Return the draft analysed in ``lang``, or in its own language when none is given.

    Most drafts are Finnish: the draft is analysed in Finnish first and its language read from
    those tokens; only a draft that turns out to be in another language is analysed again (and
    the Finnish analysis is kept for its Finnish paragraphs, if it has any).
    """
    if lang is not None:
        return analyses.of(draft, lang)
    finnish = analyses.of(draft, "fi")
    found = _draft_language(draft, finnish)
    return finnish if found == "fi" else analyses.of(draft, found)


def _draft_language(draft: Draft, finnish: Analysis) -> str:
    """Return a draft's language: the text's, but Finnish when its first paragraph is Finnish.

    A bilingual post opens in its main language ("Finnish first, then the same in Swedish"),
    even when the Swedish paragraph is the longer one. ``finnish`` is the draft analysed in
    Finnish; its tokens are the sample read.
    """
    found = language_of_words(finnish.sample_words())
    if found == "fi":
        return found
    first = next(
        (text for block in draft.blocks
         if len((text := draft.prose[block.start : block.end]).split()) >= BLOCK_WORDS),
        None,
    )  # fmt: skip
    return "fi" if first is not None and detect_language(first) == "fi" else found


def check(
    text: str,
    *,
    channel: str | None = None,
    audience: str | None = None,
    lang: str | None = None,
    type: str | None = None,
    config: ConfigLike = None,
    path: str | None = None,
) -> Report:
    """Check a draft's text for one channel and return its :class:`~postcheck.core.report.Report`.

    The channel is ``channel``, else the first of the front matter's, else config's default.
    ``config`` is a :class:`~postcheck.engine.config.Config`, a path to a config file, or None for the
    defaults. ``path`` only names the draft in the report and decides Markdown for ``.md`` names.
    Raises :class:`~postcheck.core.errors.PostcheckError` for bad input, config or set-up.
    """
    [report] = _check_channels(
        text, channels=channel, audience=audience, lang=lang, type=type, config=config,
        path=path, first_only=True,
    )  # fmt: skip
    return report


def check_all(
    text: str,
    *,
    channels: ChannelArg = None,
    audience: str | None = None,
    lang: str | None = None,
    type: str | None = None,
    config: ConfigLike = None,
    path: str | None = None,
) -> list[Report]:
    """Check a draft for each of its channels and return one report per channel, in order.

    The channels are ``channels`` (a name or a list), else the front matter's ``channel`` (a
    name or a list), else config's default; a draft with none gets one report without a channel.
    """
    return _check_channels(
        text, channels=channels, audience=audience, lang=lang, type=type, config=config,
        path=path, first_only=False,
    )  # fmt: skip


def _read(path: str | Path, config: ConfigLike) -> tuple[str, Config]:
    try:
        settings = _resolve_config(config) if config is not None else config_for(path)
    except OSError as error:  # a name too long to look up: say so for the file
        raise InputError(f"cannot read: {error.strerror}", path=str(path)) from error
    return read_text(path, max_size_mb=settings.max_size_mb), settings


def check_file(
    path: str | Path,
    *,
    channel: str | None = None,
    audience: str | None = None,
    lang: str | None = None,
    type: str | None = None,
    config: ConfigLike = None,
) -> Report:
    """Read and check a draft file; without ``config``, the nearest config file applies."""
    text, settings = _read(path, config)
    return check(
        text, channel=channel, audience=audience, lang=lang, type=type, config=settings,
        path=str(path),
    )  # fmt: skip


def check_file_all(
    path: str | Path,
    *,
    channels: ChannelArg = None,
    audience: str | None = None,
    lang: str | None = None,
    type: str | None = None,
    config: ConfigLike = None,
) -> list[Report]:
    """Read a draft file and check it for each of its channels (see :func:`check_all`)."""
    text, settings = _read(path, config)
    return check_all(
        text, channels=channels, audience=audience, lang=lang, type=type, config=settings,
        path=str(path),
    )  # fmt: skip


#: A draft per language, each with a misspelt word: checking them loads what later checks
#: would load on first use (each language's pipeline, the rule set, the dictionaries, the word
#: lists and frequencies a misspelt word's suggestions need).
WARM_UP_DRAFTS = {
    "fi": "Tämä on lämmittely, jossa on yksi kisssa ja linkki https://kinda.fi.",
    "en": "This is a warm-up with one mispelled word and a link to https://kinda.fi.",
    "sv": "Detta är en uppvärmning med ett felstavat ordd och en länk till https://kinda.fi.",
}


def warm_up(config: ConfigLike = None, languages: Sequence[str] = tuple(WARM_UP_DRAFTS)) -> None:
    """Load now what checking drafts in ``languages`` loads on first use.

    For a process that checks drafts as they come (the page, a service of your own, the parent
    of ``--jobs`` workers before they fork): the first draft is then checked as fast as the
    rest (an English or Swedish post's first check takes 0.6–0.8 s of loading otherwise).
    Voikko missing raises :class:`~postcheck.core.errors.DependencyError` (every draft is read
    in Finnish first); a missing English or Swedish dictionary only leaves that language out,
    for its first draft's check to say what to install.

    It ends with :func:`gc.freeze`: what the process holds by then (spaCy, the rule set, the
    word lists: about a hundred thousand objects) is kept out of the garbage collector's full
    collections, which otherwise walk all of it (about 0.3 s each, in the middle of some check)
    and, in ``--jobs`` workers, touch memory the workers share with the parent. The caller's
    own objects of that moment are frozen too: a reference cycle among them is no longer
    collected (:func:`gc.unfreeze` undoes it).
    """
    for lang in languages:
        try:  # as Markdown, as the page and most drafts are: the Markdown parser loads too
            check(WARM_UP_DRAFTS[lang], lang=lang, config=config, path="warm-up.md")
        except DependencyError:
            if lang == "fi":
                raise
            continue
        prepare_frequencies(lang)  # the dictionary a long run looks its thousands of words up in
    gc.freeze()
