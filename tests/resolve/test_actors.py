from datetime import date

import pytest

from newsledger.errors import InputError
from newsledger.resolve.actors import last_role_before, load_actor_index, normalise_name, role_on


@pytest.mark.parametrize(
    ("name", "code", "kind"),
    [
        ("the United States", "USA", "country"),
        ("U.S.", "USA", "country"),
        ("Germany\u2019s", "DEU", "country"),
        ("Japanese", "JPN", "country"),
        ("Russian Federation", "RUS", "country"),
        ("NATO", "NATO", "organisation"),
        ("several European nations", "EUR", "group"),
        ("RIA Novosti", "RUSMED", "organisation"),
        ("Pistorius", "DEUGOV", "person"),
    ],
)
def test_lookup(name, code, kind):
    actor = load_actor_index().lookup(name)
    assert actor is not None and (actor.code, actor.kind) == (code, kind)


def test_acronyms_are_case_sensitive():
    index = load_actor_index()
    assert index.lookup("WHO").code == "WHO"
    assert index.lookup("who") is None
    assert index.lookup("us") is None


def test_state_media_and_sectors():
    index = load_actor_index()
    assert index.is_state_media(index.lookup("RIA Novosti"))
    assert not index.is_state_media(index.lookup("Reuters"))
    assert index.sector_of("troops") == "MIL"
    assert index.sector_of("Defense Ministry") == "GOV"


def test_dated_roles():
    trump = load_actor_index().lookup("Donald Trump")
    assert role_on(trump, date(2018, 1, 1)).title == "President of the United States"
    assert role_on(trump, date(2022, 1, 1)) is None
    assert role_on(trump, date(2025, 1, 20)).start == date(2025, 1, 20)
    assert last_role_before(trump, date(2022, 1, 1)).end == date(2021, 1, 20)
    assert role_on(trump, None) is None


def test_extra_actor_file(tmp_path):
    extra = tmp_path / "actors.tsv"
    extra.write_text("FRELND\tcountry\tFreedonia\tFreedonia|Freedonian\n")
    index = load_actor_index((extra,))
    assert index.lookup("Freedonian").code == "FRELND"
    bad = tmp_path / "bad.tsv"
    bad.write_text("XX\tplanet\tMars\tMars\n")
    with pytest.raises(InputError, match="unknown actor kind"):
        load_actor_index((bad,))


def test_normalise_name():
    assert normalise_name("the  United\nStates\u2019s") == "united states"
    assert normalise_name("U.S.") == "u.s."
