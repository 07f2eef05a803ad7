"""Conflict checks: each kind fires on its fixture and stays quiet on a near miss."""

from __future__ import annotations

from evclaims.conflict_checks.context import resolve_parties
from evclaims.conflicts import find_conflicts
from evclaims.ids import conflict_id
from evclaims.models import Article, Claim, Conflict, SpeakerKind, Status

ARTICLES = [
    Article(id="a1", path="news/harbor.txt", sha256="0", outlet="Harbor Times"),
    Article(id="a2", path="news/ledger.txt", sha256="0", outlet="Metro Ledger"),
    Article(id="a3", path="news/valley-post.txt", sha256="0"),
]


def claim(
    cid: str,
    article: str,
    text: str,
    *,
    speaker: str | None = None,
    kind: SpeakerKind = "unattributed",
    status: Status = "asserted",
    at: int = 0,
    quote: str | None = None,
    role: str | None = None,
    cluster: str | None = None,
    hedged: bool = False,
    date: str | None = None,
    duplicate_of: str | None = None,
) -> Claim:
    """Return a claim whose sentence starts at offset `at` of its article."""
    span = (at, at + len(text))
    return Claim(
        id=cid,
        article=article,
        speaker=speaker,
        speaker_kind=kind,
        status=status,
        text=text,
        quote=quote,
        role=role,
        span=span,
        content_span=span,
        cluster=cluster,
        hedged=hedged,
        date=date,
        duplicate_of=duplicate_of,
        rule="test",
    )


def run(claims: list[Claim], articles: list[Article] = ARTICLES) -> list[Conflict]:
    """Return the conflicts found among claims (clusters are carried by the claims)."""
    return find_conflicts(claims, [], articles)


def of_kind(conflicts: list[Conflict], kind: str) -> list[Conflict]:
    """Return the conflicts of one kind."""
    return [c for c in conflicts if c.kind == kind]


# --- report_vs_denial -------------------------------------------------------------------------

TALKS = [
    claim(
        "r1",
        "a1",
        "Harbor Times reported that Acme Motors is in talks to buy Beta Robotics.",
        speaker="Harbor Times",
        kind="publication",
        cluster="k-talks",
    ),
    claim(
        "d1",
        "a1",
        "Acme later denied the report.",
        speaker="Acme Motors",
        kind="organization",
        status="denied",
        at=100,
    ),
    claim(
        "r2",
        "a2",
        "Acme is negotiating the purchase of Beta Robotics, people familiar with the matter said.",
        speaker="people familiar with the matter",
        kind="anonymous",
        cluster="k-talks",
    ),
    claim(
        "d2",
        "a2",
        "“This report is false,” an Acme spokesperson said.",
        speaker="Acme spokesperson",
        kind="person",
        status="denied",
        quote="This report is false",
        at=200,
    ),
]


def test_report_vs_denial_groups_reports_against_the_party_denials() -> None:
    found = of_kind(run(TALKS), "report_vs_denial")
    assert [(c.sides, c.severity, c.update) for c in found] == [
        ([["r1", "r2"], ["d1", "d2"]], "high", False)
    ]
    conflict = found[0]
    assert conflict.id == conflict_id("report_vs_denial", ["d1", "d2", "r1", "r2"])
    assert conflict.claims == ["d1", "d2", "r1", "r2"]
    assert "Harbor Times" in conflict.summary
    assert "Acme Motors denies it" in conflict.summary
    assert "Metro Ledger" in conflict.summary
    assert conflict.review.status == "open"


def test_unrelated_denial_by_the_same_company_is_not_a_report_conflict() -> None:
    claims = [
        TALKS[0],
        claim(
            "d9",
            "a1",
            "Separately, Acme denied that its Ohio plant leaks chemicals into the river.",
            speaker="Acme",
            kind="organization",
            status="denied",
            at=300,
        ),
        claim(
            "d8",
            "a2",
            "Acme denied that it would close its Ohio plant next year.",
            speaker="Acme",
            kind="organization",
            status="denied",
        ),
    ]
    assert of_kind(run(claims), "report_vs_denial") == []


