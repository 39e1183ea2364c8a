"""The writer's asides and questions to the reader are nobody's report; a document that
"reads" a quotation is its source."""

from support import attributions_of, cue_texts


def _cues(text: str) -> list[str]:
    return cue_texts(attributions_of(text)[1])


def test_extraposed_it_is_no_source() -> None:
    # The "it" stands for the clause after the adjective, not for someone who notes.
    assert not any("noting" in c for c in _cues("It's worth noting that the tax rose."))
    assert not any("imagine" in c for c in _cues("It's hard to imagine a worse code."))


def test_organisation_it_still_reports() -> None:
    # An "it" that can speak (an organisation) keeps its report.
    found = attributions_of("The ministry met on Monday. It said that the talks had failed.")[1]
    said = [a for a in found if a.cue.text == "said"]
    assert said and said[0].source is not None and said[0].source.text == "It"


def test_question_to_the_reader_is_not_a_stance() -> None:
    assert not any("vote for" in c for c in _cues("Would you still vote for her?"))
    assert not any("know" in c for c in _cues("Do you know where the tax returns are?"))


def test_you_in_a_statement_keeps_its_report() -> None:
    found = attributions_of('"You know that the talks failed," she told him.')[1]
    assert any(a.cue.text.startswith("told") for a in found)


def test_document_that_reads_a_quotation() -> None:
    found = attributions_of("“Our support is not abstract,” the letter reads.")[1]
    reads = [a for a in found if a.cue.text == "reads"]
    assert reads and reads[0].source is not None and reads[0].source.text == "the letter"


def test_reading_a_document_is_no_report() -> None:
    assert "read" not in _cues("She read the statement aloud on Monday.")


def test_writers_lets_is_no_source() -> None:
    found = attributions_of("Let's say that the tax will cost $160,000 in 18 years.")[1]
    assert not any(a.source is not None and a.source.text in ("'s", "’s") for a in found)


def test_speaker_after_a_long_quotation_with_a_list() -> None:
    # The parse made the quotation's subject a second subject of "reported"; the "and"
    # inside the quotation is no list of speakers.
    text = (
        "The loopholes he cited are “the ability to use losses and to combine tax breaks"
        " if the property depreciates,” The Hill reported."
    )
    found = attributions_of(text)[1]
    reported = [a for a in found if a.cue.text == "reported"]
    assert reported and reported[0].source is not None
    assert reported[0].source.text == "The Hill"


def test_decline_reports_only_with_an_object_or_infinitive() -> None:
    assert "declined" in _cues("Through a spokesman, he declined to comment.")
    assert not any("decline" in c for c in _cues("After that the rate would decline by 4 points."))
