"""A real newsledger server on a free loopback port, for the API and page tests.

The server is uvicorn running ``create_app`` in a thread of the test process. (A module of its
own, not conftest.py: several test folders have a conftest and only one can be ``conftest``.)
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from newsledger.api import ApiSettings, create_app

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "examples" / "seed-article.txt"
TOKEN = "test-token-5f0c2a"


@dataclass
class Server:
    url: str
    token: str
    db: Path

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120)

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(settings: ApiSettings) -> Iterator[str]:
    """Serve ``settings`` on a free loopback port until the block ends; yields the base URL."""
    port = free_port()
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    ready = threading.Event()
    for _ in range(400):
        if server.started:
            ready.set()
            break
        thread.join(0.05)
    if not ready.is_set():
        server.should_exit = True
        raise RuntimeError("the test server did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
