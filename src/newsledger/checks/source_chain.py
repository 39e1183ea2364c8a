"""Second-hand chains through state media: a claim whose chain passes through an outlet the
actor data marks as state media ("According to RIA Novosti, citing the Japanese Defense
Ministry")."""

from __future__ import annotations

from newsledger.records import Claim, Flag
from newsledger.resolve.actors import load_actor_index


def check_state_media_chain(claims: list[Claim]) -> list[Flag]:
    index = load_actor_index()
    flags = []
    for claim in claims:
        for ref in claim.source_chain:
            actor = index.lookup(ref.name)
            if actor is None or not index.is_state_media(actor):
                continue
            chain = " -> ".join(r.name for r in claim.source_chain)
            second_hand = len(claim.source_chain) > 1
            flags.append(
                Flag(
                    kind="state_media_chain",
                    message=(
                        f"claim rests on state media ({actor.name}, {actor.country})"
                        + (f", second-hand: {chain}" if second_hand else "")
                    ),
                    start=claim.start,
                    end=claim.end,
                    evidence=[
                        (r.start, r.end)
                        for r in claim.source_chain
                        if r.start is not None and r.end is not None
                    ],
                )
            )
            break
    return flags
