"""The web app: the JSON API under /api, the dashboard at /, its files under /static.

Every error, whatever raised it (validation, an unknown route, an unknown article, a method other than GET, a bug),
is answered in one shape: ``{"ok": false, "error": "one line", "status": N}`` with HTTP status N. Every response
carries a Content-Security-Policy that allows only this origin, so a script smuggled into article text cannot run.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import InputError, StoreError, WartaError
from .routes import build_router

log = logging.getLogger("warta.serve")

STATIC = Path(__file__).parent / "static"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
_READ_METHODS = {"GET"}


def error_body(status: int, message: str) -> dict[str, Any]:
    line = " ".join(str(message).split()) or "error"
    return {"ok": False, "error": line, "status": status}


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


class _ReadOnlyAndSecure:
    """ASGI middleware: answers any method but GET with a 405 in the error shape, and adds the security headers
    to every response (including errors and static files)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] not in _READ_METHODS:
            response = _error(405, f"method {scope['method']} not allowed: the API is read-only", {"Allow": "GET"})
            return await response(scope, receive, self._secure(send))
        return await self.app(scope, receive, self._secure(send))

    @staticmethod
    def _secure(send):
        async def wrapped(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in _SECURITY_HEADERS if k not in names
                ]
            await send(message)

        return wrapped


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def open_db(db: str) -> Any:
    """Open the store behind ``db`` (a SQLite path or a postgresql:// URL); a missing file is a StoreError, not an
    empty new database."""
    from ..store import open_store

    return open_store(db, create=False)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The schema without FastAPI's default 422 answers: invalid parameters are 400s in the error shape here."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                operation.get("responses", {}).pop("422", None)
        for name in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema


def create_app(db: str | None = None, *, store: Any = None) -> FastAPI:
    """The app over the database ``db`` (or over an already open ``store`` with the store's query methods)."""
    if store is None:
        if db is None:
            raise StoreError("create_app needs a database (db=) or a store (store=)")
        store = open_db(db)
    app = FastAPI(
        title="warta",
        version=__version__,
        description="Read-only API over a warta database: articles, events, relations between countries, quotes.",
        docs_url=None,  # the interactive docs load their scripts from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.store = store

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"not found: {request.url.path}"
        return _error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return _error(400, _validation_message(exc))

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):  # the store refused a query value
        return _error(400, str(exc))

    @app.exception_handler(WartaError)
    async def warta_error(request: Request, exc: WartaError):
        log.error("%s: %s", request.url.path, exc)
        return _error(500, str(exc))

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception):
        log.exception("internal error on %s", request.url.path)
        return _error(500, f"internal error: {type(exc).__name__}")

    app.include_router(build_router(store))
    app.openapi = lambda: _openapi(app)

    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(_ReadOnlyAndSecure)
    return app
