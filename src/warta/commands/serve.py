"""``warta serve``: the REST API and the dashboard over a database, on 127.0.0.1 by default."""

from __future__ import annotations

import json
import sys

import click

from ..cli import main
from ..errors import InputError


@main.command("serve")
@click.option("--db", default="warta.db", show_default=True, help="SQLite file or postgresql:// URL.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--get", "get_path", metavar="PATH", help="Answer one GET request in-process, print its JSON, exit.")
def serve(db: str, host: str, port: int, get_path: str | None) -> None:
    """REST API (JSON under /api, schema at /openapi.json) and the dashboard at /.

    With --get, no server starts: the request is answered in-process and its body printed to stdout
    (exit 1 when the answer is an error).

    \b
    Examples:
      warta serve --db warta.db --port 8000
      warta serve --db warta.db --get '/api/events?actor=RUS&recipient=IND&limit=5'
    """
    from ..serve import create_app, get

    app = create_app(db)
    if get_path is not None:
        status, headers, body = get(app, get_path)
        if headers.get("content-type", "").startswith("application/json"):
            click.echo(json.dumps(json.loads(body), ensure_ascii=False, indent=2))
        else:
            click.echo(body.decode("utf-8", "replace"), nl=False)
        if status >= 400:
            sys.exit(1)
        return
    serve_app(db, host=host, port=port, app=app)


def serve_app(db: str, host: str = "127.0.0.1", port: int = 8000, app=None) -> None:
    """Serve the API and dashboard over ``db`` until interrupted (also what ``warta demo`` ends with)."""
    from ..serve import create_app
    from ..serve.vendor import missing

    app = app or create_app(db)
    absent = missing()
    if absent:
        click.echo(
            f"warta: dashboard assets missing ({', '.join(absent)}): the map and network need them; "
            "install with `npm ci && python -m warta.serve.vendor` at the repository root",
            err=True,
        )
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - uvicorn is a declared dependency
        raise InputError("uvicorn is not installed: pip install uvicorn") from None
    click.echo(f"warta: serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
