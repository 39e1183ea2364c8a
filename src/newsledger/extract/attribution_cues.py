"""Verb cues: which verbs report, their subject, and the tokens of the cue and its complement."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution_inverted import (
    CLOSING_MARKS,
    speaker_after_quotation,
)
from newsledger.extract.attribution_lexicon import (
    catenative_verbs,
    cue_particles,
    cue_setting_nouns,
    cue_verbs,
    inquiry_nouns,
    non_cue_adverbs,
    restricted_cue_verbs,
    sourceless_adverbs,
)
from newsledger.extract.attribution_objects import quoted_object
from newsledger.extract.attribution_spans import subtree_indices

SUBJECTS = ("nsubj",)
VERBAL = ("VERB", "AUX")
_CONTENT_PREPOSITIONS = ("about", "of", "on", "to", "with", "by", "for", "against", "over")
# What "spoke to reporters", "talked with aides", "spoke for five minutes" name.
_ADDRESSEE_PREPOSITIONS = ("to", "with", "for")
_COMPLEMENT_PREPOSITIONS = ("for", "to", "as", "of", "about", "with", "against", "into", "over")


_SUFFIXES = ("s", "es", "d", "ed", "ing")
# Tags of relative words ("that", "which", "who").
_RELATIVES = ("WDT", "WP")
_QUESTION_WORDS = ("when", "how", "why", "where", "whether", "if")
# Restricted frames that a quoted object opens ("sees 'personal insult'").
_QUOTABLE = ("clause", "that-clause", "no-addressee")


def cue_lemma(token: Token) -> str | None:
    """The cue-lexicon lemma of ``token``, if it has one.

    The tagger's lemmatiser slips on some forms ("hopes" -> "hop", "rated" -> "rat"), so
    the word itself with a regular inflection stripped is tried too.
    """
    lemma = token.lemma_.lower()
    if lemma in cue_verbs():
        return lemma
    word = token.lower_
    for suffix in _SUFFIXES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            for candidate in (stem, stem + "e"):
                if candidate in cue_verbs():
                    return candidate
    return None


def is_cue_verb(token: Token) -> bool:
    if token.pos_ not in VERBAL:
        return False
    lemma = cue_lemma(token)
    return lemma is not None and _in_reporting_frame(token, restricted_cue_verbs().get(lemma))


def _in_reporting_frame(verb: Token, restriction: str | None) -> bool:
    """Whether a verb with a restricted frame (``restricted_cue_verbs.tsv``) reports here;
    any verb does before a colon that opens what it reports ("Limbaugh continued: ...")."""
    if restriction is not None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        return True
    if restriction in _QUOTABLE and quoted_object(verb):
        # "Obama Sees 'Personal Insult'", "Clinton Speaks 'Directly To White People'": a
        # quotation as the object is someone's words, whatever the verb's narrower frame.
        return True
    if restriction == "clause":
        if _inquiry_subject(verb):
            # "A 2014 study found 31 incidents": what an inquiry finds is its result.
            return True
        return any(
            c.dep_ in ("ccomp", "xcomp", "oprd")
            or c.lower_ == "as"
            or c.dep_ == "dobj"
            and any(g.lower_ == "as" for g in c.children)
            for c in verb.children
        )
    if restriction == "that-clause":
        return any(c.dep_ == "ccomp" for c in verb.children)
    if restriction == "as-it":
        return is_as_it(verb)
    if restriction == "transitive":
        return any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    if restriction == "active":
        return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if restriction == "no-infinitive":
        return not any(
            c.dep_ == "xcomp" and c.i > verb.i and not is_cue_verb(c) for c in verb.children
        )
    return True


def _inquiry_subject(verb: Token) -> bool:
    return any(
        c.dep_ in SUBJECTS and c.lemma_.lower() in inquiry_nouns() and c.i < verb.i
        for c in verb.children
    )


def is_as_clause(verb: Token) -> bool:
    """ "as X said": an adverbial clause opened by "as"."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    )