def test_generic_denial_before_the_report_answers_nothing() -> None:
    claims = [
        claim(
            "d0",
            "a1",
            "Acme denied the report.",
            speaker="Acme",
            kind="organization",
            status="denied",
        ),
        claim(
            "r0", "a1", "Beta Robotics reportedly plans to hire Acme engineers.", hedged=True, at=50
        ),
    ]
    assert of_kind(run(claims), "report_vs_denial") == []


def test_copies_are_not_separate_accounts() -> None:
    copy = TALKS[1].model_copy(update={"id": "d1copy", "duplicate_of": "d1"})
    found = of_kind(run([TALKS[0], copy]), "report_vs_denial")
    assert found == []


# --- response_mismatch ------------------------------------------------------------------------


def _response_story(
    first: Status, second: Status, dates: tuple[str | None, str | None]
) -> list[Claim]:
    """Return two articles reporting one story, each telling Beta's response one way."""
    words = {
        "denied": "Beta Robotics denied the report.",
        "no_response": "Beta Robotics did not respond to a request for comment.",
        "declined_comment": "Beta Robotics declined to comment.",
        "confirmed": "Beta Robotics confirmed the report.",
    }
    return [
        claim(
            "s1",
            "a1",
            "Acme is in talks to buy Beta Robotics, Harbor Times reported.",
            speaker="Harbor Times",
            kind="publication",
            cluster="k-buy",
            date=dates[0],
        ),
        claim(
            "b1",
            "a1",
            words[first],
            speaker="Beta Robotics",
            kind="organization",
            status=first,
            at=80,
            date=dates[0],
        ),
        claim(
            "s2",
            "a2",
            "Acme has held talks to buy Beta Robotics, sources said.",
            speaker="sources",
            kind="anonymous",
            cluster="k-buy",
            date=dates[1],
        ),
        claim(
            "b2",
            "a2",
            words[second],
            speaker="Beta Robotics",
            kind="organization",
            status=second,
            at=80,
            date=dates[1],
        ),
    ]


def test_response_told_two_ways_is_a_response_mismatch() -> None:
    found = of_kind(
        run(_response_story("denied", "no_response", (None, None))), "response_mismatch"
    )
    assert [(c.sides, c.severity, c.update) for c in found] == [([["b1"], ["b2"]], "medium", False)]
    assert found[0].summary == (
        "Accounts differ on how Beta Robotics responded: Harbor Times says Beta Robotics "
        "denied it, while Metro Ledger says Beta Robotics did not respond."
    )


def test_denial_against_confirmation_is_high() -> None:
    found = of_kind(run(_response_story("denied", "confirmed", (None, None))), "response_mismatch")
    assert [c.severity for c in found] == ["high"]


def test_later_denial_after_no_response_is_an_update() -> None:
    claims = _response_story("no_response", "denied", ("2026-01-05", "2026-01-07"))
    found = of_kind(run(claims), "response_mismatch")
    assert [(c.update, c.severity) for c in found] == [(True, "low")]
    assert found[0].summary.startswith("Update on how Beta Robotics responded")


def test_same_response_everywhere_is_no_conflict() -> None:
    claims = _response_story("denied", "denied", (None, None))
    assert of_kind(run(claims), "response_mismatch") == []


def test_responses_about_different_stories_do_not_conflict() -> None:
    claims = [
        claim(
            "s1",
            "a1",
            "Acme is in talks to buy Beta Robotics, Harbor Times reported.",
            speaker="Harbor Times",
            kind="publication",
        ),
        claim(
            "b1",
            "a1",
            "Beta Robotics declined to comment.",
            speaker="Beta Robotics",
            kind="organization",
            status="declined_comment",
            at=80,
        ),
        claim(
            "s2",
            "a2",
            "Beta Robotics plans to cut 300 warehouse jobs, sources said.",
            speaker="sources",
            kind="anonymous",
        ),
        claim(
            "b2",
            "a2",
            "Beta Robotics denied the report.",
            speaker="Beta Robotics",
            kind="organization",
            status="denied",
            at=80,
        ),
    ]
    assert of_kind(run(claims), "response_mismatch") == []


# --- quote_variant ----------------------------------------------------------------------------


