"""Attribution frames other than "subject + reporting verb + complement".

- passives: "The issue was first reported by The Washington Post" (source the agent,
  content the passive subject), "He was accused of lying" and "Turnout is expected to
  rise" (no source; content the subject and what the verb says of it);
- evidential verbs ("seem", "appear"): "The city can appear to be an economic
  powerhouse", "it appeared that Trump was unable to ..." (no source);
- noun cues with a possessive, "by"/"from", light-verb subject or name source: "Trump's
  claim that ...", "his plan to ...", "a decision by the court to ...", "made a decision
  to ...", "Trump charges that ..." (cue the noun, content its clause or object); without a
  source only with a that-clause or an "about" object ("charges that he ...");
- bare participles: "Asked about X, Clinton said ..." (no source, or the "by" agent).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.attribution_cues import (
    cue_lemma,
    cue_tokens,
    has_reporting_xcomp,
    is_cue_verb,
    own_subject,
)
from newsledger.extract.attribution_lexicon import (
    cue_particles,
    evidential_verbs,
    light_verb_frames,
    possessed_cue_nouns,
)
from newsledger.extract.attribution_phrases import Draft
from newsledger.extract.attribution_spans import subtree_indices

_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
# What a passive or evidential verb says of its subject.
_PREDICATES = ("xcomp", "ccomp", "oprd", "acomp")
_EXPLETIVES = ("it", "there")
# Verbs that take a bare infinitive of what they bring about ("makes him seem kinder").
_BARE_CAUSATIVES = ("make", "let", "help")
_SPEAKERS = ("PERSON", "ORG", "NORP", "GPE")
# "an answer about", "disagreements over": what a sourceless noun cue is about.
_ABOUT = ("about", "over")
# Verbs whose object noun carries the report of their subject ("made a decision to").
_LIGHT_VERBS = ("make", "express", "voice", "issue", "reach", "offer", "give", "share", "reiterate")
# What "asked about", "pressed on", "questioned over" introduce.
_ASKED_ABOUT = ("about", "on", "over", "whether", "if")


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
        if (
            subject.lower_ not in _EXPLETIVES
            or content
            and not any(c.dep_ == "ccomp" for c in token.children)
        ):
            # "It is believed that ..." holds an expletive, "it was released" names no
            # content; "it was labeled 'Mostly True'" has a subject the content is about.
            content |= subtree_indices(subject)
        content -= set(cue) | set(source)
        if content:
            drafts.append((token, Draft(cue, source, sorted(content))))
    return drafts


def bare_participle_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    """ "Asked about X, Clinton said ...", "When pressed by reporters on why ...": a passive
    participle without a subject reports what was asked of the main clause's subject; the
    asker is the "by" agent or unnamed, and the content is what the participle governs."""
    drafts = []
    for token in sent:
        if (
            token.tag_ != "VBN"
            or token.dep_ != "advcl"
            or token.head.i < token.i
            or not is_cue_verb(token)
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in token.children)
        ):
            continue
        cue = cue_tokens(token, None)
        source: list[int] = []
        content: set[int] = set()
        for child in token.rights:
            if child.dep_ == "agent":
                source = sorted(i for c in child.children for i in subtree_indices(c))
            elif child.dep_ in ("xcomp", "ccomp"):
                content |= subtree_indices(child)
            elif child.dep_ == "prep" and child.lower_ in _ASKED_ABOUT:
                if child.i == cue[-1] + 1:
                    cue.append(child.i)
                content |= {i for c in child.children for i in subtree_indices(c)}
        content -= set(cue) | set(source)
        if content:
            drafts.append((token, Draft(cue, source, sorted(content))))
    return drafts


def _made_to_seem(verb: Token) -> bool:
    """ "which makes him seem kinder", "let it appear weak": an impression someone causes
    is the causer's doing, not an impression reported."""
    return (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.head.i < verb.i
        and verb.head.lemma_.lower() in _BARE_CAUSATIVES
    )


def evidential_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    """ "X seems Y", "it appears that Z": the subject and its predicate, no source."""
    drafts = []
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in evidential_verbs():
            continue
        if has_reporting_xcomp(token) or _made_to_seem(token) or _set_off(token):
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


def _set_off(verb: Token) -> bool:
    """ "would be required to appear, short of court orders": with its only predicate set
    off by a comma, the verb means turning up, not seeming."""
    doc = verb.doc
    predicates = [c for c in verb.children if c.dep_ in _PREDICATES]
    return bool(predicates) and all(doc[c.left_edge.i - 1].text == "," for c in predicates)


