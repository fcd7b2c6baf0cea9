"""``postcheck lsp``: the language server (pygls over stdio).

Diagnostics are sent when a document opens and after it changes: a change waits
:data:`DEBOUNCE` seconds for the next keystroke, a newer version cancels a check that has not
started, and a check that finishes after a newer version arrived is thrown away. Checks run one
at a time in a worker thread, so the server keeps answering (and never holds up saving: it
asks for nothing on save). The nearest ``postcheck.toml`` applies, read again when it changes.
Once the client is initialised, the worker loads Finnish (every draft is read in Finnish first)
and says so in the client's log, or says what to install.

Code actions: each suggestion (the first preferred), the safe fix, *fix all safe fixes*,
*add to the team's vocabulary* (then only the diagnostics of the added word are taken away, no
re-check), *ignore on this line* and *disable for this file*. Hover shows the rule's manual; a
code lens at the top shows the scores; ``postcheck/report`` returns the whole reports.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from postcheck.api import check_all, warm_up
from postcheck.core.errors import PostcheckError
from postcheck.core.kinds import CRITERIA
from postcheck.core.report import Finding, Report
from postcheck.core.version import __version__
from postcheck.document.frontmatter import parse_front_matter
from postcheck.engine.config import (
    CONFIG_FILE,
    Config,
    config_for,
    find_config,
    forget_config_files,
)
from postcheck.engine.fixes import fix_draft
from postcheck.engine.suppressions import SuppressionEdits
from postcheck.engine.vocab import add_to_config
from postcheck.lsp.diagnostics import Lines, diagnostics, without_words
from postcheck.profiles.vocabulary import Vocabulary

#: Seconds a change waits for the next one before it is checked.
DEBOUNCE = 0.05
#: The custom request that returns a document's reports as JSON (``Report.to_dict()``).
REPORT_REQUEST = "postcheck/report"
ADD_WORD = "postcheck.addToVocabulary"
SHOW_SCORES = "postcheck.showScores"
FIX_ALL_KIND = "source.fixAll.postcheck"


@dataclass
class Checked:
    """The latest check of a document: its version, reports and diagnostics."""

    version: int | None
    reports: list[Report] = field(default_factory=list)
    diagnostics: list[types.Diagnostic] = field(default_factory=list)


class PostcheckServer(LanguageServer):
    """postcheck's language server: its documents' latest checks and pending ones."""

    def __init__(self) -> None:
        super().__init__("postcheck", __version__)
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.debounce = DEBOUNCE
        #: Grows whenever the vocabulary changes: a check begun before is not published.
        self.generation = 0
        #: One thread checks, one document at a time: the event loop stays free to answer.
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postcheck-check")
        #: Loading Finnish in the worker, begun once the client is initialised.
        self.warming: asyncio.Future[None] | None = None

    def config_of(self, uri: str) -> Config:
        """Return the config that applies to a document (the nearest one, or the defaults)."""
        path = to_fs_path(uri)
        return config_for(path) if path else Config()

    def path_of(self, uri: str) -> str | None:
        """Return a document's file path (None for an unsaved, untitled one)."""
        return to_fs_path(uri) if uri.startswith("file:") else None

    def reports_of(self, uri: str, text: str) -> list[Report]:
        """Check a document's text as the file it is (Markdown for .md, else plain text)."""
        path = self.path_of(uri) or "untitled.md"
        return check_all(text, config=self.config_of(uri), path=path)

    def lines_of(self, uri: str) -> Lines:
        """Return the document's lines for position conversions."""
        document = self.workspace.get_text_document(uri)
        return Lines(document.source, document.position_codec)

    async def check(self, uri: str, version: int | None, delay: float) -> None:
        """Check a document after ``delay`` unless a newer version replaces this check."""
        await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        text = document.source
        generation = self.generation
        loop = asyncio.get_running_loop()
        try:
            reports = await loop.run_in_executor(self.worker, self.reports_of, uri, text)
        except PostcheckError as error:
            self.window_log_message(
                types.LogMessageParams(types.MessageType.Warning, f"postcheck: {error}")
            )
            reports = []
        current = self.workspace.get_text_document(uri)
        if current.version != version or current.source != text:
            return  # a newer version is on its way
        if generation != self.generation:  # a word was added meanwhile: check with it
            self.schedule(uri, version, 0)
            return
        lines = Lines(text, current.position_codec)
        found = diagnostics(reports, lines, self.config_of(uri)) if reports else []
        self.checked[uri] = Checked(version, reports, found)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
        )

    async def warm_up(self) -> None:
        """Load Finnish in the worker before the first document comes; log how it went."""
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        try:
            await loop.run_in_executor(self.worker, warm_up, None, ["fi"])
        except PostcheckError as error:
            message = types.LogMessageParams(types.MessageType.Warning, f"postcheck: {error}")
        except Exception as error:  # a bug: say so; each check will say it again
            text = f"postcheck: loading Finnish failed ({error!r}); please report this bug"
            message = types.LogMessageParams(types.MessageType.Error, text)
        else:
            seconds = time.perf_counter() - started
            message = types.LogMessageParams(
                types.MessageType.Info, f"postcheck {__version__}: ready ({seconds:.1f} s to load)"
            )
        self.window_log_message(message)

    def schedule(self, uri: str, version: int | None, delay: float) -> None:
        """Check a document soon, cancelling a check of it that has not finished waiting."""
        waiting = self.pending.get(uri)
        if waiting is not None and not waiting.done():
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self.check(uri, version, delay))


