"""Link a party's denials and other responses to the reports they answer.

A report is a claim asserted by a publication, by sources, or by the outlet
itself with a reporting cue ("reportedly"). A response is a party's denial,
confirmation, non-response or refusal to comment. A response answers a report
when the report names the party and either (a) both sit in one article and the
response shares SHARED_SAME_ARTICLE topic terms with the report, or carries no
topic of its own ("Acme denied the report") and does not come before the
report, or (b) they share SHARED_ACROSS topic terms; or (c) it is a bare denial
("X denied the report") that answers nothing in its own article while the
reports linked so far that name the party tell one story. Reports and
responses then group by cluster; report groups whose members overlap by
SAME_STORY tell one story; a party's responses keep only the stories that
score at least half of its best one, so a denial attaches to the story it
answers, not to every report that happens to name the party.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..models import Claim
from .context import ConflictContext, content_text, names_party
from .text import STOPWORDS, jaccard, topic_terms, word_bag, word_set, words
from .union import Union

REPORT_KINDS = frozenset({"publication", "anonymous"})
REPORT_CUES = word_set(
    "reportedly allegedly report reported reports reporting according rumored rumoured said"
)
RESPONSE_STATUSES = frozenset({"denied", "confirmed", "no_response", "declined_comment"})
CONTENTLESS_STATUSES = frozenset({"no_response", "declined_comment"})

RESPONSE_WORDS = word_set("""
    deny denied denies denying denial dismiss dismissed rejected reject refute refuted confirm
    confirmed confirms report reports reported claim claims story stories rumor rumors rumour
    rumours speculation allegation allegations false untrue unfounded baseless inaccurate
    incorrect wrong fake completely totally entirely firmly flatly strongly quickly later
    swiftly publicly company companies firm spokesperson spokesman spokeswoman statement truth
    however respond responded request requests comment comments declined decline immediately
    reply replied matter issue it news media
    """)
"""Words a response uses about the report itself rather than about a topic of its own."""

SHARED_SAME_ARTICLE = 2
"""Topic terms a response shares with a report of its own article to answer it."""

SHARED_ACROSS = 3
"""Topic terms a response shares with a report of another article to answer it."""

GENERIC_LIMIT = 1
"""A response with at most this many topic terms of its own is about 'the report' in general."""


def is_report(claim: Claim) -> bool:
    """Tell whether a claim is reported by a publication, sources or the outlet itself."""
    if claim.status != "asserted":
        return False
    if claim.speaker_kind in REPORT_KINDS:
        return True
    if claim.speaker_kind != "unattributed":
        return False
    cue = (claim.cue or "").lower()
    return claim.hedged or any(w in REPORT_CUES for w in words(cue))


def is_response(claim: Claim, ctx: ConflictContext) -> bool:
    """Tell whether a claim is a named party's response (denial, confirmation, no comment)."""
    return (
        claim.status in RESPONSE_STATUSES
        and claim.speaker_kind in ("organization", "person")
        and ctx.party_of(claim) is not None
    )


def own_topic(claim: Claim, party: str) -> set[str]:
    """Return the topic terms a response carries beyond the party and response words."""
    drop = frozenset(words(party)) | RESPONSE_WORDS | STOPWORDS
    return topic_terms(content_text(claim), drop)


def answers(report: Claim, response: Claim, party: str) -> bool:
    """Tell whether `response` by `party` answers `report` (see the module docstring)."""
    if response.id == report.id or not names_party(content_text(report), party):
        return False
    drop = frozenset(words(party))
    shared = topic_terms(content_text(report), drop) & own_topic(response, party)
    if report.article == response.article:
        if len(shared) >= SHARED_SAME_ARTICLE and response.status not in CONTENTLESS_STATUSES:
            return True
        contentless = (
            response.status in CONTENTLESS_STATUSES
            or len(own_topic(response, party)) <= GENERIC_LIMIT
        )
        return contentless and report.span[0] <= response.span[0]
    return len(shared) >= SHARED_ACROSS


def is_bare_denial(claim: Claim, ctx: ConflictContext, party: str) -> bool:
    """Tell whether a claim is a party's denial with no topic of its own ("X denied it")."""
    return (
        claim.status == "denied"
        and is_response(claim, ctx)
        and bool(party.split())
        and len(own_topic(claim, party)) <= GENERIC_LIMIT
    )


def group_key(claim: Claim) -> str:
    """Return the group a claim belongs to: its cluster, else itself."""
    return claim.cluster or claim.id


SAME_STORY = 0.2
"""Topic overlap (Jaccard) at which two report groups tell the same story."""


@dataclass
class ReportLinks:
    """Report groups, the story each belongs to, and the groups each response answers."""

    reports: dict[str, list[Claim]]
    story: dict[str, str]
    answered: dict[str, set[str]]


def same_story(a: list[Claim], b: list[Claim]) -> bool:
    """Tell whether two report groups tell one story (some members overlap enough)."""
    return any(
        jaccard(topic_terms(content_text(x)), topic_terms(content_text(y))) >= SAME_STORY
        for x in a
        for y in b
    )


def link_responses(ctx: ConflictContext) -> ReportLinks:
    """Return the report groups, their stories, and the groups each response answers.

    The result is computed once per context and shared by the checks that need it.
    """
    found = ctx.memo.get("report_links")
    if isinstance(found, ReportLinks):
        return found
    links = _link_responses(ctx)
    ctx.memo["report_links"] = links
    return links


def _link_responses(ctx: ConflictContext) -> ReportLinks:
    """Compute what `link_responses` returns."""
    reports: dict[str, list[Claim]] = defaultdict(list)
    for claim in ctx.claims:
        if is_report(claim):
            reports[group_key(claim)].append(claim)
    naming: dict[str, set[str]] = defaultdict(set)
    for key, members in reports.items():
        for report in members:
            for word in word_bag(content_text(report)):
                naming[word].add(key)
    raw: dict[str, set[str]] = {}
    party_of: dict[str, str] = {}
    for claim in ctx.claims:
        party = ctx.party_of(claim)
        if party is None or not is_response(claim, ctx) or not party.split():
            continue
        candidates = sorted(naming.get(party.split()[0], set()))
        keys = {k for k in candidates if any(answers(r, claim, party) for r in reports[k])}
        if keys:
            raw[claim.id], party_of[claim.id] = keys, party
    linked = sorted({k for keys in raw.values() for k in keys})
    union = Union()
    for i, a in enumerate(linked):
        union.find(a)
        for b in linked[i + 1 :]:
            if same_story(reports[a], reports[b]):
                union.join(a, b)
    story = {k: union.find(k) for k in linked}
    for claim in ctx.claims:
        party = ctx.party_of(claim)
        if claim.id in raw or party is None or not is_bare_denial(claim, ctx, party):
            continue
        named = {
            k
            for k in naming.get(party.split()[0], set())
            if k in story and any(names_party(content_text(r), party) for r in reports[k])
        }
        if len({story[k] for k in named}) == 1:
            raw[claim.id], party_of[claim.id] = named, party
    score: dict[tuple[str, str], int] = defaultdict(int)
    for claim_id, keys in raw.items():
        for root in {story[k] for k in keys}:
            score[party_of[claim_id], root] += 1
    best: dict[str, int] = defaultdict(int)
    for (party, _root), value in score.items():
        best[party] = max(best[party], value)
    answered: dict[str, set[str]] = {}
    for claim_id, keys in raw.items():
        party = party_of[claim_id]
        kept = {k for k in keys if 2 * score[party, story[k]] >= best[party]}
        if kept:
            answered[claim_id] = kept
    return ReportLinks(dict(reports), story, answered)
