"""Equipment and quantities of an event: the object of its trigger ("two Patriot air
defence systems"), read with ``data/actors/equipment.tsv``."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsledger.data import data_text

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}


@cache
def _equipment() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in data_text("actors/equipment.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _category, aliases = line.split("\t")
            for alias in aliases.split("|"):
                table[alias.lower()] = name
    return table


def _number(token: Token) -> int | float | None:
    text = token.lower_.replace(",", "")
    if text in _NUMBER_WORDS:
        return _NUMBER_WORDS[text]
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) if "." in text else int(text)
    return None


def equipment_and_quantity(tokens: list[Token]) -> tuple[str | None, int | float | None]:
    """(equipment, quantity) of the first object of ``tokens`` that names either ("deliver
    two Patriot systems": Patriot, 2)."""
    table = _equipment()
    for token in tokens:
        for obj in token.children:
            if obj.dep_ not in ("dobj", "nsubjpass"):
                continue
            names = [table[t.lower_] for t in obj.subtree if t.lower_ in table]
            numbers = [n for t in obj.children if t.dep_ == "nummod" if (n := _number(t))]
            if names or numbers:
                return (names[0] if names else None), (numbers[0] if numbers else None)
    return None, None
