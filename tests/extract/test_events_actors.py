from newsledger.extract.events_actors import actor_coder, actor_map, country_code, phrase_actors
from newsledger.nlp.model import load_nlp


def _codes(text: str, word: str, files=()):
    coder = actor_coder(tuple(files))
    doc = load_nlp()(text)
    amap = actor_map(doc, None, coder)
    head = next(t for t in doc if t.text == word)
    return [m.code for m in phrase_actors(head, amap, coder)]


def test_adjective_conjuncts_share_the_sector():
    assert _codes("Senior Hungarian and Romanian officials met.", "officials") == [
        "HUNGOV",
        "ROUGOV",
    ]


def test_country_with_sector_word():
    assert _codes("Russian forces advanced.", "forces") == ["RUSMIL"]
    assert _codes("Fijian rebels freed them.", "rebels") == ["FJIREB"]


def test_demonyms_and_capitals():
    assert country_code("Filipino") == "PHL"
    assert country_code("Kigali") == "RWA"
    assert country_code("Senior") is None


def test_petrarch_actor_dictionary_is_loaded_for_one_run(tmp_path):
    actors = tmp_path / "actors.txt"
    actors.write_text("ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n", encoding="utf-8")
    agents = tmp_path / "agents.txt"
    agents.write_text("RANGER [~RNG]\n", encoding="utf-8")
    assert _codes("Arnor attacked Gondor.", "Gondor", (actors, agents)) == ["GON"]
    assert _codes("Arnor attacked Minas Tirith.", "Tirith", (actors, agents)) == ["GON"]
    assert _codes("Gondor attacked Arnor.", "Arnor") == []
