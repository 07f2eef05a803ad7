"""Speakers: mentions vs canonical names, roles, pronouns, company references, kinds."""

from evclaims.models import Article, ArticleText, Claim, Entity
from evclaims.parser import collect_entities, parse_article


def parse(body: str, entities: list[Entity] | None = None) -> list[Claim]:
    text = "Headline Of The Story\n\n" + body
    doc = ArticleText(article=Article(id="t", path="t.txt", sha256="", published=None), text=text)
    return [c for c in parse_article(doc, entities or []) if c.speaker_kind != "unattributed"]


def test_title_mention_and_surname_resolve_to_one_person() -> None:
    claims = parse(
        "Acme CEO Dana Whitfield said the plant will open. Whitfield added that hiring starts soon."
    )
    assert [(c.speaker, c.mention, c.role) for c in claims] == [
        ("Dana Whitfield", "Acme CEO Dana Whitfield", "Acme CEO"),
        ("Dana Whitfield", "Whitfield", "Acme CEO"),
    ]


def test_appositive_role_is_kept_apart() -> None:
    [c] = parse("Omar Haddad, Director of Research at Northfield Labs, said demand is weak.")
    assert (c.speaker, c.speaker_kind, c.role) == (
        "Omar Haddad",
        "person",
        "Director of Research at Northfield Labs",
    )


def test_pronoun_resolves_to_nearest_person() -> None:
    claims = parse("Senator Ruth Kane criticized the bill. She said it would cost jobs.")
    assert [(c.speaker, c.mention) for c in claims] == [
        ("Ruth Kane", "Senator Ruth Kane"),
        ("Ruth Kane", "She"),
    ]


def test_company_spokesperson_resolves_to_the_organisation() -> None:
    claims = parse('Acme denied the report. "That is untrue," a company spokesperson said.')
    assert [(c.speaker, c.speaker_kind, c.role, c.status) for c in claims] == [
        ("Acme", "organization", None, "denied"),
        ("Acme", "organization", "company spokesperson", "denied"),
    ]


def test_both_companies_yield_one_claim_per_party() -> None:
    claims = parse(
        "A report said Acme held talks with Borealis. Both companies later denied the claim."
    )
    assert [(c.speaker, c.status) for c in claims] == [
        ("report", "asserted"),
        ("Acme", "denied"),
        ("Borealis", "denied"),
    ]


def test_publication_and_anonymous_kinds() -> None:
    claims = parse(
        "The Morning Herald reported that prices rose. Four informed sources said talks stalled."
    )
    assert [(c.speaker, c.speaker_kind, c.hedged) for c in claims] == [
        ("Morning Herald", "publication", False),
        ("informed sources", "anonymous", True),
    ]


def test_known_entities_win_and_aliases_resolve() -> None:
    known = [Entity(name="Acme Holdings", kind="organization", aliases=["Acme"])]
    [c] = parse("Acme said sales fell.", known)
    assert (c.speaker, c.speaker_kind) == ("Acme Holdings", "organization")
    table = collect_entities([c], known)
    assert table[0] == known[0]


def test_collect_entities_adds_new_speakers_with_aliases() -> None:
    claims = parse(
        "Acme CEO Dana Whitfield said the plant will open. Whitfield added that hiring starts soon."
    )
    table = collect_entities(claims, [])
    assert [(e.name, e.kind, e.aliases) for e in table] == [
        ("Dana Whitfield", "person", ["Whitfield"])
    ]


def test_corporate_suffixes_and_generic_first_words() -> None:
    [c] = parse("General Motors Co said on Tuesday it would cut 1,000 jobs.")
    assert (c.speaker, c.speaker_kind, c.role) == ("General Motors", "organization", None)


def test_spokesman_for_an_organisation() -> None:
    [c] = parse("A spokesman for the Harbor Transit Authority said the line would reopen.")
    assert (c.speaker, c.speaker_kind, c.role) == (
        "Harbor Transit Authority",
        "organization",
        "spokesman",
    )


def test_anonymous_descriptions_keep_their_qualifier_and_affiliation_as_role() -> None:
    claims = parse(
        "According to three people familiar with the matter, the plan was approved. "
        "Analysts at Northfield Bank wrote in a note that the move was overdue. "
        "The vote was delayed, one of the people said."
    )
    assert [(c.speaker, c.speaker_kind, c.role, c.rule) for c in claims] == [
        ("people familiar with the matter", "anonymous", None, "according-to"),
        ("analysts", "anonymous", "at Northfield Bank", "said-that"),
        ("people familiar with the matter", "anonymous", None, "said-trailing"),
    ]


