"""A headline more certain than its body: the headline asserts what the body only reports or
hedges about the same actors."""

from __future__ import annotations

from newsledger.records import CERTAINTY_ORDER, Claim, Flag, Mention, Sentence


def _codes(mentions: list[Mention], start: int, end: int) -> set[str]:
    return {m.code for m in mentions if m.code and start <= m.start < end}


def check_headline_certainty(
    sentences: list[Sentence], claims: list[Claim], mentions: list[Mention]
) -> list[Flag]:
    headline = next((s for s in sentences if s.is_headline), None)
    if headline is None:
        return []
    head_claim = next((c for c in claims if c.sentence == headline.id), None)
    if head_claim is None or head_claim.certainty != "asserted":
        return []
    head_codes = _codes(mentions, headline.start, headline.end)
    if not head_codes:
        return []
    weaker = [
        c
        for c in claims
        if c.sentence != headline.id
        and CERTAINTY_ORDER.index(c.certainty) > CERTAINTY_ORDER.index("asserted")
        and len(head_codes & _codes(mentions, c.start, c.end)) >= 2
    ]
    if not weaker:
        return []
    body = weaker[0]
    return [
        Flag(
            kind="headline_certainty",
            message=(
                f"the headline asserts what the body only {body.certainty} "
                f'("{" ".join(body.text.split()[:12])}...")'
            ),
            start=headline.start,
            end=headline.end,
            evidence=[(c.start, c.end) for c in weaker],
        )
    ]
