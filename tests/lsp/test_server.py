"""The language server end to end: ``postcheck lsp`` started over stdio, driven by pytest-lsp."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from tests.nlp.hiding import hidden, needs_namespaces

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]


class EditorClient(LanguageClient):
    """A test client that, like an editor, keeps the version of each document's diagnostics
    and accepts the server's registration of file watchers."""

    def __init__(self) -> None:
        super().__init__(converter_factory=default_converter)
        self.versions: dict[str, int | None] = {}
        self.registrations: list[types.Registration] = []
        register_lsp_features(self, {**DEFAULT_CLIENT_FEATURES, **EDITOR_FEATURES})


def _published(client: EditorClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.versions[params.uri] = params.version


def _register(client: EditorClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


EDITOR_FEATURES = {
    types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _published,
    types.CLIENT_REGISTER_CAPABILITY: _register,
}


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "postcheck", "lsp"], client_factory=EditorClient
    ),
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("workspace")
    capabilities = types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True
            )
        )
    )
    lsp_client.initialized_with = await lsp_client.initialize_session(  # type: ignore[attr-defined]
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=root.as_uri(),
            initialization_options={"debounce": 0.01},
        )
    )
    lsp_client.root = root  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def diagnostics_of(client: LanguageClient, uri: str, version: int) -> list[types.Diagnostic]:
    """Wait for the diagnostics of one version of a document."""
    for _ in range(400):
        if uri in client.diagnostics and client.versions.get(uri) == version:
            return list(client.diagnostics[uri])
        await asyncio.sleep(0.025)
    raise AssertionError(f"no diagnostics for {uri} version {version}")


def open_document(client: LanguageClient, name: str, text: str, language: str = "markdown") -> str:
    folder: Path = client.root  # type: ignore[attr-defined]
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=path.as_uri(), language_id=language, version=1, text=text)
        )
    )
    return path.as_uri()


