"""Role-at-date contradictions: "former U.S. President Donald Trump" in an article dated on a
day Trump holds that office (by the actor data), or that itself reports him sworn in again.

Recognises "former"/"ex-"/"then-" before a title in the noun phrase of a person mention. Leaves
alone people without dated roles in the actor data and articles whose date is unknown.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.context import Context
from newsledger.data import load_lines
from newsledger.records import Flag, Mention
from newsledger.resolve.actors import load_actor_index, role_on

_FORMER = {"former", "ex", "ex-"}


def _former_token(doc: Doc, mention: Mention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    # The title sits just before the name: "former U.S. President Donald Trump".
    window = doc[max(span.start - 5, span.sent.start) : span.start]
    for token in reversed(window):
        if token.lower_ in _FORMER:
            return token
        if token.is_punct and token.text not in (".", "-"):
            break
    return None


def _evidence(doc: Doc, mention: Mention, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Offsets of words in the text saying the person took office again."""
    words = tuple(load_lines("checks/role_change_words.txt"))
    same_person = [m for m in mentions if m.name == mention.name]
    evidence = []
    for sent in doc.sents:
        has_person = any(sent.start_char <= m.start < sent.end_char for m in same_person)
        refers_back = any(t.lower_ in ("his", "her", "he", "she") for t in sent)
        if not (has_person or refers_back) or sent.start_char < mention.start:
            continue
        lowered = sent.text.lower()
        for word in words:
            at = lowered.find(word)
            if at >= 0:
                evidence.append((sent.start_char + at, sent.start_char + at + len(word)))
    return evidence


def check_role_at_date(doc: Doc, ctx: Context) -> list[Flag]:
    """Flags "former" titles for people who hold the office on the article's date."""
    day = ctx.reference_date
    if day is None:
        return []
    index = load_actor_index()
    flags = []
    for mention in ctx.mentions:
        if mention.kind != "person" or not mention.name:
            continue
        actor = index.lookup(mention.name)
        role = role_on(actor, day) if actor else None
        former = _former_token(doc, mention)
        if role is None or former is None:
            continue
        evidence = _evidence(doc, mention, ctx.mentions)
        flags.append(
            Flag(
                kind="role_at_date",
                message=(
                    f'"{former.text}" for {mention.name}, who holds the office of {role.title} '
                    f"on {day.isoformat()} (since {role.start}), the date this article speaks from"
                    + ("; the article itself reports him taking office again" if evidence else "")
                ),
                start=former.idx,
                end=former.idx + len(former.text),
                evidence=[(mention.start, mention.end), *evidence],
            )
        )
    return flags
