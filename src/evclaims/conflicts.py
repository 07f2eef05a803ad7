"""Find where the coverage disagrees (placeholder)."""

from __future__ import annotations

from .models import Article, Claim, Cluster, Conflict


def find_conflicts(
    claims: list[Claim], clusters: list[Cluster], articles: list[Article]
) -> list[Conflict]:
    """Return the conflicts between claims, each explained in plain words."""
    return []
