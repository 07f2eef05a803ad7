"""Test the flat claims, clusters and conflicts tables and their CSV and JSONL writers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from story_fixtures import (
    ALL_CLAIMS,
    REPORT_VS_DENIAL,
    TALKS_CLUSTER,
    TALKS_LEDGER,
    WHITFIELD_DECLINES,
    WIRE_WHITFIELD,
    story_ledger,
)

from evclaims.export import (
    CLAIM_COLUMNS,
    CLUSTER_COLUMNS,
    CONFLICT_COLUMNS,
    export_csv,
    export_jsonl,
    export_tables,
)


def test_tables_have_a_stable_column_order() -> None:
    tables = export_tables(story_ledger())
    assert list(tables) == ["claims", "clusters", "conflicts"]
    assert all(tuple(r) == CLAIM_COLUMNS for r in tables["claims"])
    assert all(tuple(r) == CLUSTER_COLUMNS for r in tables["clusters"])
    assert all(tuple(r) == CONFLICT_COLUMNS for r in tables["conflicts"])
    assert len(tables["claims"]) == len(ALL_CLAIMS)


def test_claim_rows_flatten_spans_and_join_article_metadata() -> None:
    rows = {r["id"]: r for r in export_tables(story_ledger())["claims"]}
    row = rows[WHITFIELD_DECLINES.id]
    assert row["outlet"] == "Harbor & Bay Post" and row["published"] == "2026-03-03"
    assert (row["span_start"], row["span_end"]) == WHITFIELD_DECLINES.span
    assert row["date"] == "2026-03-01" and row["role"] == "Acme chief executive"
    assert rows[WIRE_WHITFIELD.id]["duplicate_of"] == WHITFIELD_DECLINES.id


def test_cluster_and_conflict_rows_join_lists() -> None:
    tables = export_tables(story_ledger())
    cluster = next(r for r in tables["clusters"] if r["id"] == TALKS_CLUSTER.id)
    assert cluster["claims"] == ";".join(TALKS_CLUSTER.claims)
    assert cluster["outlets"] == "Daily Ledger;Harbor & Bay Post;Wire Copy"
    assert cluster["claim_count"] == 3 and cluster["review_status"] == "open"
    conflict = next(r for r in tables["conflicts"] if r["id"] == REPORT_VS_DENIAL.id)
    assert conflict["sides"] == f"{TALKS_LEDGER.id} | {REPORT_VS_DENIAL.claims[1]}"
    assert conflict["speakers"] == "people familiar with the matter;Acme Motors"
    assert conflict["update"] is False


def test_csv_round_trips_quotes_pipes_and_empty_values() -> None:
    text = export_csv(story_ledger(), "claims")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == CLAIM_COLUMNS
    rows = {r["id"]: r for r in reader}
    row = rows[WHITFIELD_DECLINES.id]
    assert row["text"] == WHITFIELD_DECLINES.text  # holds '"', '<' and '|'
    assert row["hedged"] == "false" and row["cluster"] == ""
    assert rows[TALKS_LEDGER.id]["cluster"] == TALKS_CLUSTER.id
    assert text.count("\r\n") == 0


def test_csv_writes_the_named_table_only() -> None:
    text = export_csv(story_ledger(), "conflicts")
    header, *lines = text.splitlines()
    assert header == ",".join(CONFLICT_COLUMNS)
    assert len(lines) == 3
    with pytest.raises(ValueError, match="unknown table 'people'"):
        export_csv(story_ledger(), "people")


def test_jsonl_records_carry_their_table_first() -> None:
    records = [json.loads(line) for line in export_jsonl(story_ledger()).splitlines()]
    assert [r["table"] for r in records] == ["claims"] * 14 + ["clusters"] * 3 + ["conflicts"] * 3
    assert all(next(iter(r)) == "table" for r in records)
    assert records[0] == {"table": "claims", **export_tables(story_ledger())["claims"][0]}
    only = export_jsonl(story_ledger(), "clusters").splitlines()
    assert [json.loads(line)["id"] for line in only][0] == TALKS_CLUSTER.id
    assert len(only) == 3


def test_jsonl_keeps_non_ascii_text_readable() -> None:
    ledger = story_ledger()
    ledger.clusters[0] = ledger.clusters[0].model_copy(update={"label": "Acme–Borealis talks"})
    assert "Acme–Borealis talks" in export_jsonl(ledger, "clusters")
