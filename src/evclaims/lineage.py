"""Trace the origin of each claim: the report it relays, or the party that said it.

Origins are strings with a prefix that says what kind of source they are:

- `pub:<slug>`: a named publication's report ("according to a report by the
  Financial Times", "IT Home notes");
- `self:<slug>`: a party speaking for itself (a person or an organisation);
- `outlet:<slug>` / `article:<id>`: the outlet's own statement or its own
  unnamed analysts, counted once per outlet (or per article when the outlet is
  unknown);
- `unnamed-report`: an unnamed report or unnamed sources ("sources said", "a
  report over the weekend said", "media reports"). Inside a cluster these are
  resolved to the named report the cluster cites, else they count once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from .ids import slug
from .models import Article, Claim

UNNAMED = "unnamed-report"

_NAME = r"(?P<name>(?:[Tt]he )?[A-Z][\w&.'’-]*(?: (?:of |on |for |and )?[A-Z][\w&.'’-]*){0,5})"
CITATION_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "according-to-report-by",
        re.compile(
            r"according to (?:an? |the )?(?:\w+ )?(?:report|story|article|investigation)s? "
            r"(?:by|from|in|published by) " + _NAME
        ),
    ),
    ("as-reported-by", re.compile(r"(?:as |first )?reported (?:by|in) " + _NAME)),
    ("citing", re.compile(r"\bciting (?:a |an |the )?(?:report (?:by|from|in) )?" + _NAME)),
    (
        "name-reported",
        re.compile(
            _NAME + r"(?:'s?|’s?)? (?:reported|reports|notes|noted|wrote|writes|revealed|"
            r"(?:first )?broke the news|report (?:said|says|states|stated))\b"
        ),
    ),
    ("according-to-name", re.compile(r"according to " + _NAME)),
]

_UNNAMED_WORDS = re.compile(
    r"\b(?:reports?|reportedly|media|press|sources?|insiders?|people familiar|persons? familiar|"
    r"people with knowledge|people briefed|unnamed|news outlets?|allegedly)\b",
    re.IGNORECASE,
)
_SOURCE_PEOPLE = re.compile(
    r"\b(?:people|persons?|officials?|insiders?|informants?|whistle-?blowers?)\b", re.IGNORECASE
)
"""Anonymous speakers who are a report's sources ("two people briefed on the plan")."""

_HEADLINE_REPORT = re.compile(r":\s*(?:reports?|sources?|media)\s*$", re.IGNORECASE)
_GENERIC_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "this",
        "that",
        "reports",
        "report",
        "sources",
        "source",
        "media",
        "people",
        "officials",
        "analysts",
        "experts",
        "he",
        "she",
        "they",
        "we",
    ]
)


def cited_publication(text: str, publications: Iterable[str] = ()) -> tuple[str, str] | None:
    """Return (rule id, name) of the named report that `text` cites, if any.

    `publications` are known publication names; "according to X" counts only
    when X is one of them, since "according to officials" is no report.
    """
    known = {p.lower() for p in publications}
    for rule, pattern in CITATION_PATTERNS:
        for m in pattern.finditer(text):
            name = m.group("name").strip(" .,'’")
            if name.lower().startswith("the "):
                name = name[4:]
            if not name or name.lower() in _GENERIC_NAMES:
                continue
            if rule in ("according-to-name", "citing", "name-reported") and (
                name.lower() not in known
            ):
                continue
            return rule, name
    return None