def _quoted(
    cid: str, article: str, quote: str, speaker: str = "Dana Ruiz", cluster: str | None = None
) -> Claim:
    """Return a claim quoting `speaker`."""
    return claim(
        cid,
        article,
        f"“{quote},” {speaker} said.",
        speaker=speaker,
        kind="person",
        quote=quote,
        cluster=cluster,
    )


def test_same_statement_in_other_words_is_a_quote_variant() -> None:
    claims = [
        _quoted("q1", "a1", "We are not selling the company"),
        _quoted("q2", "a2", "We have no plans to sell the company", speaker="Ruiz"),
    ]
    found = of_kind(run(claims), "quote_variant")
    assert [(c.sides, c.severity) for c in found] == [([["q1"], ["q2"]], "low")]
    assert "“We are not selling the company” (Harbor Times)" in found[0].summary
    assert "“We have no plans to sell the company” (Metro Ledger)" in found[0].summary


def test_same_cluster_links_quotes_with_few_shared_words() -> None:
    claims = [
        _quoted("q1", "a1", "an existential threat", cluster="k-1"),
        _quoted("q2", "a2", "a survival threat", cluster="k-1"),
        _quoted("q3", "a3", "Learning from rivals helps us scale", cluster="k-1"),
    ]
    assert [c.sides for c in of_kind(run(claims), "quote_variant")] == [[["q1"], ["q2"]]]


def test_quote_marks_case_excerpts_and_other_statements_are_not_variants() -> None:
    claims = [
        _quoted("q1", "a1", "We are not selling the company"),
        claim(
            "q2",
            "a2",
            '"we are NOT selling the company", Ruiz said.',
            speaker="Dana Ruiz",
            kind="person",
            quote="we are NOT selling the company",
        ),
        _quoted("q3", "a3", "not selling the company"),
        _quoted("q4", "a2", "Sales rose sharply in March"),
    ]
    assert of_kind(run(claims), "quote_variant") == []


def test_different_speakers_are_not_quote_variants() -> None:
    claims = [
        _quoted("q1", "a1", "We are not selling the company"),
        _quoted("q2", "a2", "We have no plans to sell the company", speaker="Omar Lee"),
    ]
    assert of_kind(run(claims), "quote_variant") == []


# --- role_mismatch ----------------------------------------------------------------------------


def _described(cid: str, article: str, role: str, date: str | None = None) -> Claim:
    """Return a claim by Lena Ortiz described with `role`."""
    return claim(
        cid,
        article,
        "Ortiz said the plant would stay open.",
        speaker="Lena Ortiz",
        kind="person",
        role=role,
        date=date,
    )


def test_former_and_current_title_is_a_role_mismatch() -> None:
    found = of_kind(
        run([_described("p1", "a1", "Former Governor"), _described("p2", "a2", "Ohio Governor")]),
        "role_mismatch",
    )
    assert [(c.sides, c.severity, c.update) for c in found] == [([["p1"], ["p2"]], "medium", False)]
    assert "“Former Governor” in Harbor Times" in found[0].summary
    assert "“Ohio Governor” in Metro Ledger" in found[0].summary


def test_role_change_months_apart_is_an_update() -> None:
    found = of_kind(
        run(
            [
                _described("p1", "a1", "Governor", "2025-01-10"),
                _described("p2", "a2", "former governor", "2025-09-01"),
            ]
        ),
        "role_mismatch",
    )
    assert [(c.update, c.severity) for c in found] == [(True, "low")]


def test_same_role_worded_differently_is_not_a_role_mismatch() -> None:
    claims = [
        _described("p1", "a1", "chair of the Senate Committee on the Chinese Communist Party"),
        _described("p2", "a2", "Chairwoman of the Senate Committee on China"),
        _described("p3", "a3", "Democratic chairwoman of the Senate committee on the CCP"),
    ]
    assert of_kind(run(claims), "role_mismatch") == []


# --- numeric_mismatch -------------------------------------------------------------------------


