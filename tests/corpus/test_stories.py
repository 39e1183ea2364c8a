from datetime import date

from corpus_sample import PATRIOT, analysis, article, event

from newsledger.corpus.stories import cluster_stories

REWRITE = (
    "Patriots for Kyiv\n\n"
    "Berlin and Washington will send Ukraine two more Patriot systems, German Defence Minister "
    "Boris Pistorius told reporters, though a formal decision may take weeks."
)
QUAKE = (
    "Strong quake hits Sumatra\n\n"
    "A magnitude 6.1 earthquake struck off the coast of Sumatra on Monday, the Indonesian "
    "geophysics agency said. No damage was reported in Aceh."
)
QUAKE_2 = (
    "Sumatra earthquake\n\n"
    "An earthquake of magnitude 6.1 shook Aceh in northern Sumatra, Indonesia's geophysics "
    "agency reported, with no immediate damage."
)


def test_copies_and_rewrites_form_one_story_apart_from_another_happening() -> None:
    items = [
        article(PATRIOT),
        article("BERLIN (dpa) - " + PATRIOT),
        article(REWRITE),
        article(QUAKE),
        article(QUAKE_2),
    ]
    stories = cluster_stories(items)
    groups = sorted(
        sorted(items.index(next(a for a in items if a.id == i)) for i in s.articles)
        for s in stories
    )
    assert groups == [[0, 1, 2], [3, 4]]
    patriot = next(s for s in stories if items[0].id in s.articles)
    assert sorted(len(c) for c in patriot.copies) == [1, 2]
    assert "patriot" in patriot.terms


def test_each_article_once_and_analysis_features_kept() -> None:
    seen = analysis(
        PATRIOT,
        [event(PATRIOT, "agreed to deliver", "AID", ["DEU", "USA"], ["UKR"])],
        published=date(2024, 5, 2),
    )
    stories = cluster_stories([seen, seen.article, article(QUAKE)])
    assert sorted(len(s.articles) for s in stories) == [1, 1]
    patriot = next(s for s in stories if seen.article.id in s.articles)
    assert patriot.actors == ["DEU", "UKR", "USA"]
    assert patriot.event_types == ["AID"]
    assert patriot.first_seen == date(2024, 5, 2)


def test_no_items_no_stories() -> None:
    assert cluster_stories([]) == []
