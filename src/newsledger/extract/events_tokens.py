"""Per-Doc token facts for the event coder's scans, read once from the Doc's arrays.

The coder scans every sentence several times (triggers, obligations, charges, dictionary
phrases, capitalised words) and only a few tokens per sentence matter to each scan. These
plain lists, read once per Doc, let a scan skip the tokens it cannot use with a list
lookup, and make a spaCy ``Token`` (and read its attributes) only for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc

_ATTRS = [ORTH, LOWER, LEMMA, POS, DEP, SPACY, IS_PUNCT]


@dataclass(frozen=True)
class TokenTable:
    """Per token index of one Doc: what ``Token.text``, ``lower_``, ``lemma_.lower()``,
    ``pos_``, ``dep_``, ``whitespace_ != ""`` and ``is_punct`` give."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    space: list[int]  # 1 or 0
    punct: list[int]  # 1 or 0


_TABLE_KEY = "newsledger.event_tokens"


def token_table(doc: Doc) -> TokenTable:
    """The facts of every token of ``doc``, read once per Doc and kept with it (as
    :func:`newsledger.nlp.parse.doc_text` keeps its text): every scan asks for them."""
    table = doc.user_data.get(_TABLE_KEY)
    if not isinstance(table, TokenTable):
        table = doc.user_data[_TABLE_KEY] = _read_table(doc)
    return table


def _read_table(doc: Doc) -> TokenTable:
    # One pass over the Doc's arrays, no Token made.
    if not len(doc):
        return TokenTable([], [], [], [], [], [], [])
    columns = doc.to_array(_ATTRS).T.tolist()
    strings = doc.vocab.strings
    # A Doc repeats few distinct values: each hash is looked up once.
    names = {value: strings[value] for value in set().union(*columns[:5])}
    text, lower, lemma, pos, dep = ([names[v] for v in column] for column in columns[:5])
    lowered = {name: name.lower() for name in set(lemma)}
    return TokenTable(
        text=text,
        lower=lower,
        lemma=[lowered[name] for name in lemma],
        pos=pos,
        dep=dep,
        space=columns[5],
        punct=columns[6],
    )
