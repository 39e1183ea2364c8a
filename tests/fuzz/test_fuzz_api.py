"""The HTTP API under hostile requests and a bounded load, on a real server on loopback.

Hostile bodies and headers get a JSON error with a 4xx status, never a 500 or a traceback;
the token is compared in constant time; the rate limit comes from configuration; and a
fixed number of concurrent requests all succeed.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from fuzz_payloads import FUZZ_SLOW, SENTENCE, SURROGATE_JSON, deep_json
from hypothesis import given
from hypothesis import strategies as st

from api.live_server import running
from newsledger.api import ApiSettings, auth, settings_from_env

TOKEN = "fuzz-token-8c1e"
ALLOWED = {200, 201, 400, 401, 404, 413, 415, 422, 429, 431, 504}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("fuzz-api") / "ledger.duckdb"
    settings = ApiSettings(
        db=str(db), token=TOKEN, rate_limit=0, max_body_bytes=200_000, analyze_timeout_s=20
    )
    with running(settings) as url:
        yield url


def _no_trace(response: httpx.Response) -> None:
    assert response.status_code in ALLOWED, (response.status_code, response.text[:300])
    text = response.text
    assert "Traceback" not in text and 'File "' not in text, text[:300]
    if response.status_code >= 400:
        assert set(response.json()["error"]) >= {"status", "message"}


# Small random bodies under any media type: each that decodes is really analysed.
bodies = st.one_of(st.binary(max_size=300), st.text(max_size=200).map(str.encode))
media = st.sampled_from(
    [
        "application/json",
        "text/plain",
        "text/html",
        "application/x-evil",
        "",
        "text/plain; charset=latin-1",
    ]
)


@FUZZ_SLOW
@given(bodies, media)
def test_hostile_bodies_get_json_errors_not_tracebacks(api: str, body: bytes, kind: str) -> None:
    headers = {"content-type": kind} if kind else {}
    with httpx.Client(base_url=api, timeout=120) as client:
        _no_trace(client.post("/analyze", content=body, headers=headers))
        _no_trace(
            client.post("/articles", content=body, headers={**headers, "authorization": "Bearer x"})
        )


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{",
        b"[]",
        b'{"text": 1}',
        b'{"text": "", "extra": 1}',
        b'{"text": "x", "published": "2024-02-30"}',
        b'{"text": "x", "url": "' + b"a" * 5000 + b'"}',
        SURROGATE_JSON,
        deep_json(100_000),
        b"<html><body>" + b"<div>" * 20_000 + b"</body></html>",
        "\ufeff{}".encode("utf-16"),
        bytes(range(256)),
    ],
    ids=[
        "empty",
        "open-brace",
        "list",
        "text-int",
        "extra-field",
        "bad-date",
        "long-url",
        "surrogate",
        "deep",
        "html",
        "utf16",
        "binary",
    ],
)
def test_hostile_json_bodies_are_4xx(api: str, body: bytes) -> None:
    response = httpx.post(
        f"{api}/analyze", content=body, headers={"content-type": "application/json"}
    )
    _no_trace(response)
    assert 400 <= response.status_code < 500


def test_deeply_nested_json_is_a_400(api: str) -> None:
    response = httpx.post(
        f"{api}/analyze", content=deep_json(100_000), headers={"content-type": "application/json"}
    )
    _no_trace(response)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/articles/" + "a" * 5000,
        "/events?actor=" + "%00" * 100,
        "/events?limit=-1",
        "/events?limit=99999999999999999999",
        "/events?since=2024-13-45",
        "/events?actor=USA&actor=RUS",
        "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/events?actor=' OR 1=1 --",
    ],
)
def test_hostile_paths_and_queries(api: str, path: str) -> None:
    _no_trace(httpx.get(f"{api}{path}"))


def test_oversized_headers_are_refused_by_the_server(api: str) -> None:
    host = urlsplit(api)
    request = (
        f"GET /health HTTP/1.1\r\nHost: {host.netloc}\r\nX-Big: {'a' * 200_000}\r\n\r\n"
    ).encode()
    with socket.create_connection((host.hostname, host.port), timeout=10) as sock:
        sock.sendall(request)
        answer = sock.recv(4096)
    # h11 caps the header block; the server answers 4xx or just closes: never a 200 or 500.
    assert answer == b"" or answer.split(b" ", 2)[1].startswith(b"4"), answer[:100]


def test_token_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = auth.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    assert auth.token_matches(TOKEN, TOKEN)
    assert not auth.token_matches(TOKEN, TOKEN[:-1] + "X")
    assert not auth.token_matches(TOKEN, "")
    assert len(calls) == 3
    assert not auth.token_matches(None, TOKEN) and not auth.token_matches(TOKEN, None)


def test_wrong_tokens_are_401_without_detail(api: str) -> None:
    for value in ("Bearer wrong", "Bearer " + TOKEN[:-1], "Basic " + TOKEN, "Bearer", ""):
        response = httpx.post(
            f"{api}/articles", content=SENTENCE.encode(), headers={"authorization": value}
        )
        _no_trace(response)
        assert response.status_code == 401 and TOKEN not in response.text


def test_the_rate_limit_is_configurable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSLEDGER_RATE_LIMIT", "3")
    monkeypatch.setenv("NEWSLEDGER_RATE_WINDOW", "3600")
    settings = settings_from_env(db=str(tmp_path / "rl.duckdb"))
    assert (settings.rate_limit, settings.rate_window_s) == (3, 3600.0)
    with running(settings) as url, httpx.Client(base_url=url) as client:
        codes = [client.get("/events").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_bounded_load_on_loopback_gives_no_errors(api: str) -> None:
    # A fixed amount of work (8 clients x 40 reads, plus 8 analyses), not a duration.
    paths = ["/health", "/events?limit=5", "/articles?limit=5", "/openapi.json"]

    def client_run(n: int) -> list[int]:
        with httpx.Client(base_url=api, timeout=120) as client:
            codes = [client.get(paths[(n + i) % len(paths)]).status_code for i in range(40)]
            codes.append(
                client.post(
                    "/analyze",
                    content=f"{SENTENCE} Report {n}.".encode(),
                    headers={"content-type": "text/plain"},
                ).status_code
            )
        return codes

    with ThreadPoolExecutor(8) as pool:
        codes = [code for batch in pool.map(client_run, range(8)) for code in batch]
    assert len(codes) == 8 * 41
    assert set(codes) == {200}, sorted(set(codes))
    health = httpx.get(f"{api}/health").json()
    assert json.dumps(health)
