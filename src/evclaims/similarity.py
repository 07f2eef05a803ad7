"""Describe claims as matching features and score how alike two claims are."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from .models import Claim
from .normalize import (
    Normalizer,
    NumberValue,
    capitalised_runs,
    informative,
    mid_sentence_capitals,
    numbers,
)
from .roles import spokesperson_parties

CANNOT_LINK = float("-inf")
RESPONSE_STATUSES = frozenset({"denied", "declined_comment", "no_response"})
FIRST_PARTY_KINDS = frozenset({"person", "organization"})

# score = W_TEXT*text + W_NAMES*names + W_NUMBER*number + speaker bonus
W_TEXT = 0.6
W_NAMES = 0.4
W_NUMBER = 0.15
SAME_SPEAKER = 0.2
SAME_PRINCIPAL = 0.1
RESPONSE_BASE = 0.25
UNRELATED_RESPONSES = 0.7
"""Two denials of one party with topics of their own but no shared topic count this much
of what a bare denial would (they may deny one report in other words)."""
NAME_COVER = 0.5
TEXT_SUPPORT = 0.25
OTHER_SUBJECT = 0.5
FRAME_NAMES = 0.5
STORY_NAMES = 0.5
"""When two claims name only what both their articles name throughout, their names
count this much and their text the rest."""
"""Names of the whole sentences count this much when the contents name different things."""
SAME_STORY = 0.12
MIN_POOL = 8
"""Articles whose pooled words overlap less than this tell different stories (see
StoryOverlap): their claims match only through a shared name."""


@dataclass(frozen=True)
class ClaimFeatures:
    """What the matcher compares about one claim."""

    index: int
    claim_id: str
    article: str
    group: str
    speaker: str | None
    principal: str | None
    tokens: frozenset[str]
    norm: str
    names: frozenset[str]
    numbers: frozenset[NumberValue]
    informative: bool
    frame_names: frozenset[str] = frozenset()
    tokens_w: float = 0.0
    names_w: float = 0.0
    frame_w: float = 0.0
    quoted: bool = False
    party: frozenset[str] = frozenset()
    status: str = "asserted"


def stance_group(claim: Claim) -> str:
    """Return "response" for denials and non-answers, else "assert"."""
    return "response" if claim.status in RESPONSE_STATUSES else "assert"


def content_text(claim: Claim) -> str:
    """Return what the claim says, without the "X said" frame when the span allows."""
    start, end = claim.content_span
    s0 = claim.span[0]
    if claim.span[0] <= start < end <= claim.span[1]:
        piece = claim.text[start - s0 : end - s0]
        if len(piece.strip()) >= 3:
            return piece
    return claim.text


_ATTRIBUTION = re.compile(
    r"(?:,\s*)?\b(?:according to|citing|as reported by|reported by)\b[^,;.]*"
    r"|^[^,;]{0,60}?\b(?:reported|reports|said|says|notes|noted|stated|states|wrote)\s+that\b",
    re.IGNORECASE,
)


def strip_attribution(text: str) -> str:
    """Remove citation frames ("according to a report by X", "X reported that")."""
    return _ATTRIBUTION.sub(" ", text)


def speaker_principals(claims: list[Claim]) -> dict[str, str]:
    """Map each first-party speaker to the organisation it speaks for, or to itself.

    A person whose role names a known organisation ("Ford CEO"), or a speaker
    whose name contains one ("Acme spokesperson"), speaks for that organisation;
    so does a person whose role refers to one by its last word ("a spokeswoman for
    the authority") when one organisation of that article has such a name, and a
    spokesperson as `roles.spokesperson_parties` resolves them. A one-word
    organisation name that begins or ends exactly one longer one ("the Mariners",
    "Northshore Mariners") is that organisation.
    """
    orgs = {
        c.speaker.lower(): c.speaker
        for c in claims
        if c.speaker and c.speaker_kind == "organization"
    }
    longest = max((len(o.split()) for o in orgs), default=0)
    roles: dict[str, Counter[str]] = {}
    for c in claims:
        if not c.speaker or c.speaker_kind not in FIRST_PARTY_KINDS:
            continue
        hits = roles.setdefault(c.speaker, Counter())
        for source in (c.speaker, c.role or ""):
            for org in _name_grams(source, longest, orgs):
                if org != c.speaker:
                    hits[org] += 1
    by_head: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        if c.speaker and c.speaker_kind == "organization" and len(c.speaker.split()) > 1:
            head = c.speaker.split()[-1].lower()
            by_head.setdefault((c.article, head), set()).add(c.speaker)
    for c in claims:
        if not c.speaker or c.speaker_kind != "person" or not c.role or roles[c.speaker]:
            continue
        for word in re.findall(r"[a-z]+", c.role.lower()):
            named = by_head.get((c.article, word), set())
            if len(named) == 1:
                roles[c.speaker][next(iter(named))] += 1
    for speaker, org in spokesperson_parties(claims).items():
        if speaker in roles and not roles[speaker]:
            roles[speaker][org] += 1
    for speaker, hits in roles.items():
        if not hits and len(speaker.split()) == 1 and speaker.lower() in orgs:
            ends = {
                o
                for key, o in orgs.items()
                if " " in key and speaker.lower() in (key.split()[0], key.split()[-1])
            }
            if len(ends) == 1:
                hits[next(iter(ends))] += 1
    out: dict[str, str] = {}
    for speaker in sorted(roles):
        hits = roles[speaker]
        out[speaker] = (
            sorted(hits.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            if hits
            else speaker
        )
    return out


def _name_grams(text: str, longest: int, names: Mapping[str, str]) -> set[str]:
    """Return the known names that occur in `text` as whole word sequences."""
    tokens = re.findall(r"[\w&'’.-]+", text.lower())
    tokens = [t.strip(".'’") for t in tokens]
    found: set[str] = set()
    for i in range(len(tokens)):
        for size in range(1, min(longest, len(tokens) - i) + 1):
            hit = names.get(" ".join(tokens[i : i + size]))
            if hit is not None:
                found.add(hit)
    return found


def build_features(
    claims: list[Claim], synonyms: Mapping[str, list[str]]
) -> tuple[list[ClaimFeatures], dict[str, float]]:
    """Return one feature record per claim and the idf of every token and name."""
    normalizer = Normalizer(synonyms)
    principals = speaker_principals(claims)
    known = frozenset(c.speaker.lower() for c in claims if c.speaker)
    proper = mid_sentence_capitals(c.text for c in claims)
    feats: list[ClaimFeatures] = []
    for i, c in enumerate(claims):
        text = strip_attribution(content_text(c))
        toks = set(normalizer.tokens(text))
        names = {t for run in capitalised_runs(text, known, proper) for t in normalizer.tokens(run)}
        first_party = c.speaker_kind in FIRST_PARTY_KINDS and c.speaker
        frame = set(normalizer.tokens(c.speaker or ""))
        if first_party:
            names |= frame
        else:
            toks -= frame
            names -= frame
        frame_names = {
            t for run in capitalised_runs(c.text, known, proper) for t in normalizer.tokens(run)
        } | names
        if not first_party:
            frame_names -= frame
        nums = set(numbers(text))
        for q in c.quantities:
            nums.add(NumberValue(q.kind, q.value))
        feats.append(
            ClaimFeatures(
                index=i,
                claim_id=c.id,
                article=c.article,
                group=stance_group(c),
                speaker=c.speaker if first_party else None,
                principal=principals.get(c.speaker or "") if first_party else None,
                tokens=frozenset(toks - names),
                norm=" ".join(sorted(toks - names)),
                names=frozenset(n for n in names if len(n) > 1),
                numbers=frozenset(nums),
                informative=informative(toks),
                frame_names=frozenset(n for n in frame_names if len(n) > 1),
                quoted=c.quote is not None,
                status=c.status,
                party=frozenset(frame)
                | frozenset(normalizer.tokens(principals.get(c.speaker or "") or "")),
            )
        )
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.tokens | {"@" + n for n in f.names})
    n = max(len(feats), 1)
    idf = {t: math.log(1.0 + n / d) for t, d in df.items()}
    weighed = [
        replace(
            f,
            tokens_w=_weight(f.tokens, idf),
            names_w=_weight(f.names, idf, "@"),
            frame_w=_weight(f.frame_names, idf, "@"),
        )
        for f in feats
    ]
    return weighed, idf


def weighted_overlap(
    a: frozenset[str], b: frozenset[str], idf: Mapping[str, float], pre: str = ""
) -> float:
    """Return the idf-weighted Dice overlap of two sets (0..1)."""
    if not a or not b:
        return 0.0
    shared = sum(idf.get(pre + t, 1.0) for t in a & b)
    if shared == 0.0:
        return 0.0
    wa = sum(idf.get(pre + t, 1.0) for t in a)
    wb = sum(idf.get(pre + t, 1.0) for t in b)
    return 2.0 * shared / (wa + wb)


def _weight(items: frozenset[str], idf: Mapping[str, float], pre: str = "") -> float:
    """Return the summed idf of some tokens (or names, with `pre` "@")."""
    return sum(idf.get(pre + t, 1.0) for t in items)


@dataclass(frozen=True)
class NameMatch:
    """How two claims' names agree: content names, sentence names, and coverage."""

    names: float
    frames: float
    subject: float
    implied: float


def name_match(a: ClaimFeatures, b: ClaimFeatures, idf: Mapping[str, float]) -> NameMatch:
    """Compare the names of two claims (weights precomputed by `build_features`).

    `names`: Dice of the contents' names. `frames`: Dice of the whole sentences'
    names. `subject`: how much of one side's names the other side names, in its
    content or anywhere in its sentence ("results were held back" in a sentence
    that opens "Acme Water has come under pressure since" is about Acme Water).
    `implied`: for a content that names nothing ("that it plans to cut jobs"),
    how much of the other's names its sentence names.
    """
    shared = _weight(a.names & b.names, idf, "@") if a.names and b.names else 0.0
    names = 2.0 * shared / (a.names_w + b.names_w) if shared else 0.0
    lighter = min(a.names_w, b.names_w)
    covered = shared / lighter if shared and lighter else 0.0
    in_b = _weight(a.names & b.frame_names, idf, "@") / a.names_w if a.names_w else 0.0
    in_a = _weight(b.names & a.frame_names, idf, "@") / b.names_w if b.names_w else 0.0
    both = a.frame_names & b.frame_names
    frames = 2.0 * _weight(both, idf, "@") / (a.frame_w + b.frame_w) if both else 0.0
    implied = in_a if not a.names else (in_b if not b.names else 0.0)
    return NameMatch(names, frames, max(covered, in_b, in_a), implied)


def name_similarity(
    a: ClaimFeatures,
    b: ClaimFeatures,
    story: frozenset[str],
    idf: Mapping[str, float],
    found: NameMatch | None = None,
) -> float:
    """Return how alike two claims' names are, story names aside.

    The names of the contents count fully; those of the whole sentences (where
    the content says "it" or "results") count FRAME_NAMES. Names that both
    articles mention throughout (`story`) tell the story, not the claim: when the
    claims name nothing else, their names count STORY_NAMES and their text the rest.
    """
    m = found or name_match(a, b, idf)
    score = max(m.names, FRAME_NAMES * m.frames, FRAME_NAMES * m.subject)
    if a.names and b.names and a.names <= story and b.names <= story:
        return STORY_NAMES * score + (1.0 - STORY_NAMES) * text_similarity(a, b, idf)
    return score


def text_similarity(a: ClaimFeatures, b: ClaimFeatures, idf: Mapping[str, float]) -> float:
    """Combine weighted token overlap with a rapidfuzz score on the normalised text."""
    both = a.tokens & b.tokens
    if not both:
        return 0.0
    overlap = 2.0 * _weight(both, idf) / (a.tokens_w + b.tokens_w)
    fuzzy = fuzz.token_sort_ratio(a.norm, b.norm) / 100.0
    return 0.7 * overlap + 0.3 * fuzzy


def number_agreement(a: ClaimFeatures, b: ClaimFeatures) -> float:
    """Return 1 when the claims share a number, else 0 (a mismatch is not a penalty)."""
    return 1.0 if a.numbers & b.numbers else 0.0


def compatible_speakers(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Tell whether two claims may belong together by who made them."""
    if a.principal is None or b.principal is None:
        return True
    return a.principal == b.principal


class StoryOverlap:
    """Tell whether two claims' articles tell one story, from their other claims' words.

    Articles about one story share a good part of their vocabulary (words and names
    pooled over their claims); articles about different stories share a few words at
    most, even when they name one company. The two claims' own words are left out,
    so the claims cannot vouch for themselves. The overlap is the share of the
    smaller pool that the other pool holds; pools under MIN_POOL words tell nothing
    (1.0).
    """

    def __init__(self, feats: list[ClaimFeatures]) -> None:
        self.pools: dict[str, Counter[str]] = {}
        for f in feats:
            self.pools.setdefault(f.article, Counter()).update(_pool_keys(f))
        self.shared: dict[tuple[str, str], frozenset[str]] = {}

    def __call__(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        """Return the story overlap of the articles of claims `a` and `b`."""
        if a.article == b.article:
            return 1.0
        pool_a, pool_b = self.pools.get(a.article, Counter()), self.pools.get(b.article, Counter())
        key = (a.article, b.article) if a.article < b.article else (b.article, a.article)
        shared = self.shared.get(key)
        if shared is None:
            shared = frozenset(pool_a.keys() & pool_b.keys())
            self.shared[key] = shared
        only_a = {t for t in _pool_keys(a) if pool_a[t] == 1}
        only_b = {t for t in _pool_keys(b) if pool_b[t] == 1}
        smaller = min(len(pool_a) - len(only_a), len(pool_b) - len(only_b))
        if smaller < MIN_POOL:
            return 1.0
        return len(shared - only_a - only_b) / smaller


def _pool_keys(f: ClaimFeatures) -> set[str]:
    """Return what a claim adds to its article's pool: its words and its names."""
    return set(f.tokens) | {"@" + n for n in f.names}


def pair_score(
    a: ClaimFeatures,
    b: ClaimFeatures,
    idf: Mapping[str, float],
    context: Mapping[str, frozenset[str]],
    story: StoryOverlap | None = None,
) -> float:
    """Return how strongly two claims assert the same thing, or CANNOT_LINK.

    With `story`, claims of two articles about different stories that name nothing
    in common never match, however alike their wording.
    """
    if a.group != b.group or not compatible_speakers(a, b):
        return CANNOT_LINK
    text = text_similarity(a, b, idf)
    ctx_a, ctx_b = context.get(a.article, frozenset()), context.get(b.article, frozenset())
    match = name_match(a, b, idf)
    story_names = ctx_a & ctx_b if a.article != b.article else frozenset()
    names = name_similarity(a, b, story_names, idf, match)
    if story is not None and names == 0.0 and story(a, b) < SAME_STORY:
        return 0.0
    if a.group == "response" and a.principal is not None and a.principal == b.principal:
        return response_score(a, b, idf, text, ctx_a, ctx_b)
    support = min(1.0, text / TEXT_SUPPORT)
    if not a.names or not b.names:
        names = max(text, match.implied)
    score = W_TEXT * text + (W_NAMES * names + W_NUMBER * number_agreement(a, b)) * support
    if a.names and b.names and match.subject < NAME_COVER:
        score *= OTHER_SUBJECT
    if a.article == b.article and not (a.quoted or b.quoted):
        pass  # one speaker's two reported sentences in one article say two things
    elif a.speaker is not None and a.speaker == b.speaker:
        score += SAME_SPEAKER
    elif a.principal is not None and a.principal == b.principal:
        score += SAME_PRINCIPAL
    return min(score, 1.0)


def response_score(
    a: ClaimFeatures,
    b: ClaimFeatures,
    idf: Mapping[str, float],
    text: float,
    ctx_a: frozenset[str],
    ctx_b: frozenset[str],
) -> float:
    """Score two non-assertions (denials, non-answers) of one party.

    When both say something of their own, they join only on shared topic: words or
    names beyond the party's own name ("declined to comment on lawsuits" and "denied
    that 60,000 units were affected" share none). A bare one ("denied the report")
    joins by what the two articles name around it.
    """
    party = a.party | b.party
    names = a.names | b.names | party
    around = weighted_overlap(ctx_a - names, ctx_b - names, idf, "@")
    if not (a.informative and b.informative):
        return RESPONSE_BASE + (1.0 - RESPONSE_BASE) * around
    topic = max(text, weighted_overlap(a.names - party, b.names - party, idf, "@"))
    if topic > 0.0:
        return RESPONSE_BASE + (1.0 - RESPONSE_BASE) * topic
    if a.status != b.status:
        return 0.0
    return UNRELATED_RESPONSES * (RESPONSE_BASE + (1.0 - RESPONSE_BASE) * around)


def article_context(feats: list[ClaimFeatures]) -> dict[str, frozenset[str]]:
    """Return the names each article mentions across its claims."""
    out: dict[str, set[str]] = {}
    for f in feats:
        out.setdefault(f.article, set()).update(f.names)
    return {k: frozenset(v) for k, v in out.items()}
