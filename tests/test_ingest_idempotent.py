"""Ingest is idempotent: building again from its own output changes nothing."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from evclaims.ledger_io import dump_ledger
from evclaims.models import Article, ArticleText
from evclaims.pipeline import build_ledger

SPEAKERS = [
    "Mayor Ellen Ruiz",
    "the company",
    "Harbor Transit",
    "officials",
    "She",
    "a spokesperson",
]
CUES = ["said", "denied", "told reporters", "declined to comment", "confirmed", "warned"]
BODIES = [
    "the bridge will reopen on Friday",
    "repairs cost $4.2 million",
    "“We are confident it is safe”",
    "ridership fell 12% last year",
    "no decision has been made",
]
sentence = st.builds(
    lambda s, c, b, order: f"{s} {c} {b}." if order else f"{b[0].upper()}{b[1:]}, {s} {c}.",
    st.sampled_from(SPEAKERS),
    st.sampled_from(CUES),
    st.sampled_from(BODIES),
    st.booleans(),
)
article_text = st.lists(sentence, min_size=1, max_size=6).map(
    lambda lines: "Headline of the day\n\n" + " ".join(lines) + "\n"
)


def docs_from(texts: list[str]) -> list[ArticleText]:
    docs = []
    for n, text in enumerate(texts):
        sha = hashlib.sha256(text.encode()).hexdigest()
        article = Article(id=f"a{n}", path=f"articles/a{n}.txt", sha256=sha, published="2024-05-02")
        docs.append(ArticleText(article=article, text=text))
    return docs


@settings(max_examples=40, deadline=None)
@given(st.lists(article_text, min_size=1, max_size=4))
def test_rebuilding_from_the_previous_ledger_is_byte_identical(texts: list[str]) -> None:
    docs = docs_from(texts)
    first = build_ledger(docs)
    second = build_ledger(docs, previous=first)
    assert dump_ledger(second) == dump_ledger(first)
    for claim in first.claims:
        text = texts[int(claim.article[1:])]
        assert text[claim.span[0] : claim.span[1]] == claim.text
