"""Lexicon entries and one key's entries indexed by object (events_entries)."""

from newsledger.extract.events_entries import Entries, Entry


def test_object_only_entries_are_indexed_by_object_the_rest_kept_apart() -> None:
    entries = Entries(
        [
            Entry("take", False, "0871", requires="over"),
            Entry("take", False, "0311", objects=frozenset({"part", "role"})),
            Entry("take", False, "0231", objects=frozenset({"part"}), modifier="active"),
            Entry("take", False, "070", objects=frozenset({"hostage"})),
        ]
    )
    assert len(entries) == 4 and isinstance(entries, tuple)
    assert entries.by_object == {"part": (1,), "role": (1,), "hostage": (3,)}
    assert entries.others == (0, 2)
