"""Whose report it is: the subject of a cue verb, borrowed when the verb has none.

A participle or conjunct without a subject ("..., adding that ...", "said X and warned
Y") takes the subject of the clause it hangs on; the subject's tokens keep a
non-restrictive relative clause but leave out a dateline.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution_cues import VERBAL, is_cue_verb, own_subject
from newsledger.extract.attribution_lexicon import causative_verbs, message_nouns
from newsledger.extract.attribution_spans import subtree_indices

_SUBJECTS = ("nsubj",)
PARTICIPLE_COMPLEMENTS = ("ccomp", "xcomp", "pobj", "pcomp")
# Dependents that join a participial cue clause to its host without a subject of its own.
DETACHED = ("advcl", "acl", "xcomp", "conj", "npadvmod", "dep", "pcomp")


_FINITE = ("VBP", "VBZ", "VBD")
# Nouns of a stretch of time, the object of "spent years learning", not a doer.
_DURATIONS = frozenset(("year", "month", "week", "day", "hour", "minute", "time", "decade"))
_ANY_SUBJECT = ("nsubj", "nsubjpass", "csubj", "expl")
_COMPLEMENTS = ("ccomp", "dobj", "xcomp", "prep")


def borrowed_subject(token: Token) -> Token | None:
    """The subject a verb without one takes from the clause it hangs on."""
    if token.dep_ == "conj":
        host = lifted_host(token)
        if host is not None:
            return own_subject(host)
        subject = own_subject(token.head)
        if subject is not None or token.head.dep_ != "conj":
            return subject or borrowed_subject(token.head)
    if token.dep_ == "xcomp" and token.head.pos_ in VERBAL and token.head.i < token.i:
        controller = object_controller(token)
        if controller is not None:
            # "forced Stumpf to admit", "left many nations feeling": the object reports.
            return controller
        # "appeared to suggest", "went on to discuss": the subject of the outer verb.
        return own_subject(token.head) or borrowed_subject(token.head)
    if (
        token.dep_ == "xcomp"
        and token.head.dep_ == "acomp"
        and token.head.i < token.i
        and token.head.head.lemma_ == "be"
    ):
        # "was able to tout", "has been slow to embrace": the copula's subject.
        return own_subject(token.head.head)
    if speaks_through_message(token):
        return token.head
    if _is_purpose(token):
        # "gathered Friday to discuss the challenges": the subject of the verb it serves.
        return own_subject(token.head)
    stranded = _stranded_subject(token)
    if stranded is not None:
        return stranded
    if token.dep_ not in DETACHED or token.tag_ != "VBG":
        return None
    reporter = _report_before(token)
    if reporter is not None:
        return reporter
    fallback = None
    pronoun = None
    for ancestor in token.ancestors:
        subject = own_subject(ancestor)
        if subject is None and token.i < ancestor.i and ancestor.dep_ == "ROOT":
            # "After saying her foot was swollen, she was whisked off": a fronted
            # participle's subject is the main clause's, passive or not.
            subject = next((c for c in ancestor.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        if is_cue_verb(ancestor):
            if subject.tag_ != "PRP" or ancestor.dep_ != "ccomp":
                return subject
            # "Perdue said he didn't believe X, arguing that ...": the pronoun of a
            # reported clause stands for the reporter, who is named higher up.
            pronoun = pronoun or subject
            continue
        fallback = fallback or subject
    return pronoun or fallback


def _report_before(token: Token) -> Token | None:
    """'"...," Sanders said, going on to say that ...': a participle right after a
    report and its comma continues that report, wherever the parse hung it."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    verb = doc[token.i - 2]
    if not is_cue_verb(verb) or token.i in subtree_indices(verb):
        return None
    return own_subject(verb)


def object_controller(token: Token) -> Token | None:
    """The object of the verb an open complement completes, when it comes between them
    ("has led the journalist to fear", "forced Stumpf to admit"): the one who reports."""
    if token.tag_ == "VBG":
        return _participle_controller(token)
    if token.head.lemma_.lower() not in causative_verbs():
        return None
    return next(
        (
            c
            for c in token.head.children
            if c.dep_ == "dobj"
            and token.head.i < c.i < token.i
            and c.pos_ in ("PROPN", "NOUN", "PRON")
        ),
        None,
    )


def _participle_controller(token: Token) -> Token | None:
    """ "The ad shows Trump saying ...", "uses footage of Hillary Clinton asking ...": a
    participle after its verb's object is what the object (the noun right before it, as
    in "footage of X") is doing; a stretch of time ("spent months lobbing") is not."""
    doc = token.doc
    obj = next(
        (c for c in token.head.children if c.dep_ == "dobj" and token.head.i < c.i < token.i),
        None,
    )
    if obj is None or obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _DURATIONS:
        return None
    before = doc[token.i - 1]
    if before.i in subtree_indices(obj) and before.pos_ in ("PROPN", "NOUN", "PRON"):
        while before.head.i != before.i and before.dep_ in ("compound", "flat"):
            before = before.head
        return before
    return obj if obj.pos_ in ("PROPN", "NOUN", "PRON") else None


def speaks_through_message(token: Token) -> bool:
    """ "a Donald Trump tweet attacking a former Miss Universe", "a statement announcing the
    pick": a participle after a message noun reports through it, object and all."""
    return (
        token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in message_nouns()
    )


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose after its verb ("met with X to discuss Y")."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and token.head.pos_ in VERBAL
        and token.head.i < token.i
        and any(c.tag_ == "TO" and c.i < token.i for c in token.children)
    )


