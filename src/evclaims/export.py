"""Flatten claims, clusters and conflicts into tables and write them as CSV or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from .models import Article, Ledger
from .render import to_csv
from .timeline import Row

LIST_SEPARATOR = ";"
SIDE_SEPARATOR = " | "

CLAIM_COLUMNS = (
    "id", "article", "outlet", "published", "speaker", "speaker_kind", "role", "cue",
    "status", "text", "quote", "span_start", "span_end", "content_start", "content_end",
    "date", "hedged", "cluster", "duplicate_of", "origin", "rule",
)  # fmt: skip
CLUSTER_COLUMNS = (
    "id", "label", "independent_sources", "claim_count", "claims", "articles", "outlets",
    "origins", "review_status", "review_note",
)  # fmt: skip
CONFLICT_COLUMNS = (
    "id", "kind", "severity", "update", "summary", "claims", "sides", "speakers",
    "review_status", "review_note",
)  # fmt: skip
TABLES: dict[str, tuple[str, ...]] = {
    "claims": CLAIM_COLUMNS,
    "clusters": CLUSTER_COLUMNS,
    "conflicts": CONFLICT_COLUMNS,
}


def joined(values: Iterable[str]) -> str:
    """Join list values into one cell."""
    return LIST_SEPARATOR.join(values)


def outlets_of(article_ids: Iterable[str], articles: dict[str, Article]) -> str:
    """Join the distinct outlets of some articles, in first-seen order."""
    names = (articles[a].outlet for a in article_ids if a in articles)
    return joined(dict.fromkeys(n for n in names if n))


def claim_table(ledger: Ledger) -> list[Row]:
    """Return one flat row per claim, duplicates included (see `duplicate_of`)."""
    articles = {a.id: a for a in ledger.articles}
    rows: list[Row] = []
    for c in ledger.claims:
        article = articles.get(c.article)
        rows.append(
            {
                "id": c.id,
                "article": c.article,
                "outlet": article.outlet if article else None,
                "published": article.published if article else None,
                "speaker": c.speaker,
                "speaker_kind": c.speaker_kind,
                "role": c.role,
                "cue": c.cue,
                "status": c.status,
                "text": c.text,
                "quote": c.quote,
                "span_start": c.span[0],
                "span_end": c.span[1],
                "content_start": c.content_span[0],
                "content_end": c.content_span[1],
                "date": c.date,
                "hedged": c.hedged,
                "cluster": c.cluster,
                "duplicate_of": c.duplicate_of,
                "origin": c.origin,
                "rule": c.rule,
            }
        )
    return rows


def cluster_table(ledger: Ledger) -> list[Row]:
    """Return one flat row per cluster."""
    articles = {a.id: a for a in ledger.articles}
    return [
        {
            "id": k.id,
            "label": k.label,
            "independent_sources": k.independent_sources,
            "claim_count": len(k.claims),
            "claims": joined(k.claims),
            "articles": joined(k.articles),
            "outlets": outlets_of(k.articles, articles),
            "origins": joined(k.origins),
            "review_status": k.review.status,
            "review_note": k.review.note,
        }
        for k in ledger.clusters
    ]


def conflict_table(ledger: Ledger) -> list[Row]:
    """Return one flat row per conflict; sides are separated by " | "."""
    claims = {c.id: c for c in ledger.claims}
    rows: list[Row] = []
    for x in ledger.conflicts:
        speakers = (claims[i].speaker for i in x.claims if i in claims)
        rows.append(
            {
                "id": x.id,
                "kind": x.kind,
                "severity": x.severity,
                "update": x.update,
                "summary": x.summary,
                "claims": joined(x.claims),
                "sides": SIDE_SEPARATOR.join(joined(side) for side in x.sides),
                "speakers": joined(dict.fromkeys(s for s in speakers if s)),
                "review_status": x.review.status,
                "review_note": x.review.note,
            }
        )
    return rows


def export_tables(ledger: Ledger) -> dict[str, list[Row]]:
    """Return the claims, clusters and conflicts tables, each with a fixed column order."""
    return {
        "claims": claim_table(ledger),
        "clusters": cluster_table(ledger),
        "conflicts": conflict_table(ledger),
    }


def check_table(table: str) -> None:
    """Raise ValueError when `table` names no exported table."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of: " + ", ".join(TABLES))


def write_jsonl(tables: dict[str, list[Row]], names: Sequence[str]) -> str:
    """Return the rows of the named tables as JSON Lines, each led by a `table` field."""
    lines = [
        json.dumps({"table": name, **row}, ensure_ascii=False)
        for name in names
        for row in tables[name]
    ]
    return "".join(line + "\n" for line in lines)


def export_csv(ledger: Ledger, table: str = "claims") -> str:
    """Return one table of the ledger as CSV (`claims`, `clusters` or `conflicts`)."""
    check_table(table)
    return to_csv(export_tables(ledger)[table], TABLES[table])


def export_jsonl(ledger: Ledger, table: str | None = None) -> str:
    """Return all tables (or only `table`) as JSON Lines."""
    if table is not None:
        check_table(table)
    names = [table] if table is not None else list(TABLES)
    return write_jsonl(export_tables(ledger), names)
