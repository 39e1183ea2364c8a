"""What a verb cue takes in beyond its complement, and the spans PolNeAR draws around it
(``newsledger.extract.attribution_clauses``, ``attribution_trim`` and the quotation
helpers in ``attribution_spans``)."""

from newsledger.records import Attribution

from support import attributions_of, by_cue, cue_texts


def _one(text: str, cue: str) -> Attribution:
    return by_cue(attributions_of(text)[1], cue)


def _text(attribution: Attribution, role: str) -> str | None:
    span = getattr(attribution, role)
    return span.text if span is not None else None


def test_preposition_opening_the_content_joins_the_cue() -> None:
    found = _one("Officials complained about the delays.", "complained about")
    assert _text(found, "content") == "the delays"


def test_preposition_of_what_a_verb_answers_stays_out() -> None:
    _, found = attributions_of("The agency did not respond to requests for comment.")
    assert "did not respond" in cue_texts(found)


def test_object_of_an_infinitive_report_is_content() -> None:
    found = _one("The senator urged Republicans to join the effort.", "urged")
    assert _text(found, "content") == "Republicans to join the effort"


def test_as_clause_reports_its_host() -> None:
    text = "It also does not answer whether Scott had a gun, as police have said."
    found = _one(text, "have said")
    assert _text(found, "source") == "police"
    assert _text(found, "content") == "It also does not answer whether Scott had a gun"


def test_fronted_content_before_a_pronoun_subject() -> None:
    found = _one("People like Scott, he said.", "said")
    assert _text(found, "source") == "he"
    assert _text(found, "content") == "People like Scott"


def test_interview_belongs_to_the_cue_a_medium_does_not() -> None:
    _, found = attributions_of("The spokesman said in an interview that the plan would work.")
    assert "said in an interview" in cue_texts(found)
    _, found = attributions_of("The spokesman said on Twitter that the plan would work.")
    assert _text(by_cue(found, "said"), "content") == "that the plan would work"


def test_framing_adverbial_is_the_writers() -> None:
    found = _one("As for complexity, the plan is hard to run, he said.", "said")
    assert _text(found, "content") == "the plan is hard to run"


def test_quotation_resumes_after_the_cue_sentence() -> None:
    text = '"I would," Melanie said to the TV. "I would, Donald."'
    found = _one(text, "said")
    assert [p.text for p in found.content_parts] == ['"I would,"', '"I would, Donald."']


def test_quotation_after_a_colon_is_taken_whole() -> None:
    text = "Trump tweeted: “Did she help (check out the tape) her friend become a citizen?”"
    found = _one(text, "tweeted:")
    assert _text(found, "content") == (
        "“Did she help (check out the tape) her friend become a citizen?”"
    )


def test_impersonal_evidence_has_no_source() -> None:
    found = _one("It is obvious that they are wasting their breath.", "It is obvious")
    assert found.source is None
    assert _text(found, "content") == "that they are wasting their breath"


def test_according_to_read_off_the_commas() -> None:
    text = "According to conservative talk radio host Rush Limbaugh, the move reeks of fear."
    found = _one(text, "According to")
    assert _text(found, "source") == "conservative talk radio host Rush Limbaugh"
    assert _text(found, "content") == "the move reeks of fear"


def test_infinitive_of_purpose_borrows_the_subject() -> None:
    text = "European leaders gathered Friday to discuss the challenges facing their continent."
    found = _one(text, "to discuss")
    assert _text(found, "source") == "European leaders"


def test_dash_signature_cue_is_the_dash() -> None:
    found = _one("“We need change.”― Ana Ruiz", "―")
    assert _text(found, "source") == "Ana Ruiz"
    assert _text(found, "content") == "“We need change.”"


def test_inquiry_verb_with_an_object_is_no_report() -> None:
    _, found = attributions_of("The Justice Department is investigating the shooting.")
    assert found == []
    found_that = _one("The study found that voters were worried.", "found")
    assert _text(found_that, "content") == "that voters were worried"


def test_bound_participle_stays_in_the_content() -> None:
    text = "Clinton called on Trump to stop attacking Machado and apologize."
    found = _one(text, "called on")
    assert _text(found, "content") == "Trump to stop attacking Machado and apologize"


