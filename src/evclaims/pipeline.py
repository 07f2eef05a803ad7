"""Run the stages: text → claims → duplicates → clusters → conflicts → ledger."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .conflicts import find_conflicts
from .continuity import carry_clusters, carry_conflicts
from .duplicates import find_duplicates, mark_duplicate_claims
from .matcher import cluster_claims
from .models import Article, ArticleText, Claim, Entity, Ledger
from .parser import collect_entities, parse_article
from .titles import resolve_surnames, resolve_titles

Progress = Callable[[str, int, int], None]
"""Called as progress(what, done, total) while a long stage runs."""

METADATA_FIELDS = ("title", "outlet", "author", "published", "url")


def merge_article_metadata(new: Article, old: Article | None) -> Article:
    """Keep a user's edits: unchanged files keep their ledger metadata."""
    if old is None:
        return new
    if old.sha256 == new.sha256:
        kept = {name: getattr(old, name) for name in METADATA_FIELDS}
    else:
        kept = {
            name: getattr(new, name) if getattr(new, name) is not None else getattr(old, name)
            for name in METADATA_FIELDS
        }
    return new.model_copy(update=kept)


def user_entities(previous: Ledger) -> list[Entity]:
    """Return the entity entries a user added or edited in the previous ledger.

    An entry equal to what the parser derives from the previous claims on its own
    is the tool's, and is derived afresh; anything else is the user's and wins.
    """
    derived = collect_entities(previous.claims, [])
    return [entity for entity in previous.entities if entity not in derived]


def build_ledger(
    docs: Sequence[ArticleText],
    previous: Ledger | None = None,
    progress: Progress | None = None,
) -> Ledger:
    """Build a ledger from all its articles, keeping what users edited in `previous`."""
    previous = previous or Ledger()
    old_articles = {a.id: a for a in previous.articles}
    merged: dict[str, ArticleText] = {}
    for doc in docs:
        article = merge_article_metadata(doc.article, old_articles.get(doc.article.id))
        merged[article.id] = ArticleText(article=article, text=doc.text)
    ordered = [merged[key] for key in sorted(merged)]

    known = user_entities(previous)
    claims: list[Claim] = []
    for done, doc in enumerate(ordered):
        if progress:
            progress(f"parsing {doc.article.path}", done, len(ordered))
        claims.extend(parse_article(doc, known))
    if progress:
        progress("matching claims", len(ordered), len(ordered))
    claims = resolve_surnames(resolve_titles(claims))
    entities = collect_entities(claims, known)

    duplicates, copies = find_duplicates(ordered)
    claims = mark_duplicate_claims(claims, duplicates)
    articles = [
        d.article.model_copy(update={"duplicate_of": copies.get(d.article.id)}) for d in ordered
    ]
    clusters, claims = cluster_claims(claims, articles, previous.synonyms, previous.overrides)
    conflicts = find_conflicts(claims, clusters, articles)

    clusters, claims = carry_clusters(
        clusters, claims, previous.clusters, previous.overrides, previous.claims
    )
    conflicts = carry_conflicts(conflicts, previous.conflicts, claims, previous.claims)
    return Ledger(
        version=previous.version,
        articles=articles,
        entities=entities,
        synonyms=previous.synonyms,
        overrides=previous.overrides,
        duplicates=duplicates,
        claims=claims,
        clusters=clusters,
        conflicts=conflicts,
    )
