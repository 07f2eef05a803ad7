"""Sources found on unseen stories: described groups, documents, relative clauses,
party denials, team names, surnames across articles, roles and wire credits."""

import pytest

from evclaims.models import Article, ArticleText, Claim
from evclaims.parser import parse_article
from evclaims.segments import segment_article
from evclaims.titles import resolve_surnames


def parse(body: str, article: str = "t") -> list[Claim]:
    text = "Headline Of The Story\n\n" + body
    doc = ArticleText(
        article=Article(id=article, path=f"{article}.txt", sha256="", published=None), text=text
    )
    return [c for c in parse_article(doc, []) if c.speaker_kind != "unattributed"]


def test_action_verb_yields_to_according_to() -> None:
    claims = parse(
        "The town of Elmsbury has agreed to spend $12 million on a new bridge, according to "
        "three aldermen briefed on the budget."
    )
    assert [(c.speaker, c.speaker_kind, c.rule) for c in claims] == [
        ("aldermen briefed on the budget", "anonymous", "according-to")
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            '"There is no deal, and there is no agreement on price," owner Tamsin Roe said.',
            "denied",
        ),
        ("The Harriers said in a statement that no agreement had been reached.", "denied"),
        ("Velcor said it has not agreed to any sale.", "denied"),
        ("Velcor said that the sale is not true.", "denied"),
        ("Velcor said there is no reason to expect delays.", "asserted"),
        ("Velcor said no one was hurt.", "asserted"),
    ],
)
def test_party_denials(body: str, status: str) -> None:
    assert [c.status for c in parse(body)] == [status]


def test_no_agreement_from_an_outlet_is_a_report_not_a_denial() -> None:
    claims = parse("No agreement has been reached, the Daily Ledger reported.")
    assert [(c.speaker_kind, c.status) for c in claims] == [("publication", "asserted")]


def test_plural_name_with_the_is_an_organisation_and_short_form_resolves() -> None:
    claims = parse(
        "The county will fund an arena for the Redwater Harriers, officials said.\n\n"
        "The Harriers denied the report.\n\n"
        "The Redwater Harriers confirmed on Friday that talks were over."
    )
    assert [(c.speaker, c.speaker_kind, c.status) for c in claims] == [
        ("officials", "anonymous", "asserted"),
        ("Redwater Harriers", "organization", "denied"),
        ("Redwater Harriers", "organization", "confirmed"),
    ]


def test_documents_and_filings_are_sources() -> None:
    claims = parse(
        "The arena would seat 30,000, according to zoning documents filed with the county.\n\n"
        "The cost would be $9 million, according to court filings.\n\n"
        "The deadline is March, according to the county's planning records."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("zoning documents", "publication"),
        ("court filings", "publication"),
        ("county", "organization"),
    ]


def test_relative_clause_source() -> None:
    claims = parse(
        "Arena subsidies have drawn criticism from historians, who say the towns rarely gain."
    )
    assert [(c.speaker, c.speaker_kind, c.rule) for c in claims] == [
        ("historians", "anonymous", "said-that")
    ]
    (claim,) = claims
    lo, hi = claim.span
    start, end = claim.content_span
    assert claim.text[start - lo : end - lo] == "the towns rarely gain"
    assert claim.speaker_span is not None
    s0, s1 = claim.speaker_span
    assert claim.text[s0 - lo : s1 - lo] == "historians"


def test_appositive_roles_drop_the_full_stop() -> None:
    claims = parse(
        '"Towns never get it back," said Oona Brandt, an economist at Fenmore College.\n\n'
        '"The figures are false," said Ivo Sandor, a spokesman for the agency.'
    )
    assert [(c.speaker, c.role, c.status) for c in claims] == [
        ("Oona Brandt", "an economist at Fenmore College", "asserted"),
        ("Ivo Sandor", "a spokesman for the agency", "denied"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Distributed by Gulf Coast Wire.",
        "(Reporting by Ann Vale; Editing by Bo Lund)",
        "© 2024 Gulf Coast Wire. All rights reserved.",
        "(c) 2024 Gulf Coast Wire",
        "(Gulf Coast Wire)",
    ],
)
def test_wire_credit_lines_are_boilerplate(line: str) -> None:
    text = f"Headline\n\nThe mayor said the bridge will open in May.\n\n{line}\n"
    kinds = [(s.kind, text[s.start : s.end]) for s in segment_article(text)]
    assert kinds[-1] == ("boilerplate", line)
    assert "boilerplate" not in [k for k, _ in kinds[:-1]]


def test_list_item_is_not_a_copyright_line() -> None:
    text = "Headline\n\nThe rules are new.\n\n(c) The firm shall pay the fee.\n"
    assert segment_article(text)[-1].kind == "sentence"


def test_lone_surname_resolves_to_person_named_in_another_article() -> None:
    first = parse('"We will build it," club owner Tamsin Roe said.', article="a")
    second = parse('"This is a great day for the fans," Roe said.', article="b")
    assert second[0].speaker == "Roe"
    resolved = resolve_surnames(first + second)
    assert [(c.speaker, c.speaker_kind, c.role, c.rule) for c in resolved] == [
        ("Tamsin Roe", "person", "club owner", "said-after-quote"),
        ("Tamsin Roe", "person", "club owner", "said-after-quote+surname"),
    ]
    assert resolved[1].id != second[0].id
    assert resolved[1].mention == "Roe"


def test_surname_is_left_alone_when_ambiguous_or_an_organisation() -> None:
    a = parse('"We will build it," club owner Tamsin Roe said.', article="a")
    b = parse('"We will not," league director Ivan Roe said.', article="b")
    c = parse('"Fine," Roe said.', article="c")
    assert [x.speaker for x in resolve_surnames(a + b + c)][-1] == "Roe"
    headline_org = parse(
        "Velcor denied the report.\n\nThe company said it would not comment on Velcor.",
        article="d",
    )
    person = parse('"Good," chief engineer Maya Velcor said.', article="e")
    names = [x.speaker for x in resolve_surnames(headline_org + person)]
    assert "Maya Velcor" not in names[: len(headline_org)]


def test_definite_short_name_keeps_kind_and_titled_persons_stay_persons() -> None:
    claims = parse(
        "As first reported by the Lakeside Evening Times, the vote slipped.\n\n"
        "The Times said the vote would fail.\n\n"
        "The Rev. Ada Quill said the vigil would go ahead."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("Lakeside Evening Times", "publication"),
        ("Rev. Ada Quill", "person"),
    ]