server = PostcheckServer()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: PostcheckServer, params: types.DidOpenTextDocumentParams) -> None:
    """Check a document as soon as it opens."""
    ls.schedule(params.text_document.uri, params.text_document.version, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: PostcheckServer, params: types.DidChangeTextDocumentParams) -> None:
    """Check a changed document once the writer pauses."""
    ls.schedule(params.text_document.uri, params.text_document.version, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: PostcheckServer, params: types.DidCloseTextDocumentParams) -> None:
    """Forget a closed document and clear its diagnostics."""
    uri = params.text_document.uri
    waiting = ls.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.checked.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.INITIALIZE)
def initialize(ls: PostcheckServer, params: types.InitializeParams) -> None:
    """Read the client's options: ``{"debounce": seconds}`` changes the wait after a change."""
    options = params.initialization_options
    if isinstance(options, dict) and isinstance(options.get("debounce"), int | float):
        ls.debounce = max(0.0, float(options["debounce"]))


@server.feature(types.INITIALIZED)
def initialized(ls: PostcheckServer, params: types.InitializedParams) -> None:
    """Load Finnish; ask the client to tell about config files changing, when it can."""
    ls.warming = asyncio.ensure_future(ls.warm_up())
    capabilities = ls.client_capabilities.workspace
    watching = capabilities and capabilities.did_change_watched_files
    if watching and watching.dynamic_registration:
        watchers = [
            types.FileSystemWatcher(glob_pattern=f"**/{name}")
            for name in (CONFIG_FILE, "pyproject.toml")
        ]
        ls.client_register_capability(
            types.RegistrationParams(
                registrations=[
                    types.Registration(
                        id="postcheck-config",
                        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                        register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers),
                    )
                ]
            )
        )


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def config_changed(ls: PostcheckServer, params: types.DidChangeWatchedFilesParams) -> None:
    """Check the open documents again: a config file changed, appeared or went away."""
    forget_config_files()
    for uri in list(ls.workspace.text_documents):
        ls.schedule(uri, ls.workspace.get_text_document(uri).version, 0)


def _finding_at(diagnostic: types.Diagnostic, data: dict[str, Any]) -> Finding:
    """Return the finding a diagnostic stands for, on the line the client now shows it."""
    line = diagnostic.range.start.line + 1
    return Finding(data["rule"], data["name"], data["criterion"], "info", "", line, 1, line, 1)


