"""A fast stand-in for newsledger.pipeline in ingest tests: sentences only, no spaCy.

Named by ``NEWSLEDGER_ANALYZER=fake_pipeline:analyze_many`` so worker processes import it too.
Any article whose text contains "EXPLODE" fails analysis, to test failure isolation;
FAKE_PIPELINE_DELAY (seconds per article) slows a run down enough to kill it midway.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator

from newsledger.nlp.sentences import split_sentences
from newsledger.records import Analysis, Article


def analyze_many(articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
    delay = float(os.environ.get("FAKE_PIPELINE_DELAY", "0"))
    for article in articles:
        time.sleep(delay)
        if "EXPLODE" in article.text:
            raise ValueError("boom")
        sentences = split_sentences(article.text, has_headline=article.body_start > 0)
        yield Analysis(article=article, sentences=sentences)
