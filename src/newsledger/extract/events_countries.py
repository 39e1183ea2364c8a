"""Country names, demonyms and capitals to ISO alpha-3 codes, outside the actor index.

``data/events/demonyms.tsv`` first ("Filipino", "Kigali"), then country_converter's
patterns, accepted only where they match whole words ("Gbagbo" is no "GB") and never for
short mixed-case words that read as ISO alpha-2 codes ("Am" in "Pan Am").
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from typing import Any

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
    # Up to three capitals: country_converter reads them as ISO codes.
    converted = _by_pattern(key) if len(key) > 3 else _by_code(key)
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
    without the DataFrame work it does per call, which cost a twentieth of the analysis.
    Most names match no row: only the rows whose required words the name holds are tried."""
    rows = _pattern_rows()
    if name.isascii():
        lowered = name.lower()
        unfiltered, by_pair = _pattern_index()
        tried = set(unfiltered)
        for pair in {lowered[i : i + 2] for i in range(len(lowered) - 1)}:
            tried.update(row for word, row in by_pair.get(pair, ()) if word in lowered)
        found = [rows[row][0] for row in sorted(tried) if rows[row][1].search(name)]
    else:  # case folding beyond ASCII ("ſ" is "s") is left to the patterns themselves
        found = [iso for iso, pattern in rows if pattern.search(name)]
    return found[0] if len(found) == 1 else None


@cache
def _pattern_index() -> tuple[tuple[int, ...], dict[str, tuple[tuple[str, int], ...]]]:
    """(rows to try always, first two letters -> (required word, row)): a row whose pattern
    can match only where one of its required words (lower-case ASCII, two letters or more)
    is in the name is tried only for names that hold one."""
    unfiltered: list[int] = []
    by_pair: dict[str, list[tuple[str, int]]] = {}
    for row, (_, pattern) in enumerate(_pattern_rows()):
        try:
            words = _required(list(_parse_pattern(pattern)))
        except (ImportError, re.error, TypeError, ValueError):
            # A Python without this private parser, or a pattern it cannot read: the row is
            # tried for every name, as country_converter itself does.
            words = None
        if not words or any(len(w) < 2 or not w.isascii() for w in words):
            unfiltered.append(row)
            continue
        for word in {w.lower() for w in words}:
            by_pair.setdefault(word[:2], []).append((word, row))
    return tuple(unfiltered), {pair: tuple(found) for pair, found in by_pair.items()}


def _parse_pattern(pattern: re.Pattern[str]) -> Any:
    """The parse tree of ``pattern`` from Python's own (private) regex parser."""
    import re._parser as sre_parse

    return sre_parse.parse(pattern.pattern, pattern.flags)


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Words one of which any match of the pattern sequence ``items`` contains, or None:
    a run of literal letters, or what a group, alternation or repeat that must match
    requires; the most selective of those the sequence has."""
    import re._constants as sre_constants  # the parser's node types

    options: list[set[str]] = []
    run = ""
    for op, arg in items:
        if op is sre_constants.LITERAL:
            run += chr(arg)
            continue
        if run:
            options.append({run})
            run = ""
        found: set[str] | None = None
        if op is sre_constants.SUBPATTERN:
            found = _required(list(arg[-1]))
        elif op is sre_constants.BRANCH:
            branches = [_required(list(branch)) for branch in arg[1]]
            if all(branches):
                found = set().union(*(b for b in branches if b))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            found = _required(list(arg[2]))
        if found:
            options.append(found)
    if run:
        options.append({run})
    return max(options, key=lambda words: min(len(w) for w in words)) if options else None


@cache
def _code_rows() -> tuple[dict[str, list[str]], list[str | int]]:
    """country_converter's table as its ``convert`` reads it for a short name: each input
    column's values (what follows a dot dropped) and each row's ISO3 answer as it prints it."""
    data = _converter().data
    columns = {
        name: data[name].astype(str).str.replace("\\..*", "", regex=True).tolist()
        for name in ("ISO3", "ISOnumeric")
    }
    answers: list[str | int] = []
    for value in data["ISO3"].tolist():
        # convert's own clean-up of an ISO answer: the first alternative, letters and digits.
        answer = "".join(c for c in str(value).split("|")[0] if c.isalnum()).upper()
        try:
            answers.append(int(answer))
        except ValueError:
            answers.append(answer)
    return columns, answers


def _by_code(key: str) -> str | int | list[str | int] | None:
    """``country_converter.convert(key, to="ISO3", not_found=None)`` for a name of one to
    three capitals, without the DataFrame work it does per call (several milliseconds):
    a number reads as an ISO numeric code, two letters as ISO2 (its regex column), three as
    ISO3, one as a name; None where nothing matches."""
    converter = _converter()
    try:
        int(key)
        source = "ISOnumeric"
    except ValueError:
        source = {2: "ISO2", 3: "ISO3"}.get(len(key), "regex")
    columns, answers = _code_rows()
    if source in columns:
        exact = re.compile("^" + re.escape(key) + "$", re.IGNORECASE)
        rows = [i for i, value in enumerate(columns[source]) if exact.search(value)]
    else:
        patterns = converter.iso2_regexes if source == "ISO2" else converter.regexes
        rows = [i for i, pattern in enumerate(patterns) if pattern.search(key)]
    if not rows:
        return None
    found = [answers[i] for i in rows]
    return found[0] if len(found) == 1 else found


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
