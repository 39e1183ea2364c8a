"""Acts a sentence names without telling that they happen: what is refused, what is
demanded of the subject, what someone is accused, jailed or praised for. They are marked
consumed so that only the refusal, the demand or the charge is coded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsledger.extract.events_lexicon import rules
from newsledger.extract.events_tokens import token_table

if TYPE_CHECKING:
    from newsledger.extract.events_rules import Candidate


def unrealised_objects(candidates: list[Candidate]) -> None:
    """What an act done to the subject asks of it, and what a rejection turns down, are not
    events of their own ("faces pressure to help Iran", "would not give permission to
    Russia to help Israel", "rejected calls to resign")."""
    for cand in candidates:
        if cand.consumed or not (cand.entry.inverse or cand.cameo[:2] == "12"):
            continue
        for obj in cand.token.children:
            purpose = obj.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in obj.children
            )
            if obj.dep_ not in ("dobj", "attr") and not purpose:
                continue
            inside = {t.i for t in obj.subtree if t.i != obj.i or purpose}
            for other in candidates:
                if other is not cand and other.token.i in inside:
                    other.consumed = True


def charged_acts(sent: Span, candidates: list[Candidate]) -> None:
    """The act someone is accused of, jailed or praised for ("accused the rebels of
    violating a ceasefire", "jailed for helping militants") is told, not coded."""
    verbs = set(rules()["charging_verbs"])
    table = token_table(sent.doc)
    for i in range(sent.start, sent.end):
        if table.lemma[i] not in verbs:
            continue
        token = sent.doc[i]
        inside: set[int] = set()
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                for comp in prep.children:
                    if comp.dep_ == "pcomp" and comp.pos_ == "VERB":
                        inside.update(t.i for t in comp.subtree)
        for cand in candidates:
            if cand.token.i in inside:
                cand.consumed = True
