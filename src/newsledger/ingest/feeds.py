"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds as article candidates.

An entry with full content (``content:encoded``, Atom ``content``, or a ``description`` /
``summary``) becomes an article from that text; an entry with only a link becomes a URL to
fetch. The XML itself is parsed by :mod:`newsledger.ingest.xmldoc` with entities forbidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element

from newsledger.errors import InputError
from newsledger.ingest.text import article_from_text, html_to_text, is_html
from newsledger.records import Article

ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


@dataclass(frozen=True)
class Entry:
    """One feed entry: an article read from its content, else a link to fetch."""

    name: str
    article: Article | None = None
    link: str | None = None
    title: str | None = None
    published: date | None = None
    error: str | None = None


def is_feed(root: Element) -> bool:
    return root.tag in ("rss", f"{ATOM}feed", f"{RDF}RDF")


def _text(element: Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _body(content: str, name: str) -> str:
    if not is_html(content) and "<" not in content:
        return content
    try:
        return html_to_text(
            content if is_html(content) else f"<html><body>{content}</body></html>", name
        )[0]
    except InputError:
        # A short HTML snippet that trafilatura finds no "main text" in: keep its text.
        import lxml.etree
        import lxml.html

        try:
            return str(lxml.html.fromstring(content).text_content()).strip()
        except (lxml.etree.ParserError, ValueError):
            # Markup with no text at all ("<!-- -->"), or an encoding declaration lxml refuses
            # in a str: nothing to read, and the caller reports the entry as empty.
            return ""


def feed_entries(root: Element, name: str, outlet: str | None = None) -> list[Entry]:
    """The entries of an RSS, RDF or Atom feed, in document order."""
    if root.tag == f"{ATOM}feed":
        items = root.findall(f"{ATOM}entry")
        outlet = outlet or _text(root.find(f"{ATOM}title")) or None
    elif root.tag == f"{RDF}RDF":
        items = root.findall(f"{RSS1}item")
        outlet = outlet or _text(root.find(f"{RSS1}channel/{RSS1}title")) or None
    else:
        items = root.findall("channel/item")
        outlet = outlet or _text(root.find("channel/title")) or None
    return [_entry(item, f"{name}#{i + 1}", outlet) for i, item in enumerate(items)]


def _entry(item: Element, name: str, outlet: str | None) -> Entry:
    atom = item.tag.startswith(ATOM)
    ns = ATOM if atom else (RSS1 if item.tag.startswith(RSS1) else "")
    title = _text(item.find(f"{ns}title")) or None
    if atom:
        links = [
            el.get("href", "")
            for el in item.findall(f"{ATOM}link")
            if el.get("rel", "alternate") == "alternate"
        ]
        link = links[0] if links else None
        content = _text(item.find(f"{ATOM}content")) or _text(item.find(f"{ATOM}summary"))
        when = _text(item.find(f"{ATOM}published")) or _text(item.find(f"{ATOM}updated"))
    else:
        link = _text(item.find(f"{ns}link")) or None
        content = _text(item.find(CONTENT)) or _text(item.find(f"{ns}description"))
        when = _text(item.find("pubDate")) or _text(item.find(DC_DATE))
    published = _date(when)
    if not content:
        if link:
            return Entry(name, link=link, title=title, published=published)
        return Entry(name, error=f"{name}: feed entry without content or link")
    try:
        article = article_from_text(
            _body(content, name),
            title=title,
            url=link,
            outlet=outlet,
            published=published,
            name=name,
        )
    except InputError as exc:
        return Entry(name, error=str(exc))
    return Entry(name, article=article)
