"""Institutional subjects, title-only speakers and the entity table's aliases."""

from evclaims.models import Article, ArticleText, Claim, Entity
from evclaims.parser import collect_entities, parse_article


def parse(body: str, entities: list[Entity] | None = None) -> tuple[str, list[Claim]]:
    text = "Headline Of The Story\n\n" + body
    doc = ArticleText(
        article=Article(id="t", path="t.txt", sha256="", published="2025-06-04"), text=text
    )
    return text, [c for c in parse_article(doc, entities or []) if c.speaker_kind != "unattributed"]


def test_the_city_said_is_an_organisation_claim() -> None:
    text, [c] = parse("The city said the bridge would reopen on Friday.")
    assert (c.speaker, c.speaker_kind, c.cue, c.rule) == (
        "city",
        "organization",
        "said",
        "said-that",
    )
    assert text[c.content_span[0] : c.content_span[1]] == "the bridge would reopen on Friday"
    assert text[c.speaker_span[0] : c.speaker_span[1]] == "The city" if c.speaker_span else False


def test_singular_public_bodies_are_organisations() -> None:
    _, claims = parse(
        "The council said it would vote in March. The regulator said fees would fall. "
        "A federal court said the law was void. The state health department said cases rose."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("council", "organization"),
        ("regulator", "organization"),
        ("federal court", "organization"),
        ("state health department", "organization"),
    ]


def test_plural_common_nouns_are_anonymous() -> None:
    _, claims = parse("Police said the road was closed. Prosecutors said the firm paid a fine.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("police", "anonymous"),
        ("prosecutors", "anonymous"),
    ]


def test_institution_resolves_to_the_body_named_earlier() -> None:
    _, claims = parse(
        "The Ministry of Transport published new rules. The ministry said fares would rise."
    )
    assert [(c.speaker, c.speaker_kind, c.mention) for c in claims] == [
        ("Ministry of Transport", "organization", "The ministry")
    ]


def test_title_only_speaker_resolves_to_the_holder_named_in_the_article() -> None:
    _, claims = parse(
        "Acme CEO Dana Whitfield opened the plant. "
        "Acme’s CEO has previously acknowledged the quality of rival cars."
    )
    [c] = [c for c in claims if c.cue == "acknowledged"]
    assert (c.speaker, c.mention, c.role) == ("Dana Whitfield", "Acme’s CEO", "Acme CEO")


def test_title_only_speaker_resolves_through_an_appositive_name() -> None:
    _, claims = parse(
        "Acme’s chief executive, Dana Whitfield, opened the plant. "
        "The Acme chief executive said profits rose."
    )
    [c] = [c for c in claims if c.cue == "said"]
    assert c.speaker == "Dana Whitfield"


def test_title_only_speaker_stays_a_title_when_no_holder_is_named() -> None:
    _, [c] = parse("Acme’s CEO has previously acknowledged the quality of rival cars.")
    assert (c.speaker, c.speaker_kind) == ("Acme CEO", "person")


def test_title_only_speaker_resolves_through_a_known_entity() -> None:
    known = [Entity(name="Dana Whitfield", kind="person", aliases=["Acme CEO"])]
    _, [c] = parse("Acme’s CEO has previously acknowledged the quality of rival cars.", known)
    assert c.speaker == "Dana Whitfield"


def test_entity_aliases_are_name_variants_only() -> None:
    _, claims = parse(
        "Acme Motor Company said it would hire. The company later denied the report. "
        "Acme CEO Dana Whitfield said sales grew. Whitfield said prices would fall. "
        "The CEO said margins were thin. Both companies declined to comment. "
        "Acme said it was pleased. The Company said nothing more."
    )
    assert [c.speaker for c in claims if c.mention in {"The company", "The Company"}] == [
        "Acme",
        "Acme",
    ]
    table = {e.name: e.aliases for e in collect_entities(claims, [])}
    assert table == {"Acme": ["Acme Motor Company"], "Dana Whitfield": ["Whitfield"]}


def test_descriptions_never_become_entities() -> None:
    _, claims = parse(
        "The city said the bridge was safe. Police said the road was closed. "
        "The state health department said cases rose. "
        '"We need change," the Springfield businessman said.'
    )
    assert [c.speaker for c in claims] == [
        "city",
        "police",
        "state health department",
        "Springfield businessman",
    ]
    assert collect_entities(claims, []) == []
