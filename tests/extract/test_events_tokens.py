"""Per-Doc token facts for the event coder's scans (events_tokens)."""

from newsledger.extract.events_tokens import token_table
from newsledger.nlp.model import load_nlp


def test_the_table_gives_what_the_tokens_give() -> None:
    doc = load_nlp()("Al-Qaeda re-imposed a curfew in Kabul, officials said. It's over!")
    table = token_table(doc)
    for token in doc:
        i = token.i
        assert table.text[i] == token.text
        assert table.lower[i] == token.lower_
        assert table.lemma[i] == token.lemma_.lower()
        assert table.pos[i] == token.pos_
        assert table.dep[i] == token.dep_
        assert bool(table.space[i]) == bool(token.whitespace_)
        assert bool(table.punct[i]) == token.is_punct


def test_an_empty_doc_has_an_empty_table() -> None:
    assert token_table(load_nlp()("")).text == []
