"""Headline verbs the tagger reads as nouns: "Trump questions the fairness of moderators",
"Federal court rules against Ohio's purges".

A headline drops its articles and auxiliaries, so a third-person verb after the subject
("questions", "rules", "warns") looks like a plural noun in a compound and the parse has
no verb at all. In a headline without a verb, a subject noun phrase opening the line,
then a plural-looking word whose stem is a cue verb, then the start of an object or the
cue's preposition, is read as "subject + reporting verb + what is reported".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsledger.context import Context
from newsledger.extract.attribution_cues import VERBAL, cue_lemma
from newsledger.extract.attribution_lexicon import (
    cue_particles,
    prepositionless_cues,
    restricted_cue_verbs,
)
from newsledger.extract.attribution_phrases import Draft
from newsledger.nlp.parse import doc_text

# Tags of the words of a subject noun phrase ("Federal court", "Ohio's governor").
_SUBJECT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "POS", "CD", "HYPH"))
# Tags that open what the verb reports ("questions the fairness", "warns Trump").
_OBJECT_TAGS = frozenset(("DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "CD"))
_NOUNS = frozenset(("NN", "NNS", "NNP", "NNPS"))
# Prepositions that open what is reported ("rules against", "warns of", "clash over").
_TOPICS = frozenset(("against", "about", "of", "over", "for"))


def headline_drafts(doc: Doc, ctx: Context) -> list[Draft]:
    """Attributions of headlines whose verb the tagger took for a noun."""
    drafts = []
    text = doc_text(doc)
    lead = len(text) - len(text.lstrip())  # where the article's first line starts
    for sent in doc.sents:
        # The cheap test first: most sentences have a verb.
        if any(t.pos_ in VERBAL for t in sent):
            continue
        if not _is_headline(sent, ctx, lead):
            continue
        draft = _noun_verb_draft(sent)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _is_headline(sent: Span, ctx: Context, lead: int) -> bool:
    """A headline: marked so by the splitter, or the article's first line standing on its
    own (a sentence-case title the splitter took for text); ``lead`` is the offset of the
    article's first non-space character."""
    sentence = ctx.sentence_at(sent.start_char)
    if sentence is not None and sentence.is_headline:
        return True
    doc = sent.doc
    if sent.start_char > lead:
        return False
    last = sent[-1]
    return sent.end == len(doc) or "\n" in last.text or "\n" in doc[sent.end].text


def _noun_verb_draft(sent: Span) -> Draft | None:
    words = [t for t in sent if not (t.is_space or t.is_punct and t.tag_ != "HYPH")]
    if len(words) < 3:
        return None
    for position, token in enumerate(words[1:-1], start=1):
        lemma = _verb_reading(token)
        if lemma is None:
            continue
        subject = words[:position]
        if subject[-1].tag_ not in _NOUNS or any(t.tag_ not in _SUBJECT_TAGS for t in subject):
            # Only a noun phrase that opens the line can be the verb's subject.
            return None
        cue = [token.i]
        after = words[position + 1]
        if after.tag_ == "IN":
            pair = (lemma, after.lower_) in cue_particles()
            if not pair and (after.lower_ not in _TOPICS or lemma in prepositionless_cues()):
                # "News Daily airs on SiriusXM": a place, channel or time, not a topic.
                return None
            cue.append(after.i)
        elif after.tag_ not in _OBJECT_TAGS:
            return None
        content = [t.i for t in words if t.i > cue[-1]]
        if not content:
            return None
        source = [t.i for t in subject]
        return Draft(cue, source, list(range(content[0], content[-1] + 1)))
    return None


def _verb_reading(token: Token) -> str | None:
    """The cue-verb lemma of a plural-looking word that can be a third-person verb."""
    if token.tag_ not in ("NNS", "NNPS") or not token.lower_.endswith("s"):
        return None
    lemma = cue_lemma(token)
    if lemma is None or lemma in restricted_cue_verbs():
        # A verb with a narrower reporting frame needs a parse to check it.
        return None
    if any(c.dep_ == "poss" for c in token.children):
        # "the court's rules on X": a possessed word is a noun, whatever its stem.
        return None
    return lemma
