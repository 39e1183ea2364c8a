"""What to ingest: paths, folders, JSONL, feeds, URL lists and URLs, as a lazy stream of items.

An :class:`Item` is an article already read, a URL still to fetch, or the error that made an
input unreadable. Reading never raises for one bad input: the error travels as an item, is
logged in the store, and the run goes on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from newsledger.errors import InputError
from newsledger.ingest.corpora import is_timeml, is_token_document, timeml_document, token_document
from newsledger.ingest.feeds import feed_entries, is_feed
from newsledger.ingest.formats import is_paperwork, kind_of
from newsledger.ingest.text import (
    DEFAULT_MAX_BYTES,
    article_from_bytes,
    article_from_text,
    html_to_text,
    is_html,
)
from newsledger.ingest.xmldoc import parse_xml
from newsledger.records import Article

_URL = re.compile(r"^https?://\S+$", re.I)


@dataclass(frozen=True)
class Item:
    """One unit of ingest: exactly one of ``article``, ``url`` or ``error`` is set."""

    name: str
    article: Article | None = None
    url: str | None = None
    error: str | None = None
    # Hints for a URL item (a feed entry with a link only).
    title: str | None = None
    published: date | None = None


def is_url(text: str) -> bool:
    return bool(_URL.match(text.strip()))


def iter_items(inputs: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Items of every input: URLs as they are, files by kind, folders walked recursively."""
    for raw in inputs:
        text = str(raw)
        if is_url(text):
            yield Item(text, url=text.strip())
            continue
        path = Path(text)
        if path.is_dir():
            for file in walk(path):
                yield from file_items(file, max_bytes)
        elif path.exists():
            yield from file_items(path, max_bytes, named=True)
        else:
            yield Item(text, error=f"{text}: no such file, folder or URL")


def walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` that ingest reads, in a stable (sorted) order; hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and kind_of(path) and not is_paperwork(path):
                yield path


def file_items(path: Path, max_bytes: int, named: bool = False) -> Iterator[Item]:
    """Items of one file; a file named on the command line is read even without a known suffix."""
    name = str(path)
    kind = kind_of(path) or ("text" if named else None)
    try:
        if not path.is_file():
            # A FIFO or device (/dev/zero, a named pipe called x.txt) would block or never end.
            raise InputError(f"{name}: not a regular file")
        if kind == "jsonl":
            yield from jsonl_items(path, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: {size:,} bytes is over the size limit of {max_bytes:,}")
        with path.open("rb") as handle:
            # Bounded even when the file grew after stat or reports no size (/proc).
            raw = handle.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise InputError(f"{name}: over the size limit of {max_bytes:,} bytes")
        if kind == "xml":
            yield from xml_items(raw, name, max_bytes)
        elif kind == "urls" or (kind == "text" and _is_url_list(raw)):
            yield from url_list_items(raw, name)
        else:
            yield Item(name, article=article_from_bytes(raw, name=name, max_bytes=max_bytes))
    except InputError as exc:
        yield Item(name, error=str(exc))
    except OSError as exc:
        yield Item(name, error=f"{name}: cannot read ({exc.strerror or exc})")


def _is_url_list(raw: bytes) -> bool:
    lines = [ln.strip() for ln in raw.decode("utf-8", "replace").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return bool(lines) and all(is_url(ln) for ln in lines)


def url_list_items(raw: bytes, name: str) -> Iterator[Item]:
    for number, line in enumerate(raw.decode("utf-8", "replace").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            yield Item(line, url=line)
        else:
            yield Item(f"{name}:{number}", error=f"{name}:{number}: not an http(s) URL")


def xml_items(raw: bytes, name: str, max_bytes: int) -> Iterator[Item]:
    """A feed's entries, a corpus document, or an XHTML page."""
    if is_html(raw):
        yield Item(name, article=article_from_bytes(raw, name=name, max_bytes=max_bytes))
        return
    root = parse_xml(raw, name)
    if is_feed(root):
        for entry in feed_entries(root, name):
            if entry.link and not entry.article and not entry.error:
                yield Item(entry.name, url=entry.link, title=entry.title, published=entry.published)
            else:
                yield Item(entry.name, article=entry.article, error=entry.error)
    elif is_token_document(root):
        yield Item(name, article=token_document(root, name))
    elif is_timeml(root):
        yield Item(name, article=timeml_document(root, name))
    else:
        raise InputError(f"{name}: XML of an unknown kind (root <{root.tag}>)")


def jsonl_items(path: Path, max_bytes: int) -> Iterator[Item]:
    """One article per line: {"text": ..., "url"?, "title"?, "outlet"?, "published"?}."""
    with path.open("rb") as handle:
        for number, line in enumerate(_bounded_lines(handle, max_bytes), start=1):
            if not line.strip():
                continue
            name = f"{path}:{number}"
            try:
                yield Item(name, article=jsonl_article(line, name, max_bytes))
            except InputError as exc:
                yield Item(name, error=str(exc))


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines of ``handle``; a line over ``max_bytes`` comes as its first ``max_bytes + 1``
    bytes (so that it is refused by size) and the rest of it is skipped unread into memory."""
    while line := handle.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass
        yield line


def jsonl_article(line: bytes, name: str, max_bytes: int) -> Article:
    if len(line) > max_bytes:
        raise InputError(f"{name}: {len(line):,} bytes is over the size limit of {max_bytes:,}")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{name}: not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise InputError(f"{name}: JSON nested too deeply") from exc
    if not isinstance(record, dict):
        raise InputError(f"{name}: a JSON object is expected")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'{name}: no "text" string')
    fields = {}
    for key in ("url", "title", "outlet", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f'{name}: "{key}" must be a string')
        if value and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                # Valid JSON ("\ud800"), but not text the store can hold.
                raise InputError(f'{name}: "{key}" is not valid Unicode (lone surrogate)') from exc
        fields[key] = value or None
    title = fields["title"]
    if is_html(text):
        text, found = html_to_text(text, name)
        title = title or found
    return article_from_text(
        text,
        title=title,
        url=fields["url"],
        outlet=fields["outlet"],
        published=parse_published(fields["published"], name),
        name=name,
    )


def parse_published(value: str | None, name: str) -> date | None:
    """YYYY-MM-DD or an ISO date-time; None stays None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError as exc:
            raise InputError(f'{name}: "published" {value!r} is not an ISO date') from exc
