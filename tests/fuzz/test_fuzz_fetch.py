"""The guarded fetcher against a hostile local server that tries every trick.

The server listens on 127.0.0.2; the test policy trusts exactly that one address (the
operator allowance ``FetchPolicy.allow``), so the first hop is reachable while 127.0.0.1, the
metadata address and private networks stay refused on every redirect.
"""

from __future__ import annotations

import contextlib
import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

import pytest
from fuzz_payloads import FUZZ
from hypothesis import given
from hypothesis import strategies as st

from newsledger.errors import InputError
from newsledger.ingest.fetch import FetchPolicy, check_url, fetch

HOST = "127.0.0.2"
PAGE = b"<html><body><article><p>Kyiv said the talks failed.</p></article></body></html>"


class Tricks(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        port = cast(tuple[str, int], self.server.server_address)[1]
        redirects = {
            "/to-loopback": f"http://127.0.0.1:{port}/page",
            "/to-localhost": f"http://localhost:{port}/page",
            "/to-metadata": "http://169.254.169.254/latest/meta-data/",
            "/to-private": "http://10.0.0.7/admin",
            "/to-ipv6-loopback": f"http://[::1]:{port}/page",
            "/to-mapped": f"http://[::ffff:127.0.0.1]:{port}/page",
            "/to-file": "file:///etc/passwd",
            "/to-bad-port": "http://example.test:99999/",
            "/endless": "/endless",
            "/relative-ok": "/page",
        }
        if self.path in redirects:
            self.send_response(302)
            self.send_header("Location", redirects[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/page":
            self._send(PAGE)
        elif self.path == "/huge":
            # Says nothing of its size, then streams until the client gives up.
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self._stream(b"x" * 65536, count=200)
        elif self.path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
            self._stream(b"x" * 65536, count=1)
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self._stream(b"x", count=400, pause=0.01)
        elif self.path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self._stream(b"X-Slow: y\r\n", count=400, pause=0.01)
        else:
            self.send_error(404)

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, chunk: bytes, count: int, pause: float = 0.0) -> None:
        try:
            for _ in range(count):
                self.wfile.write(chunk)
                self.wfile.flush()
                if pause:
                    time.sleep(pause)
        except OSError:
            pass  # the client hung up, which is what the fetcher should do

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    try:
        httpd = ThreadingHTTPServer((HOST, 0), Tricks)
    except OSError as exc:
        pytest.skip(f"cannot listen on {HOST}: {exc}")
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://{HOST}:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def policy(**overrides: float) -> FetchPolicy:
    """Trusts the test server's own address and nothing else; small limits."""
    values: dict[str, float] = {"max_bytes": 100_000, "timeout": 2.0, "deadline": 1.0}
    values.update(overrides)
    return FetchPolicy(allow=(ipaddress.ip_network(f"{HOST}/32"),), **values)  # type: ignore[arg-type]


def test_the_allowed_first_hop_is_fetched(server: str) -> None:
    assert fetch(f"{server}/page", policy()).body == PAGE
    assert fetch(f"{server}/relative-ok", policy()).body == PAGE


def test_without_the_allowance_the_server_itself_is_refused(server: str) -> None:
    with pytest.raises(InputError, match="non-public 127.0.0.2"):
        fetch(f"{server}/page", FetchPolicy())


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ("/to-loopback", "non-public 127.0.0.1"),
        ("/to-localhost", "non-public"),
        ("/to-metadata", "non-public 169.254.169.254"),
        ("/to-private", "non-public 10.0.0.7"),
        ("/to-ipv6-loopback", "non-public ::1"),
        ("/to-mapped", "non-public"),
        ("/to-file", "only http and https"),
        ("/to-bad-port", "not a valid URL"),
    ],
)
def test_every_redirect_is_checked_after_resolution(server: str, path: str, refused: str) -> None:
    with pytest.raises(InputError, match=refused):
        fetch(f"{server}{path}", policy())


def test_an_endless_redirect_chain_stops_after_a_few_hops(server: str) -> None:
    with pytest.raises(InputError, match="more than 3 redirects"):
        fetch(f"{server}/endless", policy())


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_huge_responses_stop_at_the_size_limit(server: str, path: str) -> None:
    with pytest.raises(InputError, match="size limit"):
        fetch(f"{server}{path}", policy())


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_slow_drip_is_cut_at_the_deadline(server: str, path: str) -> None:
    # The drip lasts 4 s; the deadline is 0.3 s and each byte arrives well inside the socket
    # timeout, so only the whole-fetch deadline can stop it.
    with pytest.raises(InputError, match="took longer than 0.3 s"):
        fetch(f"{server}{path}", policy(deadline=0.3))


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1/",
        "http://a:99999/",
        "http://a:port/",
        "http://" + "a" * 70 + ".test/",
        "http://.test/",
        "http:///path",
        "gopher://x.test/",
        "http://user:pw@x.test/",
        "http://x.test\r\nHost: evil/",
    ],
)
def test_malformed_urls_are_input_errors(url: str) -> None:
    with pytest.raises(InputError):
        fetch(url, FetchPolicy(timeout=0.5, deadline=0.5), resolver=lambda h, p: ["127.0.0.1"])


@FUZZ
@given(st.text(max_size=80))
def test_any_url_text_is_checked_or_refused(text: str) -> None:
    with contextlib.suppress(InputError):
        check_url(f"http://{text}", FetchPolicy(), resolver=lambda h, p: ["93.184.216.34"])
