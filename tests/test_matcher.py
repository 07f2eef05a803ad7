"""Tests for clustering equivalent claims and counting independent sources."""

from __future__ import annotations

from evclaims.ids import cluster_id
from evclaims.matcher import cluster_claims
from evclaims.models import Article, Claim, Cluster, ClusterOverride, SpeakerKind, Status


def make(
    cid: str,
    article: str,
    text: str,
    speaker: str | None = None,
    kind: SpeakerKind = "unattributed",
    status: Status = "asserted",
    duplicate_of: str | None = None,
) -> Claim:
    return Claim(
        id=cid,
        article=article,
        speaker=speaker,
        speaker_kind=kind,
        status=status,
        text=text,
        span=(0, len(text)),
        content_span=(0, len(text)),
        rule="test",
        duplicate_of=duplicate_of,
    )


def articles(*ids: str, copies: dict[str, str] | None = None) -> list[Article]:
    copies = copies or {}
    return [
        Article(id=a, path=a + ".txt", sha256="-", outlet=f"Outlet {a}", duplicate_of=copies.get(a))
        for a in ids
    ]


def run(
    claims: list[Claim],
    arts: list[Article],
    overrides: list[ClusterOverride] | None = None,
    synonyms: dict[str, list[str]] | None = None,
) -> tuple[list[Cluster], dict[str, Claim]]:
    clusters, out = cluster_claims(claims, arts, synonyms or {}, overrides or [])
    assert [c.id for c in out] == [c.id for c in claims]
    return clusters, {c.id: c for c in out}


JOB_CLAIMS = [
    make("c1", "a1", "Xiaomi plans to cut 1,000 jobs at its Wuhan plant."),
    make(
        "c2", "a2", "Xiaomi denied it plans to cut 1,000 jobs.", "Xiaomi", "organization", "denied"
    ),
    make(
        "c3",
        "a3",
        "Xiaomi plans to cut 1,000 jobs at the Wuhan factory, sources said.",
        "sources",
        "anonymous",
    ),
    make("c4", "a4", "Xiaomi is planning to eliminate 1,000 positions in Wuhan."),
]


def test_report_and_denial_are_not_merged() -> None:
    clusters, out = run(JOB_CLAIMS, articles("a1", "a2", "a3", "a4"))
    assert out["c1"].cluster is not None
    assert out["c1"].cluster == out["c3"].cluster == out["c4"].cluster
    assert out["c2"].cluster != out["c1"].cluster


def test_number_mismatch_is_clustered_not_dropped() -> None:
    claims = [
        make("c1", "a1", "Acme Motors will cut 1,000 jobs at its Ohio battery plant."),
        make("c2", "a2", "Acme Motors will cut 1,200 jobs at its Ohio battery plant."),
    ]
    clusters, out = run(claims, articles("a1", "a2"))
    assert len(clusters) == 1
    assert clusters[0].claims == ["c1", "c2"]
    assert out["c1"].cluster == out["c2"].cluster == clusters[0].id


def test_different_speakers_denying_are_separate_clusters() -> None:
    text = "Both companies denied the report."
    claims = [
        make("f1", "a1", text, "Acme", "organization", "denied"),
        make("x1", "a1", text, "Borealis", "organization", "denied"),
        make("f2", "a2", "Acme has firmly denied the report.", "Acme", "organization", "denied"),
        make(
            "x2",
            "a2",
            "Borealis did not respond to requests for comment.",
            "Borealis",
            "organization",
            "no_response",
        ),
    ]
    clusters, out = run(claims, articles("a1", "a2"))
    assert out["f1"].cluster == out["f2"].cluster is not None
    assert out["x1"].cluster == out["x2"].cluster is not None
    assert out["f1"].cluster != out["x1"].cluster


TALKS = [
    make(
        "t1",
        "a1",
        "Acme held talks with Borealis about a battery plant in Ohio, according to "
        "a report by the Daily Ledger.",
        "Daily Ledger",
        "publication",
    ),
    make(
        "t2",
        "a2",
        "Acme has held discussions with Borealis on an Ohio battery factory, sources said.",
        "sources",
        "anonymous",
    ),
    make(
        "t3",
        "a3",
        "The Daily Ledger reported that Acme was in negotiations with Borealis over "
        "a battery plant in Ohio.",
        "Daily Ledger",
        "publication",
    ),
]


def test_claims_relaying_one_report_count_once() -> None:
    clusters, out = run(TALKS, articles("a1", "a2", "a3"))
    assert len(clusters) == 1
    assert clusters[0].claims == ["t1", "t2", "t3"]
    assert clusters[0].origins == ["pub:daily-ledger"]
    assert clusters[0].independent_sources == 1
    assert out["t2"].origin == "pub:daily-ledger"


