"""Fixtures: the shared test server over a DuckDB file in the pytest temporary folder, with the
reference article stored through POST /articles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from live_server import SEED, TOKEN, Server, running

from newsledger.api import ApiSettings


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The shared test server (rate limit off) with the seed article stored."""
    if not SEED.exists():
        pytest.skip(f"{SEED} not found (the shared folder is not beside the checkout)")
    db = tmp_path_factory.mktemp("api") / "ledger.duckdb"
    settings = ApiSettings(db=str(db), token=TOKEN, rate_limit=0)
    with running(settings) as url:
        yield Server(url=url, token=TOKEN, db=db)


@pytest.fixture(scope="session")
def seed_id(server: Server) -> str:
    with server.client() as client:
        response = client.post(
            "/articles",
            content=SEED.read_bytes(),
            headers={**server.auth, "content-type": "text/plain; charset=utf-8"},
        )
    assert response.status_code in (200, 201), response.text
    return str(response.json()["id"])
