// Zed starts a language server only through an extension: this one runs `postcheck lsp`,
// the postcheck found on the worktree's PATH (for example the project's activated .venv).
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Postcheck;

impl zed::Extension for Postcheck {
    fn new() -> Self {
        Postcheck
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree
            .which("postcheck")
            .ok_or_else(|| "postcheck is not on the PATH: install it, or activate its .venv".to_string())?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".to_string()],
            env: Default::default(),
        })
    }
}

zed::register_extension!(Postcheck);
