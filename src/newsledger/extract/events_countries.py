"""Country names, demonyms and capitals to ISO alpha-3 codes, outside the actor index.

``data/events/demonyms.tsv`` first ("Filipino", "Kigali"), then country_converter's
patterns, accepted only where they match whole words ("Gbagbo" is no "GB") and never for
short mixed-case words that read as ISO alpha-2 codes ("Am" in "Pan Am").
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache

import country_converter as coco
import pycountry

from newsledger.data import load_pairs

_ISO3 = re.compile(r"^[A-Z]{3}$")
# What may follow a country's name inside one word: plurals and demonyms ("Germans").
_NAME_ENDINGS = frozenset({"", "s", "n", "ns", "an", "ans", "ian", "ians"})


@cache
def states() -> frozenset[str]:
    """ISO 3166 alpha-3 codes of the states."""
    return frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def _demonyms() -> dict[str, str]:
    return {word.lower(): code for word, code in load_pairs("events/demonyms.tsv").items()}


@cache
def _converter() -> coco.CountryConverter:
    # country_converter logs every miss; a miss is an ordinary answer here.
    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return coco.CountryConverter()


# Bounded: one entry per distinct name ever seen would grow for as long as a corpus runs.
@lru_cache(maxsize=1 << 15)
def country_code(text: str) -> str | None:
    """ISO alpha-3 of a country name, demonym or capital outside the actor index, or None."""
    key = " ".join(text.split()).strip(" .,'\u2019")
    key = re.sub(r"^(?:the\s+)", "", key, flags=re.I)
    key = re.sub(r"(?:'s|\u2019s)$", "", key)
    if not key:
        return None
    found = _demonyms().get(key.lower())
    if found:
        return found
    if key.endswith("s") and key[:-1].lower() in _demonyms():
        return _demonyms()[key[:-1].lower()]
    if not key[0].isupper() or (len(key) < 4 and not key.isupper()):
        # Short mixed-case words ("Am" in "Pan Am") read as ISO alpha-2 codes otherwise.
        return None
    if len(key) > 3:
        converted = _by_pattern(key)
    else:  # two or three capitals: country_converter reads them as ISO codes
        converted = _converter().convert(key, to="ISO3", not_found=None)
    if isinstance(converted, str) and _ISO3.match(converted) and converted != key:
        return converted if _whole_words(key, converted) else None
    return None


@cache
def _pattern_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = _converter().data
    return tuple(
        (iso, re.compile(rx, re.IGNORECASE))
        for iso, rx in zip(data["ISO3"], data["regex"], strict=True)
    )


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return dict(_pattern_rows())


def _by_pattern(name: str) -> str | None:
    """country_converter's reading of a name (its regex table: the one row that matches),
    without the DataFrame work it does per call, which cost a twentieth of the analysis."""
    found = [iso for iso, pattern in _pattern_rows() if pattern.search(name)]
    return found[0] if len(found) == 1 else None


def _whole_words(key: str, iso3: str) -> bool:
    """Whether country_converter's pattern for ``iso3`` matches ``key`` up to a word's end:
    its patterns search, so "gb" would find Britain inside the name "Gbagbo"."""
    pattern = _patterns().get(iso3)
    if pattern is None:
        return True
    text = key.lower()
    for match in pattern.finditer(text):
        rest = re.match(r"[a-z]*", text[match.end() :])
        if rest is None or rest.group() in _NAME_ENDINGS:
            return True
    return not pattern.search(text)
