"""Attribution frames other than "subject + reporting verb + complement".

- passives: "The issue was first reported by The Washington Post" (source the agent,
  content the passive subject), "He was accused of lying" and "Turnout is expected to
  rise" (no source; content the subject and what the verb says of it);
- evidential verbs ("seem", "appear"): "The city can appear to be an economic
  powerhouse", "it appeared that Trump was unable to ..." (no source);
- noun cues with a possessive or "by" source: "Trump's claim that ...", "his plan to
  ...", "a decision by the court to ..." (cue the noun, content its clause or object).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.attribution_cues import (
    cue_lemma,
    cue_tokens,
    has_reporting_xcomp,
    is_cue_verb,
)
from newsledger.extract.attribution_lexicon import (
    cue_particles,
    evidential_verbs,
    possessed_cue_nouns,
)
from newsledger.extract.attribution_phrases import Draft
from newsledger.extract.attribution_spans import subtree_indices

_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
# What a passive or evidential verb says of its subject.
_PREDICATES = ("xcomp", "ccomp", "oprd", "acomp")
_EXPLETIVES = ("it", "there")


def _adjacent_prep(verb: Token, after: int) -> Token | None:
    """The preposition right after the cue that the lexicon joins to the verb."""
    lemma = cue_lemma(verb) or verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prep" and child.i == after and (lemma, child.lower_) in cue_particles():
            return child
    return None


def _predicate(verb: Token, prep: Token | None) -> set[int]:
    content: set[int] = set()
    for child in verb.children:
        if child.dep_ in _PREDICATES:
            content |= subtree_indices(child)
    if prep is not None:
        for child in prep.children:
            if child.dep_ in ("pobj", "pcomp"):
                content |= subtree_indices(child)
    return content


def passive_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    drafts = []
    for token in sent:
        if token.tag_ != "VBN" or not is_cue_verb(token):
            continue
        subject = next((c for c in token.children if c.dep_ in _PASSIVE_SUBJECTS), None)
        if subject is None:
            continue
        cue = cue_tokens(token, subject)
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        source: list[int] = []
        if agent is not None:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if not objects:
                continue
            source = sorted(subtree_indices(objects[0]))
            if agent.i == cue[-1] + 1:
                cue.append(agent.i)
        prep = _adjacent_prep(token, cue[-1] + 1)
        if prep is not None:
            cue.append(prep.i)
        content = _predicate(token, prep)
        if subject.lower_ not in _EXPLETIVES:
            content |= subtree_indices(subject)
        content -= set(cue) | set(source)
        if content:
            drafts.append((token, Draft(cue, source, sorted(content))))
    return drafts


def evidential_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    """ "X seems Y", "it appears that Z": the subject and its predicate, no source."""
    drafts = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in evidential_verbs():
            continue
        if has_reporting_xcomp(token):
            continue
        predicate = _predicate(token, None)
        predicate |= {
            i
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "like"
            for i in subtree_indices(c)
        }
        if not predicate:
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "expl")), None)
        content = set(predicate)
        if subject is not None and subject.lower_ not in _EXPLETIVES:
            content |= subtree_indices(subject)
        cue = cue_tokens(token, subject)
        content -= set(cue)
        drafts.append((token, Draft(cue, [], sorted(content))))
    return drafts


def _noun_source(noun: Token) -> list[int]:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        indices = subtree_indices(poss)
        # PolNeAR keeps the possessive ending in the source ("Trump's").
        return sorted(indices)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by" and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return sorted(subtree_indices(objects[0]))
    return []


def noun_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    """ "X's claim that ...", "his plan to ...", "a ruling by the court that ..."."""
    drafts = []
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in possessed_cue_nouns():
            continue
        source = _noun_source(token)
        if not source:
            continue
        content: set[int] = set()
        for child in token.children:
            if child.i < token.i:
                continue
            if child.dep_ in ("acl", "ccomp"):
                content |= subtree_indices(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "on", "about", "for", "against"):
                content |= {i for c in child.children for i in subtree_indices(c)}
        if not content:
            continue
        modifiers = [
            c.i for c in token.lefts if c.dep_ in ("amod", "compound") and c.i > max(source)
        ]
        cue = sorted({token.i, *modifiers})
        cue = list(range(cue[0], token.i + 1))
        drafts.append((token, Draft(cue, source, sorted(content - set(source)))))
    return drafts
