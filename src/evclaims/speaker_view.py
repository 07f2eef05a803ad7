"""Show one speaker across all articles: what they said, denied, withheld, and were called."""

from __future__ import annotations

from .models import Article, Claim, Ledger
from .timeline import (
    Row,
    chronological,
    claims_by,
    excerpt,
    outlet_of,
    resolve_speaker,
    statement_date,
)

WHO_COLUMNS = ("speaker", "section", "date", "outlet", "status", "detail", "ref")

SECTION_ORDER = (
    "asserted",
    "confirmed",
    "denied",
    "declined_comment",
    "no_response",
    "role",
    "conflict",
)


def role_rows(canonical: str, claims: list[Claim], articles: dict[str, Article]) -> list[Row]:
    """Return one row per (role, article): the titles the articles gave the speaker."""
    seen: set[tuple[str, str]] = set()
    rows: list[Row] = []
    for claim in claims:
        if not claim.role or (claim.role, claim.article) in seen:
            continue
        seen.add((claim.role, claim.article))
        article = articles.get(claim.article)
        rows.append(
            {
                "speaker": canonical,
                "section": "role",
                "date": article.published if article else None,
                "outlet": outlet_of(article, claim.article),
                "status": None,
                "detail": claim.role,
                "ref": claim.article,
            }
        )
    return rows


def conflict_rows(ledger: Ledger, canonical: str, claims: list[Claim]) -> list[Row]:
    """Return one row per conflict that has one of the speaker's claims on a side."""
    own = {c.id for c in claims}
    rows: list[Row] = []
    for conflict in ledger.conflicts:
        if not own.intersection(conflict.claims):
            continue
        rows.append(
            {
                "speaker": canonical,
                "section": "conflict",
                "date": None,
                "outlet": None,
                "status": conflict.review.status,
                "detail": f"[{conflict.kind}] {conflict.summary}",
                "ref": conflict.id,
            }
        )
    return rows


def who_rows(ledger: Ledger, speaker: str) -> list[Row]:
    """Return rows covering one speaker, resolved through aliases ("Farley" → "Jim Farley").

    Columns: speaker, section, date, outlet, status, detail, ref. Sections come in
    this order: asserted, confirmed, denied, declined_comment, no_response (one row
    per claim, `ref` = claim id), role (`ref` = article id), conflict (`status` =
    review state, `ref` = conflict id). Raise `UnknownSpeakerError` for an unknown
    or ambiguous name.
    """
    canonical = resolve_speaker(ledger, speaker)
    articles = {a.id: a for a in ledger.articles}
    claims = chronological(claims_by(ledger, canonical), articles)
    rows: list[Row] = []
    for section in SECTION_ORDER[:5]:
        for claim in claims:
            if claim.status != section:
                continue
            date, _ = statement_date(claim, articles)
            rows.append(
                {
                    "speaker": canonical,
                    "section": section,
                    "date": date,
                    "outlet": outlet_of(articles.get(claim.article), claim.article),
                    "status": claim.status,
                    "detail": excerpt(claim.text),
                    "ref": claim.id,
                }
            )
    rows.extend(role_rows(canonical, claims, articles))
    rows.extend(conflict_rows(ledger, canonical, claims))
    return rows
