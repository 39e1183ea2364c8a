"""Consistency checks over one analysis; each check is a function in its own module."""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.checks.commentary import check_commentary_share
from newsledger.checks.headline import check_headline_certainty
from newsledger.checks.repaired import check_repaired_splits
from newsledger.checks.role_at_date import check_role_at_date
from newsledger.checks.source_chain import check_state_media_chain
from newsledger.context import Context
from newsledger.records import Flag


def run_checks(doc: Doc, ctx: Context) -> list[Flag]:
    """Every flag for the article in ``ctx``, ordered by offset."""
    body_claims = [c for c in ctx.claims if not _is_headline(ctx, c.sentence)]
    flags = [
        *check_role_at_date(doc, ctx),
        *check_headline_certainty(ctx.sentences, ctx.claims, ctx.mentions),
        *check_commentary_share(body_claims),
        *check_state_media_chain(ctx.claims),
        *check_repaired_splits(ctx.article.text, ctx.sentences),
    ]
    return sorted(flags, key=lambda f: (f.start, f.kind))


def _is_headline(ctx: Context, sentence_id: int) -> bool:
    return any(s.id == sentence_id and s.is_headline for s in ctx.sentences)
