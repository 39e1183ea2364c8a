"""What a cue verb's object says about whether it reports
(``newsledger.extract.attribution_objects``)."""

from support import attributions_of, by_cue, cue_texts


def test_quoted_object_opens_a_restricted_verb() -> None:
    _, found = attributions_of(
        "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.\n\n"
        "The president spoke on Saturday."
    )
    sees = by_cue(found, "Sees")
    assert sees.source is not None and sees.source.text == "Obama"
    assert sees.content is not None and "Personal Insult" in sees.content.text


def test_quoted_prepositional_object_opens_a_no_addressee_verb() -> None:
    _, found = attributions_of(
        "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.\n\n"
        "She spoke on Tuesday."
    )
    assert "Speaks" in cue_texts(found)
    # Without the marks the phrase names the audience, as before.
    _, found = attributions_of("Palmieri spoke to reporters on Friday.")
    assert "spoke" not in cue_texts(found)


def test_free_relative_object_of_want_names_a_thing() -> None:
    _, found = attributions_of(
        "Her support among millennials still lags below what she wants. "
        "The gap between what we expect from Clinton and from Trump is vast."
    )
    assert not {"wants", "expect"} & set(cue_texts(found))
    _, found = attributions_of("She wants to raise taxes on the rich.")
    assert "wants" in cue_texts(found)


def test_amount_as_object_is_no_report() -> None:
    _, found = attributions_of(
        "The plan would depress revenue at first but would eventually add $84 billion "
        "over 10 years. Trump is 6 feet tall and weighs 236 pounds."
    )
    assert not [c for c in cue_texts(found) if c.endswith(("add", "weighs"))]
    _, found = attributions_of("He added that the plan would work.")
    assert "added" in cue_texts(found)
    # An estimate is a view even when it is an amount.
    _, found = attributions_of("Its profit was $1.14 a share, while Wall Street expected 77 cents.")
    assert "expected" in cue_texts(found)
