"""Bearer-token check for the routes that write to the ledger."""

from __future__ import annotations

import hmac

from fastapi import Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from newsledger.api.errors import ApiError

# auto_error=False: a missing header must give our JSON 401, not FastAPI's 403.
bearer = HTTPBearer(auto_error=False, description="The server's token (NEWSLEDGER_TOKEN).")

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="newsledger"'}


def token_matches(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; a server without a token accepts no one."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def check_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    expected: str | None = request.app.state.settings.token
    if expected is None:
        raise ApiError(
            401,
            "this server accepts no writes: start it with --token or NEWSLEDGER_TOKEN",
            _CHALLENGE,
        )
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "missing bearer token (Authorization: Bearer <token>)", _CHALLENGE)
    if not token_matches(expected, credentials.credentials):
        raise ApiError(401, "invalid bearer token", _CHALLENGE)
