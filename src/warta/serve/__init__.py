"""REST API and dashboard over a warta database (``warta serve``).

    from warta.serve import create_app
    app = create_app("warta.db")          # a FastAPI app: JSON under /api, the dashboard at /
    status, body = get(app, "/api/stats")  # one request in-process, no server (``warta serve --get``)
"""

from .app import create_app
from .oneshot import get

__all__ = ["create_app", "get"]
