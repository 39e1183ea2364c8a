"""Title-case headlines, parsed again in sentence case for attribution.

The tagger reads a capitalised word as a proper noun, so "Sanders Vows To Eliminate Tax
Breaks" comes out as one long name with no verb. A headline in title case is parsed again
with its capitalised words lower-cased, except the first word and the words the first parse
put in a named entity ("Hillary Clinton speaks ..."); the attribution rules then run on
that parse. Only the case changes, so every token keeps its character offsets and maps
back to the article's own tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsledger.nlp.model import load_nlp

# A headline is short; a longer line in capitals is a shouted paragraph, left as it is.
_MAX_WORDS = 20
_MIN_WORDS = 3
_TITLE_SHARE = 0.7


def is_title_case(sent: Span) -> bool:
    """Whether most words of ``sent`` (a short line) start with a capital letter."""
    words = [t for t in sent if t.is_alpha]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or sent.text.isupper():
        return False
    return sum(t.text[0].isupper() for t in words) / len(words) > _TITLE_SHARE


def sentence_case(sent: Span) -> Doc | None:
    """``sent`` parsed again in sentence case, token for token; None if the tokens differ."""
    chars = list(sent.text)
    for token in sent[1:]:
        if token.is_alpha and token.text[0].isupper() and not token.ent_type_:
            at = token.idx - sent.start_char
            chars[at] = chars[at].lower()
    doc = load_nlp()("".join(chars))
    if len(doc) != len(sent) or any(
        a.idx - sent.start_char != b.idx for a, b in zip(sent, doc, strict=True)
    ):
        return None
    return doc
