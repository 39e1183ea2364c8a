"""Guarded HTTP(S) fetching for URL inputs.

Every hop (the first request and each redirect, at most ``max_redirects``) resolves the host,
refuses the whole hop if any address is private, loopback, link-local, multicast, reserved or
a cloud metadata endpoint, and then connects to the checked address itself, so a DNS answer
that changes between check and connect (rebinding) cannot reach a refused address. Bodies are
read up to ``max_bytes``; every socket operation has a timeout and the whole fetch a deadline.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from newsledger.errors import InputError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

# Metadata services that some clouds serve from otherwise global-looking addresses.
_METADATA = (
    ipaddress.ip_network("169.254.169.254/32"),
    ipaddress.ip_network("100.100.100.200/32"),
    ipaddress.ip_network("fd00:ec2::254/128"),
)
_REDIRECTS = (301, 302, 303, 307, 308)
USER_AGENT = "newsledger-ingest/0.1 (+https://github.com/newsledger)"


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"{host}: cannot resolve ({exc.strerror})") from exc
    except UnicodeError as exc:
        # The IDNA codec refuses empty or over-long labels before any lookup.
        raise InputError(f"{host[:100]}: not a valid host name ({exc})") from exc
    return sorted({str(info[4][0]) for info in infos})


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int = 5_000_000
    timeout: float = 10.0
    deadline: float = 30.0
    max_redirects: int = 3
    # Networks an operator explicitly trusts (an intranet feed server); empty by default.
    allow: tuple[Network, ...] = field(default_factory=tuple)

    def refused(self, address: Address) -> bool:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if any(address in net for net in self.allow):
            return False
        return (
            not address.is_global
            or address.is_multicast
            or any(address in net for net in _METADATA)
        )


@dataclass(frozen=True)
class Fetched:
    url: str
    body: bytes
    content_type: str


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        # Certificate and SNI are checked against the host name, not the pinned address.
        self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)


def check_url(url: str, policy: FetchPolicy, resolver: Resolver = resolve) -> str:
    """The address to connect to for ``url``; InputError when the URL or any address is refused."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        # A bad IPv6 literal or a port out of range.
        raise InputError(f"{url}: not a valid URL ({exc})") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: only http and https URLs are fetched")
    if parts.username or parts.password:
        raise InputError(f"{url}: URLs with credentials are refused")
    addresses = resolver(parts.hostname, port)
    if not addresses:
        raise InputError(f"{url}: host has no address")
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        if policy.refused(address):
            raise InputError(f"{url}: refused, {parts.hostname} resolves to non-public {address}")
    return addresses[0]


def fetch(url: str, policy: FetchPolicy | None = None, resolver: Resolver = resolve) -> Fetched:
    """GET ``url`` under ``policy``; InputError for every refusal or failure."""
    policy = policy or FetchPolicy()
    started = time.monotonic()
    for _hop in range(policy.max_redirects + 1):
        address = check_url(url, policy, resolver)
        parts = urlsplit(url)
        https = parts.scheme == "https"
        port = parts.port or (443 if https else 80)
        pinned = _PinnedHTTPS if https else _PinnedHTTP
        conn = pinned(parts.hostname or "", port, address, policy.timeout)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        # Socket timeouts bound each read, not their sum: a server that drips its status line
        # or headers one byte at a time is cut off by shutting the socket at the deadline.
        left = max(policy.deadline - (time.monotonic() - started), 0.0)
        watchdog = threading.Timer(left, _cut, (conn,))
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
            response = conn.getresponse()
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise InputError(f"{url}: redirect without a Location")
                try:
                    url = urljoin(url, location)
                except ValueError as exc:
                    raise InputError(f"{url}: bad redirect Location ({exc})") from exc
                continue
            if response.status != 200:
                raise InputError(f"{url}: HTTP {response.status} {response.reason}")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > policy.max_bytes:
                raise InputError(
                    f"{url}: {int(length):,} bytes is over the size limit of {policy.max_bytes:,}"
                )
            body = _read(response, url, policy, started)
            return Fetched(url, body, response.getheader("Content-Type") or "")
        except (OSError, http.client.HTTPException) as exc:
            _check_deadline(url, policy, started)
            raise InputError(f"{url}: fetch failed ({exc})") from exc
        finally:
            watchdog.cancel()
            conn.close()
    raise InputError(f"{url}: more than {policy.max_redirects} redirects")


def _cut(conn: http.client.HTTPConnection) -> None:
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _check_deadline(url: str, policy: FetchPolicy, started: float) -> None:
    if time.monotonic() - started > policy.deadline:
        raise InputError(f"{url}: took longer than {policy.deadline:g} s")


def _read(
    response: http.client.HTTPResponse, url: str, policy: FetchPolicy, started: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        _check_deadline(url, policy, started)
        # read1, not read: read(n) waits for all n bytes, so a slow drip would never reach
        # the deadline check above.
        chunk = response.read1(65536)
        if not chunk:
            # An empty read after the watchdog cut the socket is a timeout, not the end.
            _check_deadline(url, policy, started)
            return b"".join(chunks)
        size += len(chunk)
        if size > policy.max_bytes:
            raise InputError(f"{url}: over the size limit of {policy.max_bytes:,} bytes")
        chunks.append(chunk)
