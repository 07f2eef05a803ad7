"""Wire-story forms: long trailing attributions, legislators, initials, passive reports."""

from evclaims.models import Article, ArticleText, Claim
from evclaims.parser import parse_article
from evclaims.segments import segment_article


def parse(body: str, front: str = "Headline Of The Story\n\n") -> tuple[str, list[Claim]]:
    text = front + body
    doc = ArticleText(
        article=Article(id="w", path="w.txt", sha256="", published="2025-06-12"), text=text
    )
    return text, [c for c in parse_article(doc, []) if c.speaker_kind != "unattributed"]


def sub(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def test_trailing_agency_with_abbreviation_and_date() -> None:
    text, [c] = parse(
        "Brightwell Ltd. is recalling 25,000 kettles that can crack, "
        "the U.S. Food Safety Board said on Tuesday."
    )
    assert (c.speaker, c.speaker_kind, c.rule) == (
        "U.S. Food Safety Board",
        "organization",
        "said-trailing",
    )
    assert sub(text, c.content_span) == "Brightwell Ltd. is recalling 25,000 kettles that can crack"
    assert c.date == "2025-06-10"
    assert [(q.kind, q.value) for q in c.quantities] == [("count", 25000.0)]


def test_trailing_x_told_publication() -> None:
    text, [c] = parse(
        "Corvane is near a deal to buy the port for about $310 million, "
        "two people familiar with the talks told the Harbour Courier."
    )
    assert (c.speaker, c.speaker_kind) == ("people familiar with the talks", "anonymous")
    assert (
        sub(text, c.content_span) == "Corvane is near a deal to buy the port for about $310 million"
    )
    assert [q.text for q in c.quantities] == ["$310 million"]


def test_legislator_party_and_state_is_role() -> None:
    text, [c] = parse("The tariff will hurt farmers, U.S. Rep. Dana Holt, D-Ohio, said.")
    assert (c.speaker, c.speaker_kind, c.role) == ("Dana Holt", "person", "U.S. Rep., D-Ohio")
    assert sub(text, c.content_span) == "The tariff will hurt farmers"


def test_initials_inside_a_source_name_do_not_split() -> None:
    text, [c] = parse("According to A.B. Lindqvist economists, rates will fall in May.")
    assert c.rule == "according-to"
    assert sub(text, c.speaker_span) == "A.B. Lindqvist economists"
    assert sub(text, c.content_span) == "rates will fall in May"


def test_role_before_an_honorific_name() -> None:
    _, [c] = parse("The bank's chief economist, Dr. Petra Solberg, said inflation had peaked.")
    assert (c.speaker, c.speaker_kind, c.role) == (
        "Petra Solberg",
        "person",
        "The bank's chief economist",
    )


def test_business_word_makes_an_organisation() -> None:
    _, [c] = parse("Fjell Airways did not immediately respond to a request for comment.")
    assert (c.speaker, c.speaker_kind, c.status) == ("Fjell Airways", "organization", "no_response")


def test_no_plans_in_reported_speech_is_no_denial() -> None:
    _, claims = parse(
        "Holm said Corvane had no plans to list its shares. "
        '"We have no plans to sell the port," Holm said.'
    )
    assert [(c.speaker, c.status) for c in claims] == [("Holm", "asserted"), ("Holm", "denied")]


def test_passive_report_is_attributed_to_the_according_to_source() -> None:
    text, [c] = parse(
        "Corvane was reported to be seeking $90 million, according to the Harbour Courier."
    )
    assert (c.speaker, c.speaker_kind, c.rule) == ("Harbour Courier", "publication", "according-to")
    assert sub(text, c.content_span) == "Corvane was reported to be seeking $90 million"


def test_first_line_of_several_sentences_is_no_headline() -> None:
    body = (
        "Corvane on Monday denied that it was buying the port of Ravik from its owner. "
        '"There is no truth to these stories," Corvane chief executive Ola Holm said.\n'
    )
    text = "\n\n" + body
    segments = segment_article(text)
    assert [(s.kind, text[s.start : s.end][:20]) for s in segments] == [
        ("sentence", "Corvane on Monday de"),
        ("sentence", '"There is no truth t'),
    ]
    _, claims = parse(body, front="\n\n")
    assert [(c.speaker, c.status, c.rule) for c in claims] == [
        ("Corvane", "denied", "said-that"),
        ("Ola Holm", "denied", "said-after-quote"),
    ]


def test_denied_report_named_after_its_noun() -> None:
    text, claims = parse(
        "Corvane denied a report by the Harbour Courier that it would sell the port."
    )
    assert [(c.speaker, c.speaker_kind, c.status, c.rule) for c in claims] == [
        ("Corvane", "organization", "denied", "said-that"),
        ("Harbour Courier", "publication", "asserted", "denied-report"),
    ]
    assert sub(text, claims[1].content_span) == "that it would sell the port"


def test_long_first_line_is_a_lede_and_a_short_one_a_headline() -> None:
    lede = (
        "Corvane said on Monday that it would close two of its five ferry terminals on the "
        "western coast next year after passenger numbers fell for a third year running.\n"
    )
    title = "Corvane to close two ferry terminals as passenger numbers fall again.\n"
    for first, kind in [(lede, "sentence"), (title, "headline")]:
        text = "\n\n" + first + "\nIt gave no figures.\n"
        assert segment_article(text)[0].kind == kind


def test_trailing_role_before_name_stays_out_of_content() -> None:
    text, [c] = parse("Rates will fall by June, the Nordbank chief economist, Ivo Lind, said.")
    assert (c.speaker, c.role) == ("Ivo Lind", "the Nordbank chief economist")
    assert sub(text, c.content_span) == "Rates will fall by June"


def test_trailing_name_then_role_told_publication() -> None:
    text, [c] = parse(
        "The ferry will stop in May, Ola Holm, a spokesman for Corvane, told Reuters."
    )
    assert (c.speaker, c.speaker_kind, c.role) == ("Ola Holm", "person", "a spokesman for Corvane")
    assert sub(text, c.content_span) == "The ferry will stop in May"


def test_trailing_told_an_audience() -> None:
    text, [c] = parse("Ticket sales fell 8%, Ola Holm told investors on a call.")
    assert (c.speaker, c.rule) == ("Ola Holm", "said-trailing")
    assert sub(text, c.content_span) == "Ticket sales fell 8%"


def test_possessive_after_an_abbreviation_stays_in_the_speaker() -> None:
    text, [c] = parse("The merger would raise fares, the U.K.'s transport regulator said.")
    assert sub(text, c.speaker_span) == "the U.K.'s transport regulator"
    assert sub(text, c.content_span) == "The merger would raise fares"


def test_inverted_speaker_takes_the_role_after_it() -> None:
    _, claims = parse(
        '"Fares will rise," said Ivo Lind, Nordbank\'s chief economist. '
        '"Not yet," said Ola Holm, adding that costs were flat.'
    )
    assert [(c.speaker, c.role) for c in claims] == [
        ("Ivo Lind", "Nordbank's chief economist"),
        ("Ola Holm", None),
    ]


def test_company_suffix_with_a_dot_keeps_the_cue() -> None:
    text, [c] = parse("Corvane Ferries Ltd. said on Jan. 8 that bookings rose 6%.")
    assert (c.speaker, c.speaker_kind, c.date) == ("Corvane Ferries", "organization", "2025-01-08")
    assert sub(text, c.content_span) == "that bookings rose 6%"
    assert [q.text for q in c.quantities] == ["6%"]


def test_participle_appositive_between_speaker_and_cue() -> None:
    _, claims = parse(
        "Ola Holm, speaking at a forum in Bergen, said fares would rise. "
        "Ivo Lind, the bank's chief economist, speaking in Oslo, said rates would fall."
    )
    assert [(c.speaker, c.role) for c in claims] == [
        ("Ola Holm", None),
        ("Ivo Lind", "the bank's chief economist"),
    ]


def test_denying_a_named_report_without_its_words_adds_no_report_claim() -> None:
    _, claims = parse(
        '"We never discussed a sale," Ola Holm said, denying a report in the Harbour Courier.'
    )
    assert [(c.speaker, c.status) for c in claims] == [
        ("Ola Holm", "asserted"),
        ("Ola Holm", "denied"),
    ]


def test_bare_weekday_after_the_cue_dates_the_statement() -> None:
    text, [c] = parse("Corvane Ferries said Tuesday it had hired 40 pilots since 2023.")
    assert c.date == "2025-06-10"
    assert sub(text, c.content_span) == "it had hired 40 pilots since 2023"
    _, [d] = parse("Corvane Ferries said Tuesday's sailing was full.")
    assert d.date is None


def test_assertion_before_but_would_not_comment_stays_asserted() -> None:
    _, claims = parse(
        'Ola Holm said that Corvane "is always open to offers" but would not comment on bids. '
        "Ivo Lind said he would not comment."
    )
    assert [(c.speaker, c.status) for c in claims] == [
        ("Ola Holm", "asserted"),
        ("Ivo Lind", "declined_comment"),
    ]