def test_two_named_reports_are_two_sources() -> None:
    other = make(
        "t4",
        "a4",
        "The Harbor Times reported that Acme held talks with Borealis about an Ohio battery plant.",
        "Harbor Times",
        "publication",
    )
    clusters, _ = run([*TALKS, other], articles("a1", "a2", "a3", "a4"))
    assert len(clusters) == 1
    assert clusters[0].independent_sources == 2
    assert clusters[0].origins == ["pub:daily-ledger", "pub:harbor-times"]


def test_copies_join_the_cluster_but_never_count() -> None:
    dup = make("t9", "a1", TALKS[1].text, "sources", "anonymous", duplicate_of="t2")
    copied = make("w1", "w", TALKS[2].text, "Daily Ledger", "publication")
    arts = articles("a1", "a2", "a3", "w", copies={"w": "a3"})
    clusters, out = run([*TALKS, dup, copied], arts)
    assert len(clusters) == 1
    k = clusters[0]
    assert k.claims == ["t9", "t1", "t2", "t3", "w1"]
    assert k.articles == ["a1", "a2", "a3", "w"]
    assert k.independent_sources == 1
    assert out["t9"].cluster == out["w1"].cluster == k.id
    assert k.id == cluster_id(["t1", "t2", "t3"])


def test_copies_of_an_outlet_statement_do_not_add_sources() -> None:
    claims = [
        make("s1", "a1", "Acme Motors employs 4,000 workers in Ohio."),
        make("s2", "a2", "Acme Motors employs 4,000 workers in Ohio."),
        make("s3", "w", "Acme Motors employs 4,000 workers in Ohio."),
    ]
    clusters, _ = run(claims, articles("a1", "a2", "w", copies={"w": "a2"}))
    assert [k.claims for k in clusters] == [["s1", "s2", "s3"]]
    assert clusters[0].independent_sources == 2


def test_overrides_merge_split_and_rename() -> None:
    unrelated = make("u1", "a4", "Borealis opened a research lab in Lisbon.")
    arts = articles("a1", "a2", "a3", "a4")
    merged, out = run([*TALKS, unrelated], arts, [ClusterOverride(merge=["t1", "u1"])])
    assert out["u1"].cluster == out["t1"].cluster is not None
    assert len(merged) == 1

    split, out = run(TALKS, arts, [ClusterOverride(split=["t1", "t3"])])
    assert out["t1"].cluster != out["t3"].cluster

    base, _ = run(TALKS, arts)
    kid = base[0].id
    renamed, _ = run(TALKS, arts, [ClusterOverride(cluster=kid, label="Acme–Borealis talks")])
    assert renamed[0].label == "Acme–Borealis talks"
    assert base[0].label != "Acme–Borealis talks"


def test_user_synonyms_can_join_claims() -> None:
    claims = [
        make("g1", "a1", "Acme Motors will build a gigafactory near Dayton."),
        make("g2", "a2", "Acme Motors will build a plant near Dayton."),
    ]
    arts = articles("a1", "a2")
    without, _ = run(claims, arts)
    with_syn, _ = run(claims, arts, synonyms={"plant": ["gigafactory"]})
    assert len(with_syn) == 1
    assert with_syn[0].claims == ["g1", "g2"]
    assert without == [] or without[0].claims == ["g1", "g2"]


def test_no_giant_cluster_from_a_chain() -> None:
    words = [
        "battery",
        "lithium",
        "cathode",
        "anode",
        "smelter",
        "refinery",
        "pipeline",
        "turbine",
        "rotor",
        "blade",
        "gearbox",
        "nacelle",
        "tower",
        "cable",
        "substation",
    ]
    claims = [
        make(f"k{i:02d}", f"a{i}", "Acme Motors " + " ".join(words[i : i + 4]) + ".")
        for i in range(len(words) - 3)
    ]
    clusters, out = run(claims, articles(*[f"a{i}" for i in range(len(claims))]))
    assert (
        out["k00"].cluster is None or out["k00"].cluster != out[f"k{len(claims) - 1:02d}"].cluster
    )
    assert max((len(k.claims) for k in clusters), default=0) <= 4


def test_output_is_deterministic_and_sorted() -> None:
    arts = articles("a1", "a2", "a3", "a4")
    first = cluster_claims([*JOB_CLAIMS, *TALKS], arts, {}, [])
    second = cluster_claims(list(reversed([*JOB_CLAIMS, *TALKS])), arts, {}, [])
    assert first[0] == second[0]
    assert [k.id for k in first[0]] == sorted(k.id for k in first[0])
    for k in first[0]:
        assert k.articles == sorted(k.articles)
        assert k.id == cluster_id(k.claims)


