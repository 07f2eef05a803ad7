"""Role normalisation: one role worded differently is one role; some titles exclude others."""

from __future__ import annotations

import pytest

from evclaims.roles import incompatibility, parse_role, same_role


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "chair of the House Select Committee on the Chinese Communist Party",
            "Chairman of the House Select Committee on China",
        ),
        (
            "Representative (R-MI), chair of the House Select Committee on the CCP",
            "Republican Chairman of the House Select Committee on China",
        ),
        ("Ford CEO", "CEO"),
        ("Ford's CEO", "chief executive of Ford"),
        ("US President", "President"),
        ("President of the United States", "U.S. President"),
        ("Former Governor", "former governor of Ohio"),
        ("CEO", "Chairman and CEO"),
    ],
)
def test_same_role_worded_differently(a: str, b: str) -> None:
    assert same_role(a, b)
    assert same_role(b, a)


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("Former President", "US President", "former against current president"),
        ("ex-CEO of Acme", "Acme CEO", "former against current ceo"),
        (
            "President of AutoPacific",
            "Vice President of AutoPacific",
            "president against vice president",
        ),
        ("Senator (D-NY)", "Republican senator", "party D against R"),
        ("Representative", "Senator", "representative against senator"),
    ],
)
def test_roles_that_cannot_both_hold(a: str, b: str, why: str) -> None:
    assert incompatibility(parse_role(a), parse_role(b)) == why
    assert not same_role(b, a)


def test_different_bodies_do_not_exclude_each_other() -> None:
    assert same_role("former CEO of Acme", "CEO of Beta Robotics")
    assert same_role("President of AutoPacific", "Vice President of Beta Robotics")


def test_parse_role_reads_offices_party_and_body() -> None:
    role = parse_role("Representative (R-MI), chair of the House Select Committee on the CCP")
    assert role.offices == {"representative", "chair"}
    assert role.former == frozenset()
    assert role.party == "R"
    assert role.orgs == {"house", "select", "committee", "china"}
    assert parse_role("Former President").former == {"president"}
