"""Build the records of the listing commands from a ledger."""

from __future__ import annotations

from typing import Any

from .errors import EvclaimsError
from .models import Article, Claim, Ledger
from .render import View
from .timeline import normalise_name, resolve_speaker, spellings_of

ARTICLE_COLUMNS = ["id", "outlet", "published", "author", "title", "duplicate_of"]
CLAIM_COLUMNS = ["id", "article", "speaker", "status", "cue", "date", "hedged", "text"]
CLUSTER_COLUMNS = ["id", "label", "independent_sources", "articles", "claims"]
AGREEMENT_COLUMNS = ["id", "label", "independent_sources", "outlets", "origins", "statuses"]
CONFLICT_COLUMNS = ["id", "kind", "severity", "review_status", "summary"]
DUPLICATE_COLUMNS = ["kind", "article", "span", "other_article", "other_span", "similarity"]


def find_article(ledger: Ledger, query: str) -> Article:
    """Return the article named by id, ledger path or file name."""
    for article in ledger.articles:
        if query in (article.id, article.path, article.path.rsplit("/", 1)[-1]):
            return article
    known = ", ".join(a.id for a in ledger.articles[:5])
    raise EvclaimsError(f"no article {query!r} in the ledger (ids look like: {known})")


def article_view(ledger: Ledger) -> View:
    """List the articles."""
    records = [a.model_dump(mode="json") for a in ledger.articles]
    return View(records, ARTICLE_COLUMNS, "Articles", "no articles; run `evclaims ingest`")


def select_claims(
    ledger: Ledger,
    article: str | None = None,
    speaker: str | None = None,
    status: str | None = None,
) -> list[Claim]:
    """Return the claims that pass the filters."""
    names = spellings_of(ledger, resolve_speaker(ledger, speaker)) if speaker else set()
    if article:
        article = find_article(ledger, article).id
    chosen = []
    for claim in ledger.claims:
        if article and claim.article != article:
            continue
        if speaker and normalise_name(claim.speaker or "") not in names:
            continue
        if status and claim.status != status:
            continue
        chosen.append(claim)
    return chosen


def claim_view(
    ledger: Ledger,
    article: str | None = None,
    speaker: str | None = None,
    status: str | None = None,
) -> View:
    """List the claims, optionally filtered by article, speaker and status."""
    records = [c.model_dump(mode="json") for c in select_claims(ledger, article, speaker, status)]
    return View(records, CLAIM_COLUMNS, "Claims", "no claims match")


def cluster_view(ledger: Ledger) -> View:
    """List the clusters."""
    records = [c.model_dump(mode="json") for c in ledger.clusters]
    return View(records, CLUSTER_COLUMNS, "Clusters", "no clusters")


def outlet_name(article: Article | None) -> str:
    """Return the outlet of an article, falling back to its id."""
    if article is None:
        return "?"
    return article.outlet or article.id


def agreement_view(ledger: Ledger, min_sources: int = 2) -> View:
    """List clusters backed by at least `min_sources` independent sources."""
    articles = {a.id: a for a in ledger.articles}
    claims = {c.id: c for c in ledger.claims}
    records: list[dict[str, Any]] = []
    ranked = sorted(ledger.clusters, key=lambda k: (-k.independent_sources, k.id))
    for cluster in ranked:
        if cluster.independent_sources < min_sources:
            continue
        members = [claims[m] for m in cluster.claims if m in claims]
        record = cluster.model_dump(mode="json")
        record["outlets"] = sorted({outlet_name(articles.get(a)) for a in cluster.articles})
        record["statuses"] = sorted({c.status for c in members})
        records.append(record)
    return View(
        records,
        AGREEMENT_COLUMNS,
        f"Claims with at least {min_sources} independent sources",
        f"no cluster has {min_sources} or more independent sources",
    )


def conflict_view(ledger: Ledger, open_only: bool = False) -> View:
    """List the conflicts, optionally only those not yet reviewed."""
    claims = {c.id: c for c in ledger.claims}
    articles = {a.id: a for a in ledger.articles}
    records: list[dict[str, Any]] = []
    for conflict in ledger.conflicts:
        if open_only and conflict.review.status != "open":
            continue
        record = conflict.model_dump(mode="json")
        record["review_status"] = conflict.review.status
        record["parties"] = [
            {
                "claim": cid,
                "article": claims[cid].article,
                "outlet": outlet_name(articles.get(claims[cid].article)),
                "speaker": claims[cid].speaker,
                "status": claims[cid].status,
            }
            for cid in conflict.claims
            if cid in claims
        ]
        records.append(record)
    empty = "no open conflicts" if open_only else "no conflicts"
    return View(records, CONFLICT_COLUMNS, "Conflicts", empty)


def duplicate_view(ledger: Ledger) -> View:
    """List repeated and copied passages."""
    records = [d.model_dump(mode="json") for d in ledger.duplicates]
    return View(records, DUPLICATE_COLUMNS, "Duplicates", "no duplicates found")
