"""Test the ClaimReview export and validate it against schema/claimreview.schema.json."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from story_fixtures import (
    ANALYSTS_CLUSTER,
    COST_CLUSTER,
    COST_HARBOR,
    TALKS_CLUSTER,
    story_ledger,
)

from evclaims.claimreview import claimreview_export, claimreview_json
from evclaims.models import Ledger, Review

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "schema" / "claimreview.schema.json").read_text("utf-8")
)
TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


def schema_errors(
    value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = "$"
) -> list[str]:
    """Return the errors of `value` under the JSON Schema subset the export schema uses."""
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/$defs/"), f"unsupported $ref {ref}"
        return schema_errors(value, root["$defs"][ref.removeprefix("#/$defs/")], root, at)
    known = {"$ref", "$schema", "$id", "$defs", "title", "description", "type", "required",
             "properties", "additionalProperties", "items", "const", "enum", "pattern",
             "minLength", "minItems"}  # fmt: skip
    assert set(schema) <= known, f"unsupported keywords {set(schema) - known}"
    errors: list[str] = []
    if "type" in schema and not isinstance(value, TYPES[schema["type"]]):
        return [f"{at}: expected {schema['type']}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{at}: expected {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{at}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{at}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{at}: too few items")
        for index, item in enumerate(value):
            errors += schema_errors(item, schema.get("items", {}), root, f"{at}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        errors += [f"{at}: missing {key}" for key in schema.get("required", []) if key not in value]
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], root, f"{at}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{at}: unexpected {key}")
    return errors


def validate(value: Any) -> list[str]:
    return schema_errors(value, SCHEMA, SCHEMA)


def by_id(reviews: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(r["identifier"]): r for r in reviews}


def test_export_validates_against_the_schema() -> None:
    reviews = claimreview_export(story_ledger(), "Example Desk")
    assert len(reviews) == 3
    assert validate(reviews) == []
    assert validate(claimreview_export(story_ledger(), None)) == []
    assert validate(claimreview_export(Ledger(), None)) == []


def test_validator_rejects_what_the_schema_forbids() -> None:
    review = claimreview_export(story_ledger(), None)[0]
    broken = json.loads(json.dumps(review))
    del broken["claimReviewed"]
    broken["reviewRating"]["alternateName"] = "Corroborated by 1 independent sources"
    broken["itemReviewed"]["author"] = {"@type": "Person"}
    broken["invented"] = True
    assert validate([broken]) == [
        "$[0]: missing claimReviewed",
        "$[0].itemReviewed.author: missing name",
        "$[0].reviewRating.alternateName: 'Corroborated by 1 independent sources' does not "
        "match ^(Disputed|Single source|Corroborated by ([2-9]|[1-9][0-9]+) independent sources)$",
        "$[0]: unexpected invented",
    ]


def test_open_report_vs_denial_makes_the_cluster_disputed() -> None:
    review = by_id(claimreview_export(story_ledger(), None))[TALKS_CLUSTER.id]
    assert review["claimReviewed"] == TALKS_CLUSTER.label
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Disputed",
        "ratingExplanation": "Sources report talks between Acme and Borealis; "
        "Acme Motors denies them.",
    }


@pytest.mark.parametrize(
    ("review_status", "expected"),
    [
        ("confirmed", "Disputed"),
        ("explained", "Corroborated by 2 independent sources"),
        ("dismissed", "Corroborated by 2 independent sources"),
    ],
)
def test_a_resolved_denial_leaves_the_source_count(review_status: str, expected: str) -> None:
    ledger = story_ledger()
    ledger.conflicts[0] = ledger.conflicts[0].model_copy(
        update={"review": Review(status=review_status)}
    )
    review = by_id(claimreview_export(ledger, None))[TALKS_CLUSTER.id]
    assert review["reviewRating"]["alternateName"] == expected


def test_single_source_and_numeric_conflicts_do_not_dispute() -> None:
    reviews = by_id(claimreview_export(story_ledger(), None))
    assert reviews[COST_CLUSTER.id]["reviewRating"] == {
        "@type": "Rating", "alternateName": "Single source"
    }  # fmt: skip
    assert reviews[ANALYSTS_CLUSTER.id]["reviewRating"]["alternateName"] == "Single source"


def test_item_lists_every_appearance_and_the_first_one() -> None:
    item = by_id(claimreview_export(story_ledger(), None))[TALKS_CLUSTER.id]["itemReviewed"]
    first = {
        "@type": "CreativeWork",
        "url": "https://daily-ledger.example/acme-borealis",
        "headline": "Acme Motors in talks with Borealis over battery venture",
        "datePublished": "2026-03-02",
        "author": {"@type": "Person", "name": "Jane Roe"},
        "publisher": {"@type": "Organization", "name": "Daily Ledger"},
    }
    assert item["firstAppearance"] == first
    assert item["datePublished"] == "2026-03-02"
    assert [w["url"] for w in item["appearance"]] == [
        "https://daily-ledger.example/acme-borealis",
        "articles/2026-03-03-harbor-post.txt",  # no URL: the path stands in
        "articles/2026-03-04-wire-copy.txt",
    ]
    # The earliest speaker is anonymous: no claimant is invented.
    assert "author" not in item


def test_claimant_is_the_speaker_of_the_earliest_claim() -> None:
    ledger = story_ledger()
    ledger.claims = [
        c.model_copy(update={"date": "2026-03-01"}) if c.id == COST_HARBOR.id else c
        for c in ledger.claims
    ]
    item = by_id(claimreview_export(ledger, None))[COST_CLUSTER.id]["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Daily Ledger"}
    assert item["datePublished"] == "2026-03-01"
    assert item["firstAppearance"]["url"] == "articles/2026-03-03-harbor-post.txt"


def test_unknown_values_are_omitted_not_invented() -> None:
    item = by_id(claimreview_export(story_ledger(), None))[ANALYSTS_CLUSTER.id]["itemReviewed"]
    assert "datePublished" not in item  # the blog post carries no date
    assert item["appearance"] == [
        {"@type": "CreativeWork", "url": "articles/blog.txt",
         "headline": "Notes on the battery rumour"}
    ]  # fmt: skip


def test_organisation_becomes_the_review_author_only_when_given() -> None:
    with_org = claimreview_export(story_ledger(), "Example Desk")
    assert {json.dumps(r["author"]) for r in with_org} == {
        '{"@type": "Organization", "name": "Example Desk"}'
    }
    assert all("author" not in r for r in claimreview_export(story_ledger(), None))
    assert with_org[0]["@context"] == "https://schema.org"
    assert with_org[0]["@type"] == "ClaimReview"


def test_json_text_is_stable_and_readable() -> None:
    text = claimreview_json(story_ledger(), "Désk")
    assert text == claimreview_json(story_ledger(), "Désk") and text.endswith("]\n")
    assert json.loads(text) == claimreview_export(story_ledger(), "Désk")
    assert '"name": "Désk"' in text
