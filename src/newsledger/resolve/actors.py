"""Actor resolution: names to actors with standard codes, from data files in the package.

Countries are ISO 3166 alpha-3 (names from pycountry plus ``country_aliases.tsv`` for short
forms, demonyms and capitals); international organisations and collective actors have stable
codes (``groups.tsv``); outlets carry their country and the MED sector (``media.tsv``); people
carry dated roles (``people.json``). Users add actor files with the same TSV layout as
``groups.tsv`` through :func:`load_actor_index`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pycountry

from newsledger.data import data_text, load_json, load_lines
from newsledger.errors import InputError
from newsledger.records import Actor, MentionKind, Role

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def normalise_name(text: str) -> str:
    """Lower-case key for a name: no leading "the", no possessive, single spaces."""
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    return text.strip(" .,;:").lower() if not _is_dotted_abbreviation(text) else text.lower()


def _is_dotted_abbreviation(text: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", text.strip()))


@dataclass(eq=False)
class ActorIndex:
    """Every known actor, by normalised alias."""

    by_alias: dict[str, Actor] = field(default_factory=dict)
    # Aliases matched case-sensitively (acronyms such as "US" or "WHO" that are words too).
    exact_aliases: dict[str, Actor] = field(default_factory=dict)
    sector_words: dict[str, str] = field(default_factory=dict)
    state_media: set[str] = field(default_factory=set)

    def add(self, alias: str, actor: Actor) -> None:
        alias = alias.strip()
        if not alias:
            return
        if alias.isupper() and len(alias) <= 4:
            self.exact_aliases.setdefault(alias, actor)
            return
        self.by_alias.setdefault(normalise_name(alias), actor)

    def lookup(self, text: str) -> Actor | None:
        """The actor named by ``text`` exactly (after normalisation), or None."""
        stripped = _POSSESSIVE.sub("", " ".join(text.split())).strip()
        stripped = _LEADING_THE.sub("", stripped)
        if stripped in self.exact_aliases:
            return self.exact_aliases[stripped]
        return self.by_alias.get(normalise_name(text))

    def aliases(self) -> list[tuple[str, Actor]]:
        """All (alias, actor) pairs, for building phrase matchers."""
        pairs = list(self.exact_aliases.items())
        pairs += list(self.by_alias.items())
        return pairs

    def sector_of(self, words: str) -> str | None:
        """Sector code (GOV, MIL, COP, REB, CVL, BUS, MED) of a role noun such as "troops"."""
        return self.sector_words.get(words.lower())

    def is_state_media(self, actor: Actor) -> bool:
        return actor.id in self.state_media


def role_on(actor: Actor, day: date | None) -> Role | None:
    """The role ``actor`` holds on ``day`` (None when none, or when ``day`` is unknown)."""
    if day is None:
        return None
    for role in actor.roles:
        if role.holds_on(day):
            return role
    return None


def last_role_before(actor: Actor, day: date) -> Role | None:
    """The most recent role that ended on or before ``day``."""
    ended = [r for r in actor.roles if r.end is not None and r.end <= day]
    return max(ended, key=lambda r: r.end or date.min, default=None)


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _tsv_rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(io.StringIO("\n".join(lines)), delimiter="\t")]


def _add_countries(index: ActorIndex) -> None:
    countries: dict[str, Actor] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        actor = Actor(
            id=code,
            name=getattr(country, "common_name", country.name),
            kind="country",
            code=code,
            country=code,
        )
        countries[code] = actor
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                index.add(value, actor)
    for row in _tsv_rows(data_text("actors/country_aliases.tsv")):
        code, aliases = row[0], row[1]
        actor = countries.get(code) or Actor(
            id=code, name="", kind="country", code=code, country=code
        )
        # The curated first alias is the name people use ("Russia", not "Russian Federation").
        actor.name = aliases.split("|")[0]
        countries[code] = actor
        for alias in aliases.split("|"):
            # The curated list wins over pycountry's long official names.
            index.by_alias.pop(normalise_name(alias), None)
            index.add(alias, actor)


def _add_groups(index: ActorIndex, text: str) -> None:
    for row in _tsv_rows(text):
        if len(row) < 4:
            raise InputError(f"actor file row needs code, kind, name, aliases: {row!r}")
        code, kind, name, aliases = row[0], row[1], row[2], row[3]
        actor = Actor(id=code, name=name, kind=_kind(kind), code=code)
        for alias in [name, *aliases.split("|")]:
            index.add(alias, actor)


def _kind(value: str) -> MentionKind:
    allowed: tuple[MentionKind, ...] = (
        "country",
        "organisation",
        "person",
        "place",
        "group",
        "equipment",
    )
    if value not in allowed:
        raise InputError(f"unknown actor kind {value!r}; use one of {', '.join(allowed)}")
    return value  # type: ignore[return-value]


def _add_media(index: ActorIndex) -> None:
    for code, country, state, name, aliases in _tsv_rows(data_text("actors/media.tsv")):
        actor = Actor(
            id=f"media:{name}",
            name=name,
            kind="organisation",
            code=code,
            country=country,
            sector="MED",
        )
        if state == "yes":
            index.state_media.add(actor.id)
        for alias in [name, *aliases.split("|")]:
            index.add(alias, actor)


def _add_people(index: ActorIndex) -> None:
    for person in load_json("actors/people.json"):
        roles = [
            Role(
                title=r["title"],
                org=r.get("org"),
                start=_parse_date(r.get("start")),
                end=_parse_date(r.get("end")),
            )
            for r in person.get("roles", [])
        ]
        actor = Actor(
            id=f"person:{person['name']}",
            name=person["name"],
            kind="person",
            code=f"{person['country']}GOV" if roles else person["country"],
            country=person["country"],
            sector="GOV" if roles else None,
            roles=roles,
        )
        for alias in [person["name"], *person.get("aliases", [])]:
            index.add(alias, actor)


def _add_sectors(index: ActorIndex) -> None:
    for line in load_lines("actors/ministries.txt"):
        sector, words = line.split("\t", 1)
        for word in words.split("|"):
            index.sector_words[word.strip().lower()] = sector


@cache
def load_actor_index(extra_files: tuple[Path, ...] = ()) -> ActorIndex:
    """The actor index from the package data plus ``extra_files`` (groups.tsv layout)."""
    index = ActorIndex()
    _add_people(index)
    _add_media(index)
    _add_groups(index, data_text("actors/groups.tsv"))
    _add_countries(index)
    _add_sectors(index)
    for path in extra_files:
        try:
            _add_groups(index, Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"{path}: cannot read actor file ({exc.strerror})") from exc
    return index
