"""``postcheck lsp``: postcheck in the editor, as a language server (pygls over stdio).

:mod:`~postcheck.lsp.diagnostics` turns reports into diagnostics at the client's positions;
:mod:`~postcheck.lsp.server` answers the editor.
"""
