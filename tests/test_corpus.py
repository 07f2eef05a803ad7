"""Score the whole pipeline on the dev corpus written for the project (tests/corpus).

Three invented stories: a water authority accused of withholding lead test results
(a wire story syndicated with copy-edits, an updated version of a story with a
corrected figure, numbers that disagree, a regulator's response told two ways), a
software company's layoffs (a report and its denial, a quote worded two ways, a
title given two ways, an announcement after the rumour, an outlet footer shared by
two articles) and a stadium deal (one wire story run by two outlets without its
original, a date, a sum and a title given two ways, a denial then a confirmation).
The floors are what the tool achieves now; a regression makes them fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from corpus_gold import ingest_and_score, matched_claims

from evclaims.evaluate import Evaluation
from evclaims.models import Claim, Ledger

CORPUS = Path(__file__).parent / "corpus"
GOLD = CORPUS / "gold.yaml"

SPEAKER_F1_FLOOR = 0.85
CLUSTER_F1_FLOOR = 0.88
CLUSTER_PRECISION_FLOOR = 0.95
SENTENCE_SLACK = 250
"""Duplicate spans must match the gold ones to within about a sentence (characters)."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Ledger, Evaluation, Path]:
    """Ingest a copy of the corpus into a fresh ledger and score it."""
    root = tmp_path_factory.mktemp("corpus")
    ledger, result = ingest_and_score(CORPUS, root)
    return ledger, result, root


def gold_data() -> dict[str, Any]:
    """Return the raw gold file."""
    data: dict[str, Any] = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    return data


def matched(ledger: Ledger) -> dict[str, Claim]:
    """Return gold claim id → matched predicted claim."""
    return matched_claims(ledger, GOLD)


def test_speakers_and_clusters_stay_above_their_floors(
    built: tuple[Ledger, Evaluation, Path],
) -> None:
    _, result, _ = built
    assert result.speaker.f1 >= SPEAKER_F1_FLOOR, result.speaker
    assert result.cluster_pairs.f1 >= CLUSTER_F1_FLOOR, result.cluster_pairs
    assert result.cluster_pairs.precision >= CLUSTER_PRECISION_FLOOR, result.cluster_pairs


def test_every_gold_conflict_is_found_and_few_are_extra(
    built: tuple[Ledger, Evaluation, Path],
) -> None:
    ledger, result, _ = built
    assert result.conflicts_missed == []
    assert result.conflicts_found == result.conflicts_gold == 19
    assert 3 * result.conflicts_extra <= len(ledger.conflicts)


def test_a_later_announcement_is_an_update_and_a_relayed_figure_is_not(
    built: tuple[Ledger, Evaluation, Path],
) -> None:
    ledger, _, _ = built
    pairs = matched(ledger)
    for conflict in gold_data()["conflicts"]:
        if conflict["kind"] != "numeric_mismatch":
            continue
        first, second = (pairs[g].id for g in conflict["claims"])
        found = [
            c
            for c in ledger.conflicts
            if c.kind == "numeric_mismatch" and {first, second} <= set(c.claims)
        ]
        assert len(found) == 1, conflict["why"]
        assert found[0].update is bool(conflict.get("update")), conflict["why"]


def test_no_claim_comes_from_an_outlet_footer(built: tuple[Ledger, Evaluation, Path]) -> None:
    _, result, _ = built
    assert result.boilerplate_violations == []


def test_wire_copy_and_updated_version_are_whole_copies_and_nothing_else(
    built: tuple[Ledger, Evaluation, Path],
) -> None:
    ledger, _, _ = built
    copies = {a.id: a.duplicate_of for a in ledger.articles if a.duplicate_of}
    assert copies == {
        "a4-lakeshore-tribune": "a3-vps-wire",
        "a5-harbor-daily-updated": "a2-harbor-daily",
        "c3-pine-valley-post": "c2-bayview-gazette",
    }
    pairs = {(d.article, d.other_article) for d in ledger.duplicates}
    assert pairs == {
        ("a3-vps-wire", "a4-lakeshore-tribune"),
        ("a2-harbor-daily", "a5-harbor-daily-updated"),
        ("c2-bayview-gazette", "c3-pine-valley-post"),
    }
    for expected in gold_data()["duplicates"]:
        original = Path(expected["article"]).stem
        copy = Path(expected["other_article"]).stem
        (found,) = [
            d for d in ledger.duplicates if d.article == original and d.other_article == copy
        ]
        assert found.kind == expected["kind"]
        for got, want in ((found.span, expected["first"]), (found.other_span, expected["second"])):
            assert abs(got[0] - want[0]) <= SENTENCE_SLACK, (got, want)
            assert abs(got[1] - want[1]) <= SENTENCE_SLACK, (got, want)


def test_copied_claims_point_to_their_original_and_count_once(
    built: tuple[Ledger, Evaluation, Path],
) -> None:
    ledger, _, _ = built
    by_id = {c.id: c for c in ledger.claims}
    wire = [c for c in ledger.claims if c.article == "a4-lakeshore-tribune"]
    assert wire and all(c.duplicate_of for c in wire)
    assert all(by_id[c.duplicate_of or ""].article == "a3-vps-wire" for c in wire)
    pairs = matched(ledger)
    relayed = pairs["W2"]
    (cluster,) = [k for k in ledger.clusters if relayed.id in k.claims]
    assert "a4-lakeshore-tribune" in cluster.articles
    assert cluster.independent_sources == 1
    assert cluster.origins == ["pub:corran-ledger"]
    syndicated = pairs["G1"]
    (cluster,) = [k for k in ledger.clusters if syndicated.id in k.claims]
    assert "c3-pine-valley-post" in cluster.articles
    assert cluster.independent_sources == len(set(cluster.origins))
    assert "pub:carrowmore-courier" in cluster.origins


def test_new_paragraphs_of_an_updated_version_are_counted(
    built: tuple[Ledger, Evaluation, Path],
) -> None:
    ledger, _, _ = built
    announcement = matched(ledger)["U1"]
    assert announcement.duplicate_of is None
    assert announcement.cluster is not None


def test_no_cluster_mixes_the_two_stories(built: tuple[Ledger, Evaluation, Path]) -> None:
    ledger, _, _ = built
    for cluster in ledger.clusters:
        assert len({a[0] for a in cluster.articles}) == 1, cluster.label
