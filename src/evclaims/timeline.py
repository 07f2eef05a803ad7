"""List claims in the order they were made, and resolve speaker names for every view."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import get_args

from .errors import EvclaimsError
from .models import Article, Claim, Ledger, Status

Row = dict[str, object]

EXCERPT_LIMIT = 90
STATUSES: tuple[str, ...] = get_args(Status)
TIMELINE_COLUMNS = ("date", "date_source", "speaker", "status", "excerpt", "outlet", "claim")


class UnknownSpeakerError(EvclaimsError, ValueError):
    """A speaker name that matches no speaker, or more than one."""


def normalise_name(name: str) -> str:
    """Return `name` case-folded with its whitespace collapsed."""
    return " ".join(name.casefold().split())


def name_table(ledger: Ledger) -> dict[str, str]:
    """Map every known spelling (name, alias, claim speaker) to its canonical name."""
    table = {normalise_name(e.name): e.name for e in ledger.entities}
    for entity in ledger.entities:
        for alias in entity.aliases:
            table.setdefault(normalise_name(alias), entity.name)
    for claim in ledger.claims:
        if claim.speaker:
            table.setdefault(normalise_name(claim.speaker), claim.speaker)
    return table


def resolve_speaker(ledger: Ledger, query: str) -> str:
    """Return the canonical speaker `query` names, through aliases, ignoring case.

    An exact name or alias wins; otherwise the words of `query` must all occur in
    the words of exactly one speaker's name or alias ("Farley" → "Jim Farley").
    Raise `UnknownSpeakerError` when nothing or more than one speaker matches.
    """
    table = name_table(ledger)
    wanted = normalise_name(query)
    if wanted in table:
        return table[wanted]
    words = wanted.split()
    found = sorted(
        {canon for key, canon in table.items() if words and set(words) <= set(key.split())}
    )
    if len(found) == 1:
        return found[0]
    if not found:
        raise UnknownSpeakerError(f"no speaker matches {query!r}")
    raise UnknownSpeakerError(f"{query!r} is ambiguous: " + ", ".join(found))


def spellings_of(ledger: Ledger, canonical: str) -> set[str]:
    """Return the normalised spellings that stand for the speaker `canonical`."""
    return {key for key, canon in name_table(ledger).items() if canon == canonical}


def claims_by(ledger: Ledger, canonical: str) -> list[Claim]:
    """Return the non-duplicate claims whose speaker is `canonical` or one of its aliases."""
    spellings = spellings_of(ledger, canonical)
    return [
        c
        for c in ledger.claims
        if c.duplicate_of is None and c.speaker and normalise_name(c.speaker) in spellings
    ]


def excerpt(text: str, limit: int = EXCERPT_LIMIT) -> str:
    """Return `text` on one line, cut at a word boundary to at most `limit` characters."""
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:|-–—") + "…"


def statement_date(claim: Claim, articles: dict[str, Article]) -> tuple[str | None, str]:
    """Return the claim's date and where it came from: statement, article or undated."""
    if claim.date:
        return claim.date, "statement"
    article = articles.get(claim.article)
    if article is not None and article.published:
        return article.published, "article"
    return None, "undated"


def chronological(claims: Iterable[Claim], articles: dict[str, Article]) -> list[Claim]:
    """Return `claims` by date (statement, else article), undated last, ties in text order."""

    def key(claim: Claim) -> tuple[int, str, str, int, str]:
        date, _ = statement_date(claim, articles)
        return (date is None, date or "", claim.article, claim.span[0], claim.id)

    return sorted(claims, key=key)


def check_status(status: str | None) -> None:
    """Raise ValueError when `status` is not one of the claim statuses."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; choose one of: " + ", ".join(STATUSES))


def timeline_rows(
    ledger: Ledger, speaker: str | None = None, status: str | None = None
) -> list[Row]:
    """Return one row per non-duplicate claim, in date order, undated last.

    Columns: date, date_source (statement | article | undated), speaker, status,
    excerpt, outlet, claim. `speaker` resolves aliases; `status` filters exactly.
    """
    check_status(status)
    articles = {a.id: a for a in ledger.articles}
    if speaker is not None:
        claims = claims_by(ledger, resolve_speaker(ledger, speaker))
    else:
        claims = [c for c in ledger.claims if c.duplicate_of is None]
    if status is not None:
        claims = [c for c in claims if c.status == status]
    rows: list[Row] = []
    for claim in chronological(claims, articles):
        date, source = statement_date(claim, articles)
        article = articles.get(claim.article)
        rows.append(
            {
                "date": date,
                "date_source": source,
                "speaker": claim.speaker,
                "status": claim.status,
                "excerpt": excerpt(claim.text),
                "outlet": outlet_of(article, claim.article),
                "claim": claim.id,
            }
        )
    return rows


def outlet_of(article: Article | None, article_id: str) -> str:
    """Return the article's outlet, else its id, so a row always says where."""
    if article is not None and article.outlet:
        return article.outlet
    return article_id