def is_as_it(verb: Token) -> bool:
    """ "as Rosenthal put it": a comment clause whose "it" stands for the host clause."""
    return is_as_clause(verb) and any(
        c.dep_ == "dobj" and c.lower_ == "it" and c.i > verb.i for c in verb.children
    )


def has_reporting_xcomp(token: Token) -> bool:
    """Whether ``token`` governs a reporting verb as its open complement ("continued to
    call for", "appeared to suggest"): that verb is the one that reports."""
    if token.lemma_.lower() not in catenative_verbs() and is_cue_verb(token):
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":":
        # "Limbaugh continued: ...": the verb opens a quotation, whatever its parse.
        return False
    return any(c.dep_ == "xcomp" and c.i > token.i and is_cue_verb(c) for c in token.children)


def own_subject(token: Token) -> Token | None:
    """The verb's subject; of two before it set apart by a comma ("People like Scott, he
    said", "Back when he wrote his book, Mr. McKinley said"), the nearer one: the other is
    fronted matter the parse took for a subject. A list ("The family, protesters and
    leaders said") or an apposition ("Ban, the secretary general, said") stays whole."""
    subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    inverted = [c for c in subjects if c.i > token.i]
    if (
        inverted
        and len(subjects) > 1
        and {t.text for t in token.doc[max(token.i - 2, 0) : token.i]} & CLOSING_MARKS
    ):
        # '"... it will," said James Acton': the quotation's own subject is not his; in
        # "Flynn, a top surrogate, said on Fox's show" the name before the verb is.
        return inverted[0]
    if len(subjects) == len(inverted) and inverted:
        speaker = speaker_after_quotation(token, inverted[0])
        if speaker is not None:
            return speaker
    if (
        len(subjects) > 1
        and subjects[0].tag_ in _RELATIVES
        and subjects[0].i < subjects[1].i < token.i
        and subjects[1].tag_ not in _RELATIVES
    ):
        # "the many reasons that Trump refuses": the relative word is the verb's object
        # (or adjunct); the subject is the noun after it.
        return subjects[1]
    if len(subjects) > 1 and subjects[1].i < token.i:
        doc = token.doc
        between = doc[subjects[0].right_edge.i + 1 : subjects[1].left_edge.i]
        closing = doc[subjects[1].right_edge.i : subjects[1].right_edge.i + 2]
        listed = any(t.dep_ == "cc" for t in doc[subjects[0].i : token.i])
        # '"... the property depreciates," The Hill reported': the parse hung the
        # quotation on the nearer subject's verb as another subject.
        quoted = doc[subjects[1].left_edge.i - 1].text in CLOSING_MARKS
        apart = quoted or any(t.text == "," for t in between) and not listed
        if apart and "," not in closing.text:
            return subjects[1]
    return subjects[0] if subjects else None


def cue_tokens(verb: Token, subject: Token | None) -> list[int]:
    """The verb with its auxiliaries, negation, particles and the adverbs before it."""
    chosen = {verb.i}
    floor = subject.right_edge.i if subject is not None and subject.i < verb.i else -1
    for child in verb.children:
        if (
            child.dep_ in ("aux", "auxpass", "neg")
            and child.i < verb.i
            or child.dep_ == "prt"
            or (
                child.dep_ == "advmod"
                and floor < child.i < verb.i
                and child.lower_ not in non_cue_adverbs()
                and child.lower_ not in sourceless_adverbs()
            )
        ):
            chosen.add(child.i)
    if is_as_it(verb) and verb.doc[verb.i + 1].lower_ == "it":
        # "as X put it": the pro-form is part of the cue, the host clause is the content.
        chosen.add(verb.i + 1)
    # Time and manner after the verb belong to the act of saying ("said Monday", "said in
    # an interview", "said:"), as long as they come straight after it.
    following = verb.i + 1
    for child in verb.rights:
        if child.i != following:
            break
        if child.dep_ == "npadvmod" or child.dep_ == "prep" and _is_cue_setting(child):
            chosen |= subtree_indices(child)
        elif _is_manner(child):
            # "said then", "complained bitterly", "said sarcastically".
            chosen.add(child.i)
        elif child.text == ":":
            chosen.add(child.i)
        else:
            break
        following = child.right_edge.i + 1
    # The cue is one contiguous span: keep the run of chosen tokens around the verb.
    lo = hi = verb.i
    while lo - 1 in chosen:
        lo -= 1
    while hi + 1 in chosen:
        hi += 1
    return list(range(lo, hi + 1))


