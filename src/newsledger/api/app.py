"""The API application: JSON routes, web pages and their assets, in one process."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from newsledger import __version__
from newsledger.api.errors import install_error_handlers
from newsledger.api.limits import BodyLimit, RateLimit, SecurityHeaders
from newsledger.api.openapi import install_openapi
from newsledger.api.pages import install_pages
from newsledger.api.routes import router
from newsledger.api.service import Ledger
from newsledger.api.settings import ApiSettings

DESCRIPTION = (
    "An auditable ledger of events from news reports. POST /analyze returns the analysis of "
    "one article (schema newsledger/analysis@1) without storing it; POST /articles stores it "
    "(bearer token). Every start/end is a character offset into the article text."
)


def create_app(settings: ApiSettings | None = None, *, warm: bool = False) -> FastAPI:
    """The app for ``settings``; the store is opened now (errors surface at start-up).

    ``warm`` loads the spaCy model in the background at start-up so that the first /analyze
    does not wait for it.
    """
    settings = settings or ApiSettings()
    service = Ledger(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=service.warm, name="newsledger-warm", daemon=True).start()
        try:
            yield
        finally:
            service.close()

    app = FastAPI(
        title="newsledger",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.ledger = service
    install_error_handlers(app)
    app.include_router(router)
    install_pages(app)
    install_openapi(app)
    # Added last = outermost: oversized and over-limit requests never reach routing.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimit, limit=settings.rate_limit, window_s=settings.rate_window_s)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """The app configured from ``NEWSLEDGER_*`` variables, for ``uvicorn --factory``."""
    from newsledger.api.settings import settings_from_env

    return create_app(settings_from_env(), warm=True)