def lifted_host(token: Token) -> Token | None:
    """The reporting verb a subjectless cue conjunct really coordinates with.

    "Merrill says Machado promised X and said Y": the parse joins "said" to the reported
    "promised", but the second report is Merrill's, as PolNeAR reads it; so "said" takes
    the subject of "says" and its clause leaves the content of "says".
    """
    head = token.head
    if (
        token.dep_ != "conj"
        or own_subject(token) is not None
        or not is_cue_verb(token)
        or head.dep_ != "ccomp"
        or not is_cue_verb(head.head)
        or token.tag_ != head.head.tag_
        or any(c.dep_ == "auxpass" for c in token.children)
    ):
        return None
    return head.head if own_subject(head.head) is not None else None


def clause_with_conjunction(token: Token) -> set[int]:
    """``token``'s subtree with the coordinating conjunction right before it."""
    clause = subtree_indices(token)
    left = token.left_edge.i - 1
    if left >= 0 and token.doc[left].dep_ == "cc":
        clause.add(left)
    return clause


def _stranded_subject(token: Token) -> Token | None:
    """ "the $20 million experts say it costs", "Hillary Clinton apparently disagrees with":
    a finite reporting verb with a complement but no subject, right after a noun the
    parse hung elsewhere (adverbs between), has that noun for subject."""
    if token.tag_ not in _FINITE or token.i == 0:
        return None
    if any(c.dep_ in _ANY_SUBJECT for c in token.children):
        return None
    if not any(c.dep_ in _COMPLEMENTS and c.i > token.i for c in token.children):
        return None
    doc = token.doc
    i = token.i - 1
    while i > token.sent.start and doc[i].head.i == token.i and doc[i].dep_ in ("advmod", "det"):
        i -= 1
    before = doc[i]
    if before.pos_ not in ("NOUN", "PROPN", "PRON") or before.dep_ in ("poss", "compound"):
        return None
    host = token.head
    if host.tag_ in ("VBG", "VBN") and host.i < before.i < token.i and host.dep_ == "ROOT":
        # "Protesters marching through the streets chanted": the parse made the reduced
        # relative the main verb; the noun before the cue ends the participle's phrase
        # and the participle's subject is the speaker.
        subject = next((c for c in host.children if c.dep_ in _SUBJECTS and c.i < host.i), None)
        if subject is not None and subject.right_edge.i + 1 == host.i:
            return subject
    return before


def subject_indices(verb: Token, subject: Token) -> list[int]:
    """The subject's tokens; coordinated subjects may come as several ``nsubj``.

    A non-restrictive relative clause stays in the source, as in PolNeAR ("Sen. Bernie
    Sanders, who lost the primaries to Clinton,"); a participial aside ("Trump, speaking
    to veterans,") and a dateline before a dash ("WASHINGTON -- President Obama") do not.
    """
    antecedent = verb.head
    if subject.lower_ == "that" and verb.dep_ == "relcl" and antecedent.i < subject.i:
        # "nations that oppose ...": a bare "that" names no one; PolNeAR marks the
        # antecedent it stands for (or the pronoun alone), so the source runs from one to
        # the other.
        return list(range(antecedent.left_edge.i, subject.i + 1))
    # A message noun's subtree holds the participle that reports through it.
    chosen = subtree_indices(subject)
    if verb.i in chosen:
        chosen -= subtree_indices(verb)
    if subject.head.i == verb.i:
        for other in verb.children:
            if other.dep_ in _SUBJECTS and other.i < verb.i and other.i >= subject.left_edge.i:
                chosen |= subtree_indices(other)
    doc = subject.doc
    for child in subject.rights:
        if (
            child.dep_ in ("acl", "advcl")
            and child.tag_ == "VBG"
            and doc[child.left_edge.i - 1].text == ","
        ):
            # "Trump, speaking to a veterans group in Virginia, said": the writer's aside.
            after = child.right_edge.i + 1
            chosen -= subtree_indices(child) | {child.left_edge.i - 1, after}
    span = list(range(min(chosen), max(chosen) + 1))
    # A dateline or run-on headline before a dash or colon ("WASHINGTON -- President
    # Obama", "The Latest: Trump") is not the source.
    dashes = [
        i
        for i in span
        if i < subject.i
        and doc[i].text in ("--", "—", "–", "―", "-", ":")
        and (doc[i].text != "-" or doc[i - 1].whitespace_)
    ]
    if dashes:
        span = [i for i in span if i > dashes[-1]]
    kept = [i for i in span if i in chosen or doc[i].is_punct]
    return kept if kept else span


def reports_after_preposition(token: Token, heads: list[Token]) -> bool:
    """ "began by saying (that) ...", "for saying that ...": a participle after a
    preposition reports only a clause; "without saying" and "in saying" are idioms or
    restate the host clause."""
    return token.head.lower_ not in ("in", "without") and any(h.dep_ == "ccomp" for h in heads)


def is_detached_participle(token: Token) -> bool:
    """ "..., adding that ...": a participial report set off from its host clause by a
    comma or dash; one bound into it ("to stop attacking X", "pilloried for
    acknowledging that ...") is part of what the host reports."""
    left = token.left_edge.i
    return (
        is_cue_verb(token)
        and token.tag_ == "VBG"
        and token.dep_ in DETACHED
        and own_subject(token) is None
        and (
            left == token.sent.start or token.doc[left - 1].text in (",", "—", "--", "―", "–", ";")
        )
    )
