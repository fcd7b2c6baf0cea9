// postcheck for VS Code: starts `postcheck lsp` and connects it to Markdown and plain-text files.
// The command is the setting postcheck.path, else postcheck beside the Python interpreter the
// Python extension has selected, else postcheck on the PATH (as Microsoft's Python tools
// extension template finds its server).
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

async function pythonInterpreter(): Promise<string | undefined> {
  const python = vscode.extensions.getExtension("ms-python.python");
  if (!python) return undefined;
  const api = python.isActive ? python.exports : await python.activate();
  const details = api?.settings?.getExecutionDetails?.(vscode.workspace.workspaceFolders?.[0]?.uri);
  return details?.execCommand?.[0];
}

async function postcheckCommand(): Promise<string> {
  const configured = vscode.workspace.getConfiguration("postcheck").get<string>("path");
  if (configured) return configured;
  const interpreter = await pythonInterpreter();
  if (interpreter) {
    const beside = path.join(path.dirname(interpreter), process.platform === "win32" ? "postcheck.exe" : "postcheck");
    if (fs.existsSync(beside)) return beside;
  }
  return "postcheck";
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const command = await postcheckCommand();
  const serverOptions: ServerOptions = { command, args: ["lsp"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
    ],
    initializationOptions: {
      debounce: vscode.workspace.getConfiguration("postcheck").get<number>("debounce", 0.05),
    },
  };
  client = new LanguageClient("postcheck", "postcheck", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `postcheck: could not start "${command} lsp" (${error}). Install postcheck in the ` +
      "Python environment VS Code uses, or set postcheck.path.",
    );
  }
  context.subscriptions.push(client);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("postcheck.restart", async () => {
      await client?.stop();
      await start(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
