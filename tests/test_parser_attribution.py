"""Attribution forms: one fixture per form, asserting speaker, rule, spans."""

from evclaims.models import Article, ArticleText, Claim
from evclaims.parser import parse_article


def parse(body: str, published: str | None = "2025-03-05") -> tuple[str, list[Claim]]:
    text = "Headline Of The Story\n\n" + body
    doc = ArticleText(
        article=Article(id="t", path="t.txt", sha256="", published=published), text=text
    )
    return text, parse_article(doc, [])


def attributed(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.speaker_kind != "unattributed"]


def sub(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def test_quote_then_x_said() -> None:
    text, claims = parse('"The plan is sound," Maria Lopez said.')
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.rule, c.cue) == (
        "Maria Lopez",
        "person",
        "said-after-quote",
        "said",
    )
    assert sub(text, c.content_span) == '"The plan is sound,"'
    assert c.quote == "The plan is sound," and sub(text, c.quote_span) == c.quote
    assert sub(text, c.speaker_span) == "Maria Lopez" and c.text == text[c.span[0] : c.span[1]]


def test_quote_then_said_x() -> None:
    text, claims = parse("“Prices will rise,” said one senior economist.")
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.rule) == (
        "senior economist",
        "anonymous",
        "said-after-quote",
    )
    assert sub(text, c.speaker_span) == "one senior economist"


def test_x_said_that() -> None:
    text, claims = parse("Acme Corp said that its profits fell sharply.")
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.rule) == ("Acme", "organization", "said-that")
    assert sub(text, c.content_span) == "that its profits fell sharply"


def test_x_told_y_that() -> None:
    text, claims = parse("Jon Park told reporters that the vote was delayed.")
    [c] = attributed(claims)
    assert (c.speaker, c.rule, c.cue) == ("Jon Park", "told-that", "told")
    assert sub(text, c.content_span) == "that the vote was delayed"


def test_according_to_a_report_by() -> None:
    text, claims = parse("The bank cut rates, according to a report by the Daily Ledger.")
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.rule) == ("Daily Ledger", "publication", "according-to")
    assert sub(text, c.content_span) == "The bank cut rates"


def test_colon_attribution_with_role() -> None:
    text, claims = parse('Lena Ortiz, Chief Economist at Harbor Bank: "Rates will stay high."')
    [c] = attributed(claims)
    assert (c.speaker, c.role, c.rule) == (
        "Lena Ortiz",
        "Chief Economist at Harbor Bank",
        "colon-attribution",
    )
    assert c.quote == "Rates will stay high."


def test_dash_attribution() -> None:
    _, claims = parse("“We will win this fight.” — Sam Reed")
    [c] = attributed(claims)
    assert (c.speaker, c.rule) == ("Sam Reed", "dash-attribution")


def test_responded_colon() -> None:
    text, claims = parse("Acme responded: “We never met them.”")
    [c] = attributed(claims)
    assert (c.speaker, c.rule, c.cue) == ("Acme", "cue-colon", "responded")
    assert c.quote == "We never met them."


def test_embedded_post_signature() -> None:
    _, claims = parse(
        "Acme weighs sale of unit: report https://t.co/abc\n— City Post (@citypost) May 2, 2025\n"
    )
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.rule) == ("City Post", "publication", "embedded-post")


def test_cue_inside_quotes_is_not_a_cue() -> None:
    _, claims = parse("“Nobody said it would be easy,” Maria Lopez wrote.")
    [c] = attributed(claims)
    assert (c.speaker, c.cue) == ("Maria Lopez", "wrote")


def test_continued_quote_paragraph_inherits_speaker() -> None:
    _, claims = parse("“We are ready,” Maria Lopez said.\n\n“The team has trained for a year.”")
    assert [(c.speaker, c.rule) for c in attributed(claims)] == [
        ("Maria Lopez", "said-after-quote"),
        ("Maria Lopez", "quote-continuation"),
    ]


def test_headings_bullets_and_boilerplate_yield_no_claims() -> None:
    _, claims = parse("Key Points\n\n• Acme said profits rose 5%\n\nThis Post Has 0 Comments\n")
    assert claims == []


def test_unattributed_fact_needs_a_checkable_fact() -> None:
    text, claims = parse("Acme sold 5,000 trucks in 2024. Things look bright.")
    [c] = claims
    assert (c.speaker, c.speaker_kind, c.rule) == (None, "unattributed", "unattributed-fact")
    assert c.text == "Acme sold 5,000 trucks in 2024."
    # "in 2024" dates the sale, not a statement: it stays with the quantities.
    assert [q.kind for q in c.quantities] == ["count", "year"] and c.date is None


def test_claim_ids_are_unique_and_stable() -> None:
    body = '"It is fine," Maria Lopez said, insisting that the report is false.'
    _, first = parse(body)
    _, second = parse(body)
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first) == 2


def test_subject_before_a_relative_clause() -> None:
    text, claims = parse("Ann Cole, who ran the agency until 2020, said the audit was late.")
    [c] = attributed(claims)
    assert (c.speaker, c.rule) == ("Ann Cole", "said-that")
    assert sub(text, c.content_span) == "the audit was late"


def test_lead_in_colon_gives_the_next_paragraph_its_speaker() -> None:
    text, claims = parse("The mayor added:\n\n“We will rebuild the bridge.”")
    [c] = attributed(claims)
    assert (c.speaker, c.rule, c.text) == (
        "mayor",
        "colon-lead-in",
        "“We will rebuild the bridge.”",
    )


def test_noun_cue_from_an_organisation() -> None:
    _, claims = parse("The plan has drawn criticism from the Senate Budget committee.")
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.rule) == (
        "Senate Budget committee",
        "organization",
        "noun-cue-from",
    )


