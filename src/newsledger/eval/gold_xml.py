"""Safe parsing of gold XML files (MEANTIME, Szeged) into an ElementTree root."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse as parse_xml

from newsledger.errors import EvalError


def read_gold_xml(path: Path, corpus: str) -> ET.Element:
    """The root element of ``path``; ``corpus`` names the format in the error message."""
    try:
        # Entity declarations are refused: no expansion ("billion laughs"), no file reads.
        return parse_xml(path, forbid_entities=True, forbid_external=True).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvalError(f"cannot read {corpus} XML {path}: {exc}") from exc
    except DefusedXmlException as exc:
        raise EvalError(f"{path}: unsafe XML refused ({type(exc).__name__})") from exc