def test_different_numbers_for_one_stake_are_a_numeric_mismatch() -> None:
    claims = [
        claim(
            "n1",
            "a1",
            "Acme took a 24% stake in Beta Robotics, Harbor Times reported.",
            speaker="Harbor Times",
            kind="publication",
            cluster="k-stake",
        ),
        claim(
            "n2",
            "a2",
            "Acme took a 34% stake in Beta Robotics, sources said.",
            speaker="sources",
            kind="anonymous",
            cluster="k-stake",
        ),
    ]
    found = of_kind(run(claims), "numeric_mismatch")
    assert [(c.sides, c.severity) for c in found] == [([["n1"], ["n2"]], "high")]
    assert "24% (Harbor Times) against 34% (Metro Ledger)" in found[0].summary


def test_two_numbers_about_different_things_are_not_a_mismatch() -> None:
    claims = [
        claim("n1", "a1", "Acme will cut 500 jobs at its Ohio plant.", cluster="k-cuts"),
        claim(
            "n2", "a2", "Acme will cut jobs at 3 plants, and its shares fell 5%.", cluster="k-cuts"
        ),
        claim("n3", "a3", "Acme will cut more than 480 jobs in Ohio.", cluster="k-cuts"),
    ]
    assert of_kind(run(claims), "numeric_mismatch") == []


def test_same_subject_outside_a_cluster_is_compared() -> None:
    claims = [
        claim("n1", "a1", "Acme Motors will pay $2 billion for Beta Robotics."),
        claim("n2", "a2", "Acme Motors will pay $3 billion for Beta Robotics."),
    ]
    found = of_kind(run(claims), "numeric_mismatch")
    assert [c.sides for c in found] == [[["n1"], ["n2"]]]


# --- date_mismatch ----------------------------------------------------------------------------


def test_different_dates_for_one_event_are_a_date_mismatch() -> None:
    claims = [
        claim("t1", "a1", "Beta will launch the robot on March 3, 2026.", cluster="k-launch"),
        claim("t2", "a2", "Beta will launch the robot on March 10, 2026.", cluster="k-launch"),
    ]
    found = of_kind(run(claims), "date_mismatch")
    assert [(c.sides, c.severity) for c in found] == [([["t1"], ["t2"]], "medium")]
    assert "March 3, 2026 (Harbor Times) against March 10, 2026 (Metro Ledger)" in (
        found[0].summary
    )


def test_different_years_are_high() -> None:
    claims = [
        claim("t1", "a1", "Beta Robotics was founded in 2015 in Boston.", cluster="k-f"),
        claim("t2", "a2", "Beta Robotics was founded in 2016 in Boston.", cluster="k-f"),
    ]
    assert [c.severity for c in of_kind(run(claims), "date_mismatch")] == ["high"]


def test_dates_of_different_events_are_not_a_mismatch() -> None:
    claims = [
        claim(
            "t1",
            "a1",
            "Beta was founded in 2015 and launched its first robot in 2019.",
            cluster="k-b",
        ),
        claim("t2", "a2", "Beta, founded in 2015, sells robots to hospitals.", cluster="k-b"),
    ]
    assert of_kind(run(claims), "date_mismatch") == []


# --- the whole stage --------------------------------------------------------------------------


def test_output_is_sorted_deterministic_and_open() -> None:
    claims = TALKS + [
        _quoted("q1", "a1", "We are not selling the company"),
        _quoted("q2", "a2", "We have no plans to sell the company"),
    ]
    first = run(claims)
    second = run(list(reversed(claims)))
    assert first == second
    assert [c.id for c in first] == sorted(c.id for c in first)
    assert {c.kind for c in first} == {"report_vs_denial", "quote_variant"}
    assert all(c.review.status == "open" for c in first)


# --- robustness to parser output --------------------------------------------------------------


def test_short_names_and_time_phrases_resolve_to_one_party() -> None:
    claims = [
        claim(
            "s1",
            "a1",
            "Acme is in talks to buy Beta Robotics, Harbor Times reported.",
            speaker="Harbor Times",
            kind="publication",
            cluster="k-buy",
        ),
        claim(
            "b1",
            "a1",
            "Beta Robotics denied the report.",
            speaker="Beta Robotics",
            kind="organization",
            status="denied",
            at=80,
        ),
        claim(
            "s2",
            "a2",
            "Acme has held talks to buy Beta Robotics, sources said.",
            speaker="sources",
            kind="anonymous",
            cluster="k-buy",
        ),
        claim(
            "b2",
            "a2",
            "Beta on Friday confirmed the report.",
            speaker="Beta on Friday",
            kind="person",
            status="confirmed",
            at=80,
        ),
    ]
    found = of_kind(run(claims), "response_mismatch")
    assert [c.sides for c in found] == [[["b1"], ["b2"]]]