def change(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def codes(found: list[types.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in found)


async def test_the_server_loads_finnish_once_initialised_and_says_so_in_the_log(client):
    for _ in range(400):
        ready = [m for m in client.log_messages if m.message.startswith("postcheck ")]
        if ready:
            break
        await asyncio.sleep(0.025)
    assert len(ready) == 1
    assert ready[0].type == types.MessageType.Info
    assert re.fullmatch(r"postcheck \S+: ready \(\d+\.\d s to load\)", ready[0].message)


@needs_namespaces
async def test_without_voikko_the_server_logs_what_to_install():
    code = (
        "import asyncio\n"
        "from postcheck.lsp.server import PostcheckServer\n"
        "server = PostcheckServer()\n"
        "logged = []\n"
        "server.window_log_message = logged.append\n"
        "asyncio.run(server.warm_up())\n"
        "print(logged[0].type.name, logged[0].message)\n"
    )
    result = await asyncio.to_thread(hidden, ("/usr/lib/voikko",), code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Warning postcheck: ")
    assert "the Voikko dictionary for 'fi' is not installed" in result.stdout
    assert "sudo apt-get install libvoikko1 voikko-fi" in result.stdout


async def test_a_bug_while_loading_is_logged_as_an_error(monkeypatch):
    from postcheck.lsp import server

    def broken(*args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(server, "warm_up", broken)
    ls = server.PostcheckServer()
    logged: list[types.LogMessageParams] = []
    monkeypatch.setattr(ls, "window_log_message", logged.append)
    await ls.warm_up()
    [message] = logged
    assert message.type == types.MessageType.Error
    assert message.message == (
        "postcheck: loading Finnish failed (OSError('disk gone')); please report this bug"
    )


async def test_diagnostics_are_at_exact_utf16_ranges_with_code_manual_and_severity(client):
    text = "---\nlang: fi\n---\nHyvää päivää 👍👍! Ilmottaudu mukaan torstaina.\n"
    uri = open_document(client, "utf16.md", text)
    [spelling] = [d for d in await diagnostics_of(client, uri, 1) if d.code == "PC101"]
    # line 4 (0-based 3): "Hyvää päivää " is 13 units, two emoji 4 more, "! " 2: 19
    assert spelling.range == types.Range(types.Position(3, 19), types.Position(3, 29))
    assert spelling.severity == types.DiagnosticSeverity.Error
    assert spelling.source == "postcheck"
    assert spelling.code_description.href.endswith("docs/rules.md#pc101-spelling")
    assert spelling.data["suggestions"][0] == "Ilmoittaudu"
    assert spelling.data["criterion"] == "correct"
    assert "Ilmottaudu" in spelling.message


async def test_a_change_replaces_the_diagnostics_of_the_older_version(client):
    uri = open_document(client, "change.md", "---\nlang: fi\n---\nIlmottaudu mukaan.\n")
    assert "PC101" in codes(await diagnostics_of(client, uri, 1))
    change(client, uri, 2, "---\nlang: fi\n---\nIlmottaudu mukaa.\n")
    change(client, uri, 3, "---\nlang: fi\n---\nIlmoittaudu mukaan.\n")
    assert "PC101" not in codes(await diagnostics_of(client, uri, 3))


async def test_code_actions_offer_each_suggestion_the_first_preferred_and_ignoring(client):
    text = "---\nlang: fi\n---\nHei!\n\nIlmottaudu mukaan torstaina.\n"
    uri = open_document(client, "actions.md", text)
    [spelling] = [d for d in await diagnostics_of(client, uri, 1) if d.code == "PC101"]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=spelling.range,
            context=types.CodeActionContext(diagnostics=[spelling]),
        )
    )
    titles = [action.title for action in actions]
    assert titles[0] == "Replace with “Ilmoittaudu”" and actions[0].is_preferred
    # lsprotocol reads a code action that carries a command as a Command: skip those here.
    assert not any(a.is_preferred for a in actions[1:] if isinstance(a, types.CodeAction))
    assert "Add “Ilmottaudu” to the team's vocabulary" in titles
    [ignore] = [a for a in actions if a.title == "Ignore PC101 on this line"]
    [document_edit] = ignore.edit.document_changes
    assert document_edit.text_document.version == 1  # the editor refuses it once text changed
    [edit] = document_edit.edits
    assert edit.range.start == types.Position(5, 0)
    assert edit.new_text == "<!-- postcheck-disable-next-line PC101 -->\n"
    [disable] = [a for a in actions if a.title == "Disable PC101 for this file"]
    assert disable.edit.document_changes[0].edits[0].range.start == types.Position(3, 0)
    fixed = text.replace("Ilmottaudu", actions[0].edit.document_changes[0].edits[0].new_text)
    change(client, uri, 2, fixed)
    assert "PC101" not in codes(await diagnostics_of(client, uri, 2))


async def test_fix_all_is_resolved_into_the_safe_fixes_only(client):
    text = "---\nlang: fi\n---\nHinta  on 5 %. Ilmottaudu mukaan.\n"
    uri = open_document(client, "fixall.md", text)
    await diagnostics_of(client, uri, 1)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=types.Range(types.Position(0, 0), types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    [fix_all] = [a for a in actions if a.kind == "source.fixAll.postcheck"]
    assert fix_all.edit is None  # computed only when chosen: the server resolves it
    options = client.initialized_with.capabilities.code_action_provider
    assert options.resolve_provider is True
    resolved = await client.code_action_resolve_async(fix_all)
    [edit] = resolved.edit.document_changes[0].edits
    assert edit.range == types.Range(types.Position(3, 6), types.Position(3, 7))
    assert edit.new_text == ""


async def test_adding_a_word_writes_the_config_and_clears_only_that_words_diagnostics(client):
    folder: Path = client.root  # type: ignore[attr-defined]
    config = folder / "team" / "postcheck.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text("# Tiimin säännöt\n", encoding="utf-8")
    first = open_document(client, "team/a.md", "---\nlang: fi\n---\nKassissa on zorblakseja.\n")
    second = open_document(client, "team/b.md", "---\nlang: fi\n---\nZorblakseja ja qwxyt.\n")
    assert "PC109" in codes(await diagnostics_of(client, first, 1))  # no correction in reach
    before = await diagnostics_of(client, second, 1)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="postcheck.addToVocabulary", arguments=[first, "zorblakseja"]
        )
    )
    assert result == {"added": ["zorblakseja"], "file": str(config)}
    assert 'accept = ["zorblakseja"]' in config.read_text(encoding="utf-8")
    await asyncio.sleep(0.3)
    assert "PC109" not in codes(list(client.diagnostics[first]))
    after = list(client.diagnostics[second])
    assert [d.data["vocabulary"] for d in after if d.data.get("vocabulary")] == ["qwxyt"]
    assert len(after) == len(before) - 1


async def test_a_changed_config_is_applied_to_the_open_documents(client):
    [watching] = client.registrations
    assert watching.method == "workspace/didChangeWatchedFiles"
    patterns = [w["globPattern"] for w in watching.register_options["watchers"]]
    assert patterns == ["**/postcheck.toml", "**/pyproject.toml"]
    folder: Path = client.root  # type: ignore[attr-defined]
    uri = open_document(client, "reload/a.md", "---\nlang: fi\n---\nIlmottaudu mukaan.\n")
    assert "PC101" in codes(await diagnostics_of(client, uri, 1))
    config = folder / "reload" / "postcheck.toml"
    config.write_text('[rules]\nspelling = "off"\n', encoding="utf-8")
    client.versions[uri] = None
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    assert "PC101" not in codes(await diagnostics_of(client, uri, 1))


async def test_hover_shows_the_manual_and_the_lens_the_scores(client):
    uri = open_document(client, "hover.md", "---\nlang: fi\n---\nIlmottaudu mukaan torstaina.\n")
    await diagnostics_of(client, uri, 1)
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(3, 4))
    )
    assert hover.contents.value.startswith("**PC101 spelling** · correct · error")
    assert "Voikko, the Finnish spell checker" in hover.contents.value
    [lens] = await client.text_document_code_lens_async(
        types.CodeLensParams(types.TextDocumentIdentifier(uri))
    )
    assert lens.command.title.startswith("postcheck ")
    assert "correct " in lens.command.title and "interesting " in lens.command.title
    [report] = await client.protocol.send_request_async("postcheck/report", {"uri": uri})
    assert report["findings"][0]["rule"] in {f["rule"] for f in report["findings"]}
    assert set(report["scores"]) == {
        "interesting", "informative", "readable", "correct", "audience", "strategy", "channel",
    }  # fmt: skip


