"""Attributions the page layout marks rather than a verb.

- A quotation signed with a dash and a name: '“We need change.” ― Ana Ruiz' (cue the
  dash, source the name, content the whole quotation, over several sentences if it runs
  on);
- a speaker label at the start of a paragraph, as in transcripts and headlines:
  'WALLACE: Let's start with ...', 'Poll: Clinton and Trump in dead heat' (cue the colon,
  source the label, content the rest of the paragraph); before a quotation the label
  may be a longer verbless phrase naming someone ('A lesson from Loretta Lynch: "Be the
  voice ..."');
- a reporting verb put before its speaker and a colon: 'Said Ellis: "I don't get ..."'
  (cue the verb, source the name, content the rest of the paragraph).

Both work on the text of the whole article, since the sentence splitter cuts them
anywhere, and return drafts over token indices like the sentence rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsledger.extract.attribution_cues import cue_lemma
from newsledger.extract.attribution_lexicon import label_nouns, non_speaker_labels
from newsledger.extract.attribution_phrases import Draft
from newsledger.extract.attribution_spans import quotation_before
from newsledger.nlp.parse import doc_text

_DASHES = ("―", "—", "–", "--")
_DASH = re.compile("|".join(re.escape(d) for d in _DASHES))
# A signature is a short name: more words than this is prose after a dash.
_MAX_NAME_TOKENS = 6
_MAX_LABEL_TOKENS = 4
# Before a quotation a label may be a longer phrase ("A lesson from Loretta Lynch:").
_MAX_QUOTE_LABEL_TOKENS = 8
_OPENING_MARKS = ("“", "‘", '"', "'")
_NAME_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _indices(doc: Doc, start: int, end: int) -> list[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t.i for t in span] if span is not None else []


def _signature(doc: Doc, dash: Token) -> list[int]:
    """The name after ``dash`` when it runs to the end of its line (or a full stop)."""
    name: list[Token] = []
    for token in doc[dash.i + 1 :]:
        if token.is_space and "\n" not in token.text:
            continue
        if "\n" in token.text or token.text == ".":
            break
        if len(name) >= _MAX_NAME_TOKENS:
            return []
        if not (token.is_title or token.is_upper or token.pos_ == "PROPN" or token.text == "."):
            return []
        name.append(token)
    return [t.i for t in name]


def dash_signature_drafts(doc: Doc) -> list[Draft]:
    """'“...” ― Name': the quotation before the dash is what the named person said."""
    text = doc_text(doc)
    drafts = []
    # Only the tokens holding a dash: walking every token cost more than the rest of the
    # layout rules together.
    starts = set()
    for match in _DASH.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span):
            starts.add(span.start)
    for token in (doc[i] for i in sorted(starts)):
        # The tokenizer keeps a dash typed against the closing mark with it ('”―').
        dash = token.idx + len(token.text) - len(token.text.lstrip('”"'))
        if token.text[dash - token.idx :] not in _DASHES:
            continue
        source = _signature(doc, token)
        if not source:
            continue
        floor = _line_start(text, token.idx)
        quote = quotation_before(text, dash, floor)
        if quote is None:
            # Marks typed the wrong way round ('”We ...”'): the quotation is the line.
            end = dash
            while end > floor and text[end - 1].isspace():
                end -= 1
            if end == floor or text[end - 1] not in '”"':
                continue
            quote = (floor, end)
        content = _indices(doc, quote[0], quote[1])
        if content:
            drafts.append(Draft([token.i], source, content))
    return drafts


def _is_label(span: Span, quoted: bool = False) -> bool:
    words = [t for t in span if not t.is_punct]
    if quoted and _is_quote_label(words):
        return True
    if not words or len(words) > _MAX_LABEL_TOKENS:
        return False
    if span.text.lower() in non_speaker_labels() or " ".join(t.lower_ for t in words) in (
        non_speaker_labels()
    ):
        # "[Video: ...": the label without the bracket before it.
        return False
    if any(t.pos_ in ("VERB", "AUX", "DET", "PRON", "ADP") for t in words):
        return False
    if len(words) == 1 and words[0].lower_ in label_nouns():
        return True
    if len(words) <= 2 and all(t.pos_ == "PROPN" and (t.is_title or t.is_upper) for t in words):
        # A name ('Sanders: ...'; in transcripts 'PENCE: Well, look, ...').
        return True
    if len(words) == 1 and words[0].is_title and words[0].pos_ in ("NOUN", "PROPN"):
        return True
    named = [e for e in span.ents if e.label_ in _NAME_ENTITIES]
    return bool(named) and named[0].start == words[0].i and named[-1].end == words[-1].i + 1


def _is_quote_label(words: list[Token]) -> bool:
    """ "A lesson from Loretta Lynch: 'Be the voice ...'": a verbless phrase naming a
    person, set before a quotation by a colon, labels whose words follow."""
    return (
        0 < len(words) <= _MAX_QUOTE_LABEL_TOKENS
        and not any(t.pos_ in ("VERB", "AUX", "PRON") for t in words)
        and any(t.pos_ == "PROPN" for t in words)
    )


_LABEL = re.compile(r"^[\"“']?([^\n:\"“”]{1,60}):[ \t]+\S", re.MULTILINE)


def speaker_label_drafts(doc: Doc) -> list[Draft]:
    """'NAME: what they said' at the start of a paragraph."""
    text = doc_text(doc)
    drafts = []
    for match in _LABEL.finditer(text):
        start, end = match.span(1)
        span = doc.char_span(start, end, alignment_mode="contract")
        quoted = text[end + 1 : end + 3].lstrip()[:1] in _OPENING_MARKS
        if span is None or not _is_label(span, quoted):
            continue
        colon = doc.char_span(end, end + 1)
        if colon is None:
            continue
        line_end = text.find("\n", end)
        content = _indices(doc, end + 1, len(text) if line_end < 0 else line_end)
        if content:
            drafts.append(Draft([colon.start], [t.i for t in span], content))
    return drafts


def inverted_speaker_drafts(doc: Doc) -> list[Draft]:
    """'Said Ellis: "..."': a sentence opened by a reporting verb, a name and a colon."""
    text = doc_text(doc)
    drafts = []
    for sent in doc.sents:
        verb = sent[0]
        if not verb.is_title or verb.tag_ not in ("VBD", "VBZ") or cue_lemma(verb) is None:
            continue
        colon = next((t for t in sent[1 : 2 + _MAX_NAME_TOKENS] if t.text == ":"), None)
        if colon is None or colon.i == verb.i + 1:
            continue
        name = doc[verb.i + 1 : colon.i]
        if not all(t.pos_ == "PROPN" or t.is_punct for t in name):
            continue
        line_end = text.find("\n", colon.idx)
        content = _indices(doc, colon.idx + 1, len(text) if line_end < 0 else line_end)
        if content:
            drafts.append(Draft([verb.i], [t.i for t in name], content))
    return drafts
