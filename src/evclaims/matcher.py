"""Cluster equivalent claims across articles and count their independent sources."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from .blocking import candidate_pairs
from .ids import cluster_id
from .lineage import (
    UNNAMED,
    as_publications,
    initial_origins,
    resolve_in_cluster,
    source_key,
)
from .linkage import Constraint, average_linkage
from .models import Article, Claim, Cluster, ClusterOverride
from .roles import role_organisation, same_organisation
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
    r"separately|indeed|instead|similarly|likewise|"
    r"\w+(?:al|ful|ous|ive|ic|less|ed|ing|ab|ib|ar|ct|te|nt|re|se)ly),\s+|(?-i:that|whether)\s+)",
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


def employers(claims: list[Claim]) -> dict[str, str]:
    """Map each person whose role names an organisation to that organisation.

    A known organisation speaker whose name loosely matches the role's wins
    ("Director of Geely Auto" speaks for "Geely" when Geely speaks in the corpus).
    """
    orgs = sorted(
        {c.speaker for c in claims if c.speaker and c.speaker_kind == "organization"},
        key=lambda o: (len(o), o),
    )
    found: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: c.id):
        if not c.speaker or c.speaker_kind != "person" or c.speaker in found:
            continue
        org = role_organisation(c.role)
        if org is None:
            continue
        known = [o for o in orgs if same_organisation(o, org)]
        found[c.speaker] = known[0] if known else org
    return found


def origin_party(
    claim: Claim, principals: Mapping[str, str], works_for: Mapping[str, str] | None = None
) -> str | None:
    """Return who a first-party claim comes from: the organisation a spokesperson,
    executive or employee speaks for (by name or role), else the person themselves."""
    if not claim.speaker:
        return None
    principal = principals.get(claim.speaker, claim.speaker)
    if claim.speaker_kind == "organization" or principal != claim.speaker:
        return principal
    if works_for and claim.speaker in works_for:
        return works_for[claim.speaker]
    return claim.speaker


def spanning_groups(groups: list[list[int]], counted: list[Claim]) -> list[list[int]]:
    """Split the groups whose claims all come from one article into single claims.

    One article restating itself is no corroboration: a cluster needs accounts
    from two articles at least (a user's `merge` override may still join them).
    """
    out: list[list[int]] = []
    for group in groups:
        if len({counted[i].article for i in group}) > 1:
            out.append(group)
        else:
            out.extend([i] for i in group)
    return out


ARTICLE_VOICES = ("outlet:", "article:", UNNAMED)


def count_origins(members: list[Claim], origins: Mapping[str, str]) -> list[str]:
    """Return the distinct origins of a cluster's counted claims, as sources.

    One article is one account: its own voice and its unnamed sources count only
    when the article gives the cluster no other origin (a named report, a party).
    """
    by_article: dict[str, set[str]] = {}
    for m in members:
        by_article.setdefault(m.article, set()).add(origins[m.id])
    kept: set[str] = set()
    for found in by_article.values():
        specific = {o for o in found if not o.startswith(ARTICLE_VOICES)}
        kept |= specific or found
    return sorted({source_key(o) for o in kept})


_FRAGMENT_START = re.compile(
    r"^(?:which|who|whom|whose|where|when|while|in|on|of|for|to|with|by|from|and|or|but|"
    r"as|although|though|because|if|than|into|over|after|before|during|including|"
    r"such|any|its|their|his|her|being|having|[a-z]+ing)\b"
    r"|^(?:at|about)\b(?! least\b| most\b| \d)"
)
"""Lower-case openings of a content that is no clause of its own ("which owns…", "at entering…")."""
_BARE_WORDS = 3
"""A content of fewer words than this ("the report", "it") only refers to something."""
NON_ASSERTIONS = frozenset({"denied", "declined_comment", "no_response"})


def _clean(text: str) -> str:
    """Return text on one line without outer quotes, lead-in words or end punctuation."""
    text = " ".join(text.split()).strip(" \"“”'’‘")
    for _ in range(2):
        text = _LEAD_IN.sub("", text)
    return text.strip(" \"“”'’‘").rstrip(".;,:")


def is_fragment(claim: Claim) -> bool:
    """Tell whether a claim's content reads badly alone: a bare reference ("the report"),
    a phrase that opens mid-sentence ("which owns…", "at entering…"), or a lower-case
    object of a denial or non-answer ("any active negotiations")."""
    text = _clean(content_text(claim))
    if len(text.split()) < _BARE_WORDS:
        return True
    if claim.status in ("declined_comment", "no_response"):
        return True
    return text[:1].islower() and _FRAGMENT_START.match(text) is not None


def full_form(claim: Claim) -> str:
    """Return the claim read as a whole: from its speaker's mention (when the mention
    comes before the content, in the same sentence) to the end of its content, else
    its whole sentence."""
    s0, s1 = claim.span
    c0, c1 = claim.content_span
    if claim.speaker_span is not None and s0 <= claim.speaker_span[0] < c0 < c1 <= s1:
        return claim.text[claim.speaker_span[0] - s0 : c1 - s0]
    return claim.text


def label_text(claim: Claim) -> str:
    """Return a claim's content as a label, or its whole sentence when the content is a
    fragment; cut at a word boundary within LABEL_LIMIT characters."""
    text = _clean(full_form(claim) if is_fragment(claim) else content_text(claim))
    if len(text) > LABEL_LIMIT:
        cut = text[:LABEL_LIMIT].rsplit(" ", 1)[0]
        text = cut.rstrip(",;:") + "…"
    return text[:1].upper() + text[1:]


def label_claim(members: list[Claim]) -> Claim:
    """Return the member a label is made from; `members` come most central first.

    For denials and non-answers the most informative member speaks: a direct quote that
    is what it denies (not a remark quoted beside the denial), else the longest content
    that is no fragment, else the longest content.
    """
    central = members[0]
    if central.status not in NON_ASSERTIONS:
        return central
    quoted = [m for m in members if m.quote and _clean(m.quote) in content_text(m)]
    if quoted:
        return quoted[0]
    common = Counter(m.status for m in members)
    ranked = sorted(
        members,
        key=lambda m: (is_fragment(m), -common[m.status], -len(_clean(content_text(m))), m.id),
    )
    return ranked[0]


def make_label(members: list[Claim], principal: str | None) -> str:
    """Return a short readable label; `members` come most central first.

    A cluster of one party's denials or non-answers reads "Party (statuses): words".
    """
    chosen = label_claim(members)
    text = label_text(chosen)
    statuses = sorted({m.status for m in members})
    if all(s in NON_ASSERTIONS for s in statuses):
        who = principal or chosen.speaker or "?"
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
    groups = spanning_groups(average_linkage(constraints, edges, THRESHOLD), counted)
    groups = apply_merges(groups, index, overrides)

    copies = copy_sources(claims, art, counted_ids)
    principals = speaker_principals(claims)
    works_for = employers(claims)
    origins = initial_origins(claims, art, lambda c: origin_party(c, principals, works_for))
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
        by_centrality = sorted(group, key=lambda i: (-centrality.get(i, 0.0), counted[i].id))
        principal = feats[by_centrality[0]].principal
        principal = works_for.get(principal, principal) if principal else None
        ordered = sorted(everyone, key=lambda x: (by_id[x].article, by_id[x].span, x))
        counted_origins = count_origins([counted[i] for i in group], resolved)
        clusters.append(
            Cluster(
                id=kid,
                label=renames.get(kid)
                or make_label([counted[i] for i in by_centrality], principal),
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