def test_prices_in_one_cluster_compare_and_a_later_announcement_is_an_update() -> None:
    articles = [
        ARTICLES[0].model_copy(update={"published": "2026-03-03"}),
        ARTICLES[1].model_copy(update={"published": "2026-03-20"}),
    ]
    claims = [
        claim(
            "p1",
            "a1",
            "Acme is in talks to acquire Beta Robotics for $1.2 billion, sources said.",
            speaker="sources",
            kind="anonymous",
            cluster="k-buy",
        ),
        claim(
            "p2",
            "a2",
            "Acme confirmed it will buy the robot maker for $1.3 billion.",
            speaker="Acme",
            kind="organization",
            status="confirmed",
            cluster="k-buy",
        ),
    ]
    found = of_kind(run(claims, articles), "numeric_mismatch")
    assert [(c.sides, c.update, c.severity) for c in found] == [([["p1"], ["p2"]], True, "low")]
    assert found[0].summary.startswith(
        "Update on a figure: earlier accounts give $1.2 billion (Harbor Times), "
        "the later one $1.3 billion (Metro Ledger)"
    )
    undated = of_kind(run(claims), "numeric_mismatch")
    assert [(c.update, c.severity) for c in undated] == [(False, "medium")]


def test_denial_attaches_to_the_main_story_not_a_side_report() -> None:
    claims = [
        claim(
            "t1",
            "a1",
            "Acme is in talks to buy Beta Robotics, Harbor Times reported.",
            speaker="Harbor Times",
            kind="publication",
            cluster="k-talks",
        ),
        claim("x1", "a1", "Acme reportedly also plans a new plant in Texas.", hedged=True, at=70),
        claim(
            "d1",
            "a1",
            "Acme denied the report.",
            speaker="Acme",
            kind="organization",
            status="denied",
            at=140,
        ),
        claim(
            "t2",
            "a2",
            "Acme is negotiating to buy Beta Robotics, sources said.",
            speaker="sources",
            kind="anonymous",
            cluster="k-talks",
        ),
        claim(
            "d2",
            "a2",
            "Acme denied the report.",
            speaker="Acme",
            kind="organization",
            status="denied",
            at=90,
        ),
        claim(
            "t3",
            "a3",
            "Acme has discussed buying Beta Robotics, analysts said.",
            speaker="analysts",
            kind="anonymous",
            cluster="k-talks",
        ),
        claim(
            "d3",
            "a3",
            "Acme denied the report.",
            speaker="Acme",
            kind="organization",
            status="denied",
            at=90,
        ),
    ]
    found = of_kind(run(claims), "report_vs_denial")
    assert [c.sides for c in found] == [[["t1", "t2", "t3"], ["d1", "d2", "d3"]]]


def test_party_resolution_joins_short_names_but_not_titles() -> None:
    claims = [
        claim("o1", "a1", "x", speaker="Northwind Air", kind="organization"),
        claim("o2", "a2", "x", speaker="Northwind", kind="organization"),
        claim("o3", "a1", "x", speaker="Acme", kind="organization"),
        claim("o4", "a2", "x", speaker="Acme CEO", kind="person"),
        claim("o5", "a3", "x", speaker="Acme Motors Co. spokesperson", kind="person"),
        claim("o6", "a3", "x", speaker="Park", kind="person"),
        claim("o7", "a1", "x", speaker="Leo Park", kind="person"),
        claim("o8", "a2", "x", speaker="Acme on Friday", kind="organization"),
    ]
    assert resolve_parties(claims) == {
        "o1": "northwind air",
        "o2": "northwind air",
        "o3": "acme",
        "o4": "acme ceo",
        "o5": "acme",
        "o6": "leo park",
        "o7": "leo park",
        "o8": "acme",
    }


