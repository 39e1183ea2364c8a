"""Corroboration: how many independent sources report the same happening.

Two events are the same happening when they have the same PLOVER type, share a source or
coded target actor, and their time intervals do not exclude each other.
Reports of it count once per origin:

- a claim with a source chain rests on its innermost source, however many outlets relay it
  ("RIA Novosti, citing the Japanese Defense Ministry": the ministry is the origin);
- otherwise the article is its own origin, and near-identical articles (wire copies,
  syndicated text; MinHash, see :mod:`newsledger.corpus.minhash`) are one origin.

Events in one article never corroborate each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsledger.corpus.features import fold_name, settings
from newsledger.corpus.minhash import near_duplicates
from newsledger.records import Analysis, Claim, Corroboration, Event


def day_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of an ISO date prefix ("2024", "2024-05", "2024-05-03")."""
    if not value:
        return None, None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p]
    except ValueError:
        return None, None
    if not numbers or not 1 <= numbers[0] <= 9999:
        return None, None
    try:
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
        if len(numbers) == 2:
            first = date(numbers[0], numbers[1], 1)
            following = date(numbers[0] + numbers[1] // 12, numbers[1] % 12 + 1, 1)
            return first, date.fromordinal(following.toordinal() - 1)
        day = date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None, None
    return day, day


def _interval(event: Event) -> tuple[date | None, date | None]:
    begin = day_bounds(event.time.start)[0]
    end = day_bounds(event.time.end or event.time.start)[1]
    return begin, end


def compatible_time(a: Event, b: Event) -> bool:
    """False only when both events have known intervals that do not overlap."""
    a_begin, a_end = _interval(a)
    b_begin, b_end = _interval(b)
    if a_begin and b_end and b_end < a_begin:
        return False
    return not (b_begin and a_end and a_end < b_begin)


def coded_actors(event: Event) -> set[str]:
    """Source and target codes that name an actor ("---CVL", an uncoded role, names none)."""
    return {c for c in (*event.sources, *event.targets) if c and not c.startswith("---")}


def same_happening(a: Event, b: Event) -> bool:
    """Same type, compatible time and a shared coded actor: without one, two events of a
    type ("someone attacked someone") cannot be told to be one happening."""
    if a.plover != b.plover or not compatible_time(a, b):
        return False
    return bool(coded_actors(a) & coded_actors(b))


def chain_origin(claim: Claim | None) -> str | None:
    """The innermost source of the claim's chain, as a key ("code:JPN", "name:...")."""
    if claim is None or not claim.source_chain:
        return None
    source = claim.source_chain[-1]
    return f"code:{source.code}" if source.code else f"name:{fold_name(source.name)}"


def copy_groups(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Article id -> the id of the first article of its near-duplicate group."""
    texts = {a.article.id: a.article.text for a in analyses}
    groups = near_duplicates(texts, threshold=settings().duplicate_threshold)
    return {member: group[0] for group in groups for member in group}


def corroborate(analyses: Sequence[Analysis]) -> list[Corroboration]:
    """The corroboration of every event of ``analyses``, in input order."""
    group_of = copy_groups(analyses)
    reports: list[tuple[str, Event, str]] = []
    for analysis in analyses:
        claims = {c.id: c for c in analysis.claims}
        aid = analysis.article.id
        for event in analysis.events:
            claim = claims.get(event.claim) if event.claim is not None else None
            origin = chain_origin(claim) or f"article:{group_of[aid]}"
            reports.append((aid, event, origin))
    by_type: dict[str, list[int]] = {}
    for n, (_, event, _) in enumerate(reports):
        by_type.setdefault(event.plover, []).append(n)
    out = []
    for aid, event, origin in reports:
        origins = {origin}
        articles = {aid}
        for m in by_type[event.plover]:
            other_aid, other, other_origin = reports[m]
            if other_aid != aid and same_happening(event, other):
                origins.add(other_origin)
                articles.add(other_aid)
        out.append(
            Corroboration(
                article=aid,
                event=event.id,
                sources=len(origins),
                origins=sorted(origins),
                articles=sorted(articles),
            )
        )
    return out