def _is_manner(adverb: Token) -> bool:
    """A bare adverb of time or manner ("then", "bitterly"), not a pro-form ("so"), a
    degree word heading a phrase ("as much") or a clause's wh-word."""
    return (
        adverb.dep_ == "advmod"
        and adverb.tag_ in ("RB", "RBR")
        and not any(adverb.children)
        and adverb.lower_ not in ("so", "as", "not", "too", "also", "n't")
        and adverb.lower_ not in non_cue_adverbs()
    )


def _is_cue_setting(prep: Token) -> bool:
    """ "said in an interview": a prepositional phrase naming the exchange the words came
    from belongs to the cue; one of time, place or medium ("said on Twitter", "said at
    a rally", "said in August") does not, as PolNeAR marks it."""
    return prep.lower_ not in cue_particle_words() and any(
        c.dep_ == "pobj" and c.lemma_.lower() in cue_setting_nouns() for c in prep.children
    )


def cue_particle_words() -> frozenset[str]:
    return frozenset(word for _, word in cue_particles())


def complement(verb: Token, particle: Token | None) -> list[Token]:
    """The heads of what ``verb`` reports, in order of preference."""
    if is_as_it(verb):
        return []
    if particle is not None and particle.dep_ == "prep":
        objects = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return objects
    # "called Trump a liar" may come parsed with two predicates and no object.
    verb_lemma = cue_lemma(verb)
    addressed = restricted_cue_verbs().get(verb_lemma or "") == "addressee-object"
    # "said after the convention he would not", "tweeted in the early hours that X was":
    # a clause the parse took for an adjunct (with no conjunction, or with "that").
    # "have not said when they would", "would not say whether": what a negated verb
    # leaves unsaid is the question its wh-clause asks.
    negated = any(c.dep_ == "neg" for c in verb.children)
    # "called for Vacco to revive the unit": the parse marks the infinitive clause with
    # the verb's own particle; the clause is what is called for.
    own = {word for lemma, word in cue_particles() if lemma == verb_lemma}
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and own_subject(c) is not None
        and not any(
            g.dep_ in ("mark", "advmod")
            and g.i < c.i
            and g.tag_ != "RB"
            and g.lower_ != "that"
            and not (g.dep_ == "mark" and g.lower_ in own)
            and not (negated and g.lower_ in _QUESTION_WORDS)
            for g in c.children
        )
    ]
    if clauses and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return clauses
    for deps in (("ccomp",), ("xcomp",), ("dobj",), ("oprd",)):
        if addressed and deps == ("dobj",):
            clause = _clause_under_addressee(verb)
            if clause is not None:
                return [clause]
            continue
        found = [c for c in verb.children if c.dep_ in deps]
        if found:
            if deps == ("dobj",):
                # "described the showdown as ominous": the object and its predicate.
                found += [c for c in verb.children if c.dep_ in ("oprd",) or c.lower_ == "as"]
            if deps == ("xcomp",):
                # "wants to triple X, grow Y and create Z": bare verbs the parse
                # coordinated with the cue continue its infinitive.
                found += [
                    c
                    for c in verb.children
                    if c.dep_ == "conj"
                    and c.tag_ == "VB"
                    and c.i > found[0].i
                    and own_subject(c) is None
                ]
            return found
    quoted = quoted_object(verb)
    if quoted:
        return quoted
    # "responded with attacks", "know all about X": a prepositional object, the last
    # resort (a verb in the lexicon with only an adjunct after it still reports it).
    prepositions = _prepositions(verb, _CONTENT_PREPOSITIONS)
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            # "spoke on Friday": a date is when, not what.
            objects = [
                c
                for c in child.children
                if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")
            ]
            if objects:
                return objects
    return []


