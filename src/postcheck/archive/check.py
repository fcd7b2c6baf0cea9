"""Checking posts: one output record per post, made with the public API.

An output record holds where the post came from (``source``, ``row``), what the archive said
about it (``id``, ``author``, ``date``), what it was checked as (``channel``, ``audience``,
``type``, ``lang``), its ``words``, its overall ``score`` and ``band``, each criterion's score
(``scores``), how many findings each rule gave (``rules``), the findings themselves in the JSON
report's form (``findings``) and ``error``. A post that cannot be checked (no text, a text over
``max_size_mb``, an unknown channel, audience, language or type) gets its ``error`` and no
scores; the others are still checked.

Each process checks with its own Voikko handle and spaCy pipeline, made once and kept for the
life of the process; a lock makes the threads of one Dask worker take turns with them.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterable
from typing import Any

from postcheck.api import check, warm_up
from postcheck.archive.records import Post
from postcheck.core.errors import PostcheckError
from postcheck.core.kinds import CRITERIA
from postcheck.engine.config import Config
from postcheck.nlp.helpers import no_helper

#: The fields of an output record, in order.
OUTPUT_FIELDS = ("source", "row", "id", "author", "date", "channel", "audience", "type", "lang",
                 "words", "score", "band", "scores", "rules", "findings", "error")  # fmt: skip

#: One check at a time in each process: the Voikko handle and the pipeline are the process's.
_ONE_AT_A_TIME = threading.Lock()


def check_partition(posts: Iterable[Post], config: Config) -> list[dict[str, Any]]:
    """Check posts in order and return their output records."""
    with _ONE_AT_A_TIME:
        _warm_up()
        return [check_post(post, config) for post in posts]


def check_partition_in_worker(posts: Iterable[Post], config: Config) -> list[dict[str, Any]]:
    """:func:`check_partition` in a cluster's worker, one process of one per core.

    Such a worker starts no Voikko work ahead in a helper process
    (:func:`~postcheck.nlp.helpers.no_helper`): it would only compete with the other workers.
    """
    no_helper()
    return check_partition(posts, config)


@functools.cache
def _warm_up() -> None:
    """Load Finnish once per process, out of the garbage collector's way (see ``warm_up``).

    Whatever fails here (Voikko missing, a bug) is left for each post's record to say.
    """
    with contextlib.suppress(Exception):
        warm_up(None, ["fi"])


def check_post(post: Post, config: Config) -> dict[str, Any]:
    """Check one post and return its output record (with ``error`` when it cannot be checked)."""
    if post.problem is not None:
        return failed(post, post.problem)
    text = post.text
    if text is None:
        return failed(post, "the record has no text; name its text column with --column text=NAME")
    if not isinstance(text, str):
        return failed(post, f"the text is {type(text).__name__}, not a string")
    limit = config.max_size_mb * 1_000_000
    if len(text) * 4 > limit and (size := len(text.encode("utf-8", "replace"))) > limit:
        return failed(
            post,
            f"the text is {size / 1_000_000:.1f} MB, over the {config.max_size_mb:g} MB limit; "
            "split the post, or raise max_size_mb in postcheck.toml",
        )
    try:
        report = check(text, channel=post.channel, audience=post.audience, lang=post.lang,
                       type=post.type, config=config)  # fmt: skip
    except PostcheckError as error:
        return failed(post, str(error))
    except Exception as error:  # a bug: said in the record, and the other posts are checked
        return failed(post, f"internal error while checking ({error!r})")
    rules: dict[str, int] = {}
    for finding in report.findings:
        rules[finding.rule] = rules.get(finding.rule, 0) + 1
    scored = report.score is not None
    return {
        **_origin(post),
        "channel": report.channel,
        "audience": report.audience,
        "type": report.type,
        "lang": report.lang,
        "words": int(report.metrics.get("words", 0)),
        "score": report.score,
        "band": report.band,
        "scores": {name: report.scores.get(name) for name in CRITERIA} if scored else None,
        "rules": rules,
        "findings": [finding.to_dict() for finding in report.findings],
        "error": None,
    }


def failed(post: Post, error: str) -> dict[str, Any]:
    """Return the output record of a post that could not be checked."""
    return {
        **_origin(post),
        "channel": post.channel,
        "audience": post.audience,
        "type": post.type,
        "lang": post.lang,
        "words": None,
        "score": None,
        "band": None,
        "scores": None,
        "rules": None,
        "findings": None,
        "error": error,
    }


def _origin(post: Post) -> dict[str, Any]:
    return {"source": post.source, "row": post.row, "id": post.id, "author": post.author,
            "date": post.date}  # fmt: skip
