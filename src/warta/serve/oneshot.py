"""Answer one GET request in-process, without a server or an HTTP client: ``warta serve --get /api/stats``.

It speaks ASGI to the app directly (as datasette's ``--get`` does), so scripts and tests can query a database through
exactly the code the server runs.
"""

from __future__ import annotations

import asyncio
import threading
from urllib.parse import urlsplit

from ..errors import InputError


def get(app, path: str) -> tuple[int, dict[str, str], bytes]:
    """GET ``path`` (with its query string) from ``app``; returns (status, headers, body)."""
    if not path.startswith("/"):
        raise InputError(f"--get takes a path starting with '/', e.g. /api/stats (got {path!r})")
    parts = urlsplit(path)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": parts.path,
        "raw_path": parts.path.encode(),
        "root_path": "",
        "query_string": parts.query.encode(),
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 80),
    }
    status = 500
    headers: dict[str, str] = {}
    body = bytearray()
    requested = False

    async def receive():
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.sleep(3600)  # nothing more will come; the app does not wait for a disconnect on GET
        return {"type": "http.disconnect"}

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            headers.update((k.decode("latin-1"), v.decode("latin-1")) for k, v in message.get("headers", []))
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # the usual case: no event loop in this thread
        asyncio.run(app(scope, receive, send))
    else:  # called from inside a running loop (a notebook, Playwright's sync API): run on a thread of its own
        worker = threading.Thread(target=lambda: asyncio.run(app(scope, receive, send)))
        worker.start()
        worker.join()
    return status, headers, bytes(body)
