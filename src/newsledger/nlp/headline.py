"""Title-case headlines and subheads parsed as sentence case, for every stage.

The tagger reads a capitalised word as a proper noun, so "US, UK, and Europe Conditionally
Endorse Ukrainian Offensive as Russia Advances in Ukraine" comes out as a list of names
with no verb. A headline in title case is parsed again with the words lower-cased that
English writes in lower case: function words and words the model's own lexicon (WordNet's
index, shipped with the lemmatizer) knows as verbs, adjectives or adverbs, nationality
adjectives apart. Nouns keep their capitals: a noun-only word may be a name ("Russia",
"Kharkiv"). The tags, parse, lemmas and
entities of that parse replace the line's in the article's Doc; the words themselves and
their offsets stay the article's.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import cast

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

# A headline is short; a longer line in capitals is a shouted paragraph, left as it is.
_MIN_WORDS = 3
_MAX_WORDS = 25
_TITLE_SHARE = 0.7
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
# Inflections stripped to find a word's base form in the lexicon: (suffix, replacement).
_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
)
# Nationality adjectives are written with a capital ("Ukrainian", "Chinese", "Israeli").
_NATIONALITY_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i")


def is_title_case(span: Span) -> bool:
    """Whether most words of ``span``, a short line, start with a capital letter."""
    words = [t.text for t in span if t.is_alpha]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or all(w.isupper() for w in words):
        return False
    return sum(w[0].isupper() for w in words) / len(words) > _TITLE_SHARE


@cache
def _lexicon(nlp: Language) -> dict[str, frozenset[str]]:
    """Words of the lemmatizer's index by part of speech, and the stop words."""
    found = {"stop": frozenset(nlp.Defaults.stop_words)}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in ("verb", "adj", "adv"):
                found[pos] = frozenset(index.get(pos, []))
    # Verbs and adverbs count alike; joined once here, not once per word.
    found["verb_or_adv"] = found.get("verb", frozenset()) | found.get("adv", frozenset())
    return found


def _bases(word: str) -> set[str]:
    low = word.lower()
    return {
        low[: len(low) - len(suffix)] + repl
        for suffix, repl in _INFLECTIONS
        if low.endswith(suffix) and (not suffix or len(low) > len(suffix) + 1)
    }


def _written_lower(word: str, nlp: Language) -> bool:
    """Whether English writes ``word`` in lower case inside a sentence."""
    lexicon = _lexicon(nlp)
    if word.lower() in lexicon["stop"]:
        return True
    bases = _bases(word)
    if bases & lexicon["verb_or_adv"]:
        return True
    nationality = len(word) > 4 and word.lower().endswith(_NATIONALITY_ENDINGS)
    return bool(bases & lexicon.get("adj", frozenset())) and not nationality


def sentence_case(text: str, nlp: Language) -> str:
    """``text`` with the capitals English would not write lower-cased (same length)."""
    chars = list(text)
    first = True
    for token in nlp.make_doc(text):
        if not token.is_alpha:
            continue
        word = token.text
        if not first and word[0].isupper() and not word.isupper() and _written_lower(word, nlp):
            chars[token.idx] = chars[token.idx].lower()
        first = False
    return "".join(chars)


def reparse_title_case(docs: list[Doc], nlp: Language) -> int:
    """Give every title-case sentence of ``docs`` (headlines, subheads) the annotations of
    its sentence-case parse; the number of sentences changed.

    The lines of all ``docs`` are parsed in one ``nlp.pipe`` call: one model call per short
    line cost seven milliseconds each, as much as the rest of the headline work.
    """
    lines = [(doc, span, words) for doc in docs for span, words in _cased_lines(doc, nlp)]
    parsed = nlp.pipe(words for _, _, words in lines)
    rows_of: dict[int, tuple[Doc, numpy.ndarray]] = {}
    for (doc, span, _), words in zip(lines, parsed, strict=True):
        # Heads are stored relative to each token, so the line's rows fit wherever it stands.
        _, rows = rows_of.setdefault(id(doc), (doc, doc.to_array(_ATTRS)))
        rows[span.start : span.end] = words.to_array(_ATTRS)
    for doc, rows in rows_of.values():
        doc.from_array(_ATTRS, cast(Ints2d, rows))
    return len(lines)


def _cased_lines(doc: Doc, nlp: Language) -> Iterator[tuple[Span, Doc]]:
    """Each title-case sentence of ``doc`` with its sentence-case words, not yet parsed."""
    for sent in doc.sents:
        if not is_title_case(sent):
            continue
        cased = sentence_case(sent.text, nlp)
        if cased == sent.text:
            continue
        words = nlp.make_doc(cased)
        if [t.idx for t in words] != [t.idx - sent.start_char for t in sent]:
            continue
        # One sentence: the parser must not split the line into two trees.
        for token in words[1:]:
            token.is_sent_start = False
        yield sent, words
