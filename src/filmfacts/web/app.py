"""The web app: pages, the JSON API and exports over one store. ``create_app`` builds it."""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..settings import Settings
from ..store import Store
from . import api, pages

__all__ = ["create_app"]

HERE = Path(__file__).parent
log = logging.getLogger("filmfacts.web")
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


def create_app(store_or_settings: Store | Settings | None = None, *,
               settings: Settings | None = None) -> FastAPI:
    """The app over a store (used as it is) or settings (a store is opened from ``db_url``).

    Writing (POST /api/ingest) exists only when the settings carry an ``api_token``; with a
    store and no ``settings``, the defaults (no token) apply.
    """
    owned = False
    if isinstance(store_or_settings, Store):
        store = store_or_settings
        settings = settings or Settings(db_url=store.url)
    else:
        settings = store_or_settings or settings or Settings.from_env()
        store, owned = Store(settings.db_url), True

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            store.close()

    app = FastAPI(title="filmfacts", version=__version__, lifespan=lifespan,
                  description="Films and series as sourced facts: each fact cites the sentences it rests on.",
                  openapi_url="/api/openapi.json", docs_url="/api/docs", redoc_url=None)
    app.state.store, app.state.settings = store, settings
    app.state.ingest_lock = threading.Lock()
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    if settings.api_token:
        app.include_router(api.ingest_router)
    app.include_router(pages.router)
    _install_errors(app)
    app.middleware("http")(_security_headers)
    return app


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["ldjson"] = _ldjson
    env.filters["said"] = lambda v: v or "undated"
    return Jinja2Templates(env=env)


def _ldjson(value: object) -> Markup:
    """JSON safe inside <script type="application/ld+json">: no '<', '>' or '&' can end it."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


async def _security_headers(request: Request, call_next) -> Response:
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not request.url.path.startswith("/api/docs"):  # Swagger UI loads its scripts from a CDN
        response.headers.setdefault("Content-Security-Policy", CSP)
    return response


# -- errors: one JSON shape under /api/, an HTML page elsewhere -------------------------------------
def _wants_json(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status, headers=headers)
    html = request.app.state.templates.get_template("error.html").render(status=status, message=message)
    return HTMLResponse(html, status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ())]
        where = ".".join(loc[1:]) if len(loc) > 1 else ".".join(loc)
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        return _error(request, 500, "internal error (logged on the server)")
