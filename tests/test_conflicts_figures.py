"""Numeric conflicts: two bounds, round figures and one count per clustered claim."""

from __future__ import annotations

from test_conflicts import claim, of_kind, run

from evclaims.conflict_checks.amounts import rounding


def test_two_floors_with_different_figures_disagree() -> None:
    claims = [
        claim(
            "f1",
            "a1",
            "At least 9 warehouse fires have been linked to the chargers.",
            cluster="k-fires",
        ),
        claim(
            "f2",
            "a2",
            "At least 14 warehouse fires have been linked to the chargers.",
            cluster="k-fires",
        ),
    ]
    (found,) = of_kind(run(claims), "numeric_mismatch")
    assert found.sides == [["f1"], ["f2"]]


def test_a_floor_and_a_ceiling_close_together_do_not_disagree() -> None:
    claims = [
        claim(
            "g1",
            "a1",
            "More than 90 warehouse fires have been linked to the chargers.",
            cluster="k-fires",
        ),
        claim(
            "g2",
            "a2",
            "Up to 110 warehouse fires have been linked to the chargers.",
            cluster="k-fires",
        ),
    ]
    assert of_kind(run(claims), "numeric_mismatch") == []


def test_a_round_figure_allows_only_its_last_significant_place() -> None:
    assert rounding(410e6) == 10e6
    assert rounding(12_000) == 1_000
    assert rounding(15) == 1.0
    claims = [
        claim(
            "r1", "a1", "The port sold its ferry terminal for about $410 million.", cluster="k-sale"
        ),
        claim("r2", "a2", "The port sold its ferry terminal for $430 million.", cluster="k-sale"),
        claim("r3", "a3", "The port sold its ferry terminal for $415 million.", cluster="k-sale"),
    ]
    (found,) = of_kind(run(claims), "numeric_mismatch")
    assert ["r2"] in found.sides
    assert not any("r3" in side and "r1" not in side for side in found.sides)


def test_one_count_each_in_one_cluster_pairs_by_the_words_around_it() -> None:
    claims = [
        claim(
            "c1",
            "a1",
            "Brightmoor plans to recall about 20,000 kettles after reports of burns.",
            cluster="k-recall",
        ),
        claim(
            "c2",
            "a2",
            "Brightmoor is recalling 26,000 Model K appliances because the lids can fail.",
            cluster="k-recall",
        ),
    ]
    (found,) = of_kind(run(claims), "numeric_mismatch")
    assert found.sides == [["c1"], ["c2"]]
    apart = [c.model_copy(update={"cluster": None}) for c in claims]
    assert of_kind(run(apart), "numeric_mismatch") == []
