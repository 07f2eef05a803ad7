"""Describe claims as matching features and score how alike two claims are."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from .models import Claim
from .normalize import Normalizer, NumberValue, capitalised_runs, informative, numbers

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
NAME_COVER = 0.5
TEXT_SUPPORT = 0.25
OTHER_SUBJECT = 0.5


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
    whose name contains one ("Acme spokesperson"), speaks for that organisation.
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
    feats: list[ClaimFeatures] = []
    for i, c in enumerate(claims):
        text = strip_attribution(content_text(c))
        toks = set(normalizer.tokens(text))
        names = {t for run in capitalised_runs(text, known) for t in normalizer.tokens(run)}
        first_party = c.speaker_kind in FIRST_PARTY_KINDS and c.speaker
        frame = set(normalizer.tokens(c.speaker or ""))
        if first_party:
            names |= frame
        else:
            toks -= frame
            names -= frame
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
            )
        )
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.tokens | {"@" + n for n in f.names})
    n = max(len(feats), 1)
    idf = {t: math.log(1.0 + n / d) for t, d in df.items()}
    return feats, idf


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


def name_coverage(a: frozenset[str], b: frozenset[str], idf: Mapping[str, float]) -> float:
    """Return how much of the better-covered side's names the other side also names."""
    shared = sum(idf.get("@" + t, 1.0) for t in a & b)
    wa = sum(idf.get("@" + t, 1.0) for t in a)
    wb = sum(idf.get("@" + t, 1.0) for t in b)
    return shared / min(wa, wb) if wa and wb else 0.0


def text_similarity(a: ClaimFeatures, b: ClaimFeatures, idf: Mapping[str, float]) -> float:
    """Combine weighted token overlap with a rapidfuzz score on the normalised text."""
    overlap = weighted_overlap(a.tokens, b.tokens, idf)
    if overlap == 0.0:
        return 0.0
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


def pair_score(
    a: ClaimFeatures,
    b: ClaimFeatures,
    idf: Mapping[str, float],
    context: Mapping[str, frozenset[str]],
) -> float:
    """Return how strongly two claims assert the same thing, or CANNOT_LINK."""
    if a.group != b.group or not compatible_speakers(a, b):
        return CANNOT_LINK
    text = text_similarity(a, b, idf)
    names = weighted_overlap(a.names, b.names, idf, "@")
    ctx = weighted_overlap(
        context.get(a.article, frozenset()), context.get(b.article, frozenset()), idf, "@"
    )
    if a.group == "response" and a.principal is not None and a.principal == b.principal:
        support = max(text, names) if a.informative and b.informative else max(text, ctx)
        return RESPONSE_BASE + (1.0 - RESPONSE_BASE) * support
    support = min(1.0, text / TEXT_SUPPORT)
    score = W_TEXT * text + (W_NAMES * names + W_NUMBER * number_agreement(a, b)) * support
    if a.names and b.names and name_coverage(a.names, b.names, idf) < NAME_COVER:
        score *= OTHER_SUBJECT
    if a.speaker is not None and a.speaker == b.speaker:
        score += SAME_SPEAKER
    elif a.principal is not None and a.principal == b.principal:
        score += SAME_PRINCIPAL
    return min(score, 1.0)


def article_context(feats: list[ClaimFeatures]) -> dict[str, frozenset[str]]:
    """Return the names each article mentions across its claims."""
    out: dict[str, set[str]] = {}
    for f in feats:
        out.setdefault(f.article, set()).update(f.names)
    return {k: frozenset(v) for k, v in out.items()}