def test_trailing_participle_is_the_writers() -> None:
    text = "She wants to sign up 5 million people, focusing on people under 30."
    assert _text(_one(text, "wants"), "content") == "to sign up 5 million people"


def test_participial_aside_leaves_the_source() -> None:
    text = "Trump, speaking to a veterans group in Virginia, said the military was depleted."
    assert _text(_one(text, "said"), "source") == "Trump"


def test_set_off_participle_reports_a_bare_object() -> None:
    text = "The Europeans expressed frustration, offering broad new defense efforts."
    found = _one(text, "offering")
    assert _text(found, "source") == "The Europeans"
    assert _text(found, "content") == "broad new defense efforts"


def test_coordinated_bare_verbs_continue_the_infinitive() -> None:
    text = "She wants to triple the size of the program, grow the Peace Corps and create a reserve."
    assert _text(_one(text, "wants"), "content") == (
        "to triple the size of the program, grow the Peace Corps and create a reserve"
    )


def test_attitude_noun_with_a_possessive_source() -> None:
    text = "The government's determination to act alone worried its allies."
    found = _one(text, "determination")
    assert _text(found, "content") == "to act alone"


def test_adjective_catenative_reaches_back_to_the_copula() -> None:
    found = _one(
        "He was able to consistently tout his polling strength.", "was able to consistently tout"
    )
    assert _text(found, "source") == "He"
    assert _text(found, "content") == "his polling strength"


def test_bare_adverb_after_the_verb_joins_the_cue() -> None:
    _, found = attributions_of("He said then that the plan would fail.")
    assert "said then" in cue_texts(found)


def test_noun_cue_takes_its_preposition_and_determiner() -> None:
    found = _one("Trump's obsession with trade deals is well known.", "obsession with")
    assert _text(found, "source") == "Trump's"
    assert _text(found, "content") == "trade deals"
    _, found = attributions_of("There were initial reports of an explosion near the base.")
    assert _text(by_cue(found, "initial reports of"), "content") == "an explosion near the base"


def test_light_verb_and_noun_read_as_one_cue() -> None:
    _, found = attributions_of(
        "Voting rights advocates have expressed deep concern about the policy."
    )
    assert cue_texts(found) == ["have expressed deep concern about"]
    assert _text(found[0], "source") == "Voting rights advocates"
    assert _text(found[0], "content") == "the policy"


def test_quotation_broken_by_the_cue_is_one_content() -> None:
    text = '"Every time you say that," Warren said, "you give ammunition to the big banks."'
    found = _one(text, "said")
    assert [p.text for p in found.content_parts] == [
        '"Every time you say that,"',
        '"you give ammunition to the big banks."',
    ]


def test_parenthetical_cue_reports_what_stands_around_it() -> None:
    text = "These employees, Stumpf explained earlier in the hearing, were well paid."
    found = _one(text, "explained")
    assert _text(found, "source") == "Stumpf"
    assert found.content is not None and found.content.text.startswith("These employees")
    assert found.content.text.endswith("were well paid")


def test_participle_reports_through_a_message_noun() -> None:
    text = "Lawyers filed legal papers opposing the unsealing."
    found = _one(text, "opposing")
    assert _text(found, "source") == "legal papers"
    assert _text(found, "content") == "the unsealing"


def test_cue_hung_on_the_clause_it_reports_takes_that_clause() -> None:
    _, found = attributions_of(
        "While he acknowledged funding was a major reason he felt demoralized, "
        "Ham also noted several problems."
    )
    inner = by_cue(found, "acknowledged")
    assert _text(inner, "source") == "he"
    assert _text(inner, "content") == "funding was a major reason he felt demoralized"
    # Ham's report does not take in the clause the opening cue reports.
    others = [a for a in found if a is not inner and a.content is not None]
    assert not any("funding" in a.content.text for a in others if a.content is not None)


def test_negated_cue_reports_its_question() -> None:
    found = _one(
        "Lawmakers have not said when they would take up the reauthorization.", "have not said"
    )
    assert _text(found, "content") == "when they would take up the reauthorization"


def test_verb_before_a_colon_reports_the_quotation() -> None:
    found = _one(
        "Limbaugh continued: “They are demanding this, and they are putting pressure on him.”",
        "continued:",
    )
    assert _text(found, "source") == "Limbaugh"
