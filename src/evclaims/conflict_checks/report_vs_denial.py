"""Find reports (by publications, sources or 'reportedly') that the party concerned denies.

Rule `conflict.report_vs_denial`: a report group (a cluster of reported claims)
and a denial conflict when the denial answers a report of the group (see
`linking`); denials in the cluster of such a denial join it. Report groups that
tell one story, and everything linked to them, become one conflict: all the reports on one side, all the denials on the
other. Severity: high when the reports come from two or more articles or name
a publication, else medium. A denial is never an update of a report.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Claim, Conflict, ConflictKind, Severity
from .context import ConflictContext, content_text, make_conflict
from .linking import link_responses
from .text import clip, gist, jaccard, join_names, topic_terms
from .union import Union

KIND: ConflictKind = "report_vs_denial"


def reporter_name(claim: Claim) -> str:
    """Return how a summary names who reported a claim."""
    if claim.speaker and claim.speaker_kind == "publication":
        return claim.speaker
    if claim.speaker_kind == "anonymous":
        return claim.speaker or "unnamed sources"
    return "outlets (unattributed)"


def find(ctx: ConflictContext) -> list[Conflict]:
    """Return one conflict per connected set of reports and the denials that answer them."""
    links = link_responses(ctx)
    by_id = {c.id: c for c in ctx.claims}
    union = Union()
    denials: list[Claim] = []
    for response_id, groups in sorted(links.answered.items()):
        denial = by_id[response_id]
        if denial.status != "denied":
            continue
        denials.append(denial)
        node = "d:" + response_id
        if denial.cluster:
            union.join(node, "k:" + denial.cluster)
        for group in groups:
            union.join(node, "s:" + links.story[group])
            union.join("r:" + group, "s:" + links.story[group])
    linked_clusters = {d.cluster for d in denials if d.cluster}
    for claim in ctx.claims:
        if (
            claim.status == "denied"
            and claim.cluster in linked_clusters
            and claim.id not in links.answered
        ):
            denials.append(claim)
            union.join("d:" + claim.id, "k:" + (claim.cluster or ""))
    components: dict[str, tuple[list[Claim], list[Claim]]] = defaultdict(lambda: ([], []))
    for group, members in links.reports.items():
        node = "r:" + group
        if node in union.parent:
            components[union.find(node)][0].extend(members)
    for denial in denials:
        components[union.find("d:" + denial.id)][1].append(denial)
    conflicts = []
    for reports, denied in components.values():
        if reports and denied:
            conflicts.append(_conflict(ctx, reports, denied))
    return conflicts


def representative(reports: list[Claim]) -> Claim:
    """Return the report most like the others (ties: a named source, then the shorter)."""
    terms = {c.id: topic_terms(content_text(c)) for c in reports}

    def key(claim: Claim) -> tuple[float, bool, int, str]:
        likeness = sum(jaccard(terms[claim.id], terms[o.id]) for o in reports if o is not claim)
        return (-likeness, claim.speaker_kind == "unattributed", len(claim.text), claim.id)

    return min(reports, key=key)


def _conflict(ctx: ConflictContext, reports: list[Claim], denials: list[Claim]) -> Conflict:
    """Return the conflict of a set of reports and the denials that answer them."""
    reporters = sorted(
        {reporter_name(c) for c in reports}, key=lambda n: (n[:1].islower(), n.lower())
    )
    parties = sorted({d.speaker or "" for d in denials if d.speaker_kind == "organization"})
    parties = parties or sorted({d.speaker or "" for d in denials})
    shown = representative(reports)
    quoted = [d for d in denials if d.quote]
    denial_words = f", saying “{clip(quoted[0].quote or '', 60)}”" if quoted else ""
    summary = (
        f"{join_names(reporters)} {'report' if len(reporters) > 1 else 'reports'} that “{gist(content_text(shown))}” "
        f"({join_names(ctx.labels(reports))}), but {join_names(parties)} "
        f"{'deny' if len(parties) > 1 else 'denies'} it "
        f"({join_names(ctx.labels(denials))}){denial_words}."
    )
    articles = {c.article for c in reports}
    named = any(c.speaker_kind == "publication" and c.speaker for c in reports)
    severity: Severity = "high" if len(articles) >= 2 or named else "medium"
    return make_conflict(KIND, [reports, denials], summary, severity)
