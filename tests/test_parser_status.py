"""Status: denied, declined_comment, no_response, confirmed, asserted; hedging."""

import pytest

from evclaims.models import Article, ArticleText, Claim
from evclaims.parser import parse_article


def parse(body: str) -> list[Claim]:
    text = "Headline Of The Story\n\n" + body
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256="", published=None), text=text)
    return [c for c in parse_article(doc, []) if c.speaker_kind != "unattributed"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Acme denied the report.", [("Acme", "denied")]),
        ("Acme rejected the report.", [("Acme", "denied")]),
        ('"This story is completely false," Acme said.', [("Acme", "denied")]),
        ('Acme said: "There is no truth to it."', [("Acme", "denied")]),
        ("Acme declined to comment.", [("Acme", "declined_comment")]),
        ("Acme declined to comment further.", [("Acme", "declined_comment")]),
        ("Acme did not respond to requests for comment.", [("Acme", "no_response")]),
        ("Acme did not immediately respond to a request.", [("Acme", "no_response")]),
        ("Acme confirmed that the talks took place.", [("Acme", "confirmed")]),
        ("Acme said that the talks took place.", [("Acme", "asserted")]),
        (
            "Acme did not respond to requests for comment, while Borealis declined to comment.",
            [("Acme", "no_response"), ("Borealis", "declined_comment")],
        ),
    ],
)
def test_status(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker, c.status) for c in parse(body)] == expected


def test_assertion_and_denial_in_one_sentence() -> None:
    claims = parse(
        '"We learn from the best," Maria Lopez said, reiterating that no merger is underway.'
    )
    assert [(c.speaker, c.status, c.rule) for c in claims] == [
        ("Maria Lopez", "asserted", "said-after-quote"),
        ("Maria Lopez", "denied", "participle-clause"),
    ]


def test_the_former_denies_it() -> None:
    claims = parse("Reports say Acme is buying Borealis, but the former denies it.")
    assert [(c.speaker, c.status) for c in claims] == [("reports", "asserted"), ("Acme", "denied")]


def test_hedging() -> None:
    [c] = parse("Analysts said the merger could reportedly close soon.")
    assert c.hedged is True
    [d] = parse("Acme said that sales rose.")
    assert d.hedged is False


def test_corporate_denial_phrases_deny() -> None:
    from evclaims.status import content_status

    assert content_status("We are not planning any layoffs.") == "denied"
    assert content_status("We have no plans for layoffs.") == "denied"
    assert content_status("We have nothing to hide.") == "denied"
    assert content_status("We plan to hire 200 engineers.") == "asserted"


def test_more_refusals_and_denials() -> None:
    from evclaims.models import Article, ArticleText
    from evclaims.parser import parse_article

    text = (
        "Headline Of The Story\n\nAcme Corp makes cars. "
        "A spokesperson for Acme said the company does not comment on rumors. "
        "Acme declined to say whether talks were held. "
        "Acme would neither confirm nor deny the talks. "
        "Acme has not commented on the report. "
        "Acme could not immediately be reached for comment. "
        'Acme said the report was "inaccurate." '
        "Acme insisted it had done nothing wrong."
    )
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256=""), text=text)
    claims = [c for c in parse_article(doc, []) if c.speaker_kind != "unattributed"]
    assert [c.status for c in claims] == [
        "declined_comment",
        "declined_comment",
        "declined_comment",
        "declined_comment",
        "no_response",
        "denied",
        "denied",
    ]