def _two_stories() -> list[Claim]:
    """Acme in two unrelated stories: a plant deal (a1, a2) and a data breach (a3)."""
    return [
        make(
            "p1",
            "a1",
            "Acme held talks with Borealis over a battery plant in Ohio, sources said.",
            "sources",
            "anonymous",
        ),
        make("p2", "a1", "Acme denied the report.", "Acme", "organization", "denied"),
        make(
            "p3",
            "a2",
            "Acme is negotiating with Borealis on an Ohio battery plant, sources said.",
            "sources",
            "anonymous",
        ),
        make("p4", "a2", "Acme has denied the report.", "Acme", "organization", "denied"),
        make(
            "q1",
            "a3",
            "Hackers stole customer records from Acme servers in Lisbon, Kestrel Security said.",
            "Kestrel Security",
            "organization",
        ),
        make("q2", "a3", "Acme denied the report.", "Acme", "organization", "denied"),
    ]


def test_content_free_denials_join_only_within_their_story() -> None:
    _, out = run(_two_stories(), articles("a1", "a2", "a3"))
    assert out["p2"].cluster == out["p4"].cluster is not None
    assert out["q2"].cluster != out["p2"].cluster


PLANT_STORY = [
    "Acme and Borealis would build the battery plant near Toledo, Ohio.",
    "The Ohio plant could employ 2,000 workers by 2028.",
    "Borealis supplies battery cells to three carmakers in Europe.",
    "Ohio governor Dana Whitcomb has courted battery investment for years.",
]
BREACH_STORY = [
    "Hackers stole customer records from Acme servers in Lisbon.",
    "The stolen files included passwords and billing addresses.",
    "Portuguese police opened an investigation into the intrusion.",
    "Kestrel Security traced the attack to a phishing email.",
]


def test_shared_wording_of_two_stories_does_not_merge() -> None:
    claims = [
        *_two_stories(),
        *(make(f"x{n}", "a1", text) for n, text in enumerate(PLANT_STORY)),
        *(make(f"y{n}", "a2", text) for n, text in enumerate(reversed(PLANT_STORY))),
        *(make(f"z{n}", "a3", text) for n, text in enumerate(BREACH_STORY)),
        make("s1", "a1", "Shares of the company fell 4% in after-hours trading."),
        make("s2", "a3", "Shares of the company fell 4% in after-hours trading."),
        make("s3", "a2", "The company's shares fell 4% after hours."),
    ]
    _, out = run(claims, articles("a1", "a2", "a3"))
    assert out["s1"].cluster == out["s3"].cluster is not None
    assert out["s2"].cluster is None


def test_new_paragraphs_of_an_updated_version_are_counted() -> None:
    earlier = make("e1", "a1", "Acme will cut 300 jobs at its Ohio plant, sources said.")
    repeated = make("e2", "a2", earlier.text)
    announced = make(
        "e3",
        "a2",
        "Acme announced it will cut 450 jobs at its Ohio plant.",
        "Acme",
        "organization",
    )
    other = make(
        "e4", "a3", "Acme said it would cut 450 jobs at the Ohio plant.", "Acme", "organization"
    )
    clusters, out = run(
        [earlier, repeated, announced, other], articles("a1", "a2", "a3", copies={"a2": "a1"})
    )
    assert out["e3"].cluster == out["e4"].cluster is not None
    (cluster,) = [k for k in clusters if k.id == out["e3"].cluster]
    assert cluster.claims == ["e1", "e3", "e2", "e4"]
    assert cluster.origins == ["self:acme", "unnamed-report"]
    assert out["e2"].origin == out["e1"].origin


def test_speaker_named_as_an_outlet_is_a_publication() -> None:
    arts = [
        Article(id="a1", path="a1.txt", sha256="-", outlet="The Daily Ledger"),
        Article(id="a2", path="a2.txt", sha256="-", outlet="Harbor Times"),
    ]
    claims = [
        make(
            "d1",
            "a2",
            "Acme held talks with Borealis over an Ohio battery plant, The Daily Ledger reported.",
            "Daily Ledger",
            "person",
        ),
        make("d2", "a1", "Acme held talks with Borealis over a battery plant in Ohio."),
    ]
    clusters, out = run(claims, arts)
    assert out["d1"].origin == "pub:daily-ledger"
    assert out["d1"].speaker_kind == "person"
    assert [k.origins for k in clusters] == [["pub:daily-ledger"]]
    assert clusters[0].independent_sources == 1
