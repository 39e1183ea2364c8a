"""Ingest on Ray: the same stage functions as the local engine, run by Ray actors.

:func:`ingest_with_ray` takes the arguments of :func:`newsledger.ingest.ingest_articles`
plus ``address``. Reading inputs, skipping stored articles and every store write stay in the
calling process (DuckDB takes one writer); each Ray actor loads the analyzer (and with it the
spaCy model) once and runs :func:`newsledger.ingest.work.process` on batches of items, which
calls the configured analyzer (by default :func:`newsledger.pipeline.analyze_many`). The
stored result is therefore the same as the local engine's for the same input.

Without ``address`` a private local Ray is started on demand with ``workers`` CPUs, no
dashboard, no usage reporting, bound to loopback, and shut down at the end. With
``address`` (``"auto"`` or ``"HEAD_IP:6379"`` on a cluster node; ``"ray://HEAD_IP:10001"``
from elsewhere, which needs ``ray[client]``) the run joins that cluster, whose nodes must
have newsledger and its model installed.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsledger.errors import InputError
from newsledger.ingest import work
from newsledger.ingest.analyzer import load_analyzer
from newsledger.ingest.fetch import FetchPolicy
from newsledger.ingest.run import IngestSummary, Report, _batches, _Run
from newsledger.ingest.sources import iter_items
from newsledger.ingest.text import DEFAULT_MAX_BYTES
from newsledger.store import Store

_LOOPBACK_SWITCH = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"

# Batches in flight per actor: one running, one queued, so an actor never waits on the driver.
IN_FLIGHT_PER_WORKER = 2


def ray_available() -> bool:
    """True when Ray is installed (it is an optional dependency)."""
    return importlib.util.find_spec("ray") is not None


@contextmanager
def ray_session(workers: int, address: str | None = None) -> Iterator[Any]:
    """The ``ray`` module, initialised: joined to ``address``, else a local Ray we own.

    A Ray already initialised in this process is used as it is and left running.
    """
    try:
        import ray
        from ray._private import ray_constants
    except ImportError as exc:
        raise InputError("the ray engine needs Ray: pip install 'ray==2.60.0'") from exc
    if ray.is_initialized():
        yield ray
        return
    options: dict[str, Any] = {
        "include_dashboard": False,
        "logging_level": logging.WARNING,
        "log_to_driver": False,
    }
    if address is None:
        options["num_cpus"] = workers
    else:
        options["address"] = address
    cluster = ray_constants.ENABLE_RAY_CLUSTER
    try:
        with _environment(_local_environment() if address is None else {}):
            # Ray's switch for single-machine use: this process and every process Ray starts
            # bind to 127.0.0.1, not to the address of the default route.
            ray_constants.ENABLE_RAY_CLUSTER = address is not None
            ray.init(**options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise InputError(f"cannot start or join Ray ({address or 'local'}): {exc}") from exc
    finally:
        ray_constants.ENABLE_RAY_CLUSTER = cluster
    try:
        yield ray
    finally:
        ray.shutdown()


def _local_environment() -> dict[str, str]:
    """What the processes of a local Ray inherit from ``ray.init``."""
    return {
        # No telemetry: nothing leaves the machine.
        "RAY_USAGE_STATS_ENABLED": "0",
        # The loopback switch above, for processes that import ray themselves.
        _LOOPBACK_SWITCH: "0",
        # Ray starts workers at niceness 15, made for a driver sharing its node with them;
        # here the actors are the work, and run as the local engine's processes do.
        "RAY_worker_niceness": "0",
        # Workers import what this process imports (editable installs, test helpers).
        "PYTHONPATH": os.pathsep.join(_import_paths()),
    }


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _import_paths() -> list[str]:
    found: list[str] = []
    for entry in [*os.environ.get("PYTHONPATH", "").split(os.pathsep), *sys.path]:
        path = os.path.abspath(entry) if entry else ""
        if path and Path(path).is_dir() and path not in found:
            found.append(path)
    return found


def _progress_bar() -> Progress:
    # The local engine's bar, so that both engines look the same on a terminal.
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} items"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    )


class _Worker:
    """One Ray actor: the analyzer loaded once, then batch after batch."""

    def __init__(self, analyzer: str | None, policy: FetchPolicy) -> None:
        work.init_worker(analyzer, policy)

    def process(self, batch: list[Any]) -> list[work.Outcome]:
        return work.process(batch)

    def peak_rss_mb(self) -> float:
        """This actor's peak resident memory (VmHWM; ru_maxrss counts the raylet's too)."""
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return 0.0


def ingest_with_ray(
    paths_or_urls: Iterable[str | Path],
    store: Store,
    workers: int = 1,
    progress: bool = False,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    analyzer: str | None = None,
    policy: FetchPolicy | None = None,
    batch_size: int = 8,
    report: Report | None = None,
    address: str | None = None,
    stats: dict[str, Any] | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths_or_urls`` into ``store`` with ``workers`` Ray actors.

    Same arguments and result as :func:`newsledger.ingest.ingest_articles`; ``address``
    joins a running Ray cluster instead of starting a local one. A ``stats`` dict receives
    ``worker_peak_rss_mb``, each actor's peak resident memory, for benchmarks.
    """
    # A bad analyzer name fails here, as in the local engine, not inside every actor.
    load_analyzer(analyzer)
    policy = policy or FetchPolicy(max_bytes=max_bytes)
    items = iter_items(paths_or_urls, max_bytes=max_bytes)
    bar = _progress_bar() if progress else None
    run = _Run(store, report, bar)
    if bar is not None:
        bar.start()
    try:
        with ray_session(workers, address) as ray:
            actor = ray.remote(num_cpus=1)(_Worker)
            pool = [actor.remote(analyzer, policy) for _ in range(max(1, workers))]
            _drive(ray, pool, run, _batches(run, items, batch_size))
            if stats is not None:
                stats["worker_peak_rss_mb"] = ray.get([w.peak_rss_mb.remote() for w in pool])
    finally:
        if bar is not None:
            bar.stop()
    return run.summary


def _drive(ray: Any, pool: list[Any], run: _Run, batches: Iterable[list[Any]]) -> None:
    """Keep every actor busy: an actor that returns a batch gets the next one; each result is
    saved in the driver as it lands."""
    todo = iter(batches)
    owner: dict[Any, Any] = {}

    def submit(actor: Any) -> None:
        batch = next(todo, None)
        if batch is not None:
            owner[actor.process.remote(batch)] = actor

    for _ in range(IN_FLIGHT_PER_WORKER):
        for actor in pool:
            submit(actor)
    while owner:
        done, _ = ray.wait(list(owner), num_returns=1)
        for ref in done:
            actor = owner.pop(ref)
            submit(actor)
            run.save(ray.get(ref))
