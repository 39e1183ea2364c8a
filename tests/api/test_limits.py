"""Body size limit, rate limit, timeouts and the token check, on small real servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from live_server import running

from newsledger.api import ApiSettings, settings_from_env
from newsledger.api.auth import token_matches
from newsledger.api.limits import SlidingWindow
from newsledger.errors import InputError


@pytest.fixture
def tight(tmp_path: Path) -> Iterator[str]:
    settings = ApiSettings(
        db=str(tmp_path / "tight.duckdb"),
        token="secret",
        max_body_bytes=1000,
        rate_limit=5,
        rate_window_s=3600,
        analyze_timeout_s=0.001,
    )
    with running(settings) as url:
        yield url


def test_body_over_the_limit_is_refused_declared_or_streamed(tight: str) -> None:
    declared = httpx.post(f"{tight}/analyze", content=b"x" * 1001)

    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"y" * 100

    streamed = httpx.post(f"{tight}/analyze", content=chunks())
    for response in (declared, streamed):
        assert response.status_code == 413
        assert "1,000 bytes" in response.json()["error"]["message"]


def test_slow_analysis_times_out_with_504(tight: str) -> None:
    response = httpx.post(f"{tight}/analyze", content=b"Germany sent tanks to Ukraine.")
    assert response.status_code == 504
    assert "took longer" in response.json()["error"]["message"]


def test_rate_limit_answers_429_with_retry_after(tight: str) -> None:
    with httpx.Client(base_url=tight) as client:
        codes = [client.get("/events").status_code for _ in range(7)]
        limited = client.get("/events")
        health = client.get("/health")
    assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
    assert limited.json()["error"]["code"] == "too_many_requests"
    assert int(limited.headers["retry-after"]) > 0
    assert health.status_code == 200


def test_a_server_without_token_refuses_writes(tmp_path: Path) -> None:
    with running(ApiSettings(db=str(tmp_path / "ro.duckdb"), token=None, rate_limit=0)) as url:
        response = httpx.post(
            f"{url}/articles", content=b"text", headers={"Authorization": "Bearer anything"}
        )
    assert response.status_code == 401
    assert "accepts no writes" in response.json()["error"]["message"]


def test_sliding_window_forgets_old_hits() -> None:
    now = [0.0]
    window = SlidingWindow(limit=2, window_s=10, clock=lambda: now[0])
    assert window.hit("a") == 0 and window.hit("a") == 0
    assert window.hit("a") == pytest.approx(10)
    assert window.hit("b") == 0
    now[0] = 10.5
    assert window.hit("a") == 0


def test_token_comparison() -> None:
    assert token_matches("s3cret", "s3cret")
    assert not token_matches("s3cret", "s3cre")
    assert not token_matches("s3cret", None)
    assert not token_matches(None, "")


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLEDGER_TOKEN", "from-env")
    monkeypatch.setenv("NEWSLEDGER_RATE_LIMIT", "7")
    settings = settings_from_env(db="x.duckdb", rate_limit=None)
    assert (settings.token, settings.rate_limit, settings.db) == ("from-env", 7, "x.duckdb")
    assert settings_from_env(token="cli").token == "cli"
    monkeypatch.setenv("NEWSLEDGER_MAX_BYTES", "lots")
    with pytest.raises(InputError, match="NEWSLEDGER_MAX_BYTES"):
        settings_from_env()
