"""Attribution drafts from phrases rather than verbs: "according to X" and unsourced cues.

A draft holds token indices (cue, source, content) of one sentence's attribution before
spans are cut; :mod:`newsledger.extract.attribution` turns drafts into records.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsledger.extract.attribution_cues import is_cue_verb
from newsledger.extract.attribution_lexicon import cue_nouns, label_nouns, sourceless_adverbs
from newsledger.extract.attribution_spans import subtree_indices

_VERBAL = ("VERB", "AUX")
# What an "in <poll>" phrase can hang on: a clause or a noun phrase ("gains in some polls").
_HOSTS = ("VERB", "AUX", "NOUN")


@dataclass
class Draft:
    cue: list[int]
    source: list[int]
    content: list[int]
    # The attribution this one is nested in (set for "citing" chains, else by _nest).
    parent: Draft | None = None


def according_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    drafts = []
    for token in sent:
        if token.lower_ != "according":
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None or to.i != token.i + 1:
            continue
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        host = token.head if token.head.pos_ in _VERBAL else sent.root
        content = subtree_indices(host, subtree_indices(token))
        if obj is not None and content:
            source = sorted(subtree_indices(obj))
        else:
            # "according to show insiders" parsed as a verb, "According to X, the move
            # reeks" with the clause under X: the phrase runs to the comma.
            source, content = _according_by_commas(sent, to)
        if source and content:
            drafts.append((token, Draft([token.i, to.i], source, sorted(content))))
    return drafts


def _according_by_commas(sent: Span, to: Token) -> tuple[list[int], set[int]]:
    """Source and content of "according to X" read off the commas, not the parse."""
    end = next((t.i for t in sent if t.i > to.i and (t.text == "," or t.is_sent_end)), sent.end)
    source = [i for i in range(to.i + 1, end) if not sent.doc[i].is_punct]
    words = [t.i for t in sent if not t.is_punct and not t.is_space]
    before = [i for i in words if i < to.i - 1]
    after = [i for i in words if i >= end]
    chosen = before or after
    return source, set(range(chosen[0], chosen[-1] + 1)) if chosen else set()


def in_source_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    """ "In the latest poll, Clinton led Trump by 5 points": a clause stated in a poll,
    survey or study (``label_nouns.txt``); cue "in", source the poll, content the clause.
    A noun phrase measured in a poll is stated there too: "Trump's recent gains in some
    polls" (content the noun phrase)."""
    drafts = []
    for token in sent:
        if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ not in _HOSTS:
            continue
        if is_cue_verb(token.head):
            # "the agency said in a June report": where the saying was, part of its cue.
            continue
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in label_nouns():
            continue
        source = subtree_indices(obj)
        content = subtree_indices(token.head, subtree_indices(token))
        drafts.append((token, Draft([token.i], sorted(source), sorted(content))))
    return drafts


def sourceless_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    drafts = []
    for token in sent:
        lower = token.lower_
        if lower in sourceless_adverbs() and token.dep_ == "advmod":
            clause = subtree_indices(token.head, [token.i])
            drafts.append((token, Draft([token.i], [], sorted(clause))))
        elif (
            token.pos_ == "NOUN"
            and token.lemma_.lower() in cue_nouns()
            and not any(c.dep_ in ("poss", "compound") for c in token.children)
        ):
            of = next((c for c in token.children if c.lower_ == "of" and c.i == token.i + 1), None)
            heads = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
            heads += [c for c in token.children if c.dep_ in ("acl", "ccomp") and c.i > token.i]
            content: set[int] = set()
            for head in heads:
                content |= subtree_indices(head)
            if content:
                # "initial reports of": the noun's modifiers and its "of" join the cue.
                first = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("amod", "det")])
                last = of.i if of is not None and heads and heads[0].head.i == of.i else token.i
                drafts.append((token, Draft(list(range(first, last + 1)), [], sorted(content))))
    return drafts