def _noun_source(noun: Token) -> list[int]:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        indices = subtree_indices(poss)
        # PolNeAR keeps the possessive ending in the source ("Trump's").
        return sorted(indices)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return sorted(subtree_indices(objects[0]))
    # "made a decision to grant", "expressed concern about": the subject of a light verb
    # whose object the noun is.
    verb = noun.head
    if (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in _LIGHT_VERBS
        and (verb.lemma_.lower(), noun.lemma_.lower()) not in light_verb_frames()
    ):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < verb.i:
            return sorted(subtree_indices(subject))
    # "Trump charges that ...", "media pronouncements that ...": a name (or a group noun
    # the entity recogniser marks) before a noun with a that-clause is whose report it is.
    if not any(_is_that_clause(c) for c in noun.rights):
        return []
    for child in noun.lefts:
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.ent_type_ in _SPEAKERS):
            return sorted(subtree_indices(child))
    return []


def _is_that_clause(token: Token) -> bool:
    """A complement clause opened by "that" with a subject of its own (the parse may
    call it a relative clause, but a relative "that" is a pronoun, not a marker)."""
    return (
        token.dep_ in ("acl", "ccomp", "relcl")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
    )


_NOUN_CONTENT_PREPOSITIONS = ("of", "on", "about", "for", "against", "with")
_WHEN = ("DATE", "TIME")


def noun_drafts(sent: Span) -> list[tuple[Token, Draft]]:
    """ "X's claim that ...", "his plan to ...", "a ruling by the court that ..."."""
    drafts = []
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in possessed_cue_nouns():
            continue
        source = _verb_read_as_noun(token) or _noun_source(token)
        content: set[int] = set()
        about: int | None = None
        for child in token.children:
            if child.i < token.i:
                continue
            if not source:
                # Without a source only a that-clause makes the noun a report ("charges
                # that he has ...", "a recognition that ..."): "his plan to" reports,
                # "a plan to" may only name one.
                if _is_that_clause(child):
                    content |= subtree_indices(child)
                elif child.dep_ == "prep" and child.lower_ in _ABOUT and child.i == token.i + 1:
                    content |= {i for c in child.children for i in subtree_indices(c)}
                    if content:
                        about = child.i
            elif child.dep_ in ("acl", "ccomp") or _is_that_clause(child):
                content |= subtree_indices(child)
            elif child.dep_ == "prep" and child.lower_ in _NOUN_CONTENT_PREPOSITIONS:
                # "his remarks on Saturday": a date is when, not what (as for verbs).
                content |= {
                    i
                    for c in child.children
                    if c.ent_type_ not in _WHEN
                    for i in subtree_indices(c)
                }
                if content and child.i == token.i + 1:
                    # "Trump's claims about X", "his adulation of X": the preposition
                    # joins the cue, as PolNeAR marks it.
                    about = child.i
        if not content:
            continue
        floor = max((i for i in source if i < token.i), default=-1)
        # Without a possessive source the noun phrase keeps its determiner ("a tacit
        # acknowledgment", "that promise").
        modifiers = [
            c.i
            for c in token.lefts
            if (c.dep_ in ("amod", "compound") or c.dep_ == "det" and not source) and c.i > floor
        ]
        cue = sorted({token.i, *modifiers, *_light_verb_cue(token, source)})
        cue = list(range(cue[0], token.i + 1 if about is None else about + 1))
        drafts.append((token, Draft(cue, source, sorted(content - set(source)))))
    return drafts


def _verb_read_as_noun(noun: Token) -> list[int]:
    """ "Trump charges that countries ... donated": a plural-looking cue word heading the
    sentence, after nothing but a name and before a that-clause, is a verb the tagger
    took for a noun; the name is its subject, and the source."""
    if noun.dep_ != "ROOT" or noun.tag_ != "NNS" or cue_lemma(noun) is None:
        return []
    lefts = list(noun.lefts)
    if not lefts or any(c.dep_ != "compound" or not c.is_title for c in lefts):
        return []
    if noun.left_edge.i != noun.sent.start or not any(_is_that_clause(c) for c in noun.rights):
        return []
    return sorted(i for c in lefts for i in subtree_indices(c))


def _light_verb_cue(noun: Token, source: list[int]) -> list[int]:
    """ "have expressed misgivings about": with its subject as the source, the light verb
    (and its auxiliaries) opens the cue."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _LIGHT_VERBS or not source:
        return []
    subject = own_subject(verb)
    if subject is None or subject.i not in source or max(source) > verb.i:
        return []
    return cue_tokens(verb, subject)
