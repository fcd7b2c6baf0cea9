"""The Python API: :func:`check` a draft's text or :func:`check_file` a draft on disk.

Settings come, most specific first, from the call's arguments, the draft's front matter and
the config; whatever none of them sets is left open (no channel: the body is read as Markdown
for ``.md`` files and as typed otherwise; no language: detected with Voikko).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from postcheck.analysis import analyse
from postcheck.config import Config, config_for, load_config
from postcheck.draft import MARKDOWN_SUFFIXES, normalise, parse_draft, read_text
from postcheck.engine import run_rules
from postcheck.errors import InputError
from postcheck.frontmatter import parse_front_matter
from postcheck.nlp.language import detect_language
from postcheck.profiles import LANGUAGES, POST_TYPES, get_audience, get_channel
from postcheck.report import Report
from postcheck.rules.base import Context
from postcheck.scoring import criterion_scores, overall_score
from postcheck.vocabulary import Vocabulary

ConfigLike = Config | str | Path | None


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
    """Check a draft's text and return its :class:`~postcheck.report.Report`.

    ``config`` is a :class:`~postcheck.config.Config`, a path to a config file, or None for the
    defaults. ``path`` only names the draft in the report and decides Markdown for ``.md`` names.
    Raises :class:`~postcheck.errors.PostcheckError` for bad input, config or set-up.
    """
    settings = _resolve_config(config)
    text = normalise(text)
    front_matter = parse_front_matter(text, path=path)
    front = front_matter.data
    channel_name = _pick(channel, front.get("channel"), settings.channel)
    audience_name = _pick(audience, front.get("audience"), settings.audience)
    lang_name = _pick(lang, front.get("lang"), settings.lang)
    type_name = _pick(type, front.get("type"), settings.type)
    profile = get_channel(channel_name, path=path) if channel_name else None
    target = get_audience(audience_name, path=path) if audience_name else None
    if lang_name is not None and lang_name not in LANGUAGES:
        raise InputError(f"unknown language '{lang_name}'", path=path, fix="use fi or en")
    if type_name is not None and type_name not in POST_TYPES:
        raise InputError(
            f"unknown post type '{type_name}'", path=path, fix=f"use one of {', '.join(POST_TYPES)}"
        )
    markdown = (
        profile.markdown if profile else bool(path and path.lower().endswith(MARKDOWN_SUFFIXES))
    )
    draft = parse_draft(text, markdown=markdown, path=path, front_matter=front_matter)
    detected = lang_name or detect_language(draft.prose)
    analysis = analyse(draft, detected)
    vocabulary = Vocabulary(settings.accept).extended(front.get("vocab") or ())
    context = Context(analysis, profile, target, type_name, vocabulary)
    words = len(analysis.words())
    message_lang = detected if settings.messages == "auto" else settings.messages
    run = run_rules(context, settings, message_lang=message_lang, words=words)
    scores = criterion_scores((finding.criterion, finding.cost) for finding in run.findings)
    return Report(
        path=path,
        channel=profile.name if profile else None,
        audience=target.name if target else None,
        lang=detected,
        type=type_name,
        findings=run.findings,
        scores=scores,
        score=overall_score(scores, run.measured),
        metrics={
            "words": words,
            "sentences": sum(1 for sentence in analysis.doc.sents if sentence.text.strip()),
            "paragraphs": len(draft.blocks),
        },
    )


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
    name = str(path)
    text = read_text(path)
    settings = _resolve_config(config) if config is not None else config_for(path)
    return check(
        text, channel=channel, audience=audience, lang=lang, type=type, config=settings, path=name
    )
