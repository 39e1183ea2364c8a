"""Every failure leaves the API as one JSON body with a status code, never a traceback.

The body is ``{"error": {"status": 404, "code": "not_found", "message": "..."}}``. newsledger's
own errors carry messages written for users; anything else is logged here and answered with a
generic 500 so that no internal detail reaches the client.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.errors import InputError, NewsledgerError, StoreError

log = logging.getLogger("newsledger.api")


class ApiError(Exception):
    """An error the API answers with ``status`` and ``message`` (and optional headers)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def error_body(status: int, message: str) -> dict[str, Any]:
    code = HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    return {"error": {"status": status, "code": code, "message": message}}


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.headers)


async def _input_error(_: Request, exc: Exception) -> JSONResponse:
    return error_response(400, str(exc))


async def _store_error(_: Request, exc: Exception) -> JSONResponse:
    log.warning("store error: %s", exc)
    return error_response(503, f"store error: {exc}")


async def _newsledger_error(_: Request, exc: Exception) -> JSONResponse:
    return error_response(400, str(exc))


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, _validation_message(exc))


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return error_response(exc.status_code, message, dict(exc.headers or {}))


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "internal error; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(NewsledgerError, _newsledger_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