def test_people_briefed_on_a_plan_is_a_description_not_a_cue() -> None:
    [c] = parse("Lines will be replaced by 2027, two people briefed on the plan said.")
    assert (c.speaker, c.speaker_kind, c.cue) == ("people briefed on the plan", "anonymous", "said")


def test_unresolved_pronoun_is_an_unidentified_speaker() -> None:
    [c] = parse('"We are done," she said.')
    assert (c.speaker, c.speaker_kind, c.mention) == ("unidentified person", "anonymous", "she")


def test_lowercase_title_before_a_name_after_a_quote_is_the_role() -> None:
    [c] = parse('"The claims are baseless," spokeswoman Rena Ode said in a statement.')
    assert (c.speaker, c.role, c.rule, c.status) == (
        "Rena Ode",
        "spokeswoman",
        "said-after-quote",
        "denied",
    )


def test_name_of_institution_is_a_person_with_an_affiliation() -> None:
    claims = parse(
        "Public health researcher Anil Rao of Redfield State University said lead harms "
        'children. "There is no safe level," Rao said. '
        "Kestrel Partners analyst Ruth Calloway said the cut would save money."
    )
    assert [(c.speaker, c.speaker_kind, c.role) for c in claims] == [
        ("Anil Rao", "person", "Public health researcher of Redfield State University"),
        ("Anil Rao", "person", "Public health researcher of Redfield State University"),
        ("Ruth Calloway", "person", "Kestrel Partners analyst"),
    ]


def test_appositive_with_a_relative_clause_before_the_cue() -> None:
    [c] = parse(
        "The State Water Board, the agency that regulates drinking water, declined to comment."
    )
    assert (c.speaker, c.speaker_kind, c.status) == (
        "State Water Board",
        "organization",
        "declined_comment",
    )


def test_indefinite_institution_resolves_to_the_body_named_next() -> None:
    claims = parse(
        "A regional water authority said on Tuesday it had nothing to hide. "
        "The Millbrook Water Authority has come under pressure."
    )
    assert [(c.speaker, c.status) for c in claims] == [("Millbrook Water Authority", "denied")]


def test_the_outlet_of_the_article_is_a_publication() -> None:
    text = "Headline Of The Story\n\nThe Corran Ledger reported on Monday that the mill shut."
    doc = ArticleText(
        article=Article(id="t", path="t.txt", sha256="", outlet="Valley Post"), text=text
    )
    [c] = [c for c in parse_article(doc, []) if c.speaker_kind != "unattributed"]
    assert (c.speaker, c.speaker_kind) == ("Corran Ledger", "publication")


def test_lone_name_followed_by_he_is_a_person() -> None:
    claims = parse("Marlow said he would appeal. Acme said it would grow.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("Marlow", "person"),
        ("Acme", "organization"),
    ]


def test_description_appositive_after_a_name_and_age_is_the_role() -> None:
    claims = parse(
        "John Mere, 54, a plumber from Ohio, said he was angry. "
        "Asked about the plan, the mayor said it was fine."
    )
    assert [(c.speaker, c.role) for c in claims] == [
        ("John Mere", "a plumber from Ohio"),
        ("mayor", "mayor"),
    ]


def test_company_reference_skips_places_and_people() -> None:
    claims = parse(
        "Acme Corp hired Dana Roe, a welder from Ohio. Roe said she was glad. "
        "The firm has denied wrongdoing."
    )
    assert [(c.speaker, c.status) for c in claims] == [
        ("Dana Roe", "asserted"),
        ("Acme", "denied"),
    ]


def test_statement_issued_by_a_body_is_that_body() -> None:
    claims = parse(
        "Acme Corp makes batteries. According to a statement from the ministry, the plant "
        "will reopen. The plant will reopen in May, according to a company statement."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("ministry", "organization"),
        ("Acme", "organization"),
    ]


def test_bodies_and_documents_as_speakers() -> None:
    claims = parse(
        "The network said it would send a crew. "
        '"The law stands," said the ruling. '
        "Experts on arms control and nuclear policy said the test could change that."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("network", "organization"),
        ("ruling", "publication"),
        ("experts", "anonymous"),
    ]


def test_second_verb_of_a_named_subject_is_attributed() -> None:
    claims = parse("Mr. Ode visited the plant and said he would vote for the plan.")
    assert [(c.speaker, c.speaker_kind, c.cue) for c in claims] == [("Ode", "person", "said")]
