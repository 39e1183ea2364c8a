"""The actor coder with extra actor files for one run (events_coder)."""

from newsledger.extract.events_coder import actor_coder


def test_petrarch_names_agents_and_prefixes(tmp_path) -> None:
    actors = tmp_path / "actors.txt"
    actors.write_text("ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n", encoding="utf-8")
    agents = tmp_path / "agents.txt"
    agents.write_text("RANGER [~RNG]\n", encoding="utf-8")
    coder = actor_coder((actors, agents))
    assert coder.phrases[("minas", "tirith")] == "GON"
    assert coder.prefixes["gondor"] == "GON"
    assert "arnor" not in coder.prefixes
    assert coder.sector_of("ranger") == "RNG"
    assert actor_coder(()).sector_of("troops") == "MIL"
