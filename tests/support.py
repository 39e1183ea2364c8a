"""Helpers shared by the tests: the reference article and small parsed documents."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from newsledger.context import Context
from newsledger.ingest.text import article_from_text, read_article
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Analysis, Article, Attribution, Published

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "examples" / "seed-article.txt"


def parsed(text: str, published: date | None = None) -> tuple[Doc, Context]:
    """A parsed Doc and a Context for ``text`` (no headline detection on short texts)."""
    article = article_from_text(text, published=published)
    sentences = split_sentences(article.text, has_headline=article.body_start > 0)
    return parse_article(article.text, sentences), Context(article, sentences)


def seed_article(published: Published | None = None) -> Article:
    article = read_article(SEED)
    if published is not None:
        article.published = published
    return article


@cache
def seed_analysis() -> Analysis:
    from newsledger.pipeline import analyze

    return analyze(seed_article())


def attributions_of(text: str) -> tuple[Doc, list[Attribution]]:
    """The Doc of ``text`` and the attributions found in it (headline detected as usual)."""
    from newsledger.extract.attribution import extract_attributions

    sentences = split_sentences(text)
    doc = parse_article(text, sentences)
    return doc, extract_attributions(doc, Context(Article("t", text), sentences))


def by_cue(attributions: list[Attribution], cue: str) -> Attribution:
    """The attribution whose cue text is ``cue``."""
    return next(a for a in attributions if a.cue.text == cue)


def cue_texts(attributions: list[Attribution]) -> list[str]:
    """The cue text of each attribution, in order."""
    return [a.cue.text for a in attributions]
