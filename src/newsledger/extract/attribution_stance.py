"""Stance frames: a copula with an adjective, a light verb with a noun.

- "Protesters were frustrated that ...", "she was sure Trump would win", "Clinton aides
  were coy about whether ...": the cue runs from the copula to the adjective (and the
  preposition that introduces the content), the source is the subject
  (``data/attribution/stance_adjectives.txt``);
- "it's obvious that ...", "Nor is it clear that ...": no source, the cue from the
  impersonal "it" to the adjective (``data/attribution/impersonal_adjectives.txt``);
- "Trump is raising questions about X", "made the case for X": the subject holds the
  stance, the cue is the verb with its object noun; "The clip has faced ridicule",
  "Trump's comments have drawn scrutiny from some": the subject is the content and the
  "from" object, if any, the source (``data/attribution/light_verb_frames.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.attribution_cues import cue_tokens, is_cue_verb, own_subject
from newsledger.extract.attribution_lexicon import (
    impersonal_adjectives,
    light_verb_frames,
    stance_adjectives,
)
from newsledger.extract.attribution_phrases import Draft
from newsledger.extract.attribution_spans import subtree_indices
from newsledger.extract.attribution_subjects import borrowed_subject

_CLAUSES = ("ccomp", "xcomp")
_PREPOSITIONS = ("about", "of", "with", "over", "on", "for", "that")
_COPULAS = ("be", "remain", "become", "feel", "grow")


def _complement(head: Token) -> tuple[set[int], Token | None]:
    """The content ``head`` governs and the preposition that introduces it, if any."""
    for child in head.rights:
        if child.dep_ in _CLAUSES:
            return subtree_indices(child), None
    for child in head.rights:
        if child.dep_ in ("prep", "acl") and child.lower_ in _PREPOSITIONS:
            # "made the pledge ... on Monday": a date is when, not what.
            objects = [
                c
                for c in child.children
                if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")
            ]
            if objects:
                return {i for o in objects for i in subtree_indices(o)}, child
        if child.dep_ == "acl" and child.tag_ != "VBN":
            # "the case that ...", "no illusion that ..."
            return subtree_indices(child), None
    return set(), None


def _adjective_draft(token: Token) -> Draft | None:
    if is_cue_verb(token):
        return None
    if token.dep_ == "acomp" and token.head.lemma_.lower() in _COPULAS:
        verb = token.head
        subject = own_subject(verb)
    else:
        verb = token
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > token.i:
        return None
    content, prep = _complement(token)
    if not content and verb is not token:
        content, prep = _complement(verb)
        content = {i for i in content if i > token.i}
    if not content:
        return None
    cue = cue_tokens(verb, subject)
    cue = list(range(min(cue), token.i + 1))
    if prep is not None and prep.i == token.i + 1:
        cue.append(prep.i)
    source = sorted(subtree_indices(subject))
    return Draft(cue, source, sorted(content - set(cue) - set(source)))


def _impersonal_draft(token: Token) -> Draft | None:
    """ "it's obvious that ...", "Nor is it clear that ...": no source; the cue runs from
    the impersonal "it" (or the copula before it) to the adjective."""
    verb = token.head
    if token.dep_ != "acomp" or verb.lemma_.lower() not in _COPULAS:
        return None
    subject = own_subject(verb)
    if subject is None or subject.lower_ != "it" or subject.i > token.i:
        return None
    content = [c for c in verb.rights if c.dep_ == "ccomp" and c.i > token.i]
    content += [c for c in token.rights if c.dep_ == "ccomp"]
    if not content:
        return None
    start = min(
        [subject.i, verb.i]
        + [c.i for c in verb.children if c.dep_ in ("aux", "neg") or c.lower_ == "nor"]
    )
    return Draft(list(range(start, token.i + 1)), [], sorted(subtree_indices(content[0])))


def _light_verb_draft(token: Token) -> Draft | None:
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    kind = light_verb_frames().get((token.lemma_.lower(), obj.lemma_.lower()))
    subject = own_subject(token)
    if subject is None and token.dep_ == "xcomp":
        # "tried to make the case that ...": the subject of the verb it completes.
        subject = borrowed_subject(token)
    if kind is None or subject is None or subject.i > token.i:
        return None
    cue = cue_tokens(token, subject)
    cue = list(range(min(cue), obj.i + 1))
    if kind == "received":
        source: list[int] = []
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "from":
                source = sorted(i for c in child.children for i in subtree_indices(c))
        return Draft(cue, source, sorted(subtree_indices(subject)))
    content, prep = _complement(obj)
    if not content:
        content, prep = _complement(token)
        content = {i for i in content if i > obj.i}
    if not content:
        return None
    if prep is not None and prep.i == obj.i + 1:
        cue.append(prep.i)
    source = sorted(subtree_indices(subject))
    return Draft(cue, source, sorted(content - set(cue) - set(source)))


def stance_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    """Copula + stance adjective and light verb + noun attributions in ``sent``."""
    drafts = []
    for token in sent:
        draft = None
        if token.lower_ in stance_adjectives() and token.tag_ in ("JJ", "VBN", "JJR"):
            draft = _adjective_draft(token)
        elif token.lower_ in impersonal_adjectives():
            draft = _impersonal_draft(token)
        elif token.pos_ == "VERB":
            draft = _light_verb_draft(token)
        if draft is not None and draft.content:
            drafts.append((token, draft))
    return drafts
