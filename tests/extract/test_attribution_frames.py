from newsledger.extract.attribution_spans import continued_quotation

from support import attributions_of, by_cue, cue_texts


def test_asked_about_has_no_source_and_its_object_as_content() -> None:
    _, found = attributions_of(
        "Asked about the bombing, Clinton said the facts were not known yet."
    )
    asked = next(a for a in found if a.cue.text.startswith("Asked"))
    assert asked.cue.text == "Asked about"
    assert asked.source is None
    assert asked.content is not None and asked.content.text == "the bombing"


def test_restricted_verbs_report_only_in_their_frame() -> None:
    _, found = attributions_of(
        "Police saw the tweet and removed her. Many regulars continued to stay away. "
        "Palmieri spoke to reporters on Friday."
    )
    assert not {"saw", "continued", "spoke"} & {c.split()[-1] for c in cue_texts(found)}
    _, found = attributions_of("Some voters saw the comment as a dig at the military.")
    assert "saw" in cue_texts(found)


def test_noun_with_that_clause_reports_without_a_source() -> None:
    _, found = attributions_of(
        "For years, Oz has been dogged by charges that he has perpetuated bad advice."
    )
    charge = by_cue(found, "charges")
    assert charge.source is None
    assert charge.content is not None and charge.content.text.startswith("that he has perpetuated")


def test_noun_source_from_a_from_phrase() -> None:
    _, found = attributions_of(
        "The vote took place despite warnings from his attorney that it was futile."
    )
    warning = next(a for a in found if "warnings" in a.cue.text)
    assert warning.source is not None and warning.source.text == "his attorney"


def test_non_restrictive_relative_clause_stays_in_the_source() -> None:
    _, found = attributions_of(
        "Sen. Bernie Sanders, who lost the primaries, said Clinton would win."
    )
    said = by_cue(found, "said")
    assert said.source is not None and said.source.text.endswith("who lost the primaries,")


def test_quotation_runs_on_into_paragraphs_that_reopen_it() -> None:
    text = 'He wrote:\n\n"The first part ends here.\n\n"The second part closes."\n\nNext.'
    start = text.index('"The first')
    end = text.index("here.") + len("here")
    second = text.index('"The second')
    assert continued_quotation(text, start, end) == [
        (second, second + len('"The second part closes."'))
    ]
    # A turn that starts after its mark (a transcript) does not run on.
    assert continued_quotation(text, start + 1, end) == []


def test_cue_inside_a_quotation_hosts_nothing_outside_it() -> None:
    _, found = attributions_of('"You know, I love Larry," he said, but "Larry represents coal."')
    said = by_cue(found, "said")
    assert said.parent is None
    assert said.source is not None and said.source.text == "he"


def test_participle_on_a_report_takes_a_bare_object() -> None:
    _, found = attributions_of(
        '"You squeezed employees," she said, referencing the bank\'s sales drive.'
    )
    referencing = by_cue(found, "referencing")
    assert referencing.source is not None and referencing.source.text == "she"
    assert referencing.content is not None and "sales drive" in referencing.content.text


def test_said_as_much_has_the_pro_form_as_content() -> None:
    _, found = attributions_of(
        "Campaign manager Robby Mook said as much in an interview on Thursday."
    )
    said = next(a for a in found if a.cue.text.startswith("said"))
    assert said.content is not None and said.content.text == "as much"


def test_clause_stated_in_a_poll() -> None:
    _, found = attributions_of("In the latest national poll, Clinton led Trump by five points.")
    poll = by_cue(found, "In")
    assert poll.source is not None and poll.source.text == "the latest national poll"
    assert poll.content is not None and poll.content.text.startswith("Clinton led Trump")


def test_object_of_tell_is_the_addressee_not_the_content() -> None:
    _, found = attributions_of(
        '"The narrative is being pushed by the media," she told The Huffington Post.'
    )
    told = by_cue(found, "told")
    assert told.content is not None and told.content.text.startswith('"The narrative')


def test_fronted_participle_with_a_bare_object_does_not_report() -> None:
    _, found = attributions_of(
        "Adding another layer to the story, Trump has expressed openness to selling missiles."
    )
    assert "Adding" not in cue_texts(found)


def test_as_x_put_it_reports_the_host_clause() -> None:
    _, found = attributions_of(
        "As one tax lawyer put it, the plan is a gift to the wealthiest Americans."
    )
    put = by_cue(found, "put it")
    assert put.source is not None and put.source.text == "one tax lawyer"
    assert put.content is not None and put.content.text.startswith("the plan is a gift")
    # Without "as ... it" the verb reports nothing.
    _, found = attributions_of("The governor put the bill on his desk.")
    assert "put" not in cue_texts(found)


