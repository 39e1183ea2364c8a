"""A hand-made analysis of a short article, shaped like the pipeline's output (no fixture:
tests import ``make_analysis`` and ``TEXT`` from here to vary them)."""

from __future__ import annotations

from datetime import date

from newsledger.ingest.text import article_from_text
from newsledger.records import (
    Analysis,
    Attribution,
    Claim,
    Cue,
    Event,
    EventTime,
    Flag,
    Mention,
    Sentence,
    SourceRef,
    TimeExpr,
)

TEXT = (
    "Germany to send Patriots\n\n"
    "Germany and the United States agreed to deliver two Patriot systems to Ukraine in 2024, "
    "RIA Novosti reported, citing the Japanese Defense Ministry."
)


def make_analysis(text: str = TEXT, url: str | None = "https://example.org/a") -> Analysis:
    article = article_from_text(text, url=url, outlet="Example", published=date(2024, 5, 2))
    body = article.body_start
    germany = text.index("Germany", body)
    ukraine = text.index("Ukraine")
    ria = text.index("RIA Novosti")
    ministry = text.index("Japanese Defense Ministry")
    year = text.index("2024")
    return Analysis(
        article=article,
        sentences=[
            Sentence(0, 0, body - 2, text[: body - 2], is_headline=True),
            Sentence(1, body, len(text), text[body:]),
        ],
        mentions=[
            Mention("Germany", germany, germany + 7, "country", code="DEU"),
            Mention("Ukraine", ukraine, ukraine + 7, "country", code="UKR"),
        ],
        times=[
            TimeExpr("2024", year, year + 4, "DATE", "2024", date(2024, 1, 1), date(2024, 12, 31))
        ],
        attributions=[
            Attribution(
                0, Cue("reported", ria + 12, ria + 20), Cue("RIA Novosti", ria, ria + 11), None
            )
        ],
        claims=[
            Claim(
                0,
                1,
                body,
                len(text),
                text[body:],
                speaker="RIA Novosti",
                source_chain=[
                    SourceRef("RIA Novosti", "RUSMED", "media", ria, ria + 11),
                    SourceRef(
                        "Japanese Defense Ministry", "JPNMIL", "ministry", ministry, ministry + 25
                    ),
                ],
                certainty="reported",
                cues=[Cue("reported", ria + 12, ria + 20)],
            )
        ],
        events=[
            Event(
                0,
                0,
                "AID",
                "0234",
                germany,
                ukraine + 7,
                text[germany : ukraine + 7],
                mode="military",
                sources=["DEU", "USA"],
                targets=["UKR"],
                source_spans=[Mention("Germany", germany, germany + 7, "country", code="DEU")],
                target_spans=[Mention("Ukraine", ukraine, ukraine + 7, "country", code="UKR")],
                time=EventTime("2024", None, "in 2024"),
                quantity=2,
                equipment="Patriot",
                status="agreed",
                conditions=["no long-range missiles"],
                certainty="reported",
                speaker="RIA Novosti",
            )
        ],
        flags=[
            Flag(
                "state_media_chain",
                "second-hand through state media",
                ria,
                ria + 11,
                [(ministry, ministry + 25)],
            )
        ],
    )
