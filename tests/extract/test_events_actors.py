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


def test_country_names_match_whole_words_only():
    assert country_code("Gbagbo") is None
    assert country_code("Am") is None
    assert country_code("Korea") == "KOR"
    assert country_code("Koreans") == "KOR"


def test_a_description_in_the_text_outranks_a_person_s_dictionary_code():
    assert _codes(
        "Kenzo Oshima, the United Nations relief coordinator, demanded access.", "Oshima"
    ) == ["UN"]
    assert _codes("Rebels would meet U.N. mediator Diego Cordovez.", "Cordovez") == ["UN"]
    # A description that agrees with the dictionary's state keeps the person's own code.
    assert _codes("Russian President Vladimir Putin spoke.", "Putin") == ["RUSGOV"]


def test_the_head_s_modifier_says_whose_before_an_apposition():
    codes = _codes("The US commander in Iraq, General David Petraeus, held talks.", "commander")
    assert codes == ["USAMIL"]


def test_a_possessor_state_owns_a_generic_institution():
    assert _codes("Rwanda's Senate approved the law.", "Senate") == ["RWAGOVLEG"]


def test_the_first_conjunct_s_state_covers_the_list():
    codes = _codes("Israeli helicopters and tanks shelled the town.", "helicopters")
    assert set(codes) == {"ISRMIL"}


def test_actors_inside_an_of_phrase():
    codes = _codes("They shelled positions of the Palestinian security forces.", "positions")
    assert codes == ["PSECOP"]
    assert _codes("A camp for Congolese refugees was attacked.", "camp")[0].startswith("COD")
    # "of" outranks a place ("the withdrawal of Serbian forces from Bosnia").
    codes = _codes("They demanded the withdrawal of Serbian forces from Bosnia.", "withdrawal")
    assert codes == ["SRBMIL"]


def test_surname_after_a_title_and_a_fuller_earlier_mention():
    assert _codes("President Bouteflika spoke.", "Bouteflika") == ["DZAGOV"]
    coder = actor_coder(())
    doc = load_nlp()("Abdelaziz Bouteflika arrived on Monday. Later Bouteflika spoke.")
    amap = actor_map(doc, None, coder)
    assert amap[doc[7].i].code == "DZAGOV"
    # A surname several states share stays uncoded.
    assert _codes("President Santos spoke.", "Santos") in ([], ["---GOV"])


def test_a_sponsor_is_not_the_group():
    assert _codes("The Iranian-backed Hezbollah group fired rockets.", "group") == ["LBNREB"]
    assert _codes("Vietnamese-led forces retook the village.", "forces") == ["VNMMIL"]