def test_round_figures_far_apart_disagree_but_bounds_allow_more() -> None:
    claims = [
        claim("h1", "a1", "About 12,000 households draw water from the Eastgate zone."),
        claim("h2", "a2", "The utility serves some 15,000 households in the Eastgate zone."),
        claim("h3", "a3", "About 12,500 households draw water from the Eastgate zone."),
    ]
    found = of_kind(run(claims), "numeric_mismatch")
    assert [c.sides for c in found] == [[["h1", "h3"], ["h2"]]]
    bounded = [
        claim("b1", "a1", "The new model drew more than 100,000 preorders in Lisbon."),
        claim("b2", "a2", "The new model drew 120,000 preorders in Lisbon."),
    ]
    assert of_kind(run(bounded), "numeric_mismatch") == []


def test_each_number_is_compared_with_its_counterpart_only() -> None:
    claims = [
        claim(
            "l1",
            "a1",
            "Tests showed lead levels of 24 parts per billion at Eastgate taps, above the "
            "federal action level of 15 parts per billion.",
            cluster="k-lead",
        ),
        claim(
            "l2",
            "a2",
            "Tests showed lead levels of 34 parts per billion at Eastgate taps.",
            cluster="k-lead",
        ),
    ]
    (found,) = of_kind(run(claims), "numeric_mismatch")
    assert "24 (Harbor Times) against 34 (Metro Ledger)" in found.summary
    assert "15" not in found.summary


def test_a_later_report_relaying_another_figure_is_no_update() -> None:
    articles = [
        ARTICLES[0].model_copy(update={"published": "2026-03-03"}),
        ARTICLES[1].model_copy(update={"published": "2026-03-04"}),
    ]
    claims = [
        claim(
            "r1",
            "a1",
            "Acme will cut 1,200 jobs, two people familiar with the plan said.",
            speaker="two people familiar with the plan",
            kind="anonymous",
            cluster="k-cuts",
        ),
        claim(
            "r2",
            "a2",
            "Acme will cut 1,500 jobs, the Harbor Times reported.",
            speaker="Harbor Times",
            kind="publication",
            cluster="k-cuts",
        ),
    ]
    (found,) = of_kind(run(claims, articles), "numeric_mismatch")
    assert not found.update
    assert found.summary.startswith("Accounts differ on a figure")


def test_changed_figure_in_an_updated_version_is_an_update() -> None:
    articles = [
        ARTICLES[0].model_copy(update={"published": "2026-03-03"}),
        ARTICLES[1].model_copy(
            update={"published": "2026-03-04", "outlet": "Harbor Times", "duplicate_of": "a1"}
        ),
        ARTICLES[2].model_copy(update={"published": "2026-03-05"}),
    ]
    first = "Of the 120 homes tested, 38 exceeded the federal limit, the Ledger reported."
    claims = [
        claim("u1", "a1", first, cluster="k-homes"),
        claim("u2", "a2", first.replace("38", "52"), cluster="k-homes"),
    ]
    (found,) = of_kind(run(claims, articles), "numeric_mismatch")
    assert found.update and found.sides == [["u1"], ["u2"]]
    elsewhere = [claims[0], claim("u3", "a3", first.replace("38", "52"), cluster="k-homes")]
    (other,) = of_kind(run(elsewhere, articles), "numeric_mismatch")
    assert not other.update


def test_bare_denial_without_a_report_beside_it_answers_the_one_story_naming_the_party() -> None:
    bare = claim(
        "d5", "a3", "Acme Motors denied the report.", speaker="Acme Motors", kind="organization",
        status="denied",
    )  # fmt: skip
    found = of_kind(run([*TALKS, bare]), "report_vs_denial")
    assert [c.sides for c in found] == [[["r1", "r2"], ["d1", "d2", "d5"]]]
    other_story = claim(
        "r7",
        "a3",
        "Acme Motors will recall 40,000 trucks over faulty brakes, regulators said.",
        speaker="regulators",
        kind="anonymous",
        at=100,
    )
    recall_denial = claim(
        "d7",
        "a3",
        "Acme Motors denied that the trucks had faulty brakes.",
        speaker="Acme Motors",
        kind="organization",
        status="denied",
        at=200,
    )
    elsewhere = bare.model_copy(update={"article": "a4", "id": "d6"})
    found = of_kind(run([*TALKS, other_story, recall_denial, elsewhere]), "report_vs_denial")
    assert all("d6" not in c.claims for c in found)
