"""Conflicts: earlier figures that disagree before an update, numbers of different
things, talks 'over' a sum, and the denial shown before a confirmation."""

from __future__ import annotations

from test_conflicts import ARTICLES, claim, of_kind, run

DATED = [
    ARTICLES[0].model_copy(update={"published": "2026-03-03"}),
    ARTICLES[1].model_copy(update={"published": "2026-03-04"}),
    ARTICLES[2].model_copy(update={"published": "2026-03-09", "outlet": "Valley Post"}),
]


def test_earlier_figures_that_disagree_are_a_conflict_besides_the_update() -> None:
    claims = [
        claim(
            "m1",
            "a1",
            "Acme is in talks to buy the Harlow ferry terminal for about $410 million, "
            "people familiar said.",
            speaker="people familiar",
            kind="anonymous",
            cluster="k-sale",
        ),
        claim(
            "m2",
            "a2",
            "Harbor Times reported that the two were in talks over a $430 million sale.",
            speaker="Harbor Times",
            kind="publication",
            cluster="k-sale",
        ),
        claim(
            "m3",
            "a3",
            "Acme confirmed it had agreed to buy the Harlow ferry terminal for $395 million.",
            speaker="Acme",
            kind="organization",
            status="confirmed",
            cluster="k-sale",
        ),
    ]
    found = sorted(of_kind(run(claims, DATED), "numeric_mismatch"), key=lambda c: c.update)
    assert [(c.sides, c.update) for c in found] == [
        ([["m1"], ["m2"]], False),
        ([["m1", "m2"], ["m3"]], True),
    ]
    assert found[0].summary.startswith(
        "Accounts differ on a figure: $410 million (Harbor Times) against "
        "$430 million (Metro Ledger)"
    )


def test_numbers_of_different_things_are_not_one_figure() -> None:
    claims = [
        claim("b1", "a1", "Ashby General employs about 1,900 people and has 240 beds."),
        claim("b2", "a2", "Ashby General has 260 beds and about 1,900 staff."),
    ]
    (found,) = of_kind(run(claims), "numeric_mismatch")
    assert found.sides == [["b1"], ["b2"]]
    assert found.summary.startswith(
        "Accounts differ on a figure: 240 (Harbor Times) against 260 (Metro Ledger)"
    )
    assert "1,900" not in found.summary.split(", as in")[0]


def test_talks_over_a_sum_are_no_bound() -> None:
    claims = [
        claim(
            "t1",
            "a1",
            "Acme was in advanced talks over a $430 million takeover of Beta Robotics.",
            cluster="k-t",
        ),
        claim(
            "t2",
            "a2",
            "Acme was in advanced talks to buy Beta Robotics for about $410 million.",
            cluster="k-t",
        ),
    ]
    (found,) = of_kind(run(claims), "numeric_mismatch")
    assert found.sides == [["t1"], ["t2"]]


def test_denial_then_confirmation_shows_the_denial_of_the_report() -> None:
    claims = [
        claim(
            "r1",
            "a1",
            "Acme is preparing to recall 40,000 scooters over battery fires, people familiar said.",
            speaker="people familiar",
            kind="anonymous",
            cluster="k-recall",
        ),
        claim(
            "d1",
            "a1",
            "Acme rejected the report.",
            speaker="Acme",
            kind="organization",
            status="denied",
            at=100,
            cluster="k-deny",
        ),
        claim(
            "d2",
            "a1",
            "“Our scooters meet every standard,” the company said.",
            speaker="Acme",
            kind="organization",
            status="denied",
            at=130,
            quote="Our scooters meet every standard,",
            cluster="k-deny",
        ),
        claim(
            "c1",
            "a3",
            "Acme confirmed that it will recall 40,000 scooters over battery fires.",
            speaker="Acme",
            kind="organization",
            status="confirmed",
            cluster="k-recall",
        ),
    ]
    (found,) = of_kind(run(claims, DATED), "response_mismatch")
    assert found.update
    assert "d1" in found.sides[0]
    assert found.sides[1] == ["c1"]
