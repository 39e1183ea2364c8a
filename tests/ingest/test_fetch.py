"""Guarded fetching against a real local HTTP server (loopback, explicitly allowed here)."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsledger.errors import InputError
from newsledger.ingest.fetch import FetchPolicy, check_url, fetch

PAGE = b"<html><body><article><p>Germany agreed to deliver Patriots.</p></article></body></html>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        port = self.server.server_address[1]
        if self.path.startswith("/hop/"):
            left = int(self.path.rsplit("/", 1)[1])
            target = "/page" if left == 0 else f"/hop/{left - 1}"
            self._redirect(f"http://127.0.0.1:{port}{target}")
        elif self.path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif self.path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file")
        elif self.path == "/big":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"x" * 5000)
        elif self.path == "/page":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_response(404)
            self.end_headers()

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


LOCAL = FetchPolicy(allow=(ipaddress.ip_network("127.0.0.1/32"),), max_bytes=1000)


def _resolver(answer: str):  # type: ignore[no-untyped-def]
    return lambda host, port: [answer]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "100.100.100.200",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_non_public_addresses_are_refused_after_resolution(address: str) -> None:
    with pytest.raises(InputError, match="refused"):
        check_url("https://news.example/a", FetchPolicy(), _resolver(address))


def test_a_public_address_passes() -> None:
    assert check_url("https://news.example/a", FetchPolicy(), _resolver("93.184.216.34"))


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://news.example/a", "https://user:pw@news.example/a"]
)
def test_other_schemes_and_credentials_are_refused(url: str) -> None:
    with pytest.raises(InputError):
        check_url(url, FetchPolicy(), _resolver("93.184.216.34"))


def test_loopback_is_refused_by_default(server: str) -> None:
    with pytest.raises(InputError, match="non-public"):
        fetch(f"{server}/page")


def test_fetch_follows_up_to_three_redirects(server: str) -> None:
    page = fetch(f"{server}/hop/2", LOCAL)
    assert page.body == PAGE and page.url.endswith("/page") and "html" in page.content_type
    with pytest.raises(InputError, match="more than 3 redirects"):
        fetch(f"{server}/hop/3", LOCAL)


def test_every_redirect_is_checked_again(server: str) -> None:
    with pytest.raises(InputError, match="169.254.169.254"):
        fetch(f"{server}/to-metadata", LOCAL)
    with pytest.raises(InputError, match="only http and https"):
        fetch(f"{server}/to-ftp", LOCAL)


def test_size_limit_and_http_errors(server: str) -> None:
    with pytest.raises(InputError, match="size limit"):
        fetch(f"{server}/big", LOCAL)
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(f"{server}/missing", LOCAL)
