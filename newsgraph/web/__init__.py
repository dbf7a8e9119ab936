"""The web app and HTTP API over a newsgraph store.

    from newsgraph.web import create_app, serve
    serve("newsgraph.db", host="127.0.0.1", port=8000)

Importing this package loads neither FastAPI nor the store; ``create_app`` and ``serve`` do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(store_url: str | None = None, **options: Any) -> FastAPI:
    """The FastAPI application over the store at ``store_url`` (see ``app.create_app``)."""
    from .app import create_app as _create_app

    return _create_app(store_url, **options)


def serve(store_url: str | None = None, host: str = "127.0.0.1", port: int = 8000, *,
          log_level: str = "info") -> None:
    """Serve the web app and API with uvicorn until interrupted.

    Args:
        store_url: the store's path or URL (``newsgraph.db``, ``postgresql://...``).
        host: the interface to listen on; the default keeps it on this machine.
        port: the TCP port.
        log_level: uvicorn's log level.
    """
    import uvicorn

    from ..store import open_store
    from .app import create_app as _create_app

    # Fail here, with the store's own message, rather than on the first request.
    open_store(store_url).close()
    app = _create_app(store_url)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


__all__ = ["create_app", "serve"]
