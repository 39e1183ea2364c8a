"""What every extractor may read besides the Doc: the article and earlier stages' output."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from newsledger.records import Article, Claim, Mention, Sentence, TimeExpr


@dataclass
class Context:
    article: Article
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)

    @property
    def reference_date(self) -> date | None:
        """The date roles and relative times are read at: published, else the earliest bound."""
        published = self.article.published
        return published.date or published.earliest

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
