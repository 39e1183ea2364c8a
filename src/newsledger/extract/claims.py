"""Claims: one per sentence, with who says it (the attribution chain), how sure the text is,
and whether it is checkable.

A claim's source chain is the chain of the innermost attribution whose cue lies in the
sentence, outermost first. A sentence whose content opens with an anaphoric event noun ("this
decision came amid ...") passes its named chain back to the previous claim when that one has
none: the source vouches for the decision the previous sentence described. Leaves alone
certainty cues and commentary tests: those belong to ``certainty`` and ``commentary``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from newsledger.context import Context
from newsledger.data import load_lines
from newsledger.extract.certainty import grade_certainty, is_reporting_cue
from newsledger.extract.commentary import is_checkable
from newsledger.nlp.parse import sentence_spans
from newsledger.records import Attribution, Claim, Cue, SourceRef
from newsledger.resolve.actors import load_actor_index


@cache
def anaphoric_event_nouns() -> frozenset[str]:
    return frozenset(load_lines("extract/anaphoric_event_nouns.txt"))


def source_chain(attribution: Attribution, by_id: dict[int, Attribution]) -> list[SourceRef]:
    """The chain ending at ``attribution``, outermost first; sourceless links are skipped."""
    chain: list[SourceRef] = []
    current: Attribution | None = attribution
    seen: set[int] = set()
    while current is not None and current.id not in seen:
        seen.add(current.id)
        if current.source is not None:
            chain.append(
                SourceRef(
                    name=current.speaker or current.source.text,
                    code=current.speaker_code,
                    kind=current.speaker_kind or "unknown",
                    start=current.source.start,
                    end=current.source.end,
                )
            )
        current = by_id.get(current.parent) if current.parent is not None else None
    return list(reversed(chain))


def _innermost(attributions: list[Attribution]) -> Attribution | None:
    parents = {a.parent for a in attributions if a.parent is not None}
    leaves = [a for a in attributions if a.id not in parents]
    named = [a for a in leaves if a.source is not None]
    candidates = named or leaves
    return candidates[0] if candidates else None


def is_report(doc: Doc, attribution: Attribution) -> bool:
    """True when the attribution reports speech or a source ("said", "according to",
    "reportedly"), rather than a stance that is itself the event ("endorsing")."""
    if attribution.source is None:
        return True
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    if cue is None or not _can_speak(doc, attribution.source):
        return False
    return cue[0].lower_ == "according" or any(is_reporting_cue(t) for t in cue)


def _can_speak(doc: Doc, source: Cue) -> bool:
    """A source that can vouch for a claim: a name, a pronoun, or a speaker noun
    ("officials"), not an abstraction ("The interplay between ... suggests")."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (
        root.pos_ in ("PROPN", "PRON")
        or bool(root.ent_type_)
        or root.lower_ in speaker_nouns()
        or root.lemma_.lower() in speaker_nouns()
        or load_actor_index().sector_of(root.lower_) is not None
    )


@cache
def speaker_nouns() -> frozenset[str]:
    return frozenset(load_lines("extract/speaker_nouns.txt"))


def _opens_with_anaphora(span: Span) -> bool:
    for token in span:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
            return bool(determiners & {"this", "that", "the", "such"}) and (
                token.lemma_.lower() in anaphoric_event_nouns()
            )
    return False


def build_claims(doc: Doc, ctx: Context, attributions: list[Attribution]) -> list[Claim]:
    """One claim per sentence of ``ctx``, in order."""
    by_id = {a.id: a for a in attributions}
    claims: list[Claim] = []
    for sentence, span in zip(ctx.sentences, sentence_spans(doc, ctx.sentences), strict=True):
        inside = [
            a
            for a in attributions
            if sentence.start <= a.cue.start < sentence.end and is_report(doc, a)
        ]
        innermost = _innermost(inside)
        chain = source_chain(innermost, by_id) if innermost else []
        grade = grade_certainty(span, reported=bool(inside))
        mentions = [m for m in ctx.mentions if sentence.start <= m.start < sentence.end]
        content = innermost.content if innermost and innermost.content else None
        claim = Claim(
            id=len(claims),
            sentence=sentence.id,
            start=sentence.start,
            end=sentence.end,
            text=sentence.text,
            speaker=chain[0].name if chain else None,
            source_chain=chain,
            certainty=grade.certainty,
            checkable=is_checkable(span, mentions),
            polarity=grade.polarity,
            modality=grade.modality,
            cues=[a.cue for a in inside],
            certainty_cues=grade.cues,
            content_start=content.start if content else None,
            content_end=content.end if content else None,
        )
        previous = claims[-1] if claims else None
        if (
            chain
            and previous is not None
            and not previous.source_chain
            and not any(s.is_headline and s.id == previous.sentence for s in ctx.sentences)
            and _opens_with_anaphora(span)
        ):
            previous.source_chain = list(chain)
            previous.speaker = chain[0].name
            if previous.certainty == "asserted":
                previous.certainty = "reported"
        claims.append(claim)
    return claims
