"""What keeps the local page the writer's own: hosts, origins, request size, browser policies.

A server on 127.0.0.1 is still reachable from every web site the writer visits, through the
writer's browser. So the guard answers only requests addressed to the page's own host (which
defeats DNS rebinding), takes ``POST`` requests only as JSON from the page's own origin (a form
on another site cannot send JSON without the browser asking first, and the page never says
yes), refuses bodies over the size limit, and tells the browser to run no script, load no style
and send no request that does not come from the page itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The host names of a page served on this machine.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})

#: The browser policies every response carries.
HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
        b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class TooLarge(Exception):
    """A request body over the limit."""


class Guard:
    """ASGI middleware: refuse requests from elsewhere or too large; add the browser policies."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, hosts: Iterable[str] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.hosts = LOCAL_HOSTS | frozenset(hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one request: refused here, or passed on with its body counted."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {
            key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]
        }
        problem = self._problem(scope["method"], scope["path"], headers)
        if problem is not None:
            await _refuse(send, *problem)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise TooLarge
            return message

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        try:
            await self.app(scope, counted, secured)
        except TooLarge:
            await _refuse(send, 413, "the draft is too large to check here")

    def _problem(self, method: str, path: str, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name not in self.hosts:
            return 421, f"this page answers only on {', '.join(sorted(self.hosts))}"
        cross_site = headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none")
        if method in ("GET", "HEAD"):
            # Another site may link to the page, but not make it read or check the folder.
            return (
                (403, "requests from other sites are refused")
                if cross_site and path.startswith("/api/")
                else None
            )
        if cross_site:
            return 403, "requests from other sites are refused"
        origin = headers.get("origin")
        if origin is not None and origin.split("://", 1)[-1] != host:
            return 403, "requests from other sites are refused"
        if headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return 415, "send JSON"
        length = headers.get("content-length", "0")
        if not length.isdigit() or int(length) > self.max_bytes:
            return 413, "the draft is too large to check here"
        return None


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
