"""Title-only speakers are named from other articles when one person holds the title."""

from __future__ import annotations

from evclaims.models import Claim
from evclaims.titles import resolve_titles, title_key


def person(cid: str, article: str, speaker: str, role: str | None) -> Claim:
    return Claim(
        id=cid,
        article=article,
        speaker=speaker,
        speaker_kind="person",
        role=role,
        text="t",
        span=(0, 1),
        content_span=(0, 1),
        rule="said-after",
    )


def test_possessive_and_plain_titles_agree() -> None:
    assert title_key("Acme’s CEO") == title_key("Acme CEO") == "acme ceo"


def test_title_only_speaker_takes_the_one_holder_of_the_title() -> None:
    claims = [
        person("c1", "a", "Acme CEO", "Acme’s CEO"),
        person("c2", "b", "Dana Reyes", "Acme CEO"),
    ]
    first, second = resolve_titles(claims)
    assert (first.speaker, first.role, first.rule) == (
        "Dana Reyes",
        "Acme’s CEO",
        "said-after+title-holder",
    )
    assert first.id != "c1"
    assert second == claims[1]


def test_two_holders_of_one_title_leave_the_title_unresolved() -> None:
    claims = [
        person("c1", "a", "Acme CEO", "Acme CEO"),
        person("c2", "b", "Dana Reyes", "Acme CEO"),
        person("c3", "c", "Lee Park", "Acme CEO"),
    ]
    assert resolve_titles(claims)[0].speaker == "Acme CEO"


def test_a_different_title_is_not_matched() -> None:
    claims = [
        person("c1", "a", "Acme CFO", "Acme CFO"),
        person("c2", "b", "Dana Reyes", "Acme CEO"),
    ]
    assert resolve_titles(claims)[0].speaker == "Acme CFO"
