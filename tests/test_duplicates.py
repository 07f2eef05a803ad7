"""Find doubled bodies, syndicated copies, updates and partial copies; ignore quotes and boilerplate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from evclaims.duplicates import find_duplicates, has_credit_line
from evclaims.models import Article, ArticleText, Duplicate

TITLE = "Harbourline weighs sale of ferry unit as losses mount"

PARAGRAPHS = [
    "Harbourline Group is considering the sale of its loss-making ferry division, according "
    "to three people familiar with the plans, a move that would end nearly a century of "
    "passenger service across the northern estuary.",
    "The company, which is the region’s third-largest transport operator, has hired advisers "
    "to sound out buyers, the people said. They asked not to be named because the talks are "
    "private and no decision has been taken.",
    "“We review every part of the business regularly and do not comment on market "
    "speculation,” a Harbourline spokeswoman said on Tuesday.",
    "The ferry unit lost 14 million euros last year as fuel costs climbed and commuters moved "
    "to the new tunnel, which opened in the spring and cut the crossing to eight minutes.",
    "Unions representing the ferry crews said they had not been consulted. Martina Oyelaran, "
    "a regional organiser, said members would oppose any deal that put jobs or pensions at "
    "risk and called for an urgent meeting with the board.",
    "Shares in Harbourline rose 3 percent in early trading after the report before falling "
    "back to close little changed.",
]

BOILERPLATE = (
    "The Estuary Ledger is an independent newsroom. Nothing on this page is investment advice, "
    "and readers should consult a qualified professional before making any financial decision. "
    "Share this story on social media or sign up to our morning newsletter for more."
)


OUTLET_BODIES = [
    "Council approves new cycle lanes along the harbour road after a long consultation. "
    "Work is due to start in the autumn and finish before the spring tides, the council "
    "said, and the road will stay open to buses throughout. Shopkeepers had asked for "
    "loading bays to be kept, and the final plan keeps four of the six.",
    "A fishing cooperative reported its best mackerel season in a decade, crediting colder "
    "water and new quotas agreed with neighbouring ports last winter. Its members landed "
    "more than nine hundred tonnes, and the cooperative plans to open a smokehouse on the "
    "old quay next year if the harbour board agrees to a lease.",
    "The lighthouse museum reopened after repairs to its lantern room, which was damaged "
    "by a storm that also closed the coastal footpath for several weeks. Volunteers "
    "restored the brass fittings by hand, and school groups can book free guided visits "
    "on weekday mornings until the end of the summer term.",
    "Bus fares on the peninsula routes will rise by ten cents from January, the operator "
    "said, blaming higher wages and the cost of replacing its oldest vehicles. Season "
    "tickets for students and pensioners are frozen at this year's prices, and a new "
    "evening service to the ferry terminal starts in March.",
]


def doc(
    article_id: str, text: str, published: str | None = None, outlet: str | None = None
) -> ArticleText:
    """Build an article with the given text and metadata."""
    article = Article(
        id=article_id,
        path=f"{article_id}.txt",
        sha256="0" * 64,
        published=published,
        outlet=outlet,
    )
    return ArticleText(article=article, text=text)


def original_text(newline: str = "\n") -> str:
    """Return the original story with blank lines between paragraphs."""
    return (newline * 2).join([TITLE, *PARAGRAPHS]) + newline


def wire_copy_text() -> str:
    """Return a copy-edited syndicated version of the original story."""
    edited = [
        p.replace("’", "'")
        .replace("“", '"')
        .replace("”", '"')
        .replace("third-largest", "third largest")
        for p in PARAGRAPHS
    ]
    edited[0] = "ROTTERDAM (Coastwire) - " + edited[0]
    merged = [edited[0] + " " + edited[1], *edited[2:]]
    body = "\n".join(merged)
    return f"{TITLE}\n{body}\nReporting by Ana Whitcombe; editing by Louis Brandt\n"


def test_body_pasted_twice_gives_exact_spans_of_both_copies() -> None:
    body = original_text()
    middle = "View source\nThe views here are the author's own.\n"
    text = body + middle + body
    duplicates, copies = find_duplicates([doc("page", text)])
    first_end = len(body.rstrip())
    second_start = len(body) + len(middle)
    assert duplicates == [
        Duplicate(
            kind="self_repeat",
            article="page",
            span=(0, first_end),
            other_article="page",
            other_span=(second_start, second_start + first_end),
            similarity=1.0,
        )
    ]
    assert copies == {}
    assert text[0:first_end] == text[second_start : second_start + first_end]


def test_doubled_body_with_crlf_keeps_offsets_into_the_raw_text() -> None:
    body = original_text("\r\n")
    text = body + "Related stories\r\n" + body
    (duplicate,), _ = find_duplicates([doc("crlf", text)])
    start, end = duplicate.other_span
    assert text[start:end] == body.rstrip()
    assert duplicate.span == (0, len(body.rstrip()))


def test_copy_edited_wire_story_is_a_whole_copy_of_the_original() -> None:
    original = doc("z-original", original_text(), published="2026-03-02")
    copy = doc("a-copy", wire_copy_text(), published="2026-03-03")
    duplicates, copies = find_duplicates([copy, original])
    assert copies == {"a-copy": "z-original"}
    assert len(duplicates) == 1
    (duplicate,) = duplicates
    assert (duplicate.kind, duplicate.article, duplicate.other_article) == (
        "copy",
        "z-original",
        "a-copy",
    )
    assert 0.9 <= duplicate.similarity < 1.0
    original_body = original.text[duplicate.span[0] : duplicate.span[1]]
    copy_body = copy.text[duplicate.other_span[0] : duplicate.other_span[1]]
    assert original_body == original.text.rstrip()
    assert copy_body.startswith(TITLE)
    assert copy_body.endswith("close little changed.")
    assert "Reporting by" not in copy_body


def test_updated_version_points_to_the_earlier_story() -> None:
    first = doc("story-v1", original_text(), published="2026-03-02")
    update_paragraphs = [
        *PARAGRAPHS[:3],
        "Update: Harbourline confirmed late on Tuesday that it had received two unsolicited "
        "approaches for the ferry division and said its board would meet next week to weigh "
        "them against a plan to keep the service running with fewer sailings.",
        *PARAGRAPHS[3:5],
        "Shares in Harbourline closed 2 percent higher on Wednesday after the confirmation.",
    ]
    second = doc(
        "story-v2",
        "\n\n".join(["UPDATED: " + TITLE, *update_paragraphs]) + "\n",
        published="2026-03-03",
    )
    duplicates, copies = find_duplicates([second, first])
    assert copies == {"story-v2": "story-v1"}
    assert {d.kind for d in duplicates} == {"copy"}
    assert all((d.article, d.other_article) == ("story-v1", "story-v2") for d in duplicates)
    new_paragraph = second.text.index("Update: Harbourline")
    assert not any(d.other_span[0] <= new_paragraph < d.other_span[1] for d in duplicates)


def test_partial_copy_reports_the_shared_paragraphs_on_both_sides() -> None:
    source = doc("source", original_text(), published="2026-03-02")
    own_start = (
        "Ferry passengers on the estuary face an uncertain winter. Timetables published this "
        "week show fewer early sailings, and the council has asked operators for a plan.\n\n"
    )
    own_end = (
        "\n\nThe council will debate the future of the crossing at its meeting next month, "
        "when residents can put questions to the transport committee in person."
    )
    shared = PARAGRAPHS[3] + "\n\n" + PARAGRAPHS[4]
    borrower = doc("borrower", own_start + shared + own_end, published="2026-03-05")
    duplicates, copies = find_duplicates([borrower, source])
    assert copies == {}
    assert [(d.kind, d.article, d.other_article) for d in duplicates] == [
        ("partial_copy", "source", "borrower")
    ]
    (duplicate,) = duplicates
    assert source.text[duplicate.span[0] : duplicate.span[1]] == shared
    assert borrower.text[duplicate.other_span[0] : duplicate.other_span[1]] == shared


def test_independent_stories_sharing_a_quote_are_not_copies() -> None:
    quote = (
        "“We review every part of the business regularly and do not comment on market "
        "speculation, and we will not be drawn on rumours about individual divisions or the "
        "advisers we work with,”"
    )
    first = doc(
        "outlet-a",
        "Harbourline ferry sale talk unsettles crews\n\n"
        "Crews on the northern estuary ferries said on Tuesday they feared for their jobs after "
        "reports that the operator might sell the service. "
        f"{quote} the company said in a statement. Union officials plan a meeting on Friday.\n",
        published="2026-03-02",
    )
    second = doc(
        "outlet-b",
        "Transport group silent on ferry future\n\n"
        "Harbourline, the estuary transport operator, declined to confirm a newspaper report about "
        f"its loss-making boats. {quote} a spokeswoman told reporters. Analysts at two banks said "
        "a sale would lift the group's margins.\n",
        published="2026-03-02",
    )
    assert find_duplicates([first, second]) == ([], {})


def test_boilerplate_shared_by_one_outlets_articles_is_no_relation() -> None:
    docs = [
        doc(
            f"ledger-{n}",
            f"{body}\n\n{BOILERPLATE}\n",
            published=f"2026-03-0{n + 1}",
            outlet="Estuary Ledger",
        )
        for n, body in enumerate(OUTLET_BODIES)
    ]
    assert find_duplicates(docs) == ([], {})


def test_result_does_not_depend_on_input_order() -> None:
    docs = [
        doc("z-original", original_text(), published="2026-03-02"),
        doc("a-copy", wire_copy_text(), published="2026-03-03"),
        doc("doubled", original_text() + "More\n" + original_text(), published="2026-03-04"),
    ]
    forward = find_duplicates(docs)
    backward = find_duplicates(list(reversed(docs)))
    assert forward == backward
    assert forward[1] == {"a-copy": "z-original", "doubled": "z-original"}


def test_unknown_dates_fall_back_to_id_order() -> None:
    uncredited = wire_copy_text().replace(
        "Reporting by Ana Whitcombe; editing by Louis Brandt\n", ""
    )
    first = doc("b-story", original_text())
    second = doc("a-story", uncredited)
    _, copies = find_duplicates([first, second])
    assert copies == {"b-story": "a-story"}


def test_a_closing_wire_credit_marks_the_copy_when_dates_do_not_decide() -> None:
    original = doc("b-story", original_text())
    credited = doc("a-story", wire_copy_text())
    duplicates, copies = find_duplicates([original, credited])
    assert copies == {"a-story": "b-story"}
    assert {(d.article, d.other_article) for d in duplicates} == {("b-story", "a-story")}
    assert all(d.span[1] <= len(original.text) for d in duplicates)
    dated = doc("a-story", wire_copy_text(), published="2026-03-01")
    later = doc("b-story", original_text(), published="2026-03-02")
    _, copies = find_duplicates([later, dated])
    assert copies == {"b-story": "a-story"}


def test_credit_lines_are_recognised_only_at_the_end() -> None:
    assert has_credit_line("Body text.\n\n(Reporting by Nadia Ferro; editing by Tom Ashby)\n")
    assert has_credit_line("Body.\nDistributed by Coastal News Wire.\n")
    assert not has_credit_line("Reporting by Nadia Ferro.\n\nA\n\nB\n\nC\n\nD\n")
    assert not has_credit_line("Body.\nThe council was supported by residents.\n")


def test_boilerplate_is_found_without_outlet_names() -> None:
    docs = [
        doc(f"page-{n}", f"{body}\n\n{BOILERPLATE}\n", published=f"2026-03-0{n + 1}")
        for n, body in enumerate(OUTLET_BODIES)
    ]
    assert find_duplicates(docs) == ([], {})


def test_one_outlet_running_three_versions_of_a_story_is_not_boilerplate() -> None:
    footer = f"\n\n{BOILERPLATE}\n"
    versions = [
        doc("v1", original_text() + footer, published="2026-03-02", outlet="Estuary Ledger"),
        doc(
            "v2",
            original_text().replace("on Tuesday", "on Tuesday evening") + footer,
            published="2026-03-03",
            outlet="Estuary Ledger",
        ),
        doc(
            "v3",
            original_text() + "Harbourline's board meets on Friday.\n" + footer,
            published="2026-03-04",
            outlet="Estuary Ledger",
        ),
    ]
    others = [
        doc(f"other-{n}", f"{body}{footer}", published="2026-03-01", outlet="Estuary Ledger")
        for n, body in enumerate(OUTLET_BODIES)
    ]
    duplicates, copies = find_duplicates([*versions, *others])
    assert copies == {"v2": "v1", "v3": "v1"}
    assert {(d.article, d.other_article) for d in duplicates} == {
        ("v1", "v2"),
        ("v1", "v3"),
        ("v2", "v3"),
    }


def test_body_pasted_three_times_points_both_later_copies_at_the_first() -> None:
    body = original_text()
    text = body + "--\n" + body + "--\n" + body
    duplicates, _ = find_duplicates([doc("triple", text)])
    second, third = len(body) + 3, 2 * (len(body) + 3)
    first_copy = (0, len(body.rstrip()))
    assert [(d.span, d.other_span) for d in duplicates] == [
        (first_copy, (second, second + len(body.rstrip()))),
        (first_copy, (third, third + len(body.rstrip()))),
    ]


def test_repeated_paragraph_with_a_changed_word_is_one_repeat() -> None:
    repeated = PARAGRAPHS[4]
    edited = repeated.replace("urgent meeting", "early meeting")
    text = "\n\n".join([TITLE, *PARAGRAPHS[:4], repeated, PARAGRAPHS[5], edited]) + "\n"
    (duplicate,), _ = find_duplicates([doc("para", text)])
    assert text[duplicate.span[0] : duplicate.span[1]] == repeated
    assert text[duplicate.other_span[0] : duplicate.other_span[1]] == edited
    assert 0.9 < duplicate.similarity < 1.0


def test_short_repeated_phrase_is_not_a_repeat() -> None:
    phrase = "the people familiar with the plans said on Tuesday"
    text = f"{PARAGRAPHS[0]} Also, {phrase}.\n\n{PARAGRAPHS[3]} And {phrase}.\n"
    assert find_duplicates([doc("phrase", text)]) == ([], {})


WORDS = st.sampled_from(
    [
        "ferry",
        "harbour",
        "board",
        "union",
        "crews",
        "sale",
        "unit",
        "tunnel",
        "fares",
        "council",
        "said",
        "the",
        "a",
        "of",
        "to",
        "in",
        "on",
        "and",
        "shares",
        "rose",
        "fell",
        "plan",
    ]
)
SENTENCES = st.lists(WORDS, min_size=6, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
TEXTS = st.lists(SENTENCES, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(TEXTS, min_size=1, max_size=4), doubled=st.booleans())
def test_spans_are_valid_and_order_free(texts: list[str], doubled: bool) -> None:
    if doubled:
        texts[0] = texts[0] + "\n" + texts[0]
    docs = [doc(f"d{n}", text, published=f"2026-03-0{n + 1}") for n, text in enumerate(texts)]
    forward = find_duplicates(docs)
    assert find_duplicates(list(reversed(docs))) == forward
    lengths = {d.article.id: len(d.text) for d in docs}
    for duplicate in forward[0]:
        assert 0 <= duplicate.span[0] < duplicate.span[1] <= lengths[duplicate.article]
        end = lengths[duplicate.other_article]
        assert 0 <= duplicate.other_span[0] < duplicate.other_span[1] <= end
        assert 0.0 <= duplicate.similarity <= 1.0
        if duplicate.kind == "self_repeat":
            assert duplicate.span[1] <= duplicate.other_span[0]
        else:
            assert duplicate.article < duplicate.other_article


def test_footer_shared_by_two_articles_of_one_outlet_is_no_relation() -> None:
    pair = [
        doc("ledger-a", f"{OUTLET_BODIES[0]}\n\n{BOILERPLATE}\n", "2026-03-01", "Estuary Ledger"),
        doc("ledger-b", f"{OUTLET_BODIES[1]}\n\n{BOILERPLATE}\n", "2026-03-02", "Estuary Ledger"),
    ]
    assert find_duplicates(pair) == ([], {})
    unknown = [doc("page-a", pair[0].text), doc("page-b", pair[1].text)]
    assert find_duplicates(unknown) == ([], {})


def test_closing_paragraph_shared_by_two_outlets_is_a_partial_copy() -> None:
    shared = PARAGRAPHS[4] + " " + PARAGRAPHS[3]
    pair = [
        doc("harbor", "\n\n".join([*OUTLET_BODIES[:2], shared]), "2026-03-01", "Harbor Times"),
        doc("metro", "\n\n".join([*OUTLET_BODIES[2:], shared]), "2026-03-02", "Metro Ledger"),
    ]
    duplicates, copies = find_duplicates(pair)
    assert copies == {}
    assert [(d.kind, d.article, d.other_article) for d in duplicates] == [
        ("partial_copy", "harbor", "metro")
    ]


def test_copies_of_a_self_repeating_text_do_not_overlap() -> None:
    body = (
        "Ferry ferry ferry ferry ferry ferry. Harbour ferry ferry ferry ferry ferry ferry ferry "
        "ferry ferry ferry. Ferry ferry ferry ferry ferry ferry ferry ferry ferry ferry harbour."
    )
    found, _ = find_duplicates([doc("d0", body + "\n" + body, published="2026-03-01")])
    for duplicate in found:
        assert duplicate.span[0] < duplicate.span[1] <= duplicate.other_span[0]
