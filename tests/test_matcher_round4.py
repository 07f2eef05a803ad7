"""Tests for cluster labels, one-article clusters, party origins and non-assertion grouping."""

from __future__ import annotations

from evclaims.matcher import cluster_claims, make_label
from evclaims.models import Article, Claim, Cluster, SpeakerKind, Status


def claim(
    cid: str,
    article: str,
    text: str,
    speaker: str | None = None,
    kind: SpeakerKind = "unattributed",
    status: Status = "asserted",
    content: str | None = None,
    role: str | None = None,
    quote: str | None = None,
) -> Claim:
    start = text.index(content) if content else 0
    end = start + len(content) if content else len(text)
    return Claim(
        id=cid,
        article=article,
        speaker=speaker,
        speaker_kind=kind,
        status=status,
        text=text,
        span=(0, len(text)),
        content_span=(start, end),
        role=role,
        quote=quote,
        rule="test",
    )


def arts(*ids: str) -> list[Article]:
    return [Article(id=a, path=a + ".txt", sha256="-", outlet=f"Outlet {a}") for a in ids]


def run(claims: list[Claim], ids: list[str]) -> tuple[list[Cluster], dict[str, Claim]]:
    clusters, out = cluster_claims(claims, arts(*ids), {}, [])
    return clusters, {c.id: c for c in out}


def test_label_of_a_relative_clause_content_is_the_whole_sentence() -> None:
    c = claim(
        "g1",
        "a1",
        "Borealis, which owns Kestrel and Larkspur, may open a plant in Georgia.",
        content="which owns Kestrel and Larkspur, may open a plant in Georgia.",
    )
    assert make_label([c], None) == (
        "Borealis, which owns Kestrel and Larkspur, may open a plant in Georgia"
    )


def test_label_of_a_long_sentence_is_cut_at_a_word_boundary() -> None:
    text = (
        "Borealis, which owns Kestrel and Larkspur and several smaller brands across "
        "Europe, may open a plant in Georgia."
    )
    c = claim("g1", "a1", text, content=text[text.index("which") :])
    label = make_label([c], None)
    assert label == "Borealis, which owns Kestrel and Larkspur and several smaller brands across…"
    assert len(label) <= 81


def test_denial_label_speaks_with_the_direct_quote() -> None:
    bare = claim(
        "d1", "a1", "Acme denied the report.", "Acme", "organization", "denied", "the report"
    )
    quoted_text = "“This story is completely false,” Acme said."
    quoted = claim(
        "d2",
        "a2",
        quoted_text,
        "Acme",
        "organization",
        "denied",
        "“This story is completely false,”",
        quote="This story is completely false,",
    )
    assert make_label([bare, quoted], "Acme") == "Acme (denied): This story is completely false"


def test_denial_label_without_quotes_reads_as_a_sentence() -> None:
    one = claim(
        "d1", "a1", "Acme denied the report.", "Acme", "organization", "denied", "the report"
    )
    two = claim(
        "d2",
        "a2",
        "Acme firmly denied any active negotiations with Borealis.",
        "Acme",
        "organization",
        "denied",
        "any active negotiations with Borealis",
    )
    assert make_label([one, two], "Acme") == (
        "Acme (denied): Acme firmly denied any active negotiations with Borealis"
    )


def test_one_article_alone_is_never_a_cluster() -> None:
    own = claim("o1", "a1", "Licensing Chinese battery technology may trigger political backlash.")
    tweet = claim(
        "o2",
        "a1",
        "Licensing Chinese battery technology could trigger a political backlash, "
        "according to reports.",
    )
    other = claim("x1", "a2", "Shares of Borealis rose 3% on Monday.")
    clusters, out = run([own, tweet, other], ["a1", "a2"])
    assert clusters == []
    assert out["o1"].cluster is None and out["o2"].cluster is None


def test_a_party_and_its_director_are_one_source() -> None:
    org = claim(
        "p1",
        "a1",
        "Geely is aiming at entering the US market within three years.",
        "Geely",
        "organization",
    )
    person = claim(
        "p2",
        "a2",
        "Geely aims at entering the US market within three years, Ash Sakhil said.",
        "Ash Sakhil",
        "person",
        role="Global Communications Director of Geely Auto",
    )
    ceo = claim(
        "p3",
        "a3",
        "Geely will enter the US market within three years, said Jo Park, CEO of Skyline.",
        "Jo Park",
        "person",
        role="CEO of Skyline",
    )
    clusters, out = run([org, person, ceo], ["a1", "a2", "a3"])
    assert out["p1"].origin == out["p2"].origin == "self:geely"
    assert out["p3"].origin == "self:skyline"
    assert len(clusters) == 1
    assert clusters[0].claims == ["p1", "p2"]
    assert clusters[0].origins == ["self:geely"]
    assert clusters[0].independent_sources == 1


def test_an_articles_own_voice_and_its_named_source_count_once() -> None:
    named = claim(
        "n1",
        "a1",
        "Acme is in talks with Borealis over an Ohio battery plant, the Daily Ledger reported.",
        "Daily Ledger",
        "publication",
    )
    own = claim("n2", "a1", "Acme and Borealis are negotiating over an Ohio battery plant.")
    other = claim(
        "n3",
        "a2",
        "Acme held talks with Borealis about an Ohio battery plant, the Daily Ledger reported.",
        "Daily Ledger",
        "publication",
    )
    clusters, _ = run([named, own, other], ["a1", "a2"])
    assert len(clusters) == 1
    assert clusters[0].origins == ["pub:daily-ledger"]
    assert clusters[0].independent_sources == 1


def test_a_partys_unrelated_non_assertions_stay_apart() -> None:
    declined = claim(
        "r1",
        "a1",
        "Acme declined to comment on pending lawsuits over its pension fund.",
        "Acme",
        "organization",
        "declined_comment",
        "to comment on pending lawsuits over its pension fund",
    )
    denied = claim(
        "r2",
        "a2",
        "Acme denied a report that 60,000 scooters were affected by the battery defect.",
        "Acme",
        "organization",
        "denied",
        "a report that 60,000 scooters were affected by the battery defect",
    )
    denied_too = claim(
        "r3",
        "a3",
        "Acme denied that 60,000 scooters had the battery defect.",
        "Acme",
        "organization",
        "denied",
        "that 60,000 scooters had the battery defect",
    )
    _, out = run([declined, denied, denied_too], ["a1", "a2", "a3"])
    assert out["r2"].cluster == out["r3"].cluster is not None
    assert out["r1"].cluster is None


def test_denial_label_ignores_a_remark_quoted_beside_the_denial() -> None:
    text = (
        "“Sharing technology helps us grow,” Dana Reyes said, adding that no joint "
        "venture with Borealis is underway."
    )
    side = claim(
        "d1",
        "a1",
        text,
        "Dana Reyes",
        "person",
        "denied",
        "no joint venture with Borealis is underway.",
        quote="Sharing technology helps us grow,",
    )
    bare = claim(
        "d2", "a2", "Dana Reyes denied the report.", "Dana Reyes", "person", "denied", "the report"
    )
    real = claim(
        "d3",
        "a3",
        "“That report is simply wrong,” Dana Reyes said.",
        "Dana Reyes",
        "person",
        "denied",
        "“That report is simply wrong,”",
        quote="That report is simply wrong,",
    )
    assert make_label([bare, side], "Dana Reyes") == (
        "Dana Reyes (denied): No joint venture with Borealis is underway"
    )
    assert make_label([side, bare, real], "Dana Reyes") == (
        "Dana Reyes (denied): That report is simply wrong"
    )
