"""Quantities and equipment: how many of what an event involves.

Recognises counted nouns ("two Patriot air defense missile systems", "5,000 troops",
"1.5 million dollars") through the ``nummod`` relation of the parse, number words from
``data/extract/numbers.tsv``, and named weapon systems from the equipment mentions. Leaves alone
numbers that count nothing (years, dates, ordinals, percentages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from newsledger.data import load_lines
from newsledger.nlp.parse import doc_text
from newsledger.records import Mention

_NUMERIC = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


@dataclass
class Quantity:
    value: float
    unit: str
    start: int
    end: int
    text: str


@cache
def number_words() -> dict[str, float]:
    return {
        word: float(value)
        for word, value in (line.split("\t") for line in load_lines("extract/numbers.tsv"))
    }


def number_value(tokens: list[Token]) -> float | None:
    """Value of a run of number tokens ("two", "5,000", "1.5 million", "two hundred")."""
    total = 0.0
    current: float | None = None
    for token in tokens:
        text = token.lower_
        if _NUMERIC.match(text):
            value = float(text.replace(",", ""))
        elif text in number_words():
            value = number_words()[text]
        else:
            return None
        if current is not None and value >= 100 and value > current:
            current *= value
        elif current is None:
            current = value
        else:
            total += current
            current = value
        if value >= 1000 and current is not None and value > 100:
            total += current
            current = None
    result = total + (current or 0.0)
    return result or None


def _is_year(token: Token) -> bool:
    return token.ent_type_ == "DATE" or (token.shape_ == "dddd" and 1800 <= int(token.text) <= 2100)


def find_quantities(span: Span) -> list[Quantity]:
    """Counted nouns in ``span``: each number attached to a noun by ``nummod``."""
    found = []
    for token in span:
        if token.dep_ != "nummod" or _is_year(token) or token.ent_type_ in ("PERCENT", "ORDINAL"):
            continue
        run = [
            t
            for t in token.subtree
            if t.dep_ in ("nummod", "compound", "quantmod")
            and (t.like_num or t.lower_ in number_words())
        ]
        run = sorted(run or [token], key=lambda t: t.i)
        value = number_value(run)
        if value is None:
            continue
        head = token.head
        found.append(
            Quantity(
                value=value,
                unit=head.lemma_,
                start=run[0].idx,
                end=head.idx + len(head.text),
                text=doc_text(span.doc)[run[0].idx : head.idx + len(head)],
            )
        )
    return found


def equipment_in(span: Span, mentions: list[Mention]) -> list[Mention]:
    """Equipment mentions inside ``span``."""
    return [
        m
        for m in mentions
        if m.kind == "equipment" and span.start_char <= m.start and m.end <= span.end_char
    ]


def quantity_of_equipment(span: Span, mentions: list[Mention]) -> tuple[float | None, str | None]:
    """The count and name of the weapon system an event in ``span`` is about, when given.

    The count is the number whose noun phrase contains the equipment name ("two Patriot
    systems"); without a named system, the first counted noun.
    """
    equipment = equipment_in(span, mentions)
    quantities = find_quantities(span)
    name = equipment[0].name if equipment else None
    for quantity in quantities:
        if any(quantity.start <= m.start and m.end <= quantity.end for m in equipment):
            return quantity.value, name
    if quantities:
        return quantities[0].value, name
    return None, name
