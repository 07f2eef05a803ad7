"""Find a party's response told differently by different articles.

Rule `conflict.response_mismatch`: for each party, its responses (denied,
confirmed, did not respond, declined to comment) that answer report groups
telling one story (see `linking`), or share a cluster, are compared across articles; each
article counts with its last word on the party. Two or more different
statuses make one conflict: the most common status on one side, the others on
the other. It is an `update` when every account of a firmer status (denied or
confirmed) is dated after every other account. Severity: high for denied
against confirmed, low for an update or for no response against declined to
comment, else medium.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..models import Claim, Conflict, ConflictKind, Severity, Status
from .context import ConflictContext, make_conflict
from .linking import is_response, link_responses
from .text import join_names
from .union import Union

KIND: ConflictKind = "response_mismatch"

PHRASES: dict[Status, str] = {
    "denied": "denied it",
    "confirmed": "confirmed it",
    "no_response": "did not respond",
    "declined_comment": "declined to comment",
    "asserted": "said it",
}
FIRM = frozenset({"denied", "confirmed"})
STATUS_ORDER: dict[Status, int] = {
    "denied": 0,
    "confirmed": 1,
    "declined_comment": 2,
    "no_response": 3,
    "asserted": 4,
}


def find(ctx: ConflictContext) -> list[Conflict]:
    """Return one conflict per party and matter whose articles tell its response differently."""
    links = link_responses(ctx)
    union = Union()
    responses: list[Claim] = []
    for claim in ctx.claims:
        if not is_response(claim, ctx):
            continue
        groups = links.answered.get(claim.id, set())
        if not groups and not claim.cluster:
            continue
        responses.append(claim)
        node = "c:" + claim.id
        union.find(node)
        party = ctx.party_of(claim) or ""
        for group in groups:
            union.join(node, f"s:{party}:{links.story[group]}")
        if claim.cluster:
            union.join(node, f"k:{party}:{claim.cluster}")
    matters: dict[str, list[Claim]] = defaultdict(list)
    for claim in responses:
        matters[union.find("c:" + claim.id)].append(claim)
    conflicts = []
    for members in matters.values():
        conflict = _compare(ctx, members, set(links.answered))
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts


def _compare(ctx: ConflictContext, members: list[Claim], answering: set[str]) -> Conflict | None:
    """Return the conflict of one party's responses on one matter, if articles differ."""
    last: dict[str, Claim] = {}
    for claim in sorted(members, key=lambda c: c.span):
        last[claim.article] = claim
    statuses = Counter(c.status for c in last.values())
    if len(statuses) < 2:
        return None
    main = min(statuses, key=lambda s: (-statuses[s], STATUS_ORDER[s]))
    shown = _accounts(members, last, answering)
    side_a = [c for c in shown if c.status == main]
    side_b = [c for c in shown if c.status != main]
    update = _is_update(ctx, list(last.values()))
    party = _party_name(members)
    accounts = []
    for status in sorted(statuses, key=lambda s: (s != main, STATUS_ORDER[s])):
        said = [c for c in last.values() if c.status == status]
        labels = ctx.labels(said)
        verb = "says" if len(labels) == 1 else "say"
        accounts.append(f"{join_names(labels)} {verb} {party} {PHRASES[status]}")
    lead = "Update on" if update else "Accounts differ on"
    summary = f"{lead} how {party} responded: " + ", while ".join(accounts) + "."
    kinds = set(statuses)
    severity: Severity
    if update or kinds == {"no_response", "declined_comment"}:
        severity = "low"
    elif kinds >= FIRM:
        severity = "high"
    else:
        severity = "medium"
    return make_conflict(KIND, [side_a, side_b], summary, severity, update)


def _accounts(members: list[Claim], last: dict[str, Claim], answering: set[str]) -> list[Claim]:
    """Return the claims that give each article's last word on the party.

    An article's word is the status of its last response; the claims shown for it are
    its responses of that status that answer the report ("Acme rejected the report"),
    else its last response (a quote alone says less about what was denied).
    """
    shown: list[Claim] = []
    for article, final in sorted(last.items()):
        same = [c for c in members if c.article == article and c.status == final.status]
        answers = [c for c in same if c.id in answering]
        shown.extend(answers or [final])
    return shown


def _party_name(members: list[Claim]) -> str:
    """Return the party's name as most accounts give it (organisations first)."""
    names = Counter(
        c.speaker for c in members if c.speaker and c.speaker_kind == "organization"
    ) or Counter(c.speaker for c in members if c.speaker)
    return min(names, key=lambda n: (-names[n], n)) if names else "the party"


def _is_update(ctx: ConflictContext, accounts: list[Claim]) -> bool:
    """Tell whether the latest accounts give a firm status, dated after all the others."""
    dated = [(ctx.date(c), c) for c in accounts]
    if any(d is None for d, _ in dated):
        return False
    latest = max(dated, key=lambda pair: pair[0] or "")[1].status
    if latest not in FIRM:
        return False
    final = [d or "" for d, c in dated if c.status == latest]
    earlier = [d or "" for d, c in dated if c.status != latest]
    return min(final) > max(earlier)