def _replace(uri: str, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    """Return edits of one version of a document: a client refuses them once it has changed."""
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(
        document_changes=[types.TextDocumentEdit(text_document=document, edits=list(edits))]
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True
    ),
)
def code_actions(ls: PostcheckServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """Offer the fixes of the diagnostics in the range, and fixing all safe fixes."""
    uri = params.text_document.uri
    lines = ls.lines_of(uri)
    version = ls.workspace.get_text_document(uri).version
    text = lines.normal
    try:
        body_start = parse_front_matter(text).body_start
    except PostcheckError:  # broken front matter: its own diagnostic says so
        body_start = 0
    ignoring = SuppressionEdits(text, body_start)
    actions: list[types.CodeAction] = []
    for diagnostic in params.context.diagnostics:
        if isinstance(diagnostic.data, dict) and "rule" in diagnostic.data:
            actions.extend(_fixes(uri, version, lines, ignoring, diagnostic, diagnostic.data))
    checked = ls.checked.get(uri)
    if checked and any(f.fix is not None for r in checked.reports for f in r.findings):
        actions.append(
            types.CodeAction(
                title="Fix all safe postcheck fixes",
                kind=FIX_ALL_KIND,
                data={"uri": uri, "version": version},
            )
        )
    return actions


def _fixes(
    uri: str,
    version: int | None,
    lines: Lines,
    ignoring: SuppressionEdits,
    diagnostic: types.Diagnostic,
    data: dict[str, Any],
) -> list[types.CodeAction]:
    """Return one diagnostic's actions: its replacements, add the word, ignore, disable."""

    def action(title: str, **how: Any) -> types.CodeAction:
        return types.CodeAction(
            title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], **how
        )

    replacements = [data["fix"]] if data.get("fix") is not None else []
    replacements = list(dict.fromkeys([*replacements, *data["suggestions"]]))
    actions = [
        action(
            f"Replace with “{replacement}”" if replacement else "Remove",
            is_preferred=position == 0,
            edit=_replace(uri, version, [types.TextEdit(diagnostic.range, replacement)]),
        )
        for position, replacement in enumerate(replacements)
    ]
    if data.get("vocabulary"):
        word = data["vocabulary"]
        command = types.Command(title="Add to vocabulary", command=ADD_WORD, arguments=[uri, word])
        actions.append(action(f"Add “{word}” to the team's vocabulary", command=command))
    edits = ignoring.of(_finding_at(diagnostic, data))
    ignore = [types.TextEdit(_at(lines, at), lines.ended(insert)) for at, insert in edits]
    title = f"Ignore {data['rule']} on this line"
    actions.append(action(title, edit=_replace(uri, version, ignore)))
    comment = lines.ended(f"<!-- postcheck-disable-file {data['rule']} -->\n")
    disable = [types.TextEdit(_at(lines, ignoring.body_start), comment)]
    title = f"Disable {data['rule']} for this file"
    actions.append(action(title, edit=_replace(uri, version, disable)))
    return actions


def _at(lines: Lines, offset: int) -> types.Range:
    position = lines.at_offset(offset)
    return types.Range(position, position)


@server.feature(types.CODE_ACTION_RESOLVE)
async def resolve_fix_all(ls: PostcheckServer, action: types.CodeAction) -> types.CodeAction:
    """Compute the edit of "fix all" only when the writer chooses it (in the check worker)."""
    data = action.data if isinstance(action.data, dict) else {}
    uri, version = data.get("uri", ""), data.get("version")
    if ls.workspace.get_text_document(uri).version != version:
        return action  # the document changed since: no edit, the next request offers a new one
    lines = ls.lines_of(uri)
    text = lines.normal

    def fixed_text() -> str:
        path = ls.path_of(uri) or "untitled.md"
        fixed, _, _ = fix_draft(
            text, lambda draft: ls.reports_of(uri, draft), path, ls.config_of(uri)
        )
        return fixed

    loop = asyncio.get_running_loop()
    fixed = await loop.run_in_executor(ls.worker, fixed_text)
    if ls.workspace.get_text_document(uri).version != version:
        return action
    head = 0
    while head < min(len(text), len(fixed)) and text[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < min(len(text), len(fixed)) - head and text[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    edit = types.TextEdit(
        types.Range(lines.at_offset(head), lines.at_offset(len(text) - tail)),
        lines.ended(fixed[head : len(fixed) - tail]),
    )
    action.edit = _replace(uri, version, [edit] if text != fixed else [])
    return action


@server.command(ADD_WORD)
def add_word(ls: PostcheckServer, uri: str, word: str) -> dict[str, Any]:
    """Add a word to the team's config (the nearest, else a new one beside the document).

    Then the diagnostics of that word are taken away, without a re-check, in the open documents
    that config applies to; a check already under way is run again.
    """
    target = _vocabulary_file(ls, uri)
    added = add_to_config(target, [word])
    ls.generation += 1
    accepted = Vocabulary([word])
    for other, checked in ls.checked.items():
        if _vocabulary_file(ls, other).resolve() != target.resolve():
            continue
        kept = without_words(checked.diagnostics, accepted)
        if len(kept) != len(checked.diagnostics):
            checked.diagnostics = kept
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=other, diagnostics=kept, version=checked.version)
            )
    return {"added": added, "file": str(target)}


