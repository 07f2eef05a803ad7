"""Cluster equivalent claims across articles and count their independent sources."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .blocking import candidate_pairs
from .ids import cluster_id
from .lineage import as_publications, initial_origins, resolve_in_cluster, source_key
from .linkage import Constraint, average_linkage
from .models import Article, Claim, Cluster, ClusterOverride
from .similarity import (
    CANNOT_LINK,
    ClaimFeatures,
    StoryOverlap,
    article_context,
    build_features,
    content_text,
    pair_score,
    speaker_principals,
)

THRESHOLD = 0.32
MIN_EDGE = 0.12
RARE_TOKENS = 3
LABEL_LIMIT = 80

_LEAD_IN = re.compile(
    r"^(?:(?:meanwhile|however|notably|additionally|also|still|moreover|furthermore|"
    r"separately|indeed|instead|similarly|likewise|\w+ly),\s+|that\s+|whether\s+)",
    re.IGNORECASE,
)


def blocking_keys(f: ClaimFeatures, idf: Mapping[str, float]) -> list[str]:
    """Return the keys a claim is blocked on: names, speaker and its rarest terms.

    Names come from the whole sentence too: a content that says "it" or "results"
    is about what its sentence names.
    """
    keys = ["@" + n for n in f.names | f.frame_names]
    if f.principal is not None:
        keys.append("#" + f.principal)
    rare = sorted(f.tokens, key=lambda t: (-idf.get(t, 0.0), t))[:RARE_TOKENS]
    keys.extend(rare)
    return keys


def score_pairs(
    feats: list[ClaimFeatures], idf: Mapping[str, float]
) -> tuple[dict[tuple[int, int], float], dict[int, float]]:
    """Score candidate pairs; return kept edges and each claim's summed score."""
    context = article_context(feats)
    story = StoryOverlap(feats)
    keys = [blocking_keys(f, idf) for f in feats]
    edges: dict[tuple[int, int], float] = {}
    for i, j in candidate_pairs(keys):
        s = pair_score(feats[i], feats[j], idf, context, story)
        if s == CANNOT_LINK or s >= MIN_EDGE:
            edges[(i, j)] = s
    centrality: dict[int, float] = {}
    for (i, j), s in edges.items():
        if s > 0:
            centrality[i] = centrality.get(i, 0.0) + s
            centrality[j] = centrality.get(j, 0.0) + s
    return edges, centrality


