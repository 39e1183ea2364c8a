"""Safe XML parsing and dispatch: feeds, corpus token XML, TimeML, or XHTML pages.

defusedxml refuses entity declarations and external references, so a "billion laughs" or
an XXE payload is an :class:`InputError`, never an expansion or a file read.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from newsledger.errors import InputError


def parse_xml(raw: bytes, name: str) -> Element:
    try:
        root: Element = fromstring(
            raw, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise InputError(f"{name}: unsafe XML refused ({type(exc).__name__})") from exc
    except ParseError as exc:
        raise InputError(f"{name}: not well-formed XML ({exc})") from exc
    return root
