"""Finds time expressions in text with the regex grammar of ``data/time/grammar.json``.

The grammar is data: fragments (month names, numbers, units) are spliced into rules, and
every rule's named groups feed the normaliser of the same name in ``time_values``. This
module only finds spans; it knows nothing about dates.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsledger.data import load_json

_PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")
# Words after which a bare "May" is the month, not the modal verb.
_MAY_CUES = re.compile(
    r"(?:in|since|until|till|by|of|through|during|from|early|late|mid|last|next|this|before|"
    r"after|between|and|to)[\s-]+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Match:
    """One grammar match: the rule that fired and its non-empty named groups."""

    rule: str
    start: int
    end: int
    groups: dict[str, str]


@cache
def lexicon() -> dict[str, Any]:
    """Word lists: months, weekdays, numbers, units, reference words, sets, holidays."""
    data: dict[str, Any] = load_json("time/lexicon.json")
    return data


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: fragments[m.group(1)], pattern)


def _alternation(words: list[str]) -> str:
    # Longest first so that "the near future" wins over "future" inside one alternation.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Rule:
    """A compiled rule and its anchor: a cheap pattern that occurs inside every match."""

    name: str
    pattern: re.Pattern[str]
    anchor: re.Pattern[str]  # lower case, searched in the lower-cased text
    anchor_any_case: re.Pattern[str]


# Characters no rule can match (rules spell out spaces, and their only punctuation is
# ' , - . / : and the curly apostrophe): a match never spans one of them, so the text
# splits at them into stretches that can be searched apart.
_BARRIER = re.compile(r"[^\w ',\-./:\u2019]")
# How far past its end a rule's lookaheads read ("(?![- ]old)"): a search stopped this far
# past a barrier reads every match before the barrier as a search of the whole text would.
_LOOKAHEAD = 8
# The only characters that match an ASCII letter case-insensitively without lower-casing
# to it (dotted and dotless i, long s): texts with one search anchors case-insensitively.
_FOLD_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")


@cache
def _grammar() -> tuple[tuple[_Rule, ...], re.Pattern[str]]:
    data = load_json("time/grammar.json")
    fragments: dict[str, str] = {}
    for name, body in data["fragments"].items():
        fragments[name] = _expand(body, fragments)
    lex = lexicon()
    sources = [
        (rule["name"], _expand(rule["pattern"], fragments), rule["anchor"])
        for rule in data["rules"]
    ]
    references = _alternation(list(lex["references"]))
    sources.append(("reference", f"(?P<ref>{references})", references))
    set_words = _alternation(list(lex["sets"]))
    sources.append(("set_word", f"(?P<setword>{set_words})", set_words))
    holidays = _alternation([*lex["holidays"], "thanksgiving day", "thanksgiving", "election day"])
    sources.append(
        (
            "holiday",
            f"(?:(?P<rel>last|next|this) )?(?P<holiday>{holidays})"
            f"(?: (?P<year>{fragments['YEAR']}))?",
            holidays,
        )
    )
    compiled = tuple(
        _Rule(
            name,
            re.compile(rf"(?<![\w$\u00a3\u20ac]){body}(?![\w])", re.IGNORECASE),
            re.compile(anchor),
            re.compile(anchor, re.IGNORECASE),
        )
        for name, body, anchor in sources
    )
    return compiled, re.compile(data["edges"], re.IGNORECASE)


def _anchored(
    rule: _Rule, text: str, lowered: str | None, barriers: list[int]
) -> Iterator[re.Match[str]]:
    """What ``rule.pattern.finditer(text)`` yields, searching only stretches with an anchor.

    A regex pass over the whole text tries every position with every rule; most stretches
    between barriers hold no anchor (no unit word, no month name), so no match, and are
    skipped. ``barriers`` are the sorted positions of barrier characters in ``text``;
    ``lowered`` is ``text`` lower-cased, when that keeps every position (anchors are found
    faster there: a case-insensitive alternation gets no fast prefix scan in ``re``).
    """
    pos = 0
    while (
        anchor := rule.anchor.search(lowered, pos)
        if lowered is not None
        else rule.anchor_any_case.search(text, pos)
    ) is not None:
        i = bisect.bisect_right(barriers, anchor.start())
        start = max(pos, barriers[i - 1] + 1 if i else 0)
        stop = barriers[i] if i < len(barriers) else len(text)
        m = rule.pattern.search(text, start, stop + _LOOKAHEAD)
        if m is None or m.start() >= stop:
            pos = stop + 1  # no match starts before the barrier; none can start on it
            continue
        yield m
        pos = max(m.end(), m.start() + 1)  # an empty match (none should be) must not stall


_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[- ]?)?$", re.I)
# What follows a month name that is a name: "Jan Kavan", "the March for Life".
_NAME_AFTER = re.compile(r" (?:for |of the )?[A-Z]")
_QUOTES = "\"'\u201c\u201d\u2018\u2019`"


def _is_name(match: Match, text: str) -> bool:
    words = text[match.start : match.end].split()
    after = text[match.end : match.end + 12]
    if (
        text[match.start - 1 : match.start] in _QUOTES
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and (after[:1] in _QUOTES or after[1:2] in _QUOTES or re.match(r" [A-Z]", after))
    ):
        return True  # a quoted title: "This Week," "60 Minutes"
    if match.rule != "month" or set(match.groups) != {"month"}:
        return False
    if match.groups["month"].lower() == "jan":
        return bool(re.match(r" [A-Z]", after))
    return bool(_NAME_AFTER.match(after)) and not re.match(r" [A-Z]\w* \d", after)


def _acceptable(match: Match, text: str) -> bool:
    groups = match.groups
    if _is_name(match, text):
        return False
    # Month and weekday names are proper nouns: "may", "march", "sunday best" stay out.
    for key in ("month", "wd"):
        if key in groups and not groups[key][:1].isupper():
            return False
    if (
        match.rule == "month"
        and set(groups) == {"month"}
        and groups["month"].lower() == "may"
        and not _MAY_CUES.search(text[: match.start])
    ):
        return False
    unit = groups.get("unit", "").lower()
    num = groups.get("num", "").lower()
    # "a second look", "a quarter of the shares", "some day" are not durations.
    if (
        match.rule in ("duration", "offset")
        and num in ("a", "an", "one", "some", "many")
        and (unit.startswith(("second", "quarter")) or (num in ("some", "many") and unit == "day"))
    ):
        return False
    if unit.startswith("quarters") and "-" in text[match.start - 1 : match.end]:
        return False  # "three-quarters of the vote" is a fraction
    if match.rule == "decade" and _AGE_BEFORE.search(text[max(0, match.start - 20) : match.start]):
        return False  # "in his 30s" is an age
    if match.rule == "rel_unit":
        rel = groups["rel"].lower().split()
        if unit == "day" and rel == ["the"]:
            return False
        if unit in ("period", "fiscal year") and not set(rel) - {"the", "this", "that"}:
            return False
        if unit in ("spring", "summer", "fall", "autumn", "winter") and rel == ["that"]:
            return False
    return True


def rejected(text: str, start: int, end: int) -> bool:
    """Whether a rule of the grammar reads ``text[start:end]`` and then rejects it.

    Spans found elsewhere (spaCy entities) go through the same filters: "Jan Kavan",
    "in his 30s" and a quoted "This Week" are not times whoever finds them.
    """
    rules, _ = _grammar()
    for rule in rules:
        if rule.anchor_any_case.search(text, start, end) is None:
            continue  # every match holds an anchor
        m = rule.pattern.fullmatch(text, start, end)
        if m is not None:
            groups = {k: v for k, v in m.groupdict().items() if v}
            if not _acceptable(Match(rule.name, start, end, groups), text):
                return True
    return False


def find_matches(text: str) -> list[Match]:
    """Non-overlapping grammar matches of ``text``, longest first, in text order.

    A leading edge word ("early", "the end of", "mid-") is taken into the span, as TimeML
    does; it changes the extent, not the value.
    """
    rules, edges = _grammar()
    barriers = [m.start() for m in _BARRIER.finditer(text)]
    lower = text.lower()
    lowered = None if len(lower) != len(text) or _FOLD_EXCEPTIONS.search(text) else lower
    found: list[Match] = []
    for rule in rules:
        for m in _anchored(rule, text, lowered, barriers):
            groups = {k: v for k, v in m.groupdict().items() if v}
            match = Match(rule.name, m.start(), m.end(), groups)
            if m.end() > m.start() and _acceptable(match, text):
                found.append(match)
    found.sort(key=lambda m: (m.start - m.end, m.start))
    taken: list[Match] = []
    for match in found:
        if all(match.end <= t.start or match.start >= t.end for t in taken):
            taken.append(match)
    taken.sort(key=lambda m: m.start)
    result: list[Match] = []
    for match in taken:
        head = text[max(0, match.start - 30) : match.start]
        edge = edges.search(head)
        start = match.start - (len(head) - edge.start()) if edge else match.start
        if result and start < result[-1].end:
            start = match.start
        result.append(Match(match.rule, start, match.end, match.groups))
    return result
