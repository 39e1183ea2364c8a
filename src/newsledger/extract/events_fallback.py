"""The last resort for a sentence the hand lexicon codes nothing in: the bare verbs derived
from PETRARCH's CAMEO dictionary (``data/events/verbs.tsv`` lines with no object or
preposition constraint). They are too loose to stand beside the lexicon, so they are tried
only on such sentences, and an event is kept only between two coded actors (see
:func:`newsledger.extract.events.code_events`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from newsledger.data import data_text
from newsledger.extract.events_lexicon import Entry, rules, split_code
from newsledger.extract.events_rules import Candidate, apply_modalities
from newsledger.extract.events_tokens import token_table


@cache
def bare_verbs() -> dict[str, Entry]:
    """Lemma -> entry of the derived verbs that carry no constraint (first line wins)."""
    skip = set(rules()["light_verbs"]) | set(rules()["speech_verbs"])
    skip |= set(rules()["fallback_skip"])
    # A verb the hand lexicon knows has been judged there, in all its uses.
    skip |= {
        line.split()[0]
        for line in data_text("events/lexicon.tsv").splitlines()
        if line.strip() and not line.startswith("#")
    }
    table: dict[str, Entry] = {}
    for line in data_text("events/verbs.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        trigger, cameo = line.split("\t")[:2]
        if " " in trigger or trigger in skip or trigger in table:
            continue
        code, reverse, inverse = split_code(cameo)
        table[trigger] = Entry(
            lemma=trigger, noun=False, cameo=code, reverse=reverse, inverse=inverse
        )
    return table


def fallback_candidates(sent: Span) -> list[Candidate]:
    """Candidates from the bare derived verbs, the main clause's first."""
    verbs = bare_verbs()
    table = token_table(sent.doc)
    found = []
    for i in range(sent.start, sent.end):
        entry = verbs.get(table.lemma[i]) if table.pos[i] == "VERB" else None
        if entry is None:
            continue
        token = sent.doc[i]
        negated = any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in token.children)
        cand = Candidate(token=token, entry=entry, cameo=entry.cameo, negated=negated)
        apply_modalities(cand)
        if cand.cameo != "0":
            found.append(cand)
    return sorted(found, key=lambda c: (len(list(c.token.ancestors)), c.token.i))
