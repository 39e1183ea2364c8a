"""Input readers: folders, JSONL, feeds, corpus XML, URL lists; hostile XML refused."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.errors import InputError
from newsledger.ingest.sources import Item, iter_items, jsonl_article

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
BODY = "Germany agreed to deliver two Patriot systems to Ukraine, the minister said on Monday."


def _items(*inputs: object) -> list[Item]:
    return list(iter_items([str(i) for i in inputs]))


def test_jsonl_lines_land_and_broken_lines_are_items_with_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps(
            {"text": BODY, "url": "https://e.org/1", "outlet": "E", "published": "2024-05-02"}
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": BODY + " Again.", "published": "May 2nd"}),
        "",
        json.dumps(["a list"]),
        json.dumps({"text": "<html><body><p>" + BODY + " In HTML.</p></body></html>"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _items(path)
    assert [bool(i.article) for i in items] == [True, False, False, False, False, True]
    first = items[0].article
    assert first is not None
    assert (first.url, first.outlet, str(first.published.date)) == (
        "https://e.org/1",
        "E",
        "2024-05-02",
    )
    assert items[1].name.endswith("a.jsonl:2") and "not valid JSON" in (items[1].error or "")
    assert 'no "text"' in (items[2].error or "")
    assert "not an ISO date" in (items[3].error or "")
    last = items[-1].article
    assert last is not None and "<p>" not in last.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_a_jsonl_line_never_crashes_the_reader(line: bytes) -> None:
    with contextlib.suppress(InputError):
        jsonl_article(line, "x:1", 1000)


def test_folders_are_walked_recursively_skipping_paperwork(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "one.txt").write_text(BODY)
    (tmp_path / "sub" / "two.html").write_text(
        f"<html><body><article><p>{BODY} HTML.</p></article></body></html>"
    )
    (tmp_path / "sub" / "deeper" / "three.txt").write_text(BODY + " Three.")
    (tmp_path / "sub" / "notes.ann").write_text("T1\tSource 0 5\tGerma")
    (tmp_path / "README.txt").write_text("About this corpus.")
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    items = _items(tmp_path)
    names = [Path(i.name).name for i in items]
    assert names == ["empty.txt", "one.txt", "two.html", "three.txt"]
    assert items[0].error and "empty" in items[0].error
    assert all(i.article for i in items[1:])


def test_url_lists_and_url_arguments(tmp_path: Path) -> None:
    urls = tmp_path / "list.txt"
    urls.write_text("# morning\nhttps://e.org/a\n\nhttp://e.org/b\n")
    mixed = tmp_path / "mixed.urls"
    mixed.write_text("https://e.org/c\nftp://e.org/d\n")
    items = _items(urls, mixed, "https://e.org/e", tmp_path / "missing.txt")
    assert [i.url for i in items] == [
        "https://e.org/a",
        "http://e.org/b",
        "https://e.org/c",
        None,
        "https://e.org/e",
        None,
    ]
    assert "not an http(s) URL" in (items[3].error or "")
    assert "no such file" in (items[5].error or "")


RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title>
<item><title>Patriots for Ukraine</title><link>https://wire.example/1</link>
<pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{body}</p><p>More text follows here.</p>]]></content:encoded></item>
<item><title>Link only</title><link>https://wire.example/2</link></item>
<item><title>Nothing</title></item>
</channel></rss>""".replace("{body}", BODY)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>One</title><link href="https://atom.example/1"/><updated>2024-05-03T08:00:00Z</updated>
<summary>{body}</summary></entry>
</feed>""".replace("{body}", BODY)


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS)
    (tmp_path / "atom.xml").write_text(ATOM)
    items = _items(tmp_path / "wire.rss", tmp_path / "atom.xml")
    first = items[0].article
    assert first is not None
    assert (first.title, first.url, first.outlet) == (
        "Patriots for Ukraine",
        "https://wire.example/1",
        "Wire",
    )
    assert str(first.published.date) == "2024-05-02" and "<p>" not in first.text
    assert items[1].url == "https://wire.example/2" and items[1].title == "Link only"
    assert items[2].error and "without content or link" in items[2].error
    atom = items[3].article
    assert (
        atom is not None and atom.outlet == "Atom Wire" and str(atom.published.date) == "2024-05-03"
    )


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss><channel><item><description>&lol3;</description></item></channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><description>&xxe;</description></item></channel></rss>"""


@pytest.mark.parametrize("payload", [LAUGHS, XXE], ids=["billion-laughs", "external-entity"])
def test_hostile_xml_is_refused_not_expanded(tmp_path: Path, payload: str) -> None:
    (tmp_path / "evil.xml").write_text(payload)
    [item] = _items(tmp_path / "evil.xml")
    assert item.article is None and "unsafe XML refused" in (item.error or "")


def test_unknown_and_broken_xml(tmp_path: Path) -> None:
    (tmp_path / "odd.xml").write_text("<catalog><book/></catalog>")
    (tmp_path / "bad.xml").write_text("<rss><channel>")
    items = _items(tmp_path / "bad.xml", tmp_path / "odd.xml")
    assert "not well-formed" in (items[0].error or "")
    assert "unknown kind" in (items[1].error or "")


def test_size_limit_applies_per_file(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(BODY * 10)
    [item] = list(iter_items([str(tmp_path / "big.txt")], max_bytes=100))
    assert "over the size limit" in (item.error or "")


@pytest.mark.skipif(not EVAL.exists(), reason="shared/eval gold data not present")
def test_corpus_formats_read_as_plain_text() -> None:
    ecb = EVAL / "clustering-ecbplus" / "ECB+" / "1" / "1_10ecb.xml"
    timeml = next((EVAL / "time-tempeval3").rglob("*.tml"))
    meantime = next((EVAL / "meantime").rglob("*.xml"))
    items = _items(ecb, timeml, meantime)
    assert all(i.article for i in items), [i.error for i in items]
    texts = [i.article.text for i in items if i.article]
    assert all("<token" not in t and "<EVENT" not in t and " ," not in t for t in texts)
    assert items[1].article and items[1].article.published.date is not None
    assert items[2].article and (items[2].article.url or "").startswith("http")
