"""The web app behind ``postcheck serve``: one page and a small JSON interface (Starlette).

Routes (every ``POST`` takes and returns JSON)::

    GET  /                 the page
    GET  /static/…         its script and style sheet (shipped in the package: no CDN)
    POST /api/check        findings, scores, metrics and previews of a text
    POST /api/fix          the text with every safe fix applied
    POST /api/draft-vocab  the text with a word added to its front matter's vocab
    POST /api/vocab        add a word to the team's vocabulary (only on a folder)
    GET  /api/files        the folder's drafts with their scores
    GET  /api/file?path=   open a draft;  POST /api/file  save it (refused when it changed)

Bad input is ``{"error": "one line"}`` with status 422 (409 for a file changed on disk, 413 for
a request over the size limit). :mod:`postcheck.web.guard` keeps other web sites out.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from postcheck.api import check_file
from postcheck.core.errors import InputError, PostcheckError
from postcheck.core.kinds import CRITERIA
from postcheck.core.version import __version__
from postcheck.engine.vocab import add_to_config, with_draft_vocab
from postcheck.web.checking import CheckRequest, choices, fixed_text, page_check
from postcheck.web.guard import Guard
from postcheck.web.workspace import ConflictError, Workspace

_HERE = resources.files("postcheck.web")

#: The page's interface text in Finnish, Swedish and English.
STRINGS: dict[str, dict[str, str]] = json.loads((_HERE / "strings.json").read_text("utf-8"))


def _interface_lang(workspace: Workspace) -> tuple[str, bool]:
    """Return the language the page speaks, and whether config fixes it.

    Config's ``messages`` or ``lang`` (``fi``, ``sv`` or ``en``) fix it; otherwise the page starts
    in Finnish and follows the language of the draft being written.
    """
    config = workspace.config()
    for lang in (config.messages, config.lang):
        if lang in STRINGS:
            return lang, True
    return "fi", False


def create_app(
    workspace: Workspace, *, max_request_mb: float = 5.0, hosts: Sequence[str] = ()
) -> Starlette:
    """Return the app serving ``workspace``.

    Requests over ``max_request_mb`` are refused, and so are requests addressed to a host other
    than this machine's names and ``hosts``.
    """
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    lock = threading.Lock()  # one check at a time: the analysis caches are shared
    scores: dict[tuple[str, int, int, str | None], dict[str, Any]] = {}

    def locked(work: Callable[[], Any]) -> Any:
        with lock:
            return work()

    async def page(request: Request) -> Response:
        lang, fixed = _interface_lang(workspace)
        return templates.TemplateResponse(
            request,
            "page.html",
            {
                "strings": STRINGS,
                "lang": lang,
                "fixed_lang": fixed,
                "criteria": CRITERIA,
                "choices": choices(workspace.config()),
                "folder": str(workspace.root) if workspace.root else None,
                "vocabulary_file": str(workspace.vocabulary_file() or ""),
                "version": __version__,
            },
        )

    async def check(request: Request) -> Response:
        wanted = CheckRequest.from_json(await request.json())
        config = workspace.config(wanted.path)
        return JSONResponse(await run_in_threadpool(locked, lambda: page_check(wanted, config)))

    async def fix(request: Request) -> Response:
        wanted = CheckRequest.from_json(await request.json())
        config = workspace.config(wanted.path)
        text, applied = await run_in_threadpool(locked, lambda: fixed_text(wanted, config))
        return JSONResponse({"text": text, "applied": applied})

    async def draft_vocab(request: Request) -> Response:
        data = await request.json()
        text, word = _strings(data, "text", "word")
        new, added = with_draft_vocab(text, [word])
        return JSONResponse({"text": new, "added": added})

    async def team_vocab(request: Request) -> Response:
        data = await request.json()
        (word,) = _strings(data, "word")
        draft = data.get("path") if isinstance(data.get("path"), str) else None
        target = workspace.vocabulary_file(draft or None)
        if target is None:
            raise InputError(
                "the page was started without a folder: there is no team config to add to",
                fix="add the word to this draft, or start postcheck serve on the team's folder",
            )
        added = await run_in_threadpool(locked, lambda: add_to_config(target, [word]))
        return JSONResponse({"added": added, "file": str(target)})

    def listing() -> list[dict[str, Any]]:
        drafts = []
        for relative in workspace.drafts():
            path = workspace.resolve(relative)
            status = path.stat()
            config = workspace.config(relative)
            key = (relative, status.st_mtime_ns, status.st_size, config.path)
            if key not in scores:
                try:
                    report = check_file(path, config=config)
                    scores[key] = {"score": report.score, "band": report.band, "error": None}
                except PostcheckError as error:
                    scores[key] = {"score": None, "band": None, "error": str(error)}
            drafts.append({"path": relative, **scores[key]})
        return drafts

    async def files(request: Request) -> Response:
        return JSONResponse({"drafts": await run_in_threadpool(locked, listing)})

    async def open_file(request: Request) -> Response:
        opened = workspace.open(request.query_params.get("path", ""))
        return JSONResponse({"path": opened.path, "text": opened.text, "stamp": opened.stamp})

    async def save_file(request: Request) -> Response:
        path, text, opened = _strings(await request.json(), "path", "text", "stamp")
        saved = workspace.save(path, text, opened)
        return JSONResponse({"path": saved.path, "stamp": saved.stamp})

    async def refused(request: Request, error: Exception) -> Response:
        status = 409 if isinstance(error, ConflictError) else 422
        return JSONResponse({"error": str(error)}, status_code=status)

    async def not_json(request: Request, error: Exception) -> Response:
        return JSONResponse({"error": "the request is not valid JSON; reload the page"}, 422)

    async def not_text(request: Request, error: Exception) -> Response:
        return JSONResponse({"error": "the request is not UTF-8 text; reload the page"}, 422)

    return Starlette(
        routes=[
            Route("/", page),
            Route("/api/check", check, methods=["POST"]),
            Route("/api/fix", fix, methods=["POST"]),
            Route("/api/draft-vocab", draft_vocab, methods=["POST"]),
            Route("/api/vocab", team_vocab, methods=["POST"]),
            Route("/api/files", files),
            Route("/api/file", open_file, methods=["GET"]),
            Route("/api/file", save_file, methods=["POST"]),
            Mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static"),
        ],
        middleware=[Middleware(Guard, max_bytes=int(max_request_mb * 1024 * 1024), hosts=hosts)],
        exception_handlers={
            PostcheckError: refused,
            json.JSONDecodeError: not_json,
            UnicodeDecodeError: not_text,
        },
    )


def _strings(data: Any, *keys: str) -> tuple[str, ...]:
    """Return the text values of ``keys`` in a JSON object; InputError when one is missing."""
    if not isinstance(data, dict):
        raise InputError("the request is not a JSON object", fix="reload the page")
    values = tuple(data.get(key) for key in keys)
    for key, value in zip(keys, values, strict=True):
        if not isinstance(value, str):
            raise InputError(f"the request has no {key}", fix="reload the page")
    return values  # type: ignore[return-value]


def folder_workspace(folder: str | None, config: str | None) -> Workspace:
    """Return the workspace for ``postcheck serve [FOLDER] [--config FILE]``."""
    root = Path(folder).resolve() if folder else None
    if root is not None and not root.is_dir():
        raise InputError("not a folder", path=folder, fix="name the folder of your drafts")
    return Workspace(root, Path(config).resolve() if config else None)
