"""Parser rules for lone names, short organisation names, data sources, denials, footers."""

from evclaims.models import Article, ArticleText, Claim, Entity
from evclaims.parser import parse_article
from evclaims.segments import segment_article


def parse(body: str, keep_unattributed: bool = False) -> list[Claim]:
    text = "Harbour Dispute Drags On\n\n" + body
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256="", published=None), text=text)
    return [
        c for c in parse_article(doc, []) if keep_unattributed or c.speaker_kind != "unattributed"
    ]


def speakers(body: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.speaker_kind, c.status) for c in parse(body)]


def test_lone_surname_takes_the_full_name_from_running_text() -> None:
    assert speakers(
        "The samples were tested in biologist Nadia Ostrander's lab. Ostrander declined to comment."
    ) == [("Nadia Ostrander", "person", "declined_comment")]


def test_lone_surname_stays_when_two_full_names_end_with_it() -> None:
    claims = parse(
        "Nadia Ostrander and her brother Paul Ostrander run the lab. Ostrander said it was safe."
    )
    assert [c.speaker for c in claims] == ["Ostrander"]


def test_title_case_line_does_not_make_a_person() -> None:
    text = "Tech Giant Xiaomi Eyes Harbour Deal\n\nXiaomi said the talks were early."
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256="", published=None), text=text)
    (claim,) = parse_article(doc, [])
    assert (claim.speaker, claim.speaker_kind) == ("Xiaomi", "organization")


def test_short_organisation_name_takes_the_fuller_name() -> None:
    assert speakers(
        "Quayline Terminals runs the container yard. Quayline said the offer was final. "
        "Quayline denied that it had threatened layoffs."
    ) == [
        ("Quayline Terminals", "organization", "asserted"),
        ("Quayline Terminals", "organization", "denied"),
    ]


def test_the_guild_is_the_guild_named_with_a_plural_possessive() -> None:
    assert speakers(
        "Talks broke down on Tuesday, the Vellmouth Dockworkers' Guild said. "
        "The Guild said members would vote. The guild denied the report."
    ) == [
        ("Vellmouth Dockworkers' Guild", "organization", "asserted"),
        ("Vellmouth Dockworkers' Guild", "organization", "asserted"),
        ("Vellmouth Dockworkers' Guild", "organization", "denied"),
    ]


def test_possessive_organisation_name_keeps_its_apostrophe() -> None:
    assert speakers("The ward will reopen in May, the Women's Hospital said.") == [
        ("Women's Hospital", "organization", "asserted")
    ]


def test_person_appositive_after_an_inverted_quote_is_the_role() -> None:
    claims = parse(
        "“We will not sign this,” said Imogen Strand, the university's provost. "
        "“The campus stays open,” Imogen Strand, the university's provost, said. "
        "Strand said classes would continue."
    )
    assert [(c.speaker, c.speaker_kind, c.role) for c in claims] == [
        ("Imogen Strand", "person", "the university's provost"),
        ("Imogen Strand", "person", "the university's provost"),
        ("Imogen Strand", "person", "the university's provost"),
    ]


def test_databases_data_and_figures_are_publication_sources() -> None:
    assert [
        (c.speaker, c.speaker_kind)
        for c in parse(
            "The port received $12 million, according to a public grants database. "
            "Cargo volumes fell 8%, according to port data. "
            "Wages rose 3%, according to figures from the Office for National Statistics."
        )
    ] == [
        ("public grants database", "publication"),
        ("port data", "publication"),
        ("Office for National Statistics", "organization"),
    ]


def test_party_denials_of_an_offer_or_a_report() -> None:
    assert speakers(
        "Quayline Terminals said no such offer exists. "
        "Quayline Terminals said the report is inaccurate. "
        "Quayline Terminals said no offer had been made. "
        "The Harbour Council categorically rejected the claims."
    ) == [
        ("Quayline Terminals", "organization", "denied"),
        ("Quayline Terminals", "organization", "denied"),
        ("Quayline Terminals", "organization", "denied"),
        ("Harbour Council", "organization", "denied"),
    ]


def test_outlet_footers_yield_no_claims_and_a_correction_is_its_own_segment() -> None:
    footer = (
        "The Vellmouth Ledger is an independent newsroom covering the coast.\n"
        "Subscribe to our newsletter for daily port news.\n"
        "Support our journalism with a donation.\n"
        "This story is sponsored by Harbour Bank.\n"
        "Sponsored content\n"
        "© 2026 Vellmouth Ledger Media\n"
        "All rights reserved.\n"
        "Correction: an earlier version of this article misstated the raise.\n"
    )
    assert parse(footer, keep_unattributed=True) == []
    kinds = [s.kind for s in segment_article("Port Story\n\n" + footer)]
    assert kinds == ["headline", *["boilerplate"] * 7, "correction"]


def test_a_known_organisation_is_not_taken_as_a_full_person_name() -> None:
    text = "Bank Shares Slip\n\nShares of Goldman Sachs fell on Monday. Sachs said costs rose."
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256="", published=None), text=text)
    known = [Entity(name="Goldman Sachs", kind="organization")]
    claims = [c for c in parse_article(doc, known) if c.speaker_kind != "unattributed"]
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Sachs", "organization")]


def test_a_group_led_by_a_proper_name_keeps_its_capitals() -> None:
    claims = parse("Vellmouth Dockworkers' Guild leaders denied the report.")
    assert [(c.speaker, c.speaker_kind, c.status) for c in claims] == [
        ("Vellmouth Dockworkers' Guild leaders", "anonymous", "denied")
    ]
