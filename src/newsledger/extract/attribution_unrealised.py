"""Cue verbs whose speaker is only possible: nobody reports anything.

- the infinitive of a verb of letting or daring (``data/attribution/permissive_verbs.txt``):
  "Readers may not let editorials tell them how to vote", "allowing people to see the
  progress", "daring him to say that ...";
- a participle on a free-choice pronoun: "a resource for anyone wanting to learn more",
  where "anyone" is no one in particular.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution_cues import own_subject
from newsledger.extract.attribution_lexicon import permissive_verbs

_FREE_CHOICE = frozenset(("anyone", "anybody", "whoever"))


def unrealised_report(verb: Token) -> bool:
    """Whether the cue ``verb`` is only made possible, dared or supposed."""
    head = verb.head
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and head.i < verb.i
        and head.lemma_.lower() in permissive_verbs()
        and own_subject(verb) is not None
    ):
        # The one let or dared is the infinitive's own subject; without one, the verb's
        # reach goes back to the one who lets ("DNC rules permit members to appoint").
        return True
    return verb.dep_ == "acl" and head.lower_ in _FREE_CHOICE
