"""Cluster and conflict ids (and reviews) continue when their members change."""

from __future__ import annotations

from evclaims.continuity import carry_clusters, carry_conflicts
from evclaims.models import Claim, Cluster, ClusterOverride, Conflict, Review


def cluster(cid: str, members: list[str], review: Review | None = None) -> Cluster:
    return Cluster(
        id=cid,
        label=f"label {cid}",
        claims=members,
        articles=["a"],
        independent_sources=1,
        review=review or Review(),
    )


def claim(cid: str, cluster_id: str | None) -> Claim:
    return Claim(
        id=cid,
        article="a",
        speaker=None,
        speaker_kind="unattributed",
        text="t",
        span=(0, 1),
        content_span=(0, 1),
        rule="test",
        cluster=cluster_id,
    )


def test_grown_cluster_keeps_old_id_review_and_user_label() -> None:
    old = [cluster("k-old", ["c2", "c3"], Review(status="confirmed", note="ok"))]
    new = [cluster("k-new", ["c1", "c2", "c3"])]
    claims = [claim("c1", "k-new"), claim("c2", "k-new"), claim("c4", None)]
    overrides = [ClusterOverride(cluster="k-old", label="Talks reported")]
    carried, renamed = carry_clusters(new, claims, old, overrides)
    assert [(c.id, c.label, c.review.status) for c in carried] == [
        ("k-old", "Talks reported", "confirmed")
    ]
    assert [c.cluster for c in renamed] == ["k-old", "k-old", None]


def test_a_group_sharing_less_than_half_of_the_old_members_is_new() -> None:
    old = [cluster("k-old", ["c1", "c2", "c3"], Review(status="dismissed"))]
    carried, _ = carry_clusters([cluster("k-new", ["c3", "c9"])], [], old, [])
    assert [(c.id, c.review.status) for c in carried] == [("k-new", "open")]


def test_conflicts_continue_only_within_their_kind() -> None:
    old = [
        Conflict(
            id="x-old",
            kind="quote_variant",
            claims=["c1", "c2"],
            summary="s",
            review=Review(status="explained"),
        )
    ]
    same = Conflict(id="x-a", kind="quote_variant", claims=["c1", "c2", "c5"], summary="s")
    other = Conflict(id="x-b", kind="role_mismatch", claims=["c1", "c2"], summary="s")
    carried = carry_conflicts([same, other], old)
    assert [(c.id, c.kind, c.review.status) for c in carried] == [
        ("x-b", "role_mismatch", "open"),
        ("x-old", "quote_variant", "explained"),
    ]


def test_members_are_matched_by_place_when_a_rename_changed_every_claim_id() -> None:
    old_claims = [claim("c1", "k-old"), claim("c2", "k-old")]
    old_claims[1] = old_claims[1].model_copy(update={"span": (5, 9)})
    new_claims = [
        old_claims[0].model_copy(update={"id": "c8", "cluster": "k-new"}),
        old_claims[1].model_copy(update={"id": "c9", "cluster": "k-new"}),
    ]
    old = [cluster("k-old", ["c1", "c2"], Review(status="explained", note="renamed"))]
    carried, renamed = carry_clusters(
        [cluster("k-new", ["c8", "c9"])], new_claims, old, [], old_claims
    )
    assert [(c.id, c.review.note) for c in carried] == [("k-old", "renamed")]
    assert [c.cluster for c in renamed] == ["k-old", "k-old"]
    conflict = Conflict(id="x-new", kind="quote_variant", claims=["c8", "c9"], summary="s")
    before = Conflict(
        id="x-old",
        kind="quote_variant",
        claims=["c1", "c2"],
        summary="s",
        review=Review(status="confirmed"),
    )
    assert carry_conflicts([conflict], [before], new_claims, old_claims)[0].id == "x-old"
    assert carry_conflicts([conflict], [before])[0].id == "x-new"
