"""The Ray engine stores exactly what the local engine stores, on real news texts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from newsledger.errors import InputError
from newsledger.ingest import ingest_articles
from newsledger.ingest_cli import register
from newsledger.scale.ray_engine import ingest_with_ray, ray_available, ray_session
from newsledger.store import Store, open_store

BEFORE = dict(os.environ)
ECB = Path(__file__).resolve().parents[3] / "shared" / "eval" / "clustering-ecbplus" / "ECB+"

pytestmark = [
    pytest.mark.ray,
    pytest.mark.skipif(not ray_available(), reason="ray is not installed (pip install ray)"),
]


@pytest.fixture(scope="module")
def ray() -> Iterator[Any]:
    """One local Ray for the module; ingest_with_ray uses it and leaves it running."""
    with ray_session(workers=2) as session:
        yield session


def _niceness() -> int:
    return os.nice(0)


def _corpus() -> list[Path]:
    if not ECB.is_dir():
        pytest.skip(f"shared eval data not found at {ECB}")
    return sorted((ECB / "1").glob("*.xml"))[:3]


def _stored(store: Store) -> dict[str, dict[str, Any]]:
    """Every stored analysis by article id, less the ingest clock time."""
    found = {}
    for row in store.list_articles(limit=100):
        analysis = store.get_analysis(row["id"])
        analysis["article"].pop("ingested_at", None)
        found[row["id"]] = analysis
    return found


def test_ray_stores_the_same_as_the_local_engine(ray: Any, tmp_path: Path) -> None:
    paths = _corpus()
    with (
        open_store(tmp_path / "local.duckdb") as local,
        open_store(tmp_path / "ray.duckdb") as on_ray,
    ):
        one = ingest_articles(paths, local, batch_size=2)
        two = ingest_with_ray(paths, on_ray, workers=2, batch_size=1)
        assert (one.new, one.failed) == (two.new, two.failed) == (len(paths), 0)
        assert local.counts() == on_ray.counts()
        assert _stored(local) == _stored(on_ray)
        again = ingest_with_ray(paths, on_ray, workers=1)
        assert (again.new, again.skipped) == (0, len(paths))


def test_a_bad_analyzer_name_fails_before_any_work(ray: Any, tmp_path: Path) -> None:
    with open_store(tmp_path / "l.duckdb") as store, pytest.raises(InputError, match="analyzer"):
        ingest_with_ray(_corpus(), store, analyzer="no_such_module:nothing")


def test_the_ingest_command_runs_on_ray(ray: Any, tmp_path: Path) -> None:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """A stand-in for the top-level app."""

    register(app)
    paths = [str(p) for p in _corpus()[:2]]
    db = str(tmp_path / "cli.duckdb")
    args = ["ingest", *paths, "--db", db, "--engine", "ray", "-w", "1", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert '"new": 2' in result.output
    refused = CliRunner().invoke(app, ["ingest", *paths, "--db", db, "--address", "auto"])
    assert refused.exit_code == 2 and "--engine ray" in refused.output


def test_the_local_ray_is_private_and_leaves_the_environment_alone(ray: Any) -> None:
    assert ray.util.get_node_ip_address() == "127.0.0.1"
    assert ray.cluster_resources().get("CPU") == 2
    # Workers at the driver's priority, not Ray's default niceness of 15.
    assert ray.get(ray.remote(_niceness).remote()) == _niceness()
    assert os.environ.get("RAY_USAGE_STATS_ENABLED") == BEFORE.get("RAY_USAGE_STATS_ENABLED")
    assert os.environ.get("PYTHONPATH") == BEFORE.get("PYTHONPATH")
