"""Summarise the story on one screen: agreement, conflicts, responses, copies, articles."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import BaseModel, Field

from .models import Article, Claim, Cluster, Conflict, Duplicate, Ledger, Span
from .timeline import Row, name_table, normalise_name, outlet_of

TOP_CLUSTERS = 10
RESPONSE_STATUSES = ("denied", "declined_comment", "no_response")
ACTIVE_REVIEWS = ("open",)

CLUSTER_COLUMNS = ("cluster", "label", "independent_sources", "claim_count", "outlets")
CONFLICT_COLUMNS = ("conflict", "kind", "severity", "summary", "update")
RESPONSE_COLUMNS = ("party", "status", "count", "outlets", "claims")
COPY_COLUMNS = ("kind", "article", "relation", "other_article", "similarity", "chars")
ARTICLE_COLUMNS = ("article", "outlet", "published", "author", "title", "copy_of")
STORY_COLUMNS = tuple(
    dict.fromkeys(
        (
            "section",
            *CLUSTER_COLUMNS,
            *CONFLICT_COLUMNS,
            *RESPONSE_COLUMNS,
            *COPY_COLUMNS,
            *ARTICLE_COLUMNS,
        )
    )
)


class StorySummary(BaseModel):
    """The one-screen story: each section is a list of rows with a fixed key order."""

    corroborated: list[Row] = Field(default_factory=list)
    open_conflicts: list[Row] = Field(default_factory=list)
    responses: list[Row] = Field(default_factory=list)
    copies: list[Row] = Field(default_factory=list)
    articles: list[Row] = Field(default_factory=list)

    def sections(self) -> dict[str, list[Row]]:
        """Return the sections by name, in display order."""
        return {
            "corroborated": self.corroborated,
            "open_conflicts": self.open_conflicts,
            "responses": self.responses,
            "copies": self.copies,
            "articles": self.articles,
        }

    def rows(self) -> list[Row]:
        """Return every row of every section in one list with the same keys (`STORY_COLUMNS`).

        Keys a section lacks are None, so CSV and tables get one stable header.
        """
        return [
            {column: name if column == "section" else row.get(column) for column in STORY_COLUMNS}
            for name, rows in self.sections().items()
            for row in rows
        ]


def unique(values: Iterable[str]) -> list[str]:
    """Return `values` without repeats, in first-seen order."""
    return list(dict.fromkeys(values))


def cluster_outlets(cluster: Cluster, articles: dict[str, Article]) -> list[str]:
    """Return the outlets behind a cluster, skipping articles that are whole copies."""
    return unique(
        outlet_of(articles.get(a), a)
        for a in cluster.articles
        if a not in articles or articles[a].duplicate_of is None
    )


def ranked_clusters(ledger: Ledger) -> list[Cluster]:
    """Return clusters, most independent sources first, then most claims, then label."""
    return sorted(
        ledger.clusters, key=lambda k: (-k.independent_sources, -len(k.claims), k.label, k.id)
    )


def corroborated_rows(ledger: Ledger, limit: int = TOP_CLUSTERS) -> list[Row]:
    """Return the `limit` most corroborated clusters."""
    articles = {a.id: a for a in ledger.articles}
    return [
        {
            "cluster": k.id,
            "label": k.label,
            "independent_sources": k.independent_sources,
            "claim_count": len(k.claims),
            "outlets": "; ".join(cluster_outlets(k, articles)),
        }
        for k in ranked_clusters(ledger)[:limit]
    ]


def is_open(conflict: Conflict) -> bool:
    """Return True when nobody has reviewed the conflict yet."""
    return conflict.review.status in ACTIVE_REVIEWS


def open_conflict_rows(ledger: Ledger) -> list[Row]:
    """Return the unreviewed conflicts, most severe first."""
    rank = {"high": 0, "medium": 1, "low": 2}
    conflicts = sorted(
        (c for c in ledger.conflicts if is_open(c)), key=lambda c: (rank[c.severity], c.kind, c.id)
    )
    return [
        {
            "conflict": c.id,
            "kind": c.kind,
            "severity": c.severity,
            "summary": c.summary,
            "update": c.update,
        }
        for c in conflicts
    ]


def response_rows(ledger: Ledger) -> list[Row]:
    """Return denials, refusals and silences grouped by canonical party and status."""
    articles = {a.id: a for a in ledger.articles}
    names = name_table(ledger)
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in ledger.claims:
        if claim.status in RESPONSE_STATUSES and claim.duplicate_of is None:
            party = names[normalise_name(claim.speaker)] if claim.speaker else "(unattributed)"
            groups.setdefault((party, claim.status), []).append(claim)
    order = {s: i for i, s in enumerate(RESPONSE_STATUSES)}
    return [
        {
            "party": party,
            "status": status,
            "count": len(claims),
            "outlets": "; ".join(
                unique(outlet_of(articles.get(c.article), c.article) for c in claims)
            ),
            "claims": "; ".join(c.id for c in claims),
        }
        for (party, status), claims in sorted(
            groups.items(), key=lambda item: (item[0][0].casefold(), order[item[0][1]])
        )
    ]


def copy_direction(d: Duplicate, articles: Mapping[str, Article]) -> tuple[str, str] | None:
    """Return (copy, original) article ids when the ledger shows which is which.

    An article's `duplicate_of` decides; otherwise the later publication date is
    the copy; with neither, the direction is unknown (None).
    """
    if d.article == d.other_article:
        return None
    one, two = articles.get(d.article), articles.get(d.other_article)
    if one is not None and one.duplicate_of == d.other_article:
        return d.article, d.other_article
    if two is not None and two.duplicate_of == d.article:
        return d.other_article, d.article
    if one and two and one.published and two.published and one.published != two.published:
        if one.published > two.published:
            return d.article, d.other_article
        return d.other_article, d.article
    return None


def passage_sides(d: Duplicate, articles: Mapping[str, Article]) -> list[tuple[str, str, Span]]:
    """Return the two passages of a duplicate as (label, article id, span), copy first."""
    if d.article == d.other_article:
        first, second = sorted([d.span, d.other_span])
        return [("First occurrence", d.article, first), ("Repeated", d.article, second)]
    direction = copy_direction(d, articles)
    if direction is None:
        return [("Passage", d.article, d.span), ("Same text", d.other_article, d.other_span)]
    if direction[0] == d.article:
        return [("Copy", d.article, d.span), ("Original", d.other_article, d.other_span)]
    return [("Copy", d.other_article, d.other_span), ("Original", d.article, d.span)]


def copy_rows(ledger: Ledger) -> list[Row]:
    """Return the duplicated passages found, largest first, the copy first when known.

    `relation` reads "copies" (article copies other_article), "repeats" (an
    article repeats its own text) or "shares text with" (direction unknown).
    """
    articles = {a.id: a for a in ledger.articles}
    dups = sorted(
        ledger.duplicates,
        key=lambda d: (-(d.span[1] - d.span[0]), d.article, d.span[0], d.other_article),
    )
    rows: list[Row] = []
    for d in dups:
        (label, first, span), (_, second, _) = passage_sides(d, articles)
        relation = {"Copy": "copies", "First occurrence": "repeats"}.get(label, "shares text with")
        rows.append(
            {
                "kind": d.kind,
                "article": outlet_label(articles.get(first), first),
                "relation": relation,
                "other_article": outlet_label(articles.get(second), second),
                "similarity": round(d.similarity, 3),
                "chars": span[1] - span[0],
            }
        )
    return rows


def outlet_label(article: Article | None, article_id: str) -> str:
    """Return "Outlet (id)" or just the id when the outlet is unknown."""
    if article is not None and article.outlet:
        return f"{article.outlet} ({article_id})"
    return article_id


def article_rows(ledger: Ledger) -> list[Row]:
    """Return the articles by date (undated last), with the article each one copies."""
    articles = sorted(ledger.articles, key=lambda a: (a.published is None, a.published or "", a.id))
    return [
        {
            "article": a.id,
            "outlet": a.outlet,
            "published": a.published,
            "author": a.author,
            "title": a.title,
            "copy_of": a.duplicate_of,
        }
        for a in articles
    ]


def story_summary(ledger: Ledger, top: int = TOP_CLUSTERS) -> StorySummary:
    """Return the one-screen summary of the ledger's story."""
    return StorySummary(
        corroborated=corroborated_rows(ledger, top),
        open_conflicts=open_conflict_rows(ledger),
        responses=response_rows(ledger),
        copies=copy_rows(ledger),
        articles=article_rows(ledger),
    )
