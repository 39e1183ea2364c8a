"""Hostile JSONL, feeds, XML and folders through the ingest readers (``iter_items``).

Reading never raises for one bad input: every item is an article, a URL, or an error that
names it; good items between bad ones still land in the store.
"""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest
from fuzz_payloads import (
    BILLION_LAUGHS_DTD,
    BILLION_LAUGHS_REF,
    FUZZ,
    SECRET,
    SENTENCE,
    SURROGATE_JSON,
    XXE_REF,
    deep_json,
    some_text,
    xxe_dtd,
)
from hypothesis import given
from hypothesis import strategies as st

from newsledger.ingest import ingest_articles
from newsledger.ingest.sources import Item, iter_items, jsonl_items, xml_items
from newsledger.store import open_store


def _items(path: Path, max_bytes: int = 1_000_000) -> list[Item]:
    items = list(iter_items([path], max_bytes=max_bytes))
    for item in items:
        assert (item.article, item.url, item.error).count(None) == 2, item
        if item.error is not None:
            assert item.error.startswith(item.name), item
    return items


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
jsonl_line = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"text": some_text},
        optional={"url": json_values, "title": json_values, "published": st.text(max_size=30)},
    ).map(lambda v: json.dumps(v).encode()),
)


@FUZZ
@given(st.lists(jsonl_line, max_size=8))
def test_any_jsonl_lines_give_items_naming_their_line(tmp_path: Path, lines: list[bytes]) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    for item in _items(path):
        assert item.name.startswith(f"{path}:")


def test_broken_lines_between_good_ones_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    good = [
        json.dumps({"text": f"{SENTENCE} Item {n}.", "url": f"https://x.test/{n}"})
        for n in range(4)
    ]
    bad = [
        b"{not json",
        b"\xff\xfe\x00\x01",
        deep_json(50_000),
        SURROGATE_JSON,
        b'{"text": 42}',
        b'["a list"]',
        b'{"text": "ok", "published": "yesterday"}',
        b'{"text": "ok", "url": "\\udfff"}',
    ]
    lines = [
        good[0].encode(),
        *bad[:4],
        good[1].encode(),
        *bad[4:],
        good[2].encode(),
        good[3].encode(),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = _items(path)
    assert sum(i.article is not None for i in items) == 4
    assert sum(i.error is not None for i in items) == len(bad)
    assert any("nested too deeply" in (i.error or "") for i in items)
    assert any("lone surrogate" in (i.error or "") for i in items)
    with open_store(tmp_path / "ledger.duckdb") as store:
        summary = ingest_articles([path], store, analyzer="fuzz_payloads:sentences_only")
        assert (summary.new, summary.failed) == (4, len(bad))
        assert store.counts()["articles"] == 4


def test_an_over_long_jsonl_line_is_refused_without_being_held(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"text": "' + b"a" * 20_000_000 + b'"}\n')
        handle.write(json.dumps({"text": SENTENCE}).encode() + b"\n")
    tracemalloc.start()
    try:
        items = list(jsonl_items(path, max_bytes=1_000_000))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "over the size limit" in (items[0].error or "")
    assert items[1].article is not None and items[1].name.endswith(":2")
    # The 20 MB line went through a buffer the size of the limit, not into memory whole.
    assert peak < 5_000_000


def test_a_fifty_megabyte_file_is_refused_by_size(tmp_path: Path) -> None:
    for suffix in (".txt", ".html", ".xml", ".jsonl"):
        path = tmp_path / f"huge{suffix}"
        with path.open("wb") as handle:
            handle.truncate(50_000_000)
        (item,) = _items(path, max_bytes=5_000_000)[:1]
        assert item.error is not None


def test_fifos_and_devices_are_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(SENTENCE)
    items = _items(tmp_path)
    assert [i.error is not None for i in items] == [False, True]
    assert "not a regular file" in (items[1].error or "")
    (dev,) = list(iter_items(["/dev/zero"]))
    assert "not a regular file" in (dev.error or "")


def _feed(items: str, dtd: str = "") -> bytes:
    return f'{dtd}<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


def test_billion_laughs_in_a_feed_is_refused_not_expanded(tmp_path: Path) -> None:
    raw = _feed(f"<item><description>{BILLION_LAUGHS_REF}</description></item>", BILLION_LAUGHS_DTD)
    (item,) = list(xml_items_safe(raw))
    assert item.error is not None and "unsafe XML" in item.error


def test_external_entity_in_any_xml_reads_no_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    dtd = xxe_dtd(str(secret))
    bodies = [
        _feed(f"<item><description>{XXE_REF} {SENTENCE}</description></item>", dtd),
        f"{dtd}<TimeML><TEXT>{XXE_REF} {SENTENCE}</TEXT></TimeML>".encode(),
        f'{dtd}<Document><token sentence="1">{XXE_REF}</token></Document>'.encode(),
    ]
    for n, body in enumerate(bodies):
        path = tmp_path / f"x{n}.xml"
        path.write_bytes(body)
        for item in _items(path):
            assert item.article is None or SECRET not in item.article.text
            assert item.error is not None and "unsafe XML" in item.error


def xml_items_safe(raw: bytes) -> list[Item]:
    # xml_items raises for the whole file; file_items turns that into one error item.
    from newsledger.errors import InputError

    try:
        return list(xml_items(raw, "feed.xml", 1_000_000))
    except InputError as exc:
        return [Item("feed.xml", error=str(exc))]


def test_a_feed_with_thousands_of_items_reads_each(tmp_path: Path) -> None:
    entries = "".join(
        f"<item><title>Item {n}</title><link>https://x.test/{n}</link>"
        f"<description>{SENTENCE} Number {n}.</description></item>"
        for n in range(3000)
    )
    path = tmp_path / "big.xml"
    path.write_bytes(_feed(entries))
    items = _items(path, max_bytes=5_000_000)
    assert len(items) == 3000 and all(i.article is not None for i in items)
    assert len({i.article.id for i in items if i.article}) == 3000


feed_content = st.one_of(
    some_text,
    st.lists(
        st.sampled_from(["<p>", "</p>", "<!-- c -->", "<b>", "x", SENTENCE, "&lt;", "<?xml?>"]),
        max_size=10,
    ).map("".join),
)


@FUZZ
@given(st.lists(st.tuples(st.text(max_size=20), feed_content, st.text(max_size=30)), max_size=5))
def test_any_feed_entries_give_items_naming_their_entry(
    tmp_path: Path, entries: list[tuple[str, str, str]]
) -> None:
    from xml.sax.saxutils import escape

    body = "".join(
        f"<item><title>{escape(t)}</title><description>{escape(c)}</description>"
        f"<pubDate>{escape(d)}</pubDate></item>"
        for t, c, d in entries
    )
    path = tmp_path / "feed.xml"
    path.write_text(_feed(body).decode(), encoding="utf-8")
    for item in _items(path):
        assert item.name.startswith(str(path))


@FUZZ
@given(st.binary(max_size=500))
def test_any_bytes_as_xml_give_one_named_error_or_items(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "any.xml"
    path.write_bytes(raw)
    _items(path)


@pytest.mark.parametrize("depth", [100_000])
def test_deeply_nested_xml_is_answered(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.xml"
    path.write_bytes(b"<rss><channel>" + b"<x>" * depth + b"</x>" * depth + b"</channel></rss>")
    assert len(_items(path, max_bytes=5_000_000)) <= 1
