"""Running the page: ``postcheck serve`` binds a port on this machine and serves the app.

The port is bound before the server starts, so port 0 ("any free port") works and the address
printed is the one that answers. The checker is warmed up before the first request (each
language's models, dictionaries and word lists loaded: about 3 s), so the first keystroke is as
fast as the rest, in Finnish, Swedish or English.
"""

from __future__ import annotations

import socket
import threading
import time
import webbrowser
from collections.abc import Callable, Sequence

from postcheck.api import warm_up
from postcheck.web.app import create_app
from postcheck.web.workspace import Workspace


def bind(host: str, port: int) -> socket.socket:
    """Return a listening socket on ``host``:``port`` (0: a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, so that asyncio sets TCP_NODELAY on each connection: without it every
    # answer waits ~40 ms for the browser's delayed acknowledgement (Nagle's algorithm).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    """Return the page's address for a bound socket."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(
    workspace: Workspace,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    open_browser: bool = True,
    hosts: Sequence[str] = (),
    announce: Callable[[str], None] = print,
) -> None:
    """Serve the page until interrupted; ``announce`` gets the address once it answers.

    The page answers requests addressed to this machine's names, ``host`` and ``hosts``.
    """
    import uvicorn

    sock = bind(host, port)
    app = create_app(workspace, hosts=[host, *hosts])
    warm_up(workspace.config())  # every language's models and word lists, before the first request
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    address = url_of(sock)

    def when_started() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            announce(address)
            if open_browser:
                webbrowser.open(address)

    threading.Thread(target=when_started, daemon=True).start()
    server.run(sockets=[sock])
