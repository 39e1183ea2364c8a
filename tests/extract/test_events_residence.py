"""Groups coded by where they live or act (events_residence)."""

from newsledger.extract.events_actors import actor_coder, actor_map, phrase_actors
from newsledger.extract.events_residence import home_state, is_minority
from newsledger.nlp.model import load_nlp


def _codes(text: str, word: str) -> list[str | None]:
    coder = actor_coder(())
    doc = load_nlp()(text)
    amap = actor_map(doc, None, coder)
    head = next(t for t in doc if t.text == word)
    return [m.code for m in phrase_actors(head, amap, coder)]


def test_refugees_take_the_state_of_the_war_they_flee() -> None:
    codes = _codes("Aid went to refugees fleeing the civil war in Liberia.", "refugees")
    assert [c[:3] for c in codes if c] == ["LBR"]


def test_ethnic_groups_take_the_state_they_live_in() -> None:
    assert _codes("Ethnic Albanians demonstrated in Serbia.", "Albanians")[0] == "SRB"
    codes = _codes("Ethnic Albanian guerrillas operating in Macedonia were disarmed.", "guerrillas")
    assert codes == ["MKDREB"]


def test_plain_demonyms_stay() -> None:
    doc = load_nlp()("Russian troops in Syria attacked rebels.")
    coder = actor_coder(())
    amap = actor_map(doc, None, coder)
    assert not is_minority(doc[1])
    assert home_state(doc[1], amap, minority=False) is None
    assert _codes("Russian troops in Syria attacked rebels.", "troops") == ["RUSMIL"]
