from newsledger.corpus.minhash import MinHasher, estimate, jaccard, near_duplicates, shingles

WIRE = (
    "Germany and the United States agreed on Thursday to deliver two Patriot air defence "
    "systems to Ukraine, Defence Minister Boris Pistorius said, adding that a formal decision "
    "could take days or even weeks and deployment would need months of preparation."
)
OTHER = (
    "A magnitude 6.1 earthquake struck off the coast of northern Sumatra early on Monday, "
    "the geological survey said; there were no immediate reports of damage or casualties."
)


def test_shingles_fold_case_and_punctuation() -> None:
    assert shingles("The U.N. said so, today.") == shingles("the u n said so today")
    assert len(shingles("one two three", k=5)) == 1


def test_signature_estimates_jaccard() -> None:
    a, b = shingles(WIRE), shingles("BERLIN (Reuters) - " + WIRE + " Reporting by staff.")
    hasher = MinHasher(256)
    assert abs(estimate(hasher.signature(a), hasher.signature(b)) - jaccard(a, b)) < 0.1


def test_near_duplicates_join_wire_copies_only() -> None:
    groups = near_duplicates(
        {
            "wire": WIRE,
            "copy": "BERLIN (AP) - " + WIRE,
            "syndicated": WIRE.replace("Thursday", "Thursday evening") + " More soon.",
            "other": OTHER,
        }
    )
    assert groups == [["wire", "copy", "syndicated"], ["other"]]


def test_near_duplicates_of_nothing() -> None:
    assert near_duplicates({}) == []
