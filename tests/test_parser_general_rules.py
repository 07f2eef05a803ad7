"""Parser rules added after the held-out measurement: one fixture per rule, exact answers."""

from evclaims.models import Article, ArticleText, Claim
from evclaims.parser import parse_article


def parse(body: str, keep_unattributed: bool = False) -> list[Claim]:
    text = "Headline Of The Story\n\n" + body
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256="", published=None), text=text)
    return [
        c for c in parse_article(doc, []) if keep_unattributed or c.speaker_kind != "unattributed"
    ]


def test_relative_clause_with_whose_is_skipped_to_the_named_speaker() -> None:
    (claim,) = parse(
        "Senator Ada Brennan, whose district borders the quarry, said she would vote against it."
    )
    assert (claim.speaker, claim.speaker_kind, claim.role) == ("Ada Brennan", "person", "Senator")


def test_hospitals_and_health_systems_are_organisations() -> None:
    claims = parse(
        "Pinecrest Community Hospital said on Monday it would add beds. "
        "Larkfield Health System confirmed it had bought the clinic."
    )
    assert [(c.speaker, c.speaker_kind, c.status) for c in claims] == [
        ("Pinecrest Community Hospital", "organization", "asserted"),
        ("Larkfield Health System", "organization", "confirmed"),
    ]


def test_one_of_them_is_part_of_the_group_named_before() -> None:
    claims = parse(
        "The mill will close in June, according to three workers briefed on the plan.\n\n"
        "About 300 jobs will go, one of them said."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("workers briefed on the plan", "anonymous"),
        ("workers briefed on the plan", "anonymous"),
    ]


def test_people_familiar_with_the_matter_said_is_the_whole_description() -> None:
    (claim,) = parse("The bank will sell its card unit, two people familiar with the matter said.")
    assert (claim.speaker, claim.speaker_kind) == ("people familiar with the matter", "anonymous")


def test_a_report_named_by_its_publisher_is_that_publication() -> None:
    (claim,) = parse("According to the Harbinger report, at least nine stores will shut.")
    assert (claim.speaker, claim.speaker_kind) == ("Harbinger", "publication")


def test_publication_title_ending_in_a_document_word_keeps_its_name() -> None:
    claims = parse(
        "The city said the bridge would reopen, a day after The Valley Record reported "
        "that it had cracked."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("city", "organization"),
        ("The Valley Record", "publication"),
    ]
    assert "cracked" in claims[1].text[claims[1].content_span[0] - claims[1].span[0] :]


def test_capitalised_description_in_apposition_is_the_role() -> None:
    claims = parse(
        "Brightmoor, the Oslo-based shoe maker, on Monday denied a Pennant report that it "
        "plans to close two factories."
    )
    assert [(c.speaker, c.speaker_kind, c.status) for c in claims] == [
        ("Brightmoor", "organization", "denied"),
        ("Pennant", "publication", "asserted"),
    ]
    assert claims[0].role == "the Oslo-based shoe maker"


def test_level_of_government_is_not_part_of_the_name() -> None:
    (claim,) = parse("The state Office of Fisheries did not respond to a request for comment.")
    assert (claim.speaker, claim.speaker_kind, claim.status) == (
        "Office of Fisheries",
        "organization",
        "no_response",
    )


def test_first_word_of_an_organisation_resolves_to_its_full_name() -> None:
    claims = parse(
        "Ormond Transit Authority is weighing fare rises, the newspaper said.\n\n"
        "Ormond denied the report."
    )
    assert claims[-1].speaker == "Ormond Transit Authority"
    assert claims[-1].status == "denied"


def test_a_request_for_anonymity_is_not_a_claim() -> None:
    claims = parse(
        "The carrier will cut 40 routes, two managers said. "
        "They asked not to be named because the plan is not public."
    )
    assert [c.text for c in claims] == ["The carrier will cut 40 routes, two managers said."]


def test_there_is_no_recall_and_not_negotiating_are_party_denials() -> None:
    claims = parse(
        "“There is no recall. The kettles are safe,” Hollin Appliances said.\n\n"
        "“Hollin is not negotiating to sell the brand,” spokesman Piet Ruys said."
    )
    assert [(c.speaker, c.status) for c in claims] == [
        ("Hollin Appliances", "denied"),
        ("Piet Ruys", "denied"),
    ]


def test_outlet_self_promotion_yields_no_claim() -> None:
    claims = parse(
        "The bridge will close for repairs, the county said.\n\n"
        "The Ferris Courier is an independent, nonprofit newsroom founded in 1998. "
        "Support local journalism: become a member today.",
        keep_unattributed=True,
    )
    assert [c.speaker for c in claims] == ["county"]