def test_statement_date_is_resolved_against_published() -> None:
    _, claims = parse("Maria Lopez warned last year that costs would rise.", published="2025-03-05")
    [c] = attributed(claims)
    assert c.date == "2024"


def test_explain_labels_each_claim() -> None:
    from evclaims.explain import explain_article

    text = "Headline Of The Story\n\nAcme denied the report."
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256=""), text=text)
    claims = parse_article(doc, [])
    shown = explain_article(doc, claims).plain
    assert shown == text + f" [[{claims[0].id}| Acme · denied · said-that]]"


def test_split_quote_in_one_sentence_is_one_content() -> None:
    text, claims = parse('"Costs are up," Maria Lopez said, pointing to the ledger, "and rising."')
    [c] = attributed(claims)
    assert (c.speaker, c.rule) == ("Maria Lopez", "said-after-quote")
    assert sub(text, c.content_span) == (
        '"Costs are up," Maria Lopez said, pointing to the ledger, "and rising."'
    )


def test_quote_continued_in_the_same_paragraph_folds_into_one_claim() -> None:
    text, claims = parse(
        '"Costs are up," Maria Lopez said. "Prices rose 5% in May." "We will adapt."\n\n'
        '"Nobody expected it."'
    )
    first, second = attributed(claims)
    assert (first.speaker, first.rule) == ("Maria Lopez", "said-after-quote")
    assert (
        first.text == '"Costs are up," Maria Lopez said. "Prices rose 5% in May." "We will adapt."'
    )
    assert sub(text, first.content_span) == first.text
    assert [q.text for q in first.quantities] == ["5%"]
    assert (second.speaker, second.rule, second.text) == (
        "Maria Lopez",
        "quote-continuation",
        '"Nobody expected it."',
    )


def test_colon_lead_in_paragraph_is_one_claim() -> None:
    text, claims = parse("Maria Lopez added:\n\nThe plan is sound. It will pass.")
    [c] = attributed(claims)
    assert (c.speaker, c.rule, c.text) == (
        "Maria Lopez",
        "colon-lead-in",
        "The plan is sound. It will pass.",
    )


def test_named_outlet_reports_that() -> None:
    text, claims = parse("The Daily Ledger reports that the mill will close.")
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.cue) == ("Daily Ledger", "publication", "reports")
    assert sub(text, c.content_span) == "that the mill will close"


def test_says_after_a_name_is_a_verb() -> None:
    text, claims = parse("The Harbor Policy Center says the levy would raise revenue.")
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.cue) == ("Harbor Policy Center", "organization", "says")


def test_media_reports_as_a_noun_is_no_cue() -> None:
    _, claims = parse("Media reports that the mill would close spread on Monday, Acme said.")
    assert [(c.speaker, c.cue) for c in attributed(claims)] == [("Acme", "said")]


def test_denying_a_named_report_also_records_the_report() -> None:
    text, claims = parse(
        "Acme on Tuesday rejected a Daily Ledger report that it plans to cut 1,200 jobs."
    )
    denial, report = attributed(claims)
    assert (denial.speaker, denial.status, denial.rule) == ("Acme", "denied", "said-that")
    assert (report.speaker, report.speaker_kind, report.status, report.rule) == (
        "Daily Ledger",
        "publication",
        "asserted",
        "denied-report",
    )
    assert sub(text, report.content_span) == "that it plans to cut 1,200 jobs"
    assert report.span == denial.span and report.id != denial.id


def test_quote_then_speaker_with_anything_after_the_cue_is_after_quote() -> None:
    text, claims = parse('"It never crossed my mind," Dana Roe said months after her release.')
    [c] = attributed(claims)
    assert (c.speaker, c.rule) == ("Dana Roe", "said-after-quote")
    assert sub(text, c.content_span) == '"It never crossed my mind,"'


def test_told_with_a_common_noun_object_after_a_quote() -> None:
    text, claims = parse('"I am proud of you," Mr. Clarke told the miners.')
    [c] = attributed(claims)
    assert (c.speaker, c.speaker_kind, c.rule) == ("Clarke", "person", "said-after-quote")


def test_title_only_headline_yields_no_claim_but_a_sentence_headline_does() -> None:
    _, claims = parse("Acme denied the report.")
    assert [c.speaker for c in attributed(claims)] == ["Acme"]
    doc = ArticleText(
        article=Article(id="t", path="t.txt", sha256=""),
        text="Mill to close, sources say\n\nThe mill will close, two sources said.",
    )
    assert [c.text for c in parse_article(doc, []) if c.speaker_kind != "unattributed"] == [
        "The mill will close, two sources said."
    ]


def test_told_drops_its_object_from_the_content() -> None:
    text, claims = parse(
        "Maria Lopez told Reuters the deal was dead. Maria Lopez told the committee it was not."
    )
    assert [sub(text, c.content_span) for c in attributed(claims)] == [
        "the deal was dead",
        "it was not",
    ]


def test_doubled_apostrophe_quotes_fold_like_quotation_marks() -> None:
    text, claims = parse("''Costs are up,'' Maria Lopez said. ''We will adapt.''")
    [c] = attributed(claims)
    assert (c.speaker, c.rule) == ("Maria Lopez", "said-after-quote")
    assert sub(text, c.content_span) == "''Costs are up,'' Maria Lopez said. ''We will adapt.''"


def test_that_ending_the_sentence_is_no_complementizer() -> None:
    text, claims = parse("Maria Lopez said the new rules could change that.")
    [c] = attributed(claims)
    assert sub(text, c.content_span) == "the new rules could change that"
