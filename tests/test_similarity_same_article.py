"""Similarity: one speaker's two reported sentences in one article get no same-speaker bonus."""

from __future__ import annotations

from evclaims.models import Claim
from evclaims.similarity import SAME_SPEAKER, build_features, pair_score


def said(cid: str, article: str, text: str, quote: str | None = None) -> Claim:
    """Return an asserted claim by Brightmoor."""
    return Claim(
        id=cid,
        article=article,
        speaker="Brightmoor",
        speaker_kind="organization",
        text=text,
        quote=quote,
        span=(0, len(text)),
        content_span=(0, len(text)),
        rule="test",
    )


FIRST = "Brightmoor said it is recalling 20,000 kettles because the lids can fail."
SECOND = "Brightmoor said owners should stop using the kettles and will get a refund."


def score(a: Claim, b: Claim) -> float:
    feats, idf = build_features([a, b], {})
    return pair_score(feats[0], feats[1], idf, {})


def test_same_article_reported_sentences_lose_the_speaker_bonus() -> None:
    apart = score(said("a", "x", FIRST), said("b", "y", SECOND))
    together = score(said("a", "x", FIRST), said("b", "x", SECOND))
    assert 0 < together < apart
    assert abs(apart - together - SAME_SPEAKER) < 1e-9


def test_a_quote_backing_a_paraphrase_keeps_the_bonus() -> None:
    quoted = said("b", "x", SECOND, quote="owners should stop using the kettles")
    elsewhere = said("b", "y", SECOND, quote="owners should stop using the kettles")
    assert score(said("a", "x", FIRST), quoted) == score(said("a", "x", FIRST), elsewhere)
