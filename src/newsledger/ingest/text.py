"""Read one article from a file, standard input or a string: plain text or HTML.

HTML is reduced to its main text with trafilatura (boilerplate dropped, title kept). Bad input
raises :class:`InputError` with one clear line: empty, binary, undecodable, or over the size
limit.
"""

from __future__ import annotations

import hashlib
import re
import sys
from datetime import date
from pathlib import Path

from newsledger.errors import InputError
from newsledger.nlp.sentences import looks_like_headline, paragraphs
from newsledger.records import Article, Published

DEFAULT_MAX_BYTES = 5_000_000
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)


def content_id(text: str) -> str:
    """Stable article id: SHA-256 of the normalised text (whitespace runs folded)."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def decode(raw: bytes, name: str = "input") -> str:
    """Bytes as text: UTF-8 (BOM allowed) or UTF-16 with a BOM; binary is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 text ({exc.reason})") from exc
    else:
        if b"\x00" in raw[:8192]:
            raise InputError(f"{name}: binary data, not text")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})"
            ) from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 8:
        raise InputError(f"{name}: binary data, not text")
    return text


def is_html(raw: bytes | str) -> bool:
    head = raw[:2048] if isinstance(raw, bytes) else raw[:2048].encode("utf-8", "replace")
    return bool(_HTML_START.match(head))


def html_to_text(html: str, name: str = "input") -> tuple[str, str | None]:
    """Main text and title of an HTML page (boilerplate dropped)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if extracted is None:
        raise InputError(f"{name}: no main text found in the HTML")
    body = (getattr(extracted, "text", None) or "").strip()
    title = getattr(extracted, "title", None)
    if not body:
        raise InputError(f"{name}: no main text found in the HTML")
    # One paragraph per line in trafilatura's output; blank lines keep our paragraph model.
    body = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    return body, title


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    name: str = "input",
) -> Article:
    """An Article from plain text; a leading title-like paragraph becomes the headline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input, nothing to analyse")
    body_start = 0
    if title:
        text = f"{title.strip()}\n\n{text.strip()}"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # JSON may carry a lone surrogate ("\ud800"): valid JSON, not storable text.
        raise InputError(f"{name}: not valid Unicode (lone surrogate at {exc.start})") from exc
    paras = paragraphs(text)
    if len(paras) > 1 and looks_like_headline(text[paras[0][0] : paras[0][1]]):
        title = title or text[paras[0][0] : paras[0][1]]
        body_start = paras[1][0]
    return Article(
        id=content_id(text),
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        published=Published(date=published) if published else Published(),
        body_start=body_start,
    )


def article_from_bytes(
    raw: bytes,
    *,
    name: str = "input",
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: date | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """An Article from raw bytes of text or HTML, with every input check applied."""
    if len(raw) > max_bytes:
        raise InputError(f"{name}: {len(raw):,} bytes is over the size limit of {max_bytes:,}")
    if not raw.strip():
        raise InputError(f"{name}: empty input, nothing to analyse")
    text = decode(raw, name)
    title = None
    if is_html(text):
        text, title = html_to_text(text, name)
    return article_from_text(
        text, title=title, url=url, outlet=outlet, published=published, name=name
    )


def read_article(
    source: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: date | None = None,
) -> Article:
    """Read ``source`` (a path, or "-" for standard input) into an Article."""
    if str(source) == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        name = str(path)
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if not path.is_file():
            raise InputError(f"{name}: not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: {size:,} bytes is over the size limit of {max_bytes:,}")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    return article_from_bytes(raw, name=name, max_bytes=max_bytes, published=published)
