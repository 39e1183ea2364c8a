from newsledger.extract.events_actors import actor_coder, actor_map, phrase_actors
from newsledger.extract.events_phrases import collective_member
from newsledger.nlp.model import load_nlp


def _subject(text: str):
    doc = load_nlp()(text)
    return next(t for t in doc if t.dep_ == "nsubj"), doc


def test_collective_head_stands_for_its_of_phrase():
    subject, _ = _subject("Tens of thousands of Indonesian students marched on Saturday.")
    assert collective_member(subject).lower_ == "students"


def test_demonym_group_is_coded_by_the_country_it_lives_in():
    subject, doc = _subject("Ethnic Albanians in south Serbia are demanding autonomy.")
    coder = actor_coder(())
    codes = [m.code for m in phrase_actors(subject, actor_map(doc, None, coder), coder)]
    assert codes and codes[0].startswith("SRB")
