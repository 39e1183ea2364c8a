"""Hostile bytes into the single-article readers: decode, html_to_text, article_from_bytes and
read_article. Every input gives an Article or an InputError that names the item."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fuzz_payloads import (
    BINARY,
    FUZZ,
    FUZZ_SLOW,
    INVALID_UTF8,
    SECRET,
    TRUNCATED_UTF16,
    UTF16_BOM_BE,
    UTF16_BOM_LE,
    nested_html,
    some_text,
    xxe_dtd,
)
from hypothesis import given
from hypothesis import strategies as st

from newsledger.errors import InputError
from newsledger.ingest.text import article_from_bytes, decode, html_to_text, read_article
from newsledger.records import Article

NAME = "item-7.txt"


def _article_or_named_error(raw: bytes, max_bytes: int = 100_000) -> Article | None:
    try:
        return article_from_bytes(raw, name=NAME, max_bytes=max_bytes)
    except InputError as exc:
        assert str(exc).startswith(NAME), exc
        return None


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_a_named_input_error(raw: bytes) -> None:
    article = _article_or_named_error(raw)
    if article is not None:
        assert article.text.strip() and len(article.id) == 64


@FUZZ
@given(some_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]))
def test_text_in_any_declared_encoding_is_read_or_refused(text: str, encoding: str) -> None:
    raw = text.encode(encoding, "surrogatepass")
    article = _article_or_named_error(raw)
    if article is not None and encoding in ("utf-8", "utf-8-sig", "utf-16"):
        # Text that decodes is kept: the same words come out (whitespace normalised).
        assert " ".join(article.text.split()) == " ".join(text.split())


@FUZZ_SLOW
@given(
    st.lists(
        st.sampled_from(
            ["<div>", "</div>", "<p>", "</p>", "<script>", "<!--", "-->", "<![CDATA[", "&amp;"]
            + ["<?xml version='1.0' encoding='latin-1'?>", "Kyiv said the talks failed. ", "<"]
        ),
        max_size=40,
    ).map("".join)
)
def test_html_fragments_never_crash_the_extractor(body: str) -> None:
    _article_or_named_error(f"<html><body>{body}</body></html>".encode())


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b" \t\n\r\n ", "empty"),
        (BINARY, "binary"),
        (INVALID_UTF8, "not valid UTF-8"),
        (TRUNCATED_UTF16, "invalid UTF-16"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 3 + b"text", "binary"),
    ],
)
def test_bad_bytes_are_refused_naming_the_item(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=f"^{NAME}: .*{message}"):
        article_from_bytes(raw, name=NAME)


@pytest.mark.parametrize("raw", [UTF16_BOM_LE, UTF16_BOM_BE])
def test_utf16_with_either_bom_is_text(raw: bytes) -> None:
    assert decode(raw, NAME).strip() == "Kyiv said the talks failed."


def test_fifty_megabytes_are_refused_by_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        # Sparse: 50 MB on paper, nothing on disk; read_article must refuse it by its size.
        handle.truncate(50_000_000)
    with pytest.raises(InputError, match="50,000,000 bytes is over the size limit"):
        read_article(path)


class _CountingStdin:
    """An endless standard input that counts what it hands out."""

    def __init__(self) -> None:
        self.given = 0
        self.buffer = self

    def read(self, size: int = -1) -> bytes:
        assert size >= 0, "standard input must be read with a bound"
        self.given += size
        return b"a" * size


def test_standard_input_is_read_with_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = _CountingStdin()
    monkeypatch.setattr(sys, "stdin", stdin)
    with pytest.raises(InputError, match="<stdin>: .* over the size limit of 1,000"):
        read_article("-", max_bytes=1000)
    assert stdin.given == 1001


def test_devices_and_folders_are_not_read(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a regular file"):
        read_article("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        read_article(tmp_path)


def test_one_megabyte_line_is_one_article() -> None:
    raw = b"Kyiv said the talks failed and " * 34_000
    assert len(raw) > 1_000_000
    article = article_from_bytes(raw, name=NAME)
    assert article.text == raw.decode()


def test_hundred_thousand_nested_divs_end_cleanly() -> None:
    # lxml stops at its depth limit; the reader must answer, not recurse to a crash.
    article = _article_or_named_error(nested_html(100_000), max_bytes=5_000_000)
    assert article is None or "<div>" not in article.text


def test_html_with_an_external_entity_reads_no_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    page = (
        xxe_dtd(str(secret))
        + "<html><body><article><p>Kyiv said &xxe; the talks failed in Geneva on Monday, "
        "officials said.</p></article></body></html>"
    )
    article = _article_or_named_error(page.encode())
    assert article is None or SECRET not in article.text


@FUZZ
@given(st.text(max_size=300))
def test_html_to_text_answers_or_names_the_item(fragment: str) -> None:
    try:
        body, _title = html_to_text(f"<html><body><p>{fragment}</p></body></html>", NAME)
    except InputError as exc:
        assert str(exc).startswith(NAME)
    else:
        assert body.strip()
