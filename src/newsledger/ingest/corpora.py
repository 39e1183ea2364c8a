"""Plain-text articles from the token and TimeML XML of research news corpora.

ECB+ and MEANTIME (NewsReader CAT) store a document as ``<Document>`` with one ``<token
sentence=N>`` element per token; TimeBank/AQUAINT (TimeML) keep running text inside
``<TEXT>`` with inline ``<EVENT>``/``<TIMEX3>`` markup and the creation time in ``<DCT>``.
Only the text (and the URL, title and creation date where the file gives them) is read; the
annotations are the evaluation's business, never the ledger's.
"""

from __future__ import annotations

from datetime import date
from xml.etree.ElementTree import Element

from newsledger.errors import InputError
from newsledger.ingest.formats import detokenize
from newsledger.ingest.text import article_from_text
from newsledger.records import Article


def is_token_document(root: Element) -> bool:
    return root.tag == "Document" and root.find("token") is not None


def token_document(root: Element, name: str) -> Article:
    """An ECB+ or MEANTIME ``<Document>``: one paragraph per annotated sentence."""
    sentences: dict[str, list[str]] = {}
    for token in root.iter("token"):
        sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
    paragraphs = [detokenize(tokens) for tokens in sentences.values()]
    text = "\n\n".join(p for p in paragraphs if p.strip())
    url = root.get("url") or None
    return article_from_text(text, url=url, name=name)


def is_timeml(root: Element) -> bool:
    return root.tag == "TimeML"


def timeml_document(root: Element, name: str) -> Article:
    """A TimeML file: the ``<TEXT>`` body, published on the ``<DCT>`` creation date."""
    body = root.find("TEXT")
    if body is None:
        raise InputError(f"{name}: TimeML without a <TEXT> element")
    text = "".join(body.itertext()).strip()
    published = None
    timex = root.find("DCT/TIMEX3")
    value = timex.get("value", "") if timex is not None else ""
    try:
        published = date.fromisoformat(value[:10])
    except ValueError:
        published = None
    title = root.findtext("TITLE")
    return article_from_text(
        text, title=title.strip() if title else None, published=published, name=name
    )
