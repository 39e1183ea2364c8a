"""Domestic actors: a role with no country of its own ("---REB" for "rebels") takes the
country of the sentence when every state the sentence names is the same one ("Hutu rebels
insisted that Burundi's government ...": BDIREB), the convention of the CAMEO and PLOVER
gold codings. Where two states are named, the role stays uncoded rather than guessed.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span

from newsledger.records import Event, Mention

_UNCODED = "---"


def sentence_country(sent: Span, amap: dict[int, Mention]) -> str | None:
    """The one state the sentence's coded mentions belong to, or None (none, or several)."""
    countries = {
        amap[i].country
        for i in range(sent.start, sent.end)
        if i in amap and amap[i].country and not (amap[i].code or "").startswith(_UNCODED)
    }
    return countries.pop() if len(countries) == 1 else None


def _localise(mentions: list[Mention], country: str) -> list[Mention]:
    out = []
    for mention in mentions:
        code = mention.code or ""
        if code.startswith(_UNCODED) and len(code) > len(_UNCODED):
            mention = dataclasses.replace(
                mention, code=country + code[len(_UNCODED) :], country=country
            )
        out.append(mention)
    return out


def localise(events: list[Event], sent: Span, amap: dict[int, Mention]) -> None:
    """Give the uncoded roles of ``events`` (one sentence's) the sentence's one country; an
    event whose doers all belong to it and that names no coded target acts on that country
    (its government, people or groups: "Nigerian authorities jailed 52 members of MASSOB",
    "Algerian landowners began a hunger strike"), as the CAMEO and PLOVER gold code it."""
    country = sentence_country(sent, amap)
    if country is None:
        return
    home = next(
        (amap[i] for i in range(sent.start, sent.end) if i in amap and amap[i].country == country),
        None,
    )
    for event in events:
        event.source_spans = _dedupe(_localise(event.source_spans, country))
        event.target_spans = _dedupe(_localise(event.target_spans, country))
        sources = {(m.code or "")[:3] for m in event.source_spans}
        if home is not None and not event.target_spans and sources == {country}:
            event.target_spans = [dataclasses.replace(home, code=country, sector=None)]
        event.sources = [m.code for m in event.source_spans if m.code]
        event.targets = [m.code for m in event.target_spans if m.code]


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[str | None] = set()
    out = []
    for mention in mentions:
        if mention.code not in seen:
            seen.add(mention.code)
            out.append(mention)
    return out