def _clause_under_addressee(verb: Token) -> Token | None:
    """ "told a meeting of leaders that few understood ...", "tells his supporters to go":
    a that-clause or infinitive the parser hung on the addressee."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for token in obj.subtree:
            if token.dep_ in ("ccomp", "acl", "relcl", "xcomp") and any(
                c.dep_ == "mark" and c.lower_ == "that" or c.tag_ == "TO" for c in token.children
            ):
                return token
        # "tells his supporters at a rally to go": an infinitive after the addressee that
        # the parse hung on the verb as an adjunct is still what was told.
        for token in verb.rights:
            if (
                token.dep_ == "advcl"
                and token.i > obj.i
                and own_subject(token) is None
                and any(c.tag_ == "TO" for c in token.children)
            ):
                return token
    return None


def _prepositions(verb: Token, prepositions: tuple[str, ...]) -> tuple[str, ...]:
    """``prepositions`` less the addressee ones for a verb that names its audience."""
    if restricted_cue_verbs().get(cue_lemma(verb) or "") == "no-addressee":
        return tuple(p for p in prepositions if p not in _ADDRESSEE_PREPOSITIONS)
    return prepositions


def pro_form(verb: Token) -> list[int]:
    """ "said so", "said as much": the word that stands for what was said."""
    for child in verb.rights:
        if child.dep_ != "advmod" or child.i > verb.right_edge.i:
            continue
        if child.lower_ == "so" and child.i == verb.i + 1:
            return [child.i]
        lefts = [c.i for c in child.lefts if c.lower_ == "as"]
        if child.lower_ == "much" and lefts and lefts[0] == verb.i + 1:
            return [lefts[0], child.i]
    return []


def rest_of_clause(verb: Token, cue: list[int], source: list[int]) -> set[int]:
    """What completes a reporting verb after its object belongs to the content:
    "blasted the media for being dishonest", "linked X to Y", "called Z a crazy system".

    Adjuncts of time, place and channel ("in a statement", "on Twitter", "when he ran")
    and coordinated clauses stay out, as in PolNeAR.
    """
    out: set[int] = set()
    skip = set(cue) | set(source)
    prepositions = _prepositions(verb, _COMPLEMENT_PREPOSITIONS)
    for child in verb.rights:
        if child.i <= max(cue) or child.i in skip:
            continue
        # "offers loans to parents" keeps its "to" dative; "deny them permits" leaves
        # out the one it is denied to.
        if (
            child.dep_ in ("xcomp", "oprd", "ccomp")
            or child.dep_ == "dative"
            and child.pos_ == "ADP"
            or (child.dep_ == "prep" and child.lower_ in prepositions)
        ):
            out |= subtree_indices(child)
    return out


def _is_comment_clause(token: Token) -> bool:
    """ ", focusing on people under 30", ", known as the TPP", ", although he refused
    to ...": a participle or concessive clause set off at the end of a content."""
    if token.dep_ not in ("advcl", "acl", "npadvmod") or token.pos_ not in VERBAL:
        return False
    if token.tag_ in ("VBG", "VBN"):
        return not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in token.children)
    return any(c.dep_ == "mark" and c.lower_ in ("although", "though") for c in token.children)


def trailing_aside(doc: Doc, content: set[int]) -> set[int]:
    """A non-restrictive relative clause, participle, concessive or dash aside that ends
    the content (", who is 70", "— a metaphor for ...", ", focusing on the young"): it
    is the writer's, not the source's."""
    last = max(content)
    for i in sorted(content):
        token = doc[i]
        if token.right_edge.i != last or token.i == min(content):
            continue
        before = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        if (
            (token.dep_ in ("relcl", "appos") or _is_comment_clause(token))
            and before is not None
            and before.text in (",", "—", "--", "―", "–")
            and before.i in content
        ):
            return {t.i for t in token.subtree} | {before.i}
    return set()
