"""Certainty, polarity and modality of a claim or event span.

Recognises hedges ("may", "reportedly", "it is believed", "unclear"), speculation about
unrealised events ("could further complicate"), negation ("did not attack", "denied
attacking", "no troops were"), and future or conditional modality ("will", "plans to",
"would", "once approved"). Cue words come from ``data/certainty/*.tsv``.

Scope: a cue counts for a span when it lies in the span or governs it, i.e. it is an
ancestor of the span's root or a direct dependent (auxiliary, adverb, marker, ...) of such
an ancestor in the same sentence. Who said something (attribution) is left to the
attribution extractor; its result arrives here as ``reported=True``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.certainty_lexicon import (
    CueEntry,
    CueMatch,
    match_cues,
    modality_cues,
    negation_cues,
    reporting_verbs,
    uncertainty_cues,
)
from newsledger.records import CERTAINTY_ORDER, Certainty, CertaintyGrade, Cue

# Cue kinds that make a sentence uncertain in the Szeged sense; "evidential" ("according
# to") names a source without doubting the content.
UNCERTAIN_KINDS = frozenset({"epistemic", "doxastic", "condition", "investigation", "reported"})
_SCOPE_DEPS = frozenset(
    {
        "aux",
        "auxpass",
        "advmod",
        "neg",
        "mark",
        "prep",
        "acomp",
        "npadvmod",
        "nsubj",
        "nsubjpass",
        "expl",
        "attr",
        "oprd",
    }
)
_CLAUSE_EDGES = frozenset({"advcl", "relcl", "acl"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM"})
_STATIVE = frozenset({"be", "have", "remain", "seem", "exist"})
_HYPOTHETICAL_MODALS = frozenset({"may", "might", "could", "would"})


def _cue(span: Span) -> Cue:
    return Cue(span.text, span.start_char, span.end_char)


def _scope(span: Span) -> set[int]:
    """Token indices whose cues bear on ``span``: the span and what governs its root.

    A nominal span ("the sales", "which") is a participant, not a predicate: a hedge on the
    verb it belongs to ("he expected sales to exceed ...") doubts what happens to it, not
    that it exists, so only its own words count.
    """
    indices = set(range(span.start, span.end))
    if span.root.pos_ in _NOMINAL:
        return indices
    indices |= {d.i for d in span.root.children if d.dep_ in _SCOPE_DEPS}
    sent = span.root.sent
    child, node = span.root, span.root.head
    # A hedge does not reach into an adverbial or relative clause below it: in "it is
    # expected that the plane will wear the livery when it arrives", the arrival is
    # presupposed, only the wearing is expected.
    # Nor does a modal reach a conjoined verb with auxiliaries of its own ("can fly ... and
    # has been named").
    while node.i != child.i and sent.start <= node.i < sent.end and not _clause_edge(child):
        indices.add(node.i)
        for dependent in node.children:
            if dependent.i != child.i and dependent.dep_ in _SCOPE_DEPS:
                indices.add(dependent.i)
        child, node = node, node.head
    return indices


def _clause_edge(token: Token) -> bool:
    if token.dep_ in _CLAUSE_EDGES:
        return True
    return token.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _scoped(span: Span, index: dict[str, tuple[CueEntry, ...]]) -> list[CueMatch]:
    sent = span.root.sent
    region = span.doc[min(span.start, sent.start) : max(span.end, sent.end)]
    scope = _scope(span)
    # A cue that is the whole span ("believed" as the event) is the act of believing,
    # which itself happened; it hedges only what it governs.
    return [
        m
        for m in _region_cues(region, index)
        if m.span.start in scope and (m.span.start, m.span.end) != (span.start, span.end)
    ]


_CUES_KEY = "newsledger.certainty_cues"


def _region_cues(region: Span, index: dict[str, tuple[CueEntry, ...]]) -> list[CueMatch]:
    # Every claim and event of a sentence is graded against the same sentence's cues:
    # matched once per Doc, not once per span and cue set.
    memo = region.doc.user_data.setdefault(_CUES_KEY, {})
    key = (region.start, region.end, id(index))
    found: list[CueMatch] | None = memo.get(key)
    if found is None:
        found = memo[key] = match_cues(region, index)
    return found


def find_hedge_cues(span: Span) -> list[Cue]:
    """Uncertainty cues anywhere in ``span`` (Szeged sense: hedges, beliefs, conditions)."""
    return [
        _cue(m.span)
        for m in match_cues(span, uncertainty_cues())
        if m.entry.kind in UNCERTAIN_KINDS
    ]


def sentence_is_uncertain(span: Span) -> bool:
    """True when ``span`` holds any uncertainty cue."""
    return bool(find_hedge_cues(span))


def _speculative(match: CueMatch) -> bool:
    # A modal over an unrealised, dynamic event ("could complicate", "may see ... as") is
    # speculation; over a state or a perfect ("may be", "may have been") it hedges a fact.
    token = match.head
    if token.tag_ != "MD" or token.lower_ not in _HYPOTHETICAL_MODALS:
        return False
    verb = token.head
    if verb.lemma_ in _STATIVE or any(c.lower_ == "have" for c in verb.children):
        return False
    return verb.pos_ == "VERB"


def _grade(match: CueMatch) -> Certainty:
    return "speculative" if _speculative(match) else match.entry.grade


def _negative_subject(token: Token) -> Token | None:
    scopes = negation_cues()
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "expl"):
            if scopes.get(child.lower_) == "subject":
                return child
            for det in child.children:
                if det.dep_ == "det" and scopes.get(det.lower_) == "subject":
                    return det
    return None


def _negation(span: Span) -> Token | None:
    """The token that negates the span's main predicate, if any."""
    scopes = negation_cues()
    root = span.root
    chain = [root]
    # "did not want to attack", "failed to deliver": the negation sits on the verb that
    # takes the predicate as complement.
    node = root
    while node.dep_ in ("xcomp", "ccomp") and node.head.i != node.i:
        node = node.head
        chain.append(node)
        if node.dep_ != "xcomp":
            break
    for verb in chain:
        for child in verb.children:
            if child.dep_ == "neg" or scopes.get(child.lower_) == "neg":
                return child
        subject = _negative_subject(verb)
        if subject is not None:
            return subject
        if verb.i != root.i and scopes.get(verb.lemma_.lower()) == "verb":
            return verb
    if scopes.get(root.lemma_.lower()) == "verb" and len(span) > 1:
        return root
    return None


