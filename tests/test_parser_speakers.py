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
        ("four informed sources", "anonymous", True),
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


def test_anonymous_descriptions_keep_their_affiliation() -> None:
    claims = parse(
        "According to people familiar with the matter, the plan was approved. "
        "Analysts at Northfield Bank wrote in a note that the move was overdue."
    )
    assert [(c.speaker, c.speaker_kind, c.rule) for c in claims] == [
        ("people", "anonymous", "according-to"),
        ("analysts at Northfield Bank", "anonymous", "said-that"),
    ]


def test_unresolved_pronoun_is_an_unidentified_speaker() -> None:
    [c] = parse('"We are done," she said.')
    assert (c.speaker, c.speaker_kind, c.mention) == ("unidentified person", "anonymous", "she")
