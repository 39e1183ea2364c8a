"""Attributions: who (source) says, believes or shows (cue) what (content).

Recognises, over the dependency parse, sentence by sentence:

- reporting, stance, cognition and evaluation verbs (``data/attribution/cue_verbs.txt``)
  with a subject and a complement: "X said (that) ...", "X confirmed ...", "X called for
  ...", "X urged Y to ...", "X blasted the media for ..."; the content is the clausal
  complement, else the object or infinitive with what completes it, else a
  prepositional object ("responded with attacks"); the cue is the verb with its
  auxiliaries, negation, particle and the adverbs before it ("has also said"), reaching
  back over a catenative verb ("appeared to suggest", "continued to call for"); a
  participle without a subject (", adding that ...") borrows its clause's, and a
  fronted participle of judgement ("Lamenting their luck, Mexicans ...") reports its
  object; the object of a causative verb reports its complement ("led the journalist
  to fear", ``data/attribution/causative_verbs.txt``);
- comment clauses: "..., as one lawyer put it" (the host clause is the content);
- post-posed and parenthetical cues: "..., officials said." and "A decision, he noted,
  could take weeks" (content in two pieces around the cue, kept in ``content_parts``);
- "X said:" introducing a quotation, the rest of the paragraph or the next paragraph;
- "according to X, ..." (cue "according to", source X, content the rest of the clause)
  and "In the latest poll, X leads" (cue "in", source the poll);
- chains: "according to X, citing Y, ..." and "X, citing Y, said ...": Y's attribution
  is nested in X's (``parent``), and any attribution whose cue lies inside another's
  content is nested in it, so chains read outermost first;
- unsourced cues: "reportedly", "allegedly", "reports of ..." (source None);
- passives, "seems"/"appears" and noun cues with a possessive source
  (:mod:`newsledger.extract.attribution_frames`); dash-signed quotations and speaker
  labels ("PENCE: ...") (:mod:`newsledger.extract.attribution_layout`);
- title-case headlines arrive parsed in sentence case ("Sanders Vows To ...",
  :mod:`newsledger.nlp.headline`).

Quotations keep their marks and are taken whole, over several sentences or around the
cue (:mod:`newsledger.extract.attribution_content`); what a cue takes in beyond its
complement where the parse hides it is in :mod:`newsledger.extract.attribution_clauses`,
and a content's lead-in that is the writer's is left out
(:mod:`newsledger.extract.attribution_trim`). Speakers are resolved by
:mod:`newsledger.extract.attribution_speakers`, subjects borrowed by subjectless
participles and conjuncts by :mod:`newsledger.extract.attribution_subjects`; stance
adjectives ("were frustrated that") and verb + noun frames ("is raising questions about") are in
:mod:`newsledger.extract.attribution_stance`. Verbs with a narrower reporting frame
("saw the tweet", "spoke to reporters", "told The Post") are in
``data/attribution/restricted_cue_verbs.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsledger.context import Context
from newsledger.extract.attribution_clauses import (
    clause_around,
    inverted_complement,
    object_before,
    opening_preposition,
)
from newsledger.extract.attribution_content import content_pieces, quotation_indices
from newsledger.extract.attribution_cues import (
    complement,
    cue_lemma,
    cue_tokens,
    has_reporting_xcomp,
    is_as_clause,
    is_cue_verb,
    own_subject,
    pro_form,
    rest_of_clause,
    trailing_aside,
)
from newsledger.extract.attribution_frames import (
    bare_participle_drafts,
    evidential_drafts,
    noun_drafts,
    passive_drafts,
)
from newsledger.extract.attribution_headline import headline_drafts
from newsledger.extract.attribution_layout import (
    dash_signature_drafts,
    inverted_speaker_drafts,
    speaker_label_drafts,
)
from newsledger.extract.attribution_lexicon import evaluation_verbs, extraposing_adjectives
from newsledger.extract.attribution_objects import names_no_view
from newsledger.extract.attribution_particles import particle
from newsledger.extract.attribution_phrases import (
    Draft,
    according_drafts,
    in_source_drafts,
    sourceless_drafts,
)
from newsledger.extract.attribution_spans import (
    Piece,
    inside_quotation,
    source_piece,
    subtree_indices,
    token_pieces,
)
from newsledger.extract.attribution_speakers import SpeakerResolver
from newsledger.extract.attribution_stance import stance_drafts
from newsledger.extract.attribution_subjects import (
    PARTICIPLE_COMPLEMENTS,
    borrowed_subject,
    clause_with_conjunction,
    is_detached_participle,
    lifted_host,
    object_controller,
    reports_after_preposition,
    speaks_through_message,
    subject_indices,
)
from newsledger.extract.attribution_trim import lead_in
from newsledger.extract.attribution_unrealised import unrealised_report
from newsledger.records import Attribution, Cue


def _fronted_participle(token: Token) -> bool:
    """ "Lamenting their luck, Mexicans ...": a participial clause of judgement set before
    its host's subject by a comma reports its object as the subject's stance."""
    doc = token.doc
    after = token.right_edge.i + 1
    return (
        cue_lemma(token) in evaluation_verbs()
        and token.dep_ == "advcl"
        and token.i < token.head.i
        and after < len(doc)
        and doc[after].text == ","
        and token.left_edge.i == token.sent.start
    )


def _extraposed(token: Token, subject: Token) -> bool:
    """ "It's worth noting that", "it's hard to imagine": the "it" is the clause that
    follows, not someone who notes; the writer's aside is nobody's report."""
    if subject.lower_ != "it" or token.dep_ not in ("xcomp", "pcomp"):
        return False
    head = token.head
    adjectives = [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ == "acomp"]
    return any(a.lower_ in extraposing_adjectives() for a in adjectives)


def _verb_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    drafts = []
    for token in sent:
        if not is_cue_verb(token) or token.lemma_.lower() == "cite" and token.tag_ == "VBG":
            continue
        if names_no_view(token, cue_lemma(token)) or unrealised_report(token):
            continue
        if (
            token.dep_ == "xcomp"
            and is_cue_verb(token.head)
            and not has_reporting_xcomp(token.head)
        ):
            # "decided to ask": the outer verb carries the attribution.
            continue
        if has_reporting_xcomp(token):
            # "continued to call for": the inner verb carries the attribution, its cue
            # reaching back over the outer one.
            continue
        subject = own_subject(token)
        borrowed = subject is None
        subject = subject or borrowed_subject(token)
        if subject is None:
            continue
        prt = particle(token)
        heads = complement(token, prt)
        if (
            borrowed
            and token.tag_ == "VBG"
            and token.dep_ != "xcomp"
            and not any(h.dep_ in PARTICIPLE_COMPLEMENTS for h in heads)
            and not (is_cue_verb(token.head) and token.i > token.head.i)
            and not (is_detached_participle(token) and token.i > token.head.i)
            and not speaks_through_message(token)
            and not _fronted_participle(token)
        ):
            # "Adding another layer, ...": a participle reports only with a clause, an
            # infinitive or a prepositional object after it ("promising to meet",
            # "accusing her of lying"), not with a bare object, unless it follows the
            # report it hangs on ("she said, referencing the bank's drive") or the clause
            # it is set off from (", offering broad new defense efforts").
            continue
        if borrowed and token.dep_ == "pcomp" and not reports_after_preposition(token, heads):
            continue
        if borrowed and _extraposed(token, subject):
            continue
        cue = cue_tokens(token, subject)
        if (
            borrowed
            and token.dep_ == "xcomp"
            and token.head.i < token.i
            and object_controller(token) is None
        ):
            # The outer verb belongs to the cue: "appeared to suggest", "was able to tout"
            # (not "led the journalist to fear", where the object reports).
            outer = (
                token.head.head
                if token.head.dep_ == "acomp" and subject.head.i == token.head.head.i
                else token.head
            )
            cue = sorted(set(cue) | set(range(outer.i, token.i)) | set(cue_tokens(outer, subject)))
        if prt is not None and prt.i == cue[-1] + 1:
            cue.append(prt.i)
        elif opening_preposition(token, heads, cue):
            cue.append(heads[0].head.i)
        source = subject_indices(token, subject)
        content: set[int] = set()
        if borrowed and heads and any(c.dep_ == "auxpass" for c in token.children):
            # "X is a donor and has been mentioned as a potential secretary": the subject
            # a passive conjunct borrows is what is said, not who says it.
            content = set(source)
            source = []
        for head in heads:
            content |= subtree_indices(head)
        if heads and min(h.i for h in heads) > token.i:
            content |= rest_of_clause(token, cue, source) | object_before(token, heads)
            content -= trailing_aside(token.doc, content)
        if not heads and (token.dep_ == "parataxis" or is_as_clause(token)):
            # "A, he said, B" and "A, as police have said": the host clause.
            content = subtree_indices(token.head, subtree_indices(token))
        elif not heads and not borrowed:
            content = clause_around(token, source) or inverted_complement(token, cue)
        if not heads and not content:
            content = set(pro_form(token)) or quotation_indices(token, cue, source)
        if not content:
            continue
        drafts.append((token, Draft(cue, source, sorted(content))))
    return drafts


def _citing_drafts(sent: Span, hosts: list[tuple[Token, Draft]]) -> list[tuple[Token, Draft]]:
    """ "X, citing Y": Y's attribution, nested in X's when X has one in this clause."""
    drafts = []
    for token in sent:
        if token.lemma_.lower() != "cite" or token.tag_ != "VBG" or own_subject(token):
            continue
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        source = sorted(subtree_indices(obj))
        parent = next(
            (
                draft
                for anchor, draft in hosts
                if token.head.i in (anchor.head.i, anchor.i) or token.head.i in draft.source
            ),
            None,
        )
        if parent is not None:
            draft = Draft([token.i], source, list(parent.content), parent=parent)
            drafts.append((token, draft))
            continue
        subject = borrowed_subject(token)
        if subject is not None:
            draft = Draft([token.i], sorted(subtree_indices(subject)), source)
            drafts.append((token, draft))
    return drafts


def _asks_reader(sent: Span, draft: Draft) -> bool:
    """ "Would you still vote for her?", "Do you know where ... are?": a question to the
    reader asks what a stance would be; no one in the story holds it. The writer's
    "let's" speaks for no one either."""
    doc = sent.doc
    first = draft.source[0] if len(draft.source) == 1 else 0
    if first and doc[first].lower_ in ("'s", "’s", "us") and doc[first - 1].lower_ == "let":
        # "Let's say you think ...", "let's focus on understanding ...": the writer
        # invites the reader along; "'s" (us) holds no view of its own.
        return True
    if [doc[i].lower_ for i in draft.source] != ["you"]:
        return False
    ends = [t for t in sent if not (t.is_space or t.is_quote or t.text in ")]")]
    return bool(ends) and ends[-1].text == "?"


def _sentence_drafts(sent: Span) -> list[Draft]:
    anchored = _verb_drafts(sent) + according_drafts(sent)
    anchored += passive_drafts(sent) + evidential_drafts(sent) + noun_drafts(sent)
    anchored += bare_participle_drafts(sent) + in_source_drafts(sent)
    anchored += stance_drafts(sent)
    anchored += _citing_drafts(sent, anchored)
    anchored += sourceless_drafts(sent)
    # Clauses that carry their own attribution ("according to X", ", adding that ...")
    # are not part of another attribution's content.
    detached: list[set[int]] = []
    for anchor, opening in anchored:
        if anchor.lower_ == "according" or is_detached_participle(anchor):
            detached.append(subtree_indices(anchor))
        elif lifted_host(anchor) is not None:
            detached.append(clause_with_conjunction(anchor))
        elif anchor.dep_ == "advcl" and anchor.left_edge.i == sent.start and own_subject(anchor):
            # "While he acknowledged X, Ham noted Y": an opening clause with its own
            # report (X too, where the parse hung the cue on it) is not part of Ham's.
            detached.append(subtree_indices(anchor) | set(opening.content))
    out = []
    for anchor, draft in anchored:
        if _asks_reader(sent, draft):
            continue
        holes = set(draft.cue) | set(draft.source)
        for clause in detached:
            if anchor.i not in clause:
                holes |= clause
        draft.content = [i for i in draft.content if i not in holes]
        lead = lead_in(sent.doc, draft.content, draft.cue)
        draft.content = [i for i in draft.content if i not in lead]
        while draft.content and sent.doc[draft.content[-1]].dep_ == "cc":
            # "would be more intense -- and": the conjunction of a clause left out.
            draft.content.pop()
        if draft.content:
            out.append(draft)
    return out


def _widest_cues(cues: list[Piece]) -> list[int]:
    """Indices of the cues no other cue contains: two rules reading one report ("have
    expressed" and "have expressed concern about") keep the wider reading, once."""
    kept = []
    for i, (start, end) in enumerate(cues):
        if not any(
            j != i and s <= start and end <= e and (e - s > end - start or j < i)
            for j, (s, e) in enumerate(cues)
        ):
            kept.append(i)
    return kept


def _without_marks(text: str, piece: Piece) -> Piece:
    start, end = piece
    while start < end - 1 and text[start] in '”"':
        start += 1
    return start, end


def _as_cue(text: str, piece: Piece) -> Cue:
    return Cue(text[piece[0] : piece[1]], piece[0], piece[1])


def _nest(text: str, drafts: list[Draft], contents: list[list[Piece]], cues: list[Piece]) -> None:
    """Give each attribution whose cue lies in another's content that one as parent; a
    cue inside a quotation ('"You know, I love Larry," he said') is parent to nothing
    outside it."""
    quoted = [inside_quotation(text, cue[0]) for cue in cues]
    for i, draft in enumerate(drafts):
        if draft.parent is not None:
            continue
        best: tuple[int, int] | None = None
        for j, pieces in enumerate(contents):
            if j == i or not pieces or quoted[j] and not quoted[i]:
                continue
            size = pieces[-1][1] - pieces[0][0]
            if any(s <= cues[i][0] < e for s, e in pieces) and (best is None or size <= best[0]):
                best = (size, j)
        if best is not None and drafts[best[1]].parent is not draft:
            draft.parent = drafts[best[1]]


def extract_attributions(doc: Doc, ctx: Context) -> list[Attribution]:
    """The attributions of the article ``doc``, ordered by cue, parents before children."""
    text = doc.text
    drafts = [draft for sent in doc.sents for draft in _sentence_drafts(sent)]
    drafts += dash_signature_drafts(doc) + speaker_label_drafts(doc)
    drafts += inverted_speaker_drafts(doc) + headline_drafts(doc, ctx)
    # A dash typed against a closing mark is one token ('”―'): the mark is the quotation's.
    cues = [_without_marks(text, token_pieces(doc, d.cue)[0]) for d in drafts]
    kept = _widest_cues(cues)
    drafts, cues = [drafts[i] for i in kept], [cues[i] for i in kept]
    contents = [content_pieces(doc, d) for d in drafts]
    _nest(text, drafts, contents, cues)
    order = sorted(range(len(drafts)), key=lambda i: cues[i])
    new_id = {id(drafts[old]): new for new, old in enumerate(order)}
    resolver = SpeakerResolver(doc, ctx)
    out = []
    for old in order:
        draft = drafts[old]
        span = source_piece(doc, draft.source)
        source_cue = None
        speaker = code = kind = None
        if span is not None:
            source_cue = _as_cue(text, span)
            head = min((doc[i] for i in draft.source), key=lambda t: len(list(t.ancestors)))
            found = resolver.resolve(span, head)
            speaker, code, kind = found.name, found.code, found.kind
        pieces = contents[old]
        content = _as_cue(text, (pieces[0][0], pieces[-1][1])) if pieces else None
        out.append(
            Attribution(
                id=new_id[id(draft)],
                cue=_as_cue(text, cues[old]),
                source=source_cue,
                content=content,
                speaker=speaker,
                speaker_code=code,
                speaker_kind=kind,
                parent=new_id.get(id(draft.parent)) if draft.parent is not None else None,
                content_parts=[_as_cue(text, p) for p in pieces] if len(pieces) > 1 else [],
            )
        )
    return out
