"""Tests for claim lineage: what each claim cites and how origins resolve."""

from __future__ import annotations

from evclaims.lineage import (
    UNNAMED,
    cited_publication,
    claim_origin,
    resolve_in_articles,
    resolve_in_cluster,
    source_key,
)
from evclaims.models import Article, Claim, SpeakerKind


def make(
    text: str,
    speaker: str | None = None,
    kind: SpeakerKind = "unattributed",
    article: str = "a1",
    cid: str = "c1",
    cue: str | None = None,
) -> Claim:
    return Claim(
        id=cid,
        article=article,
        speaker=speaker,
        speaker_kind=kind,
        cue=cue,
        text=text,
        span=(0, len(text)),
        content_span=(0, len(text)),
        rule="test",
    )


ARTICLE = Article(id="a1", path="a1.txt", sha256="-", outlet="Harbor Times")


def test_cited_publication_patterns() -> None:
    text = "Acme met Borealis, according to a report by the Daily Ledger."
    assert cited_publication(text) == ("according-to-report-by", "Daily Ledger")
    assert cited_publication(
        "The Daily Ledger reported that Acme met Borealis.", ["Daily Ledger"]
    ) == (
        "name-reported",
        "Daily Ledger",
    )
    assert cited_publication("Acme met Borealis, according to officials.") is None


def test_named_publication_is_its_own_origin() -> None:
    claim = make("IT Wire notes that Acme met Borealis.", "IT Wire", "publication")
    assert claim_origin(claim, ARTICLE, None) == "pub:it-wire"


def test_unnamed_reports_and_sources_share_one_origin() -> None:
    for speaker, text in [
        ("sources", "Sources said Acme met Borealis."),
        ("a report", "A report over the weekend said Acme met Borealis."),
        ("media reports", "Shares fell after media reports suggested Acme met Borealis."),
    ]:
        kind: SpeakerKind = "anonymous" if speaker == "sources" else "publication"
        assert claim_origin(make(text, speaker, kind), ARTICLE, None) == UNNAMED
    hedged = make("Meanwhile, Acme reportedly met Borealis.", cue="reportedly")
    assert claim_origin(hedged, ARTICLE, None) == UNNAMED


def test_party_speaks_for_itself_and_outlet_statements_belong_to_the_outlet() -> None:
    denial = make("Acme denied the report.", "Acme", "organization")
    assert claim_origin(denial, ARTICLE, "Acme") == "self:acme"
    plain = make("Acme employs 4,000 people.")
    assert claim_origin(plain, ARTICLE, None) == "outlet:harbor-times"
    assert claim_origin(plain, None, None) == "article:a1"
    analysts = make("Analysts expect more deals.", "analysts", "anonymous")
    assert claim_origin(analysts, ARTICLE, None) == "outlet:harbor-times"


def test_unnamed_report_resolves_to_the_article_named_report() -> None:
    claims = [
        make("The Daily Ledger reported Acme met Borealis.", "Daily Ledger", "publication"),
        make("Sources said the talks are early.", "sources", "anonymous", cid="c2"),
        make("Sources said Acme met Borealis.", "sources", "anonymous", "a2", "c3"),
    ]
    origins = {"c1": "pub:daily-ledger", "c2": UNNAMED, "c3": UNNAMED}
    assert resolve_in_articles(claims, origins) == {
        "c1": "pub:daily-ledger",
        "c2": "pub:daily-ledger",
        "c3": UNNAMED,
    }


def test_cluster_resolution_prefers_the_most_cited_report() -> None:
    members = {"c1": "pub:b", "c2": "pub:a", "c3": "pub:a", "c4": UNNAMED, "c5": "self:acme"}
    assert resolve_in_cluster(members) == {
        "c1": "pub:b",
        "c2": "pub:a",
        "c3": "pub:a",
        "c4": "pub:a",
        "c5": "self:acme",
    }
    assert resolve_in_cluster({"c1": UNNAMED, "c2": UNNAMED}) == {"c1": UNNAMED, "c2": UNNAMED}


def test_people_briefed_on_a_plan_are_a_reports_unnamed_sources() -> None:
    text = "Acme plans to close the plant, two people briefed on the plan said."
    assert claim_origin(make(text, "two people", "anonymous"), ARTICLE, None) == UNNAMED
    analysts = make("Acme may close the plant.", "some analysts", "anonymous")
    assert claim_origin(analysts, ARTICLE, None) == "outlet:harbor-times"


def test_an_outlets_own_reporting_counts_as_its_publication() -> None:
    own = claim_origin(make("Acme hid the results."), ARTICLE, None)
    cited = claim_origin(
        make("Acme hid the results, The Harbor Times reported.", "The Harbor Times", "publication"),
        ARTICLE,
        None,
    )
    assert own == "outlet:harbor-times"
    assert cited == "pub:harbor-times"
    assert source_key(own) == source_key(cited)
