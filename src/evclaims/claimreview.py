"""Export each cluster as a schema.org ClaimReview in JSON-LD, leaving unknown fields out."""

from __future__ import annotations

import json

from .models import Article, Claim, Cluster, Conflict, Ledger
from .timeline import chronological, statement_date

SCHEMA_CONTEXT = "https://schema.org"
DISPUTING_KIND = "report_vs_denial"
DISPUTING_REVIEWS = ("open", "confirmed")
SPEAKER_TYPES = {"person": "Person", "organization": "Organization", "publication": "Organization"}

JsonLd = dict[str, object]


def verdict(cluster: Cluster, conflicts: list[Conflict]) -> tuple[str, str | None]:
    """Return the evclaims verdict on a cluster and the summary that explains a dispute.

    "Disputed" when an unresolved (open or confirmed) report-versus-denial conflict,
    not marked as an update, involves one of its claims; else "Corroborated by N
    independent sources" when N ≥ 2; else "Single source".
    """
    members = set(cluster.claims)
    for conflict in conflicts:
        if (
            conflict.kind == DISPUTING_KIND
            and conflict.review.status in DISPUTING_REVIEWS
            and not conflict.update
            and members.intersection(conflict.claims)
        ):
            return "Disputed", conflict.summary
    if cluster.independent_sources >= 2:
        return f"Corroborated by {cluster.independent_sources} independent sources", None
    return "Single source", None


def appearance(article: Article) -> JsonLd:
    """Return a CreativeWork for an article: its URL (else its path) and known metadata."""
    work: JsonLd = {"@type": "CreativeWork", "url": article.url or article.path}
    if article.title:
        work["headline"] = article.title
    if article.published:
        work["datePublished"] = article.published
    if article.author:
        work["author"] = {"@type": "Person", "name": article.author}
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    return work


def claimant(claim: Claim) -> JsonLd | None:
    """Return the speaker of a claim as a Person or Organization, or None if unnamed."""
    kind = SPEAKER_TYPES.get(claim.speaker_kind)
    if claim.speaker is None or kind is None:
        return None
    return {"@type": kind, "name": claim.speaker}


def item_reviewed(cluster: Cluster, claims: list[Claim], articles: dict[str, Article]) -> JsonLd:
    """Return the Claim the review is about: claimant, first date and every appearance."""
    item: JsonLd = {"@type": "Claim"}
    ordered = chronological(claims, articles)
    if ordered:
        earliest = ordered[0]
        author = claimant(earliest)
        if author is not None:
            item["author"] = author
        date, _ = statement_date(earliest, articles)
        if date is not None:
            item["datePublished"] = date
    article_ids = list(dict.fromkeys([*cluster.articles, *(c.article for c in ordered)]))
    works = [appearance(articles[a]) for a in article_ids if a in articles]
    if works:
        item["appearance"] = works
    if ordered and ordered[0].article in articles:
        item["firstAppearance"] = appearance(articles[ordered[0].article])
    return item


def claimreview_export(ledger: Ledger, organisation: str | None = None) -> list[JsonLd]:
    """Return one ClaimReview per cluster, in ledger order.

    The claimant is the speaker of the cluster's earliest original (non-duplicate)
    claim; `organisation` becomes the review's `author`, omitted when None.
    """
    articles = {a.id: a for a in ledger.articles}
    claims = {c.id: c for c in ledger.claims}
    reviews: list[JsonLd] = []
    for cluster in ledger.clusters:
        members = [claims[c] for c in cluster.claims if c in claims]
        originals = [c for c in members if c.duplicate_of is None] or members
        name, explanation = verdict(cluster, ledger.conflicts)
        rating: JsonLd = {"@type": "Rating", "alternateName": name}
        if explanation:
            rating["ratingExplanation"] = explanation
        review: JsonLd = {
            "@context": SCHEMA_CONTEXT,
            "@type": "ClaimReview",
            "identifier": cluster.id,
            "claimReviewed": cluster.label,
            "itemReviewed": item_reviewed(cluster, originals, articles),
            "reviewRating": rating,
        }
        if organisation:
            review["author"] = {"@type": "Organization", "name": organisation}
        reviews.append(review)
    return reviews


def claimreview_json(ledger: Ledger, organisation: str | None = None) -> str:
    """Return the ClaimReview export as indented JSON-LD text ending in a newline."""
    return json.dumps(claimreview_export(ledger, organisation), indent=2, ensure_ascii=False) + "\n"