def test_official_acts_carry_their_actor_as_source() -> None:
    _, found = attributions_of("The Security Council imposed sweeping new sanctions on Iran.")
    imposed = by_cue(found, "imposed")
    assert imposed.source is not None and imposed.source.text == "The Security Council"
    assert imposed.content is not None and imposed.content.text.startswith("sweeping new")
    _, found = attributions_of("The governor vetoed the bill on Friday.")
    vetoed = by_cue(found, "vetoed")
    assert vetoed.content is not None and vetoed.content.text == "the bill"


def test_assume_reports_only_a_clause() -> None:
    _, found = attributions_of("She assumed that the deal was done. He will assume office in May.")
    assert [c for c in cue_texts(found) if "assume" in c] == ["assumed"]


def test_light_verb_frames_report_their_prepositional_object() -> None:
    _, found = attributions_of("The leaders made little secret of their disagreements.")
    secret = next(a for a in found if a.cue.text.startswith("made little secret"))
    assert secret.content is not None and secret.content.text == "their disagreements"
    # A date after the noun is when, not what.
    _, found = attributions_of("Trump made the pledge at a conference in Virginia on Monday.")
    assert not any(a.content is not None and a.content.text == "Monday" for a in found)
    # Borrowed by an open complement: "tried to make the case".
    _, found = attributions_of("Stumpf tried to make the case that this was a few bad apples.")
    case = next(a for a in found if "make the case" in a.cue.text)
    assert case.source is not None and case.source.text == "Stumpf"


def test_fronted_participle_reports_its_object() -> None:
    _, found = attributions_of("Lamenting their luck, many Mexicans voted early.")
    lament = by_cue(found, "Lamenting")
    assert lament.source is not None and lament.source.text == "many Mexicans"
    assert lament.content is not None and lament.content.text == "their luck"


def test_object_of_a_causative_verb_reports_its_complement() -> None:
    _, found = attributions_of(
        "The hearing forced the chief executive to admit that nobody had been fired."
    )
    admit = next(a for a in found if "admit" in a.cue.text)
    assert admit.source is not None and admit.source.text == "the chief executive"
    assert admit.cue.text == "to admit"
    # A verb that does not bring its object to act keeps its subject as the source.
    _, found = attributions_of("Sanders went on to say that the debate was over.")
    say = next(a for a in found if "say" in a.cue.text)
    assert say.source is not None and say.source.text == "Sanders"


def test_noun_with_a_that_clause_parsed_as_relative_reports_it() -> None:
    _, found = attributions_of(
        "Hillary Clinton is seizing upon a New York Times report that Donald Trump had a "
        "net loss of more than $915 million in 1995."
    )
    report = by_cue(found, "report")
    assert report.source is not None and report.source.text == "New York Times"
    assert report.content is not None and report.content.text.startswith("that Donald Trump")


def test_nouns_of_action_are_no_cues() -> None:
    # "efforts", "attempt", "strategy", "policy" name what someone does, not a view.
    _, found = attributions_of(
        "Given the European Union's efforts to collect the taxes, Apple may move. "
        "It is Russia's attempt to use our free press. Byrd's strategy of resistance failed."
    )
    assert not {"efforts", "attempt", "strategy of"} & {c for c in cue_texts(found)}
    _, found = attributions_of("His plan to cut taxes would cost $4 trillion.")
    assert "plan" in cue_texts(found)


def test_date_after_a_noun_cue_is_when_not_what() -> None:
    _, found = attributions_of(
        "But his remarks on Saturday carried a more personal tone than before."
    )
    assert not [c for c in cue_texts(found) if c.startswith("remarks")]


def test_admit_and_observe_do_not_report_in_the_passive() -> None:
    _, found = attributions_of(
        "To date, 14 Catholics were admitted to the country. "
        "The holiday is observed as a day of sacrifice."
    )
    assert not [c for c in cue_texts(found) if c.endswith(("admitted", "observed"))]
    _, found = attributions_of("He admitted that he had not paid taxes.")
    assert "admitted" in cue_texts(found)


def test_hear_reports_only_a_that_clause() -> None:
    _, found = attributions_of("Many Americans have heard by now that 20 veterans die each day.")
    assert [c for c in cue_texts(found) if c.endswith("heard")]
    _, found = attributions_of("Police heard gunshots near the school.")
    assert not [c for c in cue_texts(found) if c.endswith("heard")]


def test_noun_phrase_measured_in_a_poll_is_stated_there() -> None:
    _, found = attributions_of(
        "Donald Trump’s recent gains in some polls may prove to be a transient phenomenon."
    )
    poll = by_cue(found, "in")
    assert poll.source is not None and poll.source.text == "some polls"
    assert poll.content is not None and "recent gains" in poll.content.text


def test_cue_verb_tagged_as_a_noun_after_a_name() -> None:
    # "charges" comes tagged as a plural noun heading the sentence, "Trump" as its compound.
    _, found = attributions_of(
        "Clinton now says she opposes the deal. Trump charges that countries that stand to "
        "benefit from the deal donated millions of dollars to the Clinton Foundation."
    )
    charges = by_cue(found, "charges")
    assert charges.source is not None and charges.source.text == "Trump"
