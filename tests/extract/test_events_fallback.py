from newsledger.extract.events_fallback import bare_verbs, fallback_candidates
from newsledger.nlp.model import load_nlp


def test_bare_verbs_leave_out_lexicon_and_light_verbs():
    table = bare_verbs()
    assert table
    assert "seek" not in table and "hold" not in table and "say" not in table


def test_fallback_candidates_put_the_main_clause_first():
    doc = load_nlp()("Serbia admonished Russia, which had bankrolled its units.")
    found = fallback_candidates(next(iter(doc.sents)))
    assert found and found[0].token.lemma_ == "admonish"