def claim_origin(
    claim: Claim,
    article: Article | None,
    principal: str | None,
    publications: Iterable[str] = (),
) -> str:
    """Return the origin of one claim, before any resolution across claims."""
    kind = claim.speaker_kind
    speaker = claim.speaker or ""
    if kind in ("person", "organization"):
        return "self:" + slug(principal or speaker)
    cited = cited_publication(claim.text, publications)
    if kind == "publication":
        if _HEADLINE_REPORT.search(claim.text):
            return UNNAMED
        if (
            speaker
            and not _UNNAMED_WORDS.search(speaker)
            and speaker.lower() not in (_GENERIC_NAMES)
        ):
            return publication_origin(speaker)
        return publication_origin(cited[1]) if cited else UNNAMED
    if cited:
        return publication_origin(cited[1])
    if kind == "anonymous":
        if _UNNAMED_WORDS.search(speaker) or _SOURCE_PEOPLE.search(speaker) or not speaker:
            return UNNAMED
        return outlet_origin(claim, article)
    # unattributed: the outlet's own statement, unless hedged as hearsay
    if claim.hedged or _UNNAMED_WORDS.search(claim.cue or "") or _UNNAMED_WORDS.search(claim.text):
        return UNNAMED
    return outlet_origin(claim, article)


def outlet_origin(claim: Claim, article: Article | None) -> str:
    """Return the origin that stands for the claim's own outlet (or its article)."""
    if article is not None and article.outlet and _outlet_key(article.outlet):
        return "outlet:" + slug(_outlet_key(article.outlet))
    return "article:" + claim.article


def publication_origin(name: str) -> str:
    """Return the origin of a named publication's report."""
    return "pub:" + slug(_outlet_key(name) or name)


def source_key(origin: str) -> str:
    """Return what an origin counts as: an outlet's own reporting is its publication's report."""
    if origin.startswith("outlet:"):
        return "pub:" + origin.removeprefix("outlet:")
    return origin


def resolve_in_articles(claims: list[Claim], origins: dict[str, str]) -> dict[str, str]:
    """Resolve unnamed reports to the one named report their article cites."""
    by_article: dict[str, set[str]] = {}
    for c in claims:
        o = origins[c.id]
        if o.startswith("pub:"):
            by_article.setdefault(c.article, set()).add(o)
    out = dict(origins)
    for c in claims:
        pubs = by_article.get(c.article, set())
        if out[c.id] == UNNAMED and len(pubs) == 1:
            out[c.id] = next(iter(pubs))
    return out


def resolve_in_cluster(member_origins: Mapping[str, str]) -> dict[str, str]:
    """Resolve a cluster's unnamed reports to the named report it cites most."""
    pubs = Counter(o for o in member_origins.values() if o.startswith("pub:"))
    if not pubs:
        return dict(member_origins)
    top = sorted(pubs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return {cid: (top if o == UNNAMED else o) for cid, o in member_origins.items()}


def _outlet_key(name: str) -> str:
    """Return an outlet name compared loosely: lower case, no leading 'the', no punctuation."""
    low = re.sub(r"[^\w\s]", " ", name.lower().replace("’", "'"))
    tokens = low.split()
    if tokens[:1] == ["the"]:
        tokens = tokens[1:]
    return " ".join(tokens)


def as_publications(claims: list[Claim], articles: Iterable[Article]) -> list[Claim]:
    """Return the claims with speakers that name a known outlet read as publications.

    A parser may take "The Harbor Gazette reported" for a person or an organisation;
    when the name is the outlet of one of the articles, it is a publication.
    """
    outlets = {_outlet_key(a.outlet) for a in articles if a.outlet}
    outlets.discard("")
    return [
        c.model_copy(update={"speaker_kind": "publication"})
        if c.speaker
        and c.speaker_kind in ("person", "organization")
        and _outlet_key(c.speaker) in outlets
        else c
        for c in claims
    ]


def initial_origins(
    claims: list[Claim],
    articles: Mapping[str, Article],
    principal_of: Callable[[Claim], str | None],
) -> dict[str, str]:
    """Return each claim's origin, resolved within its article."""
    publications = sorted(
        {c.speaker for c in claims if c.speaker and c.speaker_kind == "publication"}
    )
    origins = {
        c.id: claim_origin(c, articles.get(c.article), principal_of(c), publications)
        for c in claims
    }
    return resolve_in_articles(claims, origins)
