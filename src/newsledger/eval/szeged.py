"""Reader for the Szeged Uncertainty Corpus XML (inline ``<ccue type=...>`` cue markup).

Each ``<Sentence>`` element holds text with zero or more ``<ccue>`` children; a sentence is
uncertain when it has at least one cue. The reader keeps the upstream format as it is and
returns the plain sentence text with the character spans of its cues.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.eval.gold_xml import read_gold_xml


@dataclass(frozen=True)
class GoldCue:
    start: int
    end: int
    text: str
    # Upstream type without its trailing decoration ("speculation_hypo_doxastic").
    type: str


@dataclass
class GoldSentence:
    doc_id: str
    id: str
    text: str
    is_title: bool = False
    cues: list[GoldCue] = field(default_factory=list)

    @property
    def uncertain(self) -> bool:
        return bool(self.cues)


def _sentence(element: ET.Element, doc_id: str, is_title: bool) -> GoldSentence:
    parts: list[str] = [element.text or ""]
    cues: list[GoldCue] = []
    offset = len(parts[0])
    for child in element:
        inner = "".join(child.itertext())
        if child.tag == "ccue":
            kind = (child.get("type") or "").strip().rstrip("_").strip()
            cues.append(GoldCue(offset, offset + len(inner), inner, kind))
        parts.append(inner)
        offset += len(inner)
        tail = child.tail or ""
        parts.append(tail)
        offset += len(tail)
    return GoldSentence(doc_id, element.get("id") or "", "".join(parts), is_title, cues)


def read_szeged(path: Path) -> Iterator[GoldSentence]:
    """Sentences of a Szeged XML file in document order (titles included, marked)."""
    root = read_gold_xml(path, "Szeged")
    for document in root.iter("Document"):
        doc_id = (document.findtext("DocID") or "").strip()
        for part in document.iter("DocumentPart"):
            is_title = part.get("type") == "Title"
            for element in part:
                if element.tag.lower() == "sentence":
                    yield _sentence(element, doc_id, is_title)