def apply_merges(
    groups: list[list[int]], index: Mapping[str, int], overrides: list[ClusterOverride]
) -> list[list[int]]:
    """Join the groups holding the claims of each `merge` override."""
    owner = {i: g for g, members in enumerate(groups) for i in members}
    parent = list(range(len(groups)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for o in overrides:
        targets = sorted({owner[index[c]] for c in o.merge if c in index})
        for t in targets[1:]:
            parent[find(t)] = find(targets[0])
    joined: dict[int, list[int]] = {}
    for g, members in enumerate(groups):
        joined.setdefault(find(g), []).extend(members)
    return [sorted(m) for _, m in sorted(joined.items())]


def own_claims(claims: list[Claim], articles: Mapping[str, Article]) -> list[Claim]:
    """Return the claims that count as accounts of their own, in input order.

    A claim marked `duplicate_of` is a copy. In an article that copies another as a
    whole, a claim worded exactly as one of the original's is a copy too; the rest
    (the new paragraphs of an updated version) are the article's own.
    """
    whole = {a.id: a.duplicate_of for a in articles.values() if a.duplicate_of}
    live = [c for c in claims if c.duplicate_of is None]
    originals = {(c.article, c.text, c.speaker, c.status) for c in live if c.article not in whole}
    return [
        c
        for c in live
        if c.article not in whole
        or (whole[c.article], c.text, c.speaker, c.status) not in originals
    ]


def copy_sources(
    claims: list[Claim], articles: Mapping[str, Article], counted_ids: set[str]
) -> dict[str, str]:
    """Map each copied claim to the counted claim it copies, where one is found."""
    by_id = {c.id: c for c in claims}
    by_text: dict[tuple[str, str, str | None, str], str] = {}
    for c in claims:
        if c.id in counted_ids:
            by_text.setdefault((c.article, c.text, c.speaker, c.status), c.id)
    out: dict[str, str] = {}
    for c in claims:
        if c.id in counted_ids:
            continue
        target: str | None = c.duplicate_of
        seen: set[str] = set()
        while target is not None and target not in counted_ids and target not in seen:
            seen.add(target)
            nxt = by_id.get(target)
            target = nxt.duplicate_of if nxt else None
        if target is None:
            art = articles.get(c.article)
            if art is not None and art.duplicate_of:
                target = by_text.get((art.duplicate_of, c.text, c.speaker, c.status))
        if target is not None and target in counted_ids:
            out[c.id] = target
    return out


def origin_party(claim: Claim, principals: Mapping[str, str]) -> str | None:
    """Return who a first-party claim comes from: a person is their own source,
    a spokesperson or organisation counts as the organisation it speaks for."""
    if not claim.speaker:
        return None
    principal = principals.get(claim.speaker, claim.speaker)
    if claim.speaker_kind == "organization" or re.search(
        r"\b" + re.escape(principal) + r"\b", claim.speaker, re.IGNORECASE
    ):
        return principal
    return claim.speaker


def make_label(members: list[Claim], central: Claim, principal: str | None) -> str:
    """Return a short readable label from the most central member's content."""
    text = " ".join(content_text(central).split()).strip(" \"“”'’‘")
    text = _LEAD_IN.sub("", text).rstrip(".;,")
    if len(text) > LABEL_LIMIT:
        cut = text[:LABEL_LIMIT].rsplit(" ", 1)[0]
        text = cut.rstrip(",;:") + "…"
    if text:
        text = text[0].upper() + text[1:]
    statuses = sorted({m.status for m in members})
    if all(s in ("denied", "declined_comment", "no_response") for s in statuses):
        who = principal or central.speaker or "?"
        return f"{who} ({', '.join(statuses)}): {text}"
    return text


def cluster_claims(
    claims: list[Claim],
    articles: list[Article],
    synonyms: dict[str, list[str]],
    overrides: list[ClusterOverride],
) -> tuple[list[Cluster], list[Claim]]:
    """Return the clusters and every claim, in input order, with `cluster` and `origin` set."""
    art = {a.id: a for a in articles}
    claims_in = claims
    claims = as_publications(claims, articles)
    counted = own_claims(claims, art)
    counted_ids = {c.id for c in counted}
    feats, idf = build_features(counted, synonyms)
    edges, centrality = score_pairs(feats, idf)

    index = {c.id: i for i, c in enumerate(counted)}
    tags: dict[int, set[int]] = {}
    for k, o in enumerate(overrides):
        for cid in o.split:
            if cid in index:
                tags.setdefault(index[cid], set()).add(k)
    constraints = [
        Constraint(
            f.group,
            frozenset({f.principal}) if f.principal else frozenset(),
            frozenset(tags.get(f.index, set())),
        )
        for f in feats
    ]
    groups = average_linkage(constraints, edges, THRESHOLD)
    groups = apply_merges(groups, index, overrides)

    copies = copy_sources(claims, art, counted_ids)
    principals = speaker_principals(claims)
    origins = initial_origins(claims, art, lambda c: origin_party(c, principals))
    for cid, original in copies.items():
        origins[cid] = origins[original]

    renames = {o.cluster: o.label for o in overrides if o.cluster and o.label}
    by_id = {c.id: c for c in claims}
    copies_of: dict[str, list[str]] = {}
    for cid, original in sorted(copies.items()):
        copies_of.setdefault(original, []).append(cid)

    clusters: list[Cluster] = []
    assigned: dict[str, str] = {}
    for group in groups:
        if len(group) < 2:
            continue
        member_ids = [counted[i].id for i in group]
        everyone = member_ids + [x for m in member_ids for x in copies_of.get(m, [])]
        kid = cluster_id(member_ids)
        resolved = resolve_in_cluster({m: origins[m] for m in everyone})
        origins.update(resolved)
        central_i = sorted(group, key=lambda i: (-centrality.get(i, 0.0), counted[i].id))[0]
        central = counted[central_i]
        principal = feats[central_i].principal
        ordered = sorted(everyone, key=lambda x: (by_id[x].article, by_id[x].span, x))
        counted_origins = sorted({source_key(resolved[m]) for m in member_ids})
        clusters.append(
            Cluster(
                id=kid,
                label=renames.get(kid)
                or make_label([counted[i] for i in group], central, principal),
                claims=ordered,
                articles=sorted({by_id[x].article for x in everyone}),
                independent_sources=len(counted_origins),
                origins=counted_origins,
            )
        )
        for x in everyone:
            assigned[x] = kid
    clusters.sort(key=lambda k: k.id)
    out = [
        c.model_copy(update={"cluster": assigned.get(c.id), "origin": origins.get(c.id)})
        for c in claims_in
    ]
    return clusters, out
