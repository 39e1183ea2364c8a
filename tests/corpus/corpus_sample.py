"""Hand-made analyses for the corpus tests: articles with events and source chains."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsledger.ingest.text import content_id
from newsledger.records import Analysis, Article, Claim, Event, EventTime, Published, SourceRef

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed-article.txt"

PATRIOT = (
    "Germany to send Patriots\n\n"
    "Defence Minister Boris Pistorius said Germany and the United States agreed to deliver "
    "two Patriot air defence systems to Ukraine. A formal decision could take weeks."
)


def article(text: str, published: date | None = None, url: str | None = None) -> Article:
    return Article(id=content_id(text), text=text, url=url, published=Published(date=published))


def event(
    text: str,
    fragment: str,
    plover: str,
    sources: list[str],
    targets: list[str],
    claim: int | None = None,
    **fields: object,
) -> Event:
    start = text.index(fragment)
    return Event(
        id=fields.pop("id", 0),  # type: ignore[arg-type]
        claim=claim,
        plover=plover,
        cameo=fields.pop("cameo", None),  # type: ignore[arg-type]
        start=start,
        end=start + len(fragment),
        text=fragment,
        sources=sources,
        targets=targets,
        time=fields.pop("time", EventTime()),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )


def chain_claim(text: str, fragment: str, chain: list[tuple[str, str | None]]) -> Claim:
    start = text.index(fragment)
    return Claim(
        id=0,
        sentence=0,
        start=start,
        end=start + len(fragment),
        text=fragment,
        source_chain=[SourceRef(name, code, "organisation") for name, code in chain],
        certainty="reported",
    )


def analysis(
    text: str,
    events: list[Event],
    claims: list[Claim] | None = None,
    published: date | None = None,
    url: str | None = None,
) -> Analysis:
    return Analysis(article=article(text, published, url), events=events, claims=claims or [])
