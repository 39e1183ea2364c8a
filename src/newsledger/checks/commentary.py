"""Commentary share: how much of the article makes no checkable claim."""

from __future__ import annotations

from newsledger.records import Claim, Flag

COMMENTARY_SHARE_LIMIT = 0.3


def check_commentary_share(
    claims: list[Claim], limit: float = COMMENTARY_SHARE_LIMIT
) -> list[Flag]:
    """One flag when more than ``limit`` of the body's claims are not checkable."""
    if not claims:
        return []
    commentary = [c for c in claims if not c.checkable]
    share = len(commentary) / len(claims)
    if share <= limit:
        return []
    return [
        Flag(
            kind="commentary_share",
            message=(
                f"{len(commentary)} of {len(claims)} sentences ({share:.0%}) are commentary "
                "with no checkable claim"
            ),
            start=commentary[0].start,
            end=commentary[-1].end,
            evidence=[(c.start, c.end) for c in commentary],
        )
    ]