async def test_a_closed_document_has_its_diagnostics_cleared(client):
    uri = open_document(client, "closed.md", "---\nlang: fi\n---\nIlmottaudu.\n")
    assert await diagnostics_of(client, uri, 1)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
    )
    for _ in range(100):
        if not client.diagnostics[uri]:
            break
        await asyncio.sleep(0.02)
    assert list(client.diagnostics[uri]) == []


async def test_in_a_crlf_document_inserted_lines_end_as_its_lines_do(client):
    text = "---\r\nlang: fi\r\n---\r\nHei!\r\n\r\nIlmottaudu mukaan.\r\n"
    uri = open_document(client, "crlf.md", text)
    [spelling] = [d for d in await diagnostics_of(client, uri, 1) if d.code == "PC101"]
    assert spelling.range.start == types.Position(5, 0)
    moved = types.Diagnostic(  # as the editor shows it after two lines were added above
        range=types.Range(types.Position(7, 0), types.Position(7, 10)),
        message=spelling.message, code=spelling.code, data=spelling.data,
    )  # fmt: skip
    change(client, uri, 2, text.replace("Hei!", "Hei!\r\nUusi rivi.\r\nToinen."))
    await diagnostics_of(client, uri, 2)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=moved.range,
            context=types.CodeActionContext(diagnostics=[moved]),
        )
    )
    [ignore] = [a for a in actions if a.title == "Ignore PC101 on this line"]
    [edit] = ignore.edit.document_changes[0].edits
    assert edit.range.start == types.Position(7, 0)
    assert edit.new_text == "<!-- postcheck-disable-next-line PC101 -->\r\n"
