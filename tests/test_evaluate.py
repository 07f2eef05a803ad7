"""Evaluation of a ledger against a gold file: matching, speakers, status, clusters, conflicts."""

from pathlib import Path

import pytest

from evclaims.evaluate import evaluate_ledger, format_evaluation
from evclaims.models import Article, Claim, Conflict, Ledger

TEXT = (
    "Title\n\nA report said Acme met Borealis. Both firms denied it. "
    '"It is false," an Acme spokesperson said.\n\nShare this\n'
)
GOLD = """
claims:
- {id: g1, article: story.txt, speaker: unnamed report, speaker_kind: publication, status: asserted, span: [7, 39]}
- {id: g2a, article: story.txt, speaker: Acme, speaker_kind: organization, status: denied, span: [40, 61]}
- {id: g2b, article: story.txt, speaker: Borealis, speaker_kind: organization, status: denied, span: [40, 61]}
- {id: g3, article: story.txt, speaker: Acme spokesperson, speaker_kind: person, status: denied, span: [62, 103]}
clusters:
- {id: denials, claims: [g2a, g3]}
conflicts:
- {kind: report_vs_denial, claims: [g1, g2a]}
- {kind: quote_variant, claims: [g3, g2b]}
boilerplate:
- {article: story.txt, text: Share this}
"""


def claim(
    cid: str,
    span: tuple[int, int],
    speaker: str | None,
    kind: str,
    status: str = "asserted",
    role: str | None = None,
    cluster: str | None = None,
) -> Claim:
    return Claim(
        id=cid,
        article="story",
        speaker=speaker,
        speaker_kind=kind,
        status=status,
        text=TEXT[span[0] : span[1]],
        span=span,
        content_span=span,
        rule="test",
        role=role,
        cluster=cluster,
    )


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    return path


def ledger(claims: list[Claim], conflicts: list[Conflict] | None = None) -> Ledger:
    article = Article(id="story", path="articles/story.txt", sha256="x")
    return Ledger(articles=[article], claims=claims, conflicts=conflicts or [])


def test_perfect_prediction_scores_one(gold: Path) -> None:
    claims = [
        claim("p1", (7, 39), "report", "publication"),
        claim("p2", (40, 61), "Borealis", "organization", "denied", cluster="k1"),
        claim("p3", (40, 61), "Acme", "organization", "denied", cluster="k1"),
        claim(
            "p4",
            (62, 103),
            "Acme",
            "organization",
            "denied",
            role="company spokesperson",
            cluster="k1",
        ),
    ]
    conflicts = [Conflict(id="x1", kind="report_vs_denial", claims=["p1", "p3"], summary="s")]
    result = evaluate_ledger(ledger(claims, conflicts), gold, root=gold.parent)
    assert (result.speaker.precision, result.speaker.recall, result.speaker.f1) == (1.0, 1.0, 1.0)
    assert result.status_accuracy == 1.0 and result.boilerplate_violations == []
    assert (result.cluster_pairs.true_positives, result.cluster_pairs.gold) == (1, 1)
    assert result.cluster_pairs.precision == 1.0
    assert (result.conflicts_found, result.conflicts_gold, result.conflicts_extra) == (1, 2, 0)
    assert result.conflicts_missed == ["quote_variant g3/g2b"]


def test_wrong_speaker_missing_party_and_boilerplate(gold: Path) -> None:
    claims = [
        claim("p1", (7, 39), "Financial Times", "publication"),
        claim("p2", (40, 61), "Acme", "organization", "asserted"),
        claim("p5", (105, 115), None, "unattributed"),
        claim("p6", (105, 115), "Acme", "organization"),
    ]
    result = evaluate_ledger(ledger(claims), gold, root=gold.parent)
    assert (result.speaker.true_positives, result.speaker.predicted, result.speaker.gold) == (
        1,
        3,
        4,
    )
    assert result.status_accuracy == 0.5
    assert result.boilerplate_violations == ["p5", "p6"]
    text = format_evaluation(result)
    assert "speaker    P 0.333  R 0.250  F1 0.286" in text
    assert "g1: 'Financial Times' for 'unnamed report'" in text


def test_duplicate_claims_are_ignored(gold: Path) -> None:
    claims = [
        claim("p1", (7, 39), "report", "publication"),
        claim("p1b", (7, 39), "report", "publication").model_copy(update={"duplicate_of": "p1"}),
    ]
    result = evaluate_ledger(ledger(claims), gold, root=gold.parent)
    assert result.predicted_claims == 1 and result.speaker.true_positives == 1
