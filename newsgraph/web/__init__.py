"""The web app and HTTP API over a newsgraph store.

    from newsgraph.web import create_app, serve
    serve("newsgraph.db", host="127.0.0.1", port=8000)

Importing this package loads neither FastAPI nor the store; ``create_app`` and ``serve`` do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(store_url: str | None = None, **options: Any) -> FastAPI:
    """The FastAPI application over the store at ``store_url`` (see ``app.create_app``)."""
    from .app import create_app as _create_app

    return _create_app(store_url, **options)


def server_config(app: Any, host: str = "127.0.0.1", port: int = 8000, *,
                  log_level: str = "info") -> Any:
    """uvicorn's settings for the app: no ``server:`` banner, our own headers only."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, log_level=log_level,
                          server_header=False, proxy_headers=False)


def serve(store_url: str | None = None, host: str = "127.0.0.1", port: int = 8000, *,
          log_level: str = "info", on_ready: Callable[[str], None] | None = None,
          preload_model: bool = True) -> None:
    """Serve the web app and API with uvicorn until interrupted.

    Args:
        store_url: the store's path or URL (``newsgraph.db``, ``postgresql://...``).
        host: the interface to listen on; the default keeps it on this machine.
        port: the TCP port.
        log_level: uvicorn's log level.
        on_ready: called with the base URL once the socket listens (not before).
        preload_model: start loading the language model for ``POST /analyze`` as soon as
            the server listens (in the background); the first analysis then rarely waits.

    Raises:
        NewsgraphError: the address could not be listened on (a port already in use).
    """
    import uvicorn

    from ..errors import NewsgraphError
    from ..store import open_store
    from .app import create_app as _create_app

    # Fail here, with the store's own message, rather than on the first request; a
    # mistyped path is an error, not a new empty store.
    open_store(store_url, create=False).close()
    app = _create_app(store_url)

    class Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started:
                shown = f"[{host}]" if ":" in host else host
                if on_ready is not None:
                    on_ready(f"http://{shown}:{port}/")
                if preload_model:
                    from .routers.analyze import MODEL

                    MODEL.start()

    server = Server(server_config(app, host, port, log_level=log_level))
    try:
        server.run()
    except SystemExit as exc:  # uvicorn exits when it cannot bind; say what to do instead
        if server.started:
            raise
        raise NewsgraphError(f"cannot listen on {host}:{port}", source=str(store_url),
                             hint="is another server using that port? pick one with "
                                  "--port") from exc


__all__ = ["create_app", "serve", "server_config"]
