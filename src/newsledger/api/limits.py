"""Request guards as plain ASGI middleware: body size, rate limit and security headers.

They sit outside the routing so that an oversized or over-limit request is refused before
any endpoint code (or body parsing) runs.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from newsledger.api.errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The pages' own assets and the liveness probe are never rate limited: a page load fetches
# several assets and must not eat the budget meant for API calls.
_UNLIMITED_PREFIXES = ("/static/", "/health")

# Defence in depth behind the pages' textContent-only rendering: no inline script, no plugin,
# nothing loaded from another origin.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


async def _send_json(send: Send, status: int, body: dict[str, Any], extra: list[Any]) -> None:
    payload = json.dumps(body).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, declared or streamed.

    The body is read here (at most ``max_bytes``) and replayed to the app, so a chunked upload
    without Content-Length is cut off as soon as it passes the limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_large = f"request body is over the limit of {self.max_bytes:,} bytes"
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_json(send, 400, error_body(400, "invalid Content-Length"), [])
                    return
                if declared > self.max_bytes:
                    await _send_json(send, 413, error_body(413, too_large), [])
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _send_json(send, 413, error_body(413, too_large), [])
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SlidingWindow:
    """At most ``limit`` hits per ``window_s`` seconds per key (thread-safe)."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> float:
        """0 when the hit is allowed, else the seconds until it would be."""
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(hits[0] + self.window_s - now, 0.001)
            hits.append(now)
            # Forget idle clients so the table does not grow with every address ever seen.
            if len(self._hits) > 10_000:
                self._hits = {
                    k: v for k, v in self._hits.items() if v and v[-1] > now - self.window_s
                }
            return 0.0


class RateLimit:
    """Answers 429 with Retry-After once a client address passes its request budget."""

    def __init__(self, app: ASGIApp, limit: int, window_s: float) -> None:
        self.app = app
        self.window = SlidingWindow(limit, window_s) if limit > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.window is None
            or scope["type"] != "http"
            or scope["path"].startswith(_UNLIMITED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        client = scope.get("client") or ("unknown", 0)
        wait = self.window.hit(str(client[0]))
        if wait:
            retry = str(math.ceil(wait))
            message = f"rate limit of {self.window.limit} requests per {self.window.window_s:g} s"
            await _send_json(
                send, 429, error_body(429, message), [(b"retry-after", retry.encode())]
            )
            return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Adds CSP, nosniff and no-referrer to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", _CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
