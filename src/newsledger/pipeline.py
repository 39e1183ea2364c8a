"""The whole analysis of one article: ingest -> nlp -> extract -> resolve -> checks.

Each stage is a plain function; this module only calls them in order. The CLI, the API, the
ingest runner and the evaluation all call :func:`analyze` or :func:`analyze_many`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing, nullcontext
from dataclasses import replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.checks import run_checks
from newsledger.context import Context
from newsledger.errors import InputError
from newsledger.extract.attribution import extract_attributions
from newsledger.extract.claims import build_claims
from newsledger.extract.event_details import attach_details
from newsledger.extract.events import code_events
from newsledger.extract.mentions import extract_mentions
from newsledger.extract.time import extract_times, infer_published
from newsledger.heap import release_free_memory
from newsledger.nlp.model import load_nlp
from newsledger.nlp.parse import parse_articles
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Analysis, Article, Sentence


def analyze(article: Article) -> Analysis:
    """The analysis of ``article``."""
    # closing: the generator's memory zone ends here, even when the analysis raises.
    with closing(analyze_many([article])) as analyses:
        return next(analyses)


# Articles parsed within one spaCy memory zone. Every new word of a text adds to the
# model's vocabulary; a zone frees what its texts added once they are analysed, so a
# process that analyses an endless stream keeps a flat memory.
ZONE_ARTICLES = 256


def analyze_many(
    articles: Iterable[Article], batch_size: int = 32
) -> Generator[Analysis, None, None]:
    """Analyses of ``articles`` in order; the model is loaded once and parses in batches."""
    nlp = load_nlp()
    source = iter(articles)
    while True:
        count = 0
        # Zones must not nest: inside a caller's zone (a consumer that analyses again while
        # it iterates), the caller's zone frees the strings.
        nested = getattr(nlp.vocab, "in_memory_zone", False)
        with nullcontext() if nested else nlp.memory_zone():
            # Only plain records leave the zone: no Doc, Span or Token outlives it.
            for analysis in _analyze_zone(nlp, islice(source, ZONE_ARTICLES), batch_size):
                count += 1
                yield analysis
                if count % batch_size == 0:
                    # The batch's Docs are gone: their pages go back to the system (once
                    # they add up), or the process keeps the high-water mark of its longest
                    # articles for good.
                    release_free_memory()
        if not nested:
            release_free_memory()  # and what the zone's strings held
        if count < ZONE_ARTICLES:
            return


def _analyze_zone(
    nlp: Language, articles: Iterable[Article], batch_size: int
) -> Iterator[Analysis]:
    # nlp.pipe reads ahead of what it yields; the queue pairs each Doc with its article.
    pending: deque[tuple[Article, list[Sentence]]] = deque()

    def items() -> Iterator[tuple[str, list[Sentence]]]:
        for article in articles:
            if len(article.text) > nlp.max_length:
                # spaCy would raise a bare ValueError (E088) deep inside the parse.
                raise InputError(
                    f"{article.url or article.id}: {len(article.text):,} characters is over "
                    f"the parser's limit of {nlp.max_length:,}"
                )
            sentences = split_sentences(article.text, has_headline=article.body_start > 0)
            pending.append((article, sentences))
            yield article.text, sentences

    for doc in parse_articles(items(), nlp=nlp, batch_size=batch_size):
        article, sentences = pending.popleft()
        yield analyze_doc(doc, Context(article=article, sentences=sentences))


def analyze_doc(doc: Doc, ctx: Context) -> Analysis:
    """Every extraction stage over a parsed article."""
    ctx.times = extract_times(doc, ctx)
    if ctx.article.published.date is None:
        ctx.article = replace(ctx.article, published=infer_published(doc, ctx, ctx.times))
    ctx.mentions = extract_mentions(doc, ctx)
    attributions = extract_attributions(doc, ctx)
    ctx.claims = build_claims(doc, ctx, attributions)
    events = attach_details(doc, ctx, code_events(doc, ctx))
    return Analysis(
        article=ctx.article,
        sentences=ctx.sentences,
        mentions=ctx.mentions,
        claims=ctx.claims,
        times=ctx.times,
        attributions=attributions,
        events=events,
        flags=run_checks(doc, ctx),
    )
