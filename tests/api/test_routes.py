"""The JSON API on a real uvicorn server over a DuckDB file (see conftest.py)."""

from __future__ import annotations

import httpx
import pytest
from live_server import SEED, Server

from newsledger.serialize import validate_analysis

SHORT = "Aid pledged\n\nGermany agreed to deliver two Patriot systems to Ukraine, officials said."


def error_of(response: httpx.Response) -> dict[str, object]:
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == response.status_code
    assert "Traceback" not in error["message"]
    return dict(error)


def test_health_reports_the_store(server: Server) -> None:
    body = httpx.get(f"{server.url}/health").json()
    assert body["status"] == "ok"
    assert body["store"]["dialect"] == "duckdb"
    assert body["store"]["schema_version"] >= 1


def test_analyze_text_json_and_html_without_storing(server: Server) -> None:
    with server.client() as client:
        before = client.get("/health").json()["store"]["articles"]
        plain = client.post("/analyze", content=SHORT, headers={"content-type": "text/plain"})
        as_json = client.post("/analyze", json={"text": SHORT, "published": "2024-05-02"})
        html = client.post(
            "/analyze",
            content=f"<html><head><title>Aid pledged</title></head><body><article><p>{SHORT[13:]}"
            "</p><p>More text follows here so that the page has a main body.</p></article>"
            "</body></html>",
            headers={"content-type": "text/html"},
        )
        after = client.get("/health").json()["store"]["articles"]
    for response in (plain, as_json, html):
        assert response.status_code == 200, response.text
        validate_analysis(response.json())
    assert as_json.json()["article"]["published"]["date"] == "2024-05-02"
    assert "Patriot" in html.json()["article"]["text"]
    assert after == before


def test_bad_bodies_get_clear_json_errors(server: Server) -> None:
    with server.client() as client:
        empty = client.post("/analyze", content=b"  ", headers={"content-type": "text/plain"})
        binary = client.post("/analyze", content=b"\x00\x01\x02" * 50)
        broken = client.post(
            "/analyze", content=b"{not json", headers={"content-type": "application/json"}
        )
        wrong = client.post("/analyze", json={"text": 5})
        extra = client.post("/analyze", json={"text": "x", "secret": 1})
        bad_date = client.post("/analyze?published=yesterday", content=SHORT)
    assert empty.status_code == 400 and "empty" in str(error_of(empty)["message"])
    assert binary.status_code == 400 and "binary" in str(error_of(binary)["message"])
    assert broken.status_code == 400 and "JSON" in str(error_of(broken)["message"])
    assert wrong.status_code == 422 and "text" in str(error_of(wrong)["message"])
    assert extra.status_code == 422
    assert bad_date.status_code == 422 and "published" in str(error_of(bad_date)["message"])


def test_ingest_needs_the_token(server: Server) -> None:
    with server.client() as client:
        missing = client.post("/articles", content=SHORT)
        wrong = client.post("/articles", content=SHORT, headers={"Authorization": "Bearer nope"})
        basic = client.post("/articles", content=SHORT, headers={"Authorization": "Basic eDp5"})
    for response in (missing, wrong, basic):
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        error_of(response)


def test_ingest_stores_once_and_reads_back(server: Server, seed_id: str) -> None:
    with server.client() as client:
        again = client.post("/articles", content=SEED.read_bytes(), headers=server.auth)
        stored = client.get(f"/articles/{seed_id}")
        listed = client.get("/articles").json()["items"]
        missing = client.get("/articles/no-such-article")
    assert again.status_code == 200 and again.json()["stored"] is False
    assert stored.status_code == 200
    analysis = stored.json()
    assert analysis["article"]["id"] == seed_id
    assert analysis["article"]["text"] == SEED.read_text(encoding="utf-8").strip()
    assert any(e["equipment"] == "Patriot" for e in analysis["events"])
    assert seed_id in {a["id"] for a in listed}
    assert missing.status_code == 404 and error_of(missing)["code"] == "not_found"


def test_events_filters_and_pages(server: Server, seed_id: str) -> None:
    with server.client() as client:
        everything = client.get("/events", params={"article": seed_id}).json()["items"]
        first = client.get("/events", params={"article": seed_id, "limit": 2}).json()
        second = client.get(
            "/events", params={"article": seed_id, "limit": 2, "offset": first["next_offset"]}
        ).json()
        aid = client.get("/events", params={"plover": "aid", "actor": "DEU"}).json()["items"]
        none = client.get("/events", params={"date_to": "1990-01-01"}).json()["items"]
    assert len(everything) >= 3
    assert first["items"] + second["items"] == everything[:4]
    assert first["next_offset"] == 2
    assert [e["equipment"] for e in aid] == ["Patriot"]
    assert none == []


@pytest.mark.parametrize(
    "params",
    [
        {"actor": "DEU' OR '1'='1"},
        {"plover": "AID); DROP TABLE events; --"},
        {"country": "%"},
        {"article": "' UNION SELECT * FROM articles --"},
    ],
)
def test_filter_values_never_reach_sql_as_code(
    server: Server, seed_id: str, params: dict[str, str]
) -> None:
    response = httpx.get(f"{server.url}/events", params=params)
    assert response.status_code == 200
    assert response.json()["items"] == []
    assert httpx.get(f"{server.url}/events").json()["items"]


def test_parameter_errors(server: Server) -> None:
    with server.client() as client:
        certainty = client.get("/events", params={"min_certainty": "sure"})
        limit = client.get("/events", params={"limit": 5000})
        offset = client.get("/events", params={"offset": -1})
    for response in (certainty, limit, offset):
        assert response.status_code == 422
        error_of(response)


def test_corpus_views(server: Server, seed_id: str) -> None:
    with server.client() as client:
        timeline = client.get("/timeline", params={"involving": "UKR"}).json()
        actor = client.get("/actors/UKR").json()
        unknown = client.get("/actors/ZZZZ")
        graph = client.get("/graph").json()
        commitments = client.get("/commitments").json()
        stories = client.get("/stories").json()
    days = [i["day"] for i in timeline["items"] if i["day"]]
    assert days == sorted(days) and timeline["total"] >= 2
    assert actor["name"] == "Ukraine" and actor["as_target"] >= 1
    assert unknown.status_code == 404
    assert {"source": "DEU", "target": "UKR"} in [
        {"source": link["source"], "target": link["target"]} for link in graph["links"]
    ]
    patriot = next(c for c in commitments["items"] if (c["item"] or "").lower() == "patriot")
    assert patriot["status"] == "agreed" and patriot["quantity"] == 2
    assert patriot["history"][0]["article"] == seed_id
    assert any(seed_id in story["articles"] for story in stories["items"])


def test_pages_and_assets_are_served_with_a_strict_policy(server: Server, seed_id: str) -> None:
    with server.client() as client:
        page = client.get(f"/articles/{seed_id}/view")
        script = client.get("/static/article.js")
        home = client.get("/", follow_redirects=False)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "innerHTML" not in script.text
    assert home.status_code == 307
