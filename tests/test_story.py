"""Test the one-screen story summary over the hand-written story ledger."""

from __future__ import annotations

from story_fixtures import (
    ACME_DENIAL,
    ANALYSTS_CLUSTER,
    BOREALIS_DENIAL,
    BOREALIS_SILENT,
    COST_CLUSTER,
    NUMERIC_MISMATCH,
    REPORT_VS_DENIAL,
    TALKS_CLUSTER,
    WHITFIELD_DECLINES,
    make_claim,
    story_ledger,
)

from evclaims.models import Review
from evclaims.story import (
    ARTICLE_COLUMNS,
    CLUSTER_COLUMNS,
    CONFLICT_COLUMNS,
    COPY_COLUMNS,
    RESPONSE_COLUMNS,
    STORY_COLUMNS,
    story_summary,
)


def test_most_corroborated_cluster_comes_first_with_its_outlets() -> None:
    rows = story_summary(story_ledger()).corroborated
    assert [r["cluster"] for r in rows] == [TALKS_CLUSTER.id, COST_CLUSTER.id, ANALYSTS_CLUSTER.id]
    assert all(tuple(r) == CLUSTER_COLUMNS for r in rows)
    # The wire copy republishes the Harbor Post: it adds no outlet behind the claim.
    assert rows[0] == {
        "cluster": TALKS_CLUSTER.id,
        "label": TALKS_CLUSTER.label,
        "independent_sources": 2,
        "claim_count": 3,
        "outlets": "Daily Ledger; Harbor & Bay Post",
    }


def test_top_limits_the_corroborated_section() -> None:
    assert len(story_summary(story_ledger(), top=1).corroborated) == 1


def test_open_conflicts_leave_out_reviewed_ones_and_put_severe_first() -> None:
    rows = story_summary(story_ledger()).open_conflicts
    assert all(tuple(r) == CONFLICT_COLUMNS for r in rows)
    assert [(r["conflict"], r["kind"], r["severity"]) for r in rows] == [
        (REPORT_VS_DENIAL.id, "report_vs_denial", "high"),
        (NUMERIC_MISMATCH.id, "numeric_mismatch", "medium"),
    ]


def test_a_confirmed_conflict_is_no_longer_open() -> None:
    ledger = story_ledger()
    ledger.conflicts[0] = ledger.conflicts[0].model_copy(
        update={"review": Review(status="confirmed")}
    )
    ids = [r["conflict"] for r in story_summary(ledger).open_conflicts]
    assert ids == [NUMERIC_MISMATCH.id]


def test_responses_group_denials_and_no_comments_by_party_without_copies() -> None:
    rows = story_summary(story_ledger()).responses
    assert all(tuple(r) == RESPONSE_COLUMNS for r in rows)
    assert [(r["party"], r["status"], r["count"], r["outlets"], r["claims"]) for r in rows] == [
        ("Acme Motors", "denied", 1, "Daily Ledger", ACME_DENIAL.id),
        ("Borealis Energy", "denied", 1, "Harbor & Bay Post", BOREALIS_DENIAL.id),
        ("Borealis Energy", "no_response", 1, "Daily Ledger", BOREALIS_SILENT.id),
        ("Dana Whitfield", "declined_comment", 1, "Harbor & Bay Post", WHITFIELD_DECLINES.id),
    ]


def test_responses_count_a_party_named_by_alias_under_its_canonical_name() -> None:
    ledger = story_ledger()
    extra = make_claim(
        "blog",
        "Analysts say a joint battery plant would help Acme meet its targets.",
        "Acme",
        "organization",
        "declined_comment",
    )
    ledger.claims.append(extra)
    rows = story_summary(ledger).responses
    assert ("Acme Motors", "declined_comment", 1) in [
        (r["party"], r["status"], r["count"]) for r in rows
    ]


def test_copies_and_articles_sections() -> None:
    summary = story_summary(story_ledger())
    assert summary.copies == [
        {
            "kind": "copy",
            "article": "Wire Copy (wire-copy)",
            "relation": "copies",
            "other_article": "Harbor & Bay Post (harbor-post)",
            "similarity": 1.0,
            "chars": 326,
        }
    ]
    assert all(tuple(r) == COPY_COLUMNS for r in summary.copies)
    assert all(tuple(r) == ARTICLE_COLUMNS for r in summary.articles)
    assert [(r["article"], r["published"], r["copy_of"]) for r in summary.articles] == [
        ("daily-ledger", "2026-03-02", None),
        ("harbor-post", "2026-03-03", None),
        ("wire-copy", "2026-03-04", "harbor-post"),
        ("blog", None, None),
    ]


def test_rows_flatten_every_section_in_order() -> None:
    summary = story_summary(story_ledger())
    rows = summary.rows()
    assert list(summary.sections()) == [
        "corroborated", "open_conflicts", "responses", "copies", "articles"
    ]  # fmt: skip
    assert [r["section"] for r in rows][:4] == ["corroborated"] * 3 + ["open_conflicts"]
    assert len(rows) == 3 + 2 + 4 + 1 + 4
    assert all(tuple(r) == STORY_COLUMNS for r in rows)
    assert rows[3]["conflict"] == REPORT_VS_DENIAL.id and rows[3]["label"] is None
    assert summary.model_dump()["copies"][0]["chars"] == 326


def test_copy_direction_comes_from_duplicate_of_then_dates_else_stays_unknown() -> None:
    ledger = story_ledger()
    ledger.articles = [a.model_copy(update={"duplicate_of": None}) for a in ledger.articles]
    # No duplicate_of: the later article (the wire copy, 2026-03-04) is the copy.
    assert story_summary(ledger).copies[0]["relation"] == "copies"
    assert story_summary(ledger).copies[0]["article"] == "Wire Copy (wire-copy)"
    ledger.articles = [a.model_copy(update={"published": None}) for a in ledger.articles]
    row = story_summary(ledger).copies[0]
    assert (row["article"], row["relation"]) == (
        "Harbor & Bay Post (harbor-post)",
        "shares text with",
    )


def test_a_self_repeat_lists_its_article_once() -> None:
    ledger = story_ledger()
    ledger.duplicates[0] = ledger.duplicates[0].model_copy(
        update={"kind": "self_repeat", "other_article": "harbor-post", "other_span": (0, 20)}
    )
    row = story_summary(ledger).copies[0]
    assert (row["article"], row["relation"], row["other_article"]) == (
        "Harbor & Bay Post (harbor-post)", "repeats", "Harbor & Bay Post (harbor-post)"
    )  # fmt: skip
    assert row["chars"] == 20  # the first occurrence comes first
