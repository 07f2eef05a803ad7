"""Role normalisation: one role worded differently is one role; some titles exclude others."""

from __future__ import annotations

import pytest

from evclaims.models import Claim, SpeakerKind
from evclaims.roles import incompatibility, parse_role, same_role, spokesperson_parties


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


def _said(
    cid: str, article: str, at: int, speaker: str, kind: SpeakerKind, role: str | None = None
) -> Claim:
    text = f"{speaker} said something."
    return Claim(
        id=cid,
        article=article,
        speaker=speaker,
        speaker_kind=kind,
        role=role,
        text=text,
        span=(at, at + len(text)),
        content_span=(at, at + len(text)),
        rule="test",
    )


def test_spokespeople_speak_for_the_organisation_their_role_or_context_names() -> None:
    claims = [
        _said("o1", "a1", 0, "Millbrook Water Authority", "organization"),
        _said("o2", "a1", 50, "Harbor Board", "organization"),
        _said("p1", "a1", 90, "Jo Ames", "person", "a spokeswoman for the authority"),
        _said("o3", "a2", 0, "Quorvex", "organization"),
        _said("p2", "a2", 40, "Sam Reyes", "person", "spokesman"),
        _said("p3", "a2", 80, "Lee Park", "person", "analyst"),
        _said("p4", "a3", 0, "Ana Cruz", "person", "spokeswoman"),
    ]
    assert spokesperson_parties(claims) == {
        "Jo Ames": "Millbrook Water Authority",
        "Sam Reyes": "Quorvex",
    }
