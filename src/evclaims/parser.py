"""Split an article into sourced claims (placeholder until the parser lands)."""

from __future__ import annotations

from .models import ArticleText, Claim, Entity


def parse_article(doc: ArticleText, entities: list[Entity]) -> list[Claim]:
    """Return the sourced claims of one article, in text order."""
    return []


def collect_entities(claims: list[Claim], known: list[Entity]) -> list[Entity]:
    """Return the entity table: the known entries first, then new speakers."""
    return list(known)
