"""Find repeated and copied text within and across articles (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from .models import ArticleText, Claim, Duplicate


def find_duplicates(docs: Sequence[ArticleText]) -> tuple[list[Duplicate], dict[str, str]]:
    """Return the duplicate passages and a map of whole-copy article id to its original."""
    return [], {}


def mark_duplicate_claims(claims: list[Claim], duplicates: list[Duplicate]) -> list[Claim]:
    """Return the claims with `duplicate_of` set for those inside a copied passage."""
    return claims
