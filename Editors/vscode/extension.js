// Starts `jx lsp` for .jx files. The protocol client is vscode-languageclient (npm install
// in Editors/vscode before packaging); without it the extension still highlights, and says
// once why there are no diagnostics.
const vscode = require("vscode");

let client;

function activate(context) {
  let lsp;
  try {
    lsp = require("vscode-languageclient/node");
  } catch (e) {
    vscode.window.showWarningMessage("jx: vscode-languageclient is not packaged with this extension, so `jx lsp` is not started (highlighting only). Run `npm install` in Editors/vscode and package again.");
    return;
  }
  const config = vscode.workspace.getConfiguration("jx");
  const args = ["lsp"];
  for (const p of config.get("server.importPaths", [])) args.push("--import-path", p);
  const server = { command: config.get("server.path", "jx"), args };
  client = new lsp.LanguageClient("jx", "jx", { run: server, debug: server }, {
    documentSelector: [{ scheme: "file", language: "jx" }, { scheme: "untitled", language: "jx" }],
  });
  client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
