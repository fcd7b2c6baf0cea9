"""How fast the language server answers: from a change to its diagnostics, on a warm server.

Starts ``postcheck lsp`` as an editor does (a subprocess over stdio, pygls's client), opens a
300-word draft and a 3,000-word article, then sends changes of one word each (as typing does)
and times each ``textDocument/didChange`` until the diagnostics of that version arrive. The
server is asked for no debounce wait (``{"debounce": 0}``), so the time is the check and the
protocol; the default wait of 50 ms comes on top while the writer is typing. The same texts are
also checked with ``postcheck.check`` in this process: the ratio is what the server adds.

    .venv/bin/python benchmarks/lsp_latency.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from serve_latency import draft_of, percentiles, sentences

import postcheck


async def measure(rounds: int) -> None:
    """Print a Markdown table of the latencies."""
    client = LanguageClient("benchmark", "1")
    arrived: dict[tuple[str, int], float] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived[(params.uri, params.version)] = time.perf_counter()

    @client.feature(types.WINDOW_LOG_MESSAGE)
    def logged(params: types.LogMessageParams) -> None:
        print(f"server: {params.message}", file=sys.stderr)  # "ready (1.4 s to load)"

    await client.start_io(sys.executable, "-m", "postcheck", "lsp")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(), initialization_options={"debounce": 0}
        )
    )
    client.initialized(types.InitializedParams())
    pool = sentences()
    folder = Path(tempfile.mkdtemp())
    print("| draft | words | direct check() p50 / p95 | change → diagnostics p50 / p95 | ratio |")
    print("|---|---|---|---|---|")
    for name, size in (("post", 300), ("article", 3000)):
        text = "---\nlang: fi\n---\n" + draft_of(size, pool)
        uri = (folder / f"{name}.md").as_uri()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text))
        )
        version = 1
        direct, served = [], []
        for round_ in range(rounds + 3):  # the first three warm up
            typed = text.replace(" ", f" sana{round_} ", 1)
            started = time.perf_counter()
            postcheck.check(typed, path=f"{name}.md")
            checked = time.perf_counter() - started
            version += 1
            sent = time.perf_counter()
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    types.VersionedTextDocumentIdentifier(version=version, uri=uri),
                    [types.TextDocumentContentChangeWholeDocument(typed)],
                )
            )
            while (uri, version) not in arrived:
                await asyncio.sleep(0.001)
            if round_ >= 3:
                direct.append(checked)
                served.append(arrived[(uri, version)] - sent)
        (d50, d95), (s50, s95) = percentiles(direct), percentiles(served)
        words = len(text.split())
        print(f"| {name} | {words} | {d50:.0f} / {d95:.0f} ms | {s50:.0f} / {s95:.0f} ms | "
              f"{s50 / d50:.2f}× |")  # fmt: skip
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    asyncio.run(measure(parser.parse_args().rounds))


if __name__ == "__main__":
    main()
