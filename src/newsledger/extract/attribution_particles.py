"""The particle or preposition that joins a cue verb ("called for", "pointed out")."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution_cues import cue_lemma
from newsledger.extract.attribution_lexicon import cue_particles


def particle(verb: Token) -> Token | None:
    """The child of ``verb`` that forms one cue with it (``cue_particles.txt``)."""
    lemma = cue_lemma(verb) or verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and (lemma, child.lower_) in cue_particles():
            # A particle follows its verb ("On Monday, X called for ..." has none), and
            # "on" with a date sets the time ("called on Tuesday for a ban": the
            # preposition after it is the particle); "talked about three days" is content.
            if child.i < verb.i or child.lower_ == "on" and _dated(child):
                continue
            return child
    return None


def _dated(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)
