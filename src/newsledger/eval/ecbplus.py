"""Reader for the ECB+ corpus (cltl/ecbPlus) token XML, kept in its upstream layout.

Each document is ``ECB+/<topic>/<topic>_<n>ecb.xml`` or ``..._<n>ecbplus.xml``: tokens with
sentence numbers, then stand-off markables. Only the tokens are read here; the gold
sub-topic (topic plus "ecb"/"ecbplus") comes from the file name and is returned apart from
the article so that no caller can mistake it for a feature. The "ecbplus" documents carry
the page address they were found at as sentence 0; it becomes ``Article.url``, not text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse as parse_xml

from newsledger.errors import EvalError
from newsledger.ingest.text import content_id
from newsledger.records import Article

_NAME = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml$")
# Tokens that attach to the previous token when the text is rebuilt.
_NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "}", "'s", "n't", "''", "%"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "``", "$"})


@dataclass(frozen=True)
class EcbDocument:
    name: str
    topic: str
    subtopic: str
    article: Article


def _detokenise(tokens: list[str]) -> str:
    out: list[str] = []
    previous = ""
    for token in tokens:
        glue = not out or token in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER
        out.append(token if glue else " " + token)
        previous = token
    return "".join(out).replace("``", '"').replace("''", '"')


def read_document(path: Path) -> EcbDocument:
    """One ECB+ file as an article (sentences one per line) and its gold sub-topic."""
    match = _NAME.match(path.name)
    if not match:
        raise EvalError(f"{path}: not an ECB+ document name (<topic>_<n>ecb[plus].xml)")
    topic, _, corpus = match.groups()
    try:
        # Entity declarations are refused: no expansion ("billion laughs"), no file reads.
        root = parse_xml(path, forbid_entities=True, forbid_external=True).getroot()
    except ET.ParseError as exc:
        raise EvalError(f"{path}: invalid XML ({exc})") from exc
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except DefusedXmlException as exc:
        raise EvalError(f"{path}: unsafe XML refused ({type(exc).__name__})") from exc
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        number = token.get("sentence", "0")
        if not number.isdecimal():
            raise EvalError(f"{path}: token sentence {number[:20]!r} is not a number")
        sentences.setdefault(int(number), []).append(token.text or "")
    url: str | None = None
    lines = []
    for number in sorted(sentences):
        tokens = sentences[number]
        if number == 0 and tokens and tokens[0].lower() in {"http", "https", "www"}:
            url = "".join(tokens)
            continue
        lines.append(_detokenise(tokens))
    text = "\n\n".join(lines)
    if not text.strip():
        raise EvalError(f"{path}: no tokens")
    article = Article(id=content_id(text), text=text, url=url)
    return EcbDocument(path.name, topic, f"{topic}_{corpus}", article)


def _order(path: Path) -> tuple[int, str]:
    match = _NAME.match(path.name)
    return (int(match.group(1)) if match else 0, path.name)


def read_corpus(path: Path, limit_topics: int | None = None) -> list[EcbDocument]:
    """Every ECB+ document under ``path`` (the release folder or its ``ECB+`` folder).

    ``limit_topics`` keeps the first topics in numeric order (for quick runs and tests).
    """
    root = path / "ECB+" if (path / "ECB+").is_dir() else path
    if not root.is_dir():
        raise EvalError(f"{path}: no ECB+ folder")
    files = sorted((p for p in root.rglob("*.xml") if _NAME.match(p.name)), key=_order)
    if not files:
        raise EvalError(f"{path}: no ECB+ documents")
    if limit_topics is not None:
        keep = sorted({_order(p)[0] for p in files})[:limit_topics]
        files = [p for p in files if _order(p)[0] in keep]
    return [read_document(p) for p in files]