def _modality(matches: list[CueMatch]) -> str:
    kinds = {m.entry.kind for m in matches}
    if "conditional" in kinds:
        return "conditional"
    return "future" if "future" in kinds else "actual"


def grade_certainty(span: Span, reported: bool = False) -> CertaintyGrade:
    """Certainty grade, polarity and modality of ``span``, with the cues behind them.

    ``reported`` is True when an attribution covers the span; reported material without
    a stronger hedge grades "reported". The strongest grade wins in the order
    asserted < reported < hedged < speculative.
    """
    hedges = [m for m in _scoped(span, uncertainty_cues()) if m.entry.kind != "investigation"]
    grades: list[Certainty] = [_grade(m) for m in hedges]
    if reported:
        grades.append("reported")
    certainty: Certainty = max(grades, key=CERTAINTY_ORDER.index, default="asserted")
    modal = _scoped(span, modality_cues())
    modality = _modality(modal)
    negator = _negation(span)
    cues = [_cue(m.span) for m in hedges]
    cues += [_cue(m.span) for m in modal if all(m.span.start_char != c.start for c in cues)]
    if negator is not None:
        cues.append(Cue(negator.text, negator.idx, negator.idx + len(negator.text)))
    cues.sort(key=lambda c: c.start)
    return CertaintyGrade(
        certainty=certainty,
        cues=cues,
        polarity="negative" if negator is not None else "positive",
        modality=modality,  # type: ignore[arg-type]
    )


def hedge_degree(span: Span) -> str | None:
    """ "probable" or "possible" for the strongest hedge in scope of ``span``, else None."""
    degrees = {m.entry.degree for m in _scoped(span, uncertainty_cues())}
    if "probable" in degrees:
        return "probable"
    return "possible" if degrees else None


def is_reporting_cue(token: Token) -> bool:
    """True when ``token`` is a reporting or speech-cognition word ("said", "announced")."""
    return token.lemma_.lower() in reporting_verbs() or token.lower_ in reporting_verbs()
