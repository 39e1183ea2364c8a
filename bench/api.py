"""Load figures for the HTTP API: requests/s and latency percentiles on loopback.

Starts ``newsledger serve``'s app in a uvicorn subprocess over a fresh DuckDB file, stores the
reference article (and a few dated variants, so /events has pages to serve), then drives
GET /events and POST /analyze from concurrent client threads for a bounded time each.

    .venv/bin/python bench/api.py [--seconds 10] [--concurrency 8] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed-article.txt"
TOKEN = "bench-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "NEWSLEDGER_DB": str(db),
        "NEWSLEDGER_TOKEN": TOKEN,
        "NEWSLEDGER_RATE_LIMIT": "0",
    }
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "newsledger.api.app:app_from_env",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not start within 60 s")


def load(url: str, articles: int) -> None:
    text = SEED.read_text(encoding="utf-8")
    with httpx.Client(base_url=url, timeout=120) as client:
        for n in range(articles):
            # Distinct text per copy: the store keeps one article per content hash.
            body = text if n == 0 else f"{text}\n\nUpdate {n}: the report was reissued."
            response = client.post(
                "/articles",
                content=body.encode(),
                headers={"Authorization": f"Bearer {TOKEN}", "content-type": "text/plain"},
            )
            response.raise_for_status()


def drive(
    url: str, method: str, path: str, body: bytes | None, seconds: float, concurrency: int
) -> dict[str, Any]:
    """``concurrency`` threads send the request back to back until ``seconds`` have passed."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        mine: list[float] = []
        failed = 0
        with httpx.Client(base_url=url, timeout=120) as client:
            while time.monotonic() < stop:
                began = time.perf_counter()
                response = client.request(
                    method, path, content=body, headers={"content-type": "text/plain"}
                )
                mine.append(time.perf_counter() - began)
                failed += response.status_code >= 400
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    began = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))], 2)

    return {
        "requests": len(ordered),
        "errors": errors[0],
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(ordered) / elapsed, 2),
        "p50_ms": pct(0.50),
        "p90_ms": pct(0.90),
        "p99_ms": pct(0.99),
        "mean_ms": round(1000 * statistics.fmean(ordered), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint (bounded)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--articles", type=int, default=20, help="stored before /events runs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    seconds = min(args.seconds, 60.0)
    with tempfile.TemporaryDirectory() as folder:
        process, url = start_server(Path(folder) / "bench.duckdb")
        try:
            load(url, args.articles)
            short = (
                b"Aid pledged\n\nGermany agreed to deliver two Patriot systems to Ukraine, "
                b"Defence Minister Boris Pistorius said on Monday."
            )
            figures = {
                "events": drive(url, "GET", "/events?limit=50", None, seconds, args.concurrency),
                "events_filtered": drive(
                    url,
                    "GET",
                    "/events?actor=DEU&plover=AID&min_certainty=reported",
                    None,
                    seconds,
                    args.concurrency,
                ),  # fmt: skip
                "analyze_short": drive(url, "POST", "/analyze", short, seconds, args.concurrency),
                "analyze_seed": drive(
                    url, "POST", "/analyze", SEED.read_bytes(), seconds, args.concurrency
                ),
            }
        finally:
            process.terminate()
            process.wait(30)
    result = {
        "setup": {
            "concurrency": args.concurrency,
            "seconds_per_endpoint": seconds,
            "stored_articles": args.articles,
            "cpus": os.cpu_count(),
        },
        "figures": figures,
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"setup: {result['setup']}")
    print(
        f"{'endpoint':<16}{'req/s':>9}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'n':>7}{'err':>5}"
    )
    for name, f in figures.items():
        print(
            f"{name:<16}{f['requests_per_s']:>9}{f['p50_ms']:>10}{f['p90_ms']:>10}"
            f"{f['p99_ms']:>10}{f['requests']:>7}{f['errors']:>5}"
        )


if __name__ == "__main__":
    main()