def _vocabulary_file(ls: PostcheckServer, uri: str) -> Path:
    """Return the config file a document's words are added to."""
    path = ls.path_of(uri)
    folder = Path(path).parent if path else Path.cwd()
    return find_config(folder / "draft.md") or folder / CONFIG_FILE


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: PostcheckServer, params: types.HoverParams) -> types.Hover | None:
    """Show the manual of the rules whose diagnostics cover the position."""
    checked = ls.checked.get(params.text_document.uri)
    if checked is None:
        return None
    position = params.position
    covering = [d for d in checked.diagnostics if _covers(d.range, position)]
    if not covering:
        return None
    config = ls.config_of(params.text_document.uri)
    parts = []
    for diagnostic in covering:
        rule = config.rule_set.get(str(diagnostic.code))
        if rule is None:
            continue
        parts.append(
            f"**{rule.code} {rule.name}** · {rule.criterion} · {rule.severity}\n\n{rule.manual()}"
        )
    if not parts:
        return None
    return types.Hover(
        contents=types.MarkupContent(types.MarkupKind.Markdown, "\n\n---\n\n".join(parts)),
        range=covering[0].range,
    )


def _covers(span: types.Range, position: types.Position) -> bool:
    start, end = span.start, span.end
    after_start = (position.line, position.character) >= (start.line, start.character)
    before_end = (position.line, position.character) <= (end.line, end.character)
    return after_start and before_end


def scores_title(report: Report) -> str:
    """Return one line of a report's scores: overall, band, and each criterion."""
    if report.score is None:
        return "postcheck: no prose to score"
    channel = f" ({report.channel})" if report.channel else ""
    parts = [f"{criterion} {report.scores[criterion]}" for criterion in CRITERIA]
    return f"postcheck{channel} {report.score} {report.band} · " + " · ".join(parts)


@server.feature(types.TEXT_DOCUMENT_CODE_LENS)
def code_lens(ls: PostcheckServer, params: types.CodeLensParams) -> list[types.CodeLens]:
    """Show the scores at the top of the document, one lens per channel."""
    checked = ls.checked.get(params.text_document.uri)
    if checked is None:
        return []
    top = types.Range(types.Position(0, 0), types.Position(0, 0))
    return [
        types.CodeLens(
            range=top,
            command=types.Command(
                title=scores_title(report),
                command=SHOW_SCORES,
                arguments=[params.text_document.uri, index],
            ),
        )
        for index, report in enumerate(checked.reports)
    ]


@server.command(SHOW_SCORES)
def show_scores(ls: PostcheckServer, uri: str, index: int = 0) -> str:
    """Show what earned and cost each score (the text of ``postcheck score``)."""
    from postcheck.output.text import explain_scores

    checked = ls.checked.get(uri)
    if checked is None or not checked.reports:
        return ""
    explanation = explain_scores(checked.reports[int(index)])
    ls.window_show_message(types.ShowMessageParams(types.MessageType.Info, explanation))
    return explanation


@server.feature(REPORT_REQUEST)
def report_request(ls: PostcheckServer, params: Any) -> list[dict[str, Any]]:
    """Return a document's latest reports (``Report.to_dict()``), for clients that draw a panel."""
    uri = params["uri"] if isinstance(params, dict) else params.uri
    checked = ls.checked.get(uri)
    return [report.to_dict() for report in checked.reports] if checked else []


def main() -> None:
    """Run the server over standard input and output."""
    server.start_io()
