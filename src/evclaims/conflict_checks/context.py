"""Hold what every conflict check reads: live claims, articles, parties, dates, labels."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePath

from ..ids import conflict_id
from ..lineage import as_publications
from ..models import Article, Claim, Cluster, Conflict, ConflictKind, Severity
from ..roles import parse_role, spokesperson_parties
from .text import word_bag, word_set, words

ROLE_TAIL = word_set(
    "spokesperson spokesman spokeswoman spokespeople representative representatives "
    "official officials executive executives statement management press office "
    "team source sources"
)
"""Trailing words that name someone speaking for a party ('Acme spokesperson' is Acme)."""

ORG_SUFFIX = word_set(
    "inc corp corporation co company ltd limited llc plc holdings group motor motors ag sa se nv"
)
"""Trailing words of a company name that other articles often leave out."""

LEADING = frozenset({"the", "a", "an"})

TIME_TAIL = re.compile(
    r"\s+(?:on|last|this|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|year)\b.*$|\s+(?:yesterday|today|earlier|later)\b.*$",
    re.IGNORECASE,
)
"""A time phrase a parser may leave on a speaker ('Acme on Friday' is Acme)."""


def raw_party_key(name: str) -> str:
    """Return a speaker name reduced to the party it stands for ('Ford Motor Co.' → 'ford')."""
    tokens = words(TIME_TAIL.sub("", name))
    while tokens and tokens[0] in LEADING:
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1] in ROLE_TAIL or tokens[-1] in ORG_SUFFIX):
        tokens.pop()
    return " ".join(tokens)


def content_offset(claim: Claim) -> int:
    """Return the article offset where `content_text(claim)` starts."""
    start, end = claim.content_span
    if claim.span[0] <= start < end <= claim.span[1]:
        return start
    return claim.span[0]


def content_text(claim: Claim) -> str:
    """Return what the claim says: its text at `content_span`, else the whole text."""
    start, end = claim.content_span
    offset = claim.span[0]
    if offset <= start < end <= claim.span[1]:
        return claim.text[start - offset : end - offset]
    return claim.text


PARTY_ITSELF = 2


def authority(claim: Claim) -> int:
    """Rank how firm a source is: 2 the party itself, 1 a named report, 0 hedged or anonymous."""
    if claim.hedged or claim.speaker_kind == "anonymous":
        return 0
    if claim.status == "confirmed" or claim.speaker_kind in ("organization", "person"):
        return 2
    return 1


@dataclass
class ConflictContext:
    """The claims a check may compare, with lookups built once."""

    claims: list[Claim]
    articles: dict[str, Article]
    clusters: dict[str, Cluster]
    party: dict[str, str] = field(default_factory=dict)
    memo: dict[str, object] = field(default_factory=dict)

    @classmethod
    def build(
        cls, claims: list[Claim], clusters: list[Cluster], articles: list[Article]
    ) -> ConflictContext:
        """Keep the claims that are separate accounts and resolve each speaker to a party."""
        live = sorted(
            (c for c in as_publications(claims, articles) if c.duplicate_of is None),
            key=lambda c: (c.article, c.span, c.id),
        )
        ctx = cls(live, {a.id: a for a in articles}, {k.id: k for k in clusters})
        ctx.party = resolve_parties(live)
        return ctx

    def party_of(self, claim: Claim) -> str | None:
        """Return the party key of a claim's speaker, or None when it has no speaker."""
        return self.party.get(claim.id)

    def label(self, article_id: str) -> str:
        """Return how a summary names an article: its outlet, else its file name."""
        article = self.articles.get(article_id)
        if article is None:
            return article_id
        if article.outlet:
            return article.outlet
        return PurePath(article.path).stem or article.id

    def labels(self, claims: list[Claim]) -> list[str]:
        """Return the distinct article labels of claims, in article order."""
        seen: dict[str, None] = {}
        for claim in sorted(claims, key=lambda c: (self.date(c) or "9999", c.article)):
            seen.setdefault(self.label(claim.article), None)
        return list(seen)

    def supersedes(self, later: list[Claim], earlier: list[Claim]) -> bool:
        """Tell whether `later` is all dated after `earlier` and is the party's own word.

        A later report relaying different figures is no update: only the party
        itself (an announcement, a confirmation), or an updated version of the
        earlier article, supersedes what was reported.
        """
        late = [self.date(c) for c in later]
        early = [self.date(c) for c in earlier]
        if not late or not early or None in late or None in early:
            return False
        if min(d or "" for d in late) <= max(d or "" for d in early):
            return False
        if all(self.newer_version(x, y) for x in later for y in earlier):
            return True
        firmness = min(authority(c) for c in later)
        return firmness == PARTY_ITSELF and firmness > max(authority(c) for c in earlier)

    def newer_version(self, later: Claim, earlier: Claim) -> bool:
        """Tell whether `later` comes from an updated version of `earlier`'s article."""
        seen: set[str] = set()
        article = self.articles.get(later.article)
        while article is not None and article.duplicate_of and article.id not in seen:
            seen.add(article.id)
            if article.duplicate_of == earlier.article:
                return True
            article = self.articles.get(article.duplicate_of)
        return False

    def date(self, claim: Claim) -> str | None:
        """Return the ISO date of a claim: its own date, else its article's publication."""
        if claim.date:
            return claim.date
        article = self.articles.get(claim.article)
        return article.published if article else None


def resolve_parties(claims: list[Claim]) -> dict[str, str]:
    """Map claim ids to party keys; a one-word key joins the one longer key it abbreviates.

    A bare surname joins the one person's full name ending with it ('Farley' → 'jim
    farley'), a bare last word the one organisation's name ending with it ('the
    Mariners' → 'northshore mariners'); any other one-word name joins the one longer
    name starting with it ('Northwind' → 'northwind air'), unless the rest is a title
    ('Acme CEO' is someone else). Ambiguous short names stay as they are. A spokesperson speaks
    for their organisation (`roles.spokesperson_parties`).
    """
    speaks_for = spokesperson_parties(claims)
    keys = {c.id: raw_party_key(speaks_for.get(c.speaker, c.speaker)) for c in claims if c.speaker}
    longer: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        key = keys.get(claim.id)
        if key and " " in key:
            first, rest = key.split(" ", 1)
            if not parse_role(rest).offices:
                longer[first].add(key)
            if claim.speaker_kind in ("person", "organization"):
                longer[key.rsplit(" ", 1)[1]].add(key)
    resolved: dict[str, str] = {}
    for claim_id, key in keys.items():
        full = longer.get(key)
        resolved[claim_id] = next(iter(full)) if full and len(full) == 1 else key
    return resolved


def names_party(text: str, party: str) -> bool:
    """Tell whether `text` mentions the party (all its words, in order)."""
    target = party.split()
    if not target or not word_bag(text).issuperset(target):
        return False
    tokens = words(text)
    n = len(target)
    return any(tokens[i : i + n] == target for i in range(len(tokens) - n + 1))


def make_conflict(
    kind: ConflictKind,
    sides: list[list[Claim]],
    summary: str,
    severity: Severity,
    update: bool = False,
) -> Conflict:
    """Return a conflict with a content-derived id, sorted claims and sorted sides."""
    side_ids = [sorted(c.id for c in side) for side in sides]
    all_ids = sorted({i for side in side_ids for i in side})
    return Conflict(
        id=conflict_id(kind, all_ids),
        kind=kind,
        claims=all_ids,
        sides=side_ids,
        summary=summary,
        severity=severity,
        update=update,
    )
