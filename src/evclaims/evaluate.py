"""Score a ledger against hand annotations in the format of `seeds.yaml`.

Matching. A predicted claim matches a gold claim of the same article when its `span`
covers at least half of the gold span. Matching is one-to-one and greedy, preferring
pairs whose speakers agree, then whose statuses agree, then larger coverage; so a
sentence that speaks for several parties pairs each party with its own prediction.
Predicted claims whose `duplicate_of` is set are ignored.

Speaker agreement (documented, general normalisation):
- names agree after lower-casing and dropping punctuation, possessives and articles;
- a representative speaks for its organisation: gold "<Org> <noun>" (e.g. "Acme
  spokesperson") agrees with predicted speaker <Org> whose role ends with <noun>;
- descriptions (gold names written in lower case, such as "unnamed sources" or
  "some analysts") agree with a predicted lower-case description of the same kind
  whose head noun (last word, singular) is the same: "sources" ~ "unnamed sources",
  "report" ~ "unnamed report". A description never agrees with a proper name.

Speaker precision, recall and F1 count attributed claims only (gold kind other than
`unattributed`); a predicted unattributed claim is neither a true nor a false positive.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import EvclaimsError
from .ledger_io import parse_yaml, validation_message
from .models import Claim, Ledger
from .speakers import singular


class GoldClaim(BaseModel):
    """One annotated claim."""

    model_config = ConfigDict(extra="allow")
    id: str
    article: str
    speaker: str | None = None
    speaker_kind: str
    status: str = "asserted"
    role: str | None = None
    span: tuple[int, int]


class GoldCluster(BaseModel):
    """One annotated cluster of equivalent claims."""

    model_config = ConfigDict(extra="allow")
    id: str
    claims: list[str]


class GoldConflict(BaseModel):
    """One annotated conflict: between claims, or between two clusters."""

    model_config = ConfigDict(extra="allow")
    kind: str
    claims: list[str] = Field(default_factory=list)
    cluster_a: str | None = None
    cluster_b: str | None = None
    why: str | None = None


class GoldBoilerplate(BaseModel):
    """Text that must yield no claim."""

    model_config = ConfigDict(extra="allow")
    article: str
    text: str


class GoldFile(BaseModel):
    """A whole gold file."""

    model_config = ConfigDict(extra="allow")
    claims: list[GoldClaim] = Field(default_factory=list)
    clusters: list[GoldCluster] = Field(default_factory=list)
    conflicts: list[GoldConflict] = Field(default_factory=list)
    boilerplate: list[GoldBoilerplate] = Field(default_factory=list)


class Scores(BaseModel):
    """Precision, recall and F1 with their counts."""

    true_positives: int
    predicted: int
    gold: int
    precision: float
    recall: float
    f1: float


class Evaluation(BaseModel):
    """The result of scoring a ledger against a gold file."""

    articles: int
    gold_claims: int
    predicted_claims: int
    matched: int
    speaker: Scores
    status_correct: int
    status_total: int
    status_accuracy: float
    boilerplate_violations: list[str]
    cluster_pairs: Scores
    conflicts_gold: int
    conflicts_found: int
    conflicts_missed: list[str]
    conflicts_extra: int
    speaker_errors: list[str]
    status_errors: list[str]


def _scores(tp: int, predicted: int, gold: int) -> Scores:
    """Return P/R/F1 from counts (0 when undefined)."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(true_positives=tp, predicted=predicted, gold=gold, precision=p, recall=r, f1=f)


def _norm(name: str) -> str:
    """Return a name lower-cased, without punctuation, possessives or articles."""
    low = name.lower().replace("’", "'")
    low = re.sub(r"'s\b", "", low)
    low = re.sub(r"[^\w\s]", " ", low)
    return " ".join(w for w in low.split() if w not in {"the", "a", "an"})


def speakers_agree(pred: Claim, gold: GoldClaim) -> bool:
    """Tell whether a predicted speaker agrees with the gold one (see module docstring)."""
    if gold.speaker_kind == "unattributed" or gold.speaker is None:
        return pred.speaker_kind == "unattributed"
    if pred.speaker is None:
        return False
    p, g = _norm(pred.speaker), _norm(gold.speaker)
    if p == g:
        return True
    g_words = g.split()
    if (
        pred.role
        and len(g_words) >= 2
        and " ".join(g_words[:-1]) == p
        and _norm(pred.role).split()[-1:] == g_words[-1:]
    ):
        return True
    lower_gold = gold.speaker == gold.speaker.lower()
    lower_pred = pred.speaker == pred.speaker.lower()
    if lower_gold and lower_pred and pred.speaker_kind == gold.speaker_kind and p and g:
        return singular(p.split()[-1]) == singular(g.split()[-1])
    return False


def _coverage(pred: tuple[int, int], gold: tuple[int, int]) -> float:
    """Return the share of the gold span that the predicted span covers."""
    overlap = min(pred[1], gold[1]) - max(pred[0], gold[0])
    return max(0, overlap) / max(1, gold[1] - gold[0])


def _basename_map(ledger: Ledger) -> dict[str, str]:
    """Map an article file's base name to its ledger article id."""
    return {PurePosixPath(a.path.replace("\\", "/")).name: a.id for a in ledger.articles}


def match_claims(
    preds: list[Claim], golds: list[GoldClaim], article_of: Mapping[str, str]
) -> tuple[dict[str, Claim], dict[str, list[Claim]]]:
    """Return the one-to-one matches gold id → claim, and every candidate per gold id."""
    by_article: dict[str, list[Claim]] = {}
    for c in preds:
        by_article.setdefault(c.article, []).append(c)
    pairs: list[tuple[tuple[int, int, float], str, int, Claim]] = []
    candidates: dict[str, list[Claim]] = {}
    for g in golds:
        art = article_of.get(g.article)
        for n, c in enumerate(by_article.get(art or "", [])):
            cov = _coverage(c.span, g.span)
            if cov >= 0.5:
                agree = speakers_agree(c, g)
                key = (int(agree), int(c.status == g.status), cov)
                pairs.append((key, g.id, n, c))
                if agree:
                    candidates.setdefault(g.id, []).append(c)
    pairs.sort(key=lambda t: (t[0], t[1], -t[2]), reverse=True)
    matched: dict[str, Claim] = {}
    used: set[str] = set()
    for _, gid, _, c in pairs:
        if gid in matched or c.id in used:
            continue
        matched[gid] = c
        used.add(c.id)
        candidates.setdefault(gid, []).append(c)
    return matched, candidates


def _conflicts(
    ledger: Ledger,
    gold: GoldFile,
    candidates: Mapping[str, list[Claim]],
) -> tuple[int, list[str], int]:
    """Return (found, missed descriptions, predicted conflicts outside the gold list)."""
    clusters = {c.id: c.claims for c in gold.clusters}
    used: set[str] = set()
    found = 0
    missed: list[str] = []
    for gc in gold.conflicts:
        if gc.cluster_a and gc.cluster_b:
            side_a = [x for g in clusters.get(gc.cluster_a, []) for x in candidates.get(g, [])]
            side_b = [x for g in clusters.get(gc.cluster_b, []) for x in candidates.get(g, [])]
            label = f"{gc.kind} {gc.cluster_a}/{gc.cluster_b}"
        else:
            side_a = [x for x in candidates.get(gc.claims[0], [])] if gc.claims else []
            side_b = [x for g in gc.claims[1:] for x in candidates.get(g, [])]
            label = f"{gc.kind} {'/'.join(gc.claims)}"
        ids_a = {c.id for c in side_a}
        ids_b = {c.id for c in side_b}
        hit = next(
            (
                pc
                for pc in ledger.conflicts
                if pc.kind == gc.kind and ids_a & set(pc.claims) and ids_b & set(pc.claims)
            ),
            None,
        )
        if hit is None:
            missed.append(label)
        else:
            found += 1
            used.add(hit.id)
    extra = sum(1 for pc in ledger.conflicts if pc.id not in used)
    return found, missed, extra


def _cluster_pairs(gold: GoldFile, matched: Mapping[str, Claim]) -> Scores:
    """Return pairwise P/R/F1 of predicted clusters over the annotated gold clusters."""
    member_of: dict[str, str] = {}
    for cl in gold.clusters:
        for gid in cl.claims:
            member_of[gid] = cl.id
    ids = sorted(member_of)
    gold_pairs = {(a, b) for a, b in combinations(ids, 2) if member_of[a] == member_of[b]}
    pred_pairs: set[tuple[str, str]] = set()
    for a, b in combinations(ids, 2):
        ca, cb = matched.get(a), matched.get(b)
        if ca and cb and ca.cluster and ca.cluster == cb.cluster:
            pred_pairs.add((a, b))
    return _scores(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))


def _boilerplate(
    ledger: Ledger,
    gold: GoldFile,
    preds: list[Claim],
    texts: Mapping[str, str],
    ids: Mapping[str, str],
) -> list[str]:
    """Return the ids of predicted claims that overlap a gold boilerplate text."""
    bad: list[str] = []
    for bp in gold.boilerplate:
        art = ids.get(bp.article)
        text = texts.get(art or "")
        regions: list[tuple[int, int]] = []
        if text is not None:
            start = text.find(bp.text)
            while start >= 0:
                regions.append((start, start + len(bp.text)))
                start = text.find(bp.text, start + 1)
        for c in preds:
            if c.article != art:
                continue
            if regions:
                hit = any(min(c.span[1], r[1]) > max(c.span[0], r[0]) for r in regions)
            else:
                hit = bp.text in c.text
            if hit and c.id not in bad:
                bad.append(c.id)
    return bad


def load_gold(path: Path | str) -> GoldFile:
    """Read and validate a gold file; problems name the file, line and column."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvclaimsError(f"{file}: cannot read gold file: {exc}") from None
    data: Any = parse_yaml(text, file)
    try:
        return GoldFile.model_validate(data or {})
    except ValidationError as exc:
        raise EvclaimsError(validation_message(exc, text, file)) from None


def evaluate_ledger(
    ledger: Ledger,
    gold_path: Path | str,
    root: Path | str | None = None,
    texts: Mapping[str, str] | None = None,
) -> Evaluation:
    """Score `ledger` against the gold file; `root` is the folder article paths start from.

    `texts` (article id → text) is read from `root` when not given; it is only needed to
    locate boilerplate, and containment in the claim text is used when a file is missing.
    """
    gold = load_gold(gold_path)
    ids = _basename_map(ledger)
    if texts is None:
        loaded: dict[str, str] = {}
        base = Path(root) if root is not None else Path(".")
        for a in ledger.articles:
            file = base / a.path
            if file.is_file():
                loaded[a.id] = file.read_bytes().decode("utf-8-sig", errors="replace")
        texts = loaded
    gold_articles = {g.article for g in gold.claims}
    wanted = {ids[name] for name in gold_articles if name in ids}
    if gold_articles and not wanted:
        raise EvclaimsError(
            f"{gold_path}: none of its {len(gold_articles)} articles is in the ledger "
            "(gold `article` names are matched to ledger file names)"
        )
    preds = [c for c in ledger.claims if c.duplicate_of is None and c.article in wanted]
    golds = [g for g in gold.claims if g.article in ids]
    matched, candidates = match_claims(preds, golds, ids)

    gold_attr = [g for g in golds if g.speaker_kind != "unattributed"]
    pred_attr = [c for c in preds if c.speaker_kind != "unattributed"]
    tp = 0
    errors: list[str] = []
    status_errors: list[str] = []
    correct = 0
    for g in golds:
        c = matched.get(g.id)
        if c is None:
            if g.speaker_kind != "unattributed":
                errors.append(f"{g.id}: missed ({g.speaker})")
            continue
        if c.status == g.status:
            correct += 1
        else:
            status_errors.append(f"{g.id}: {c.status} for {g.status}")
        if g.speaker_kind == "unattributed":
            continue
        if c.speaker_kind != "unattributed" and speakers_agree(c, g):
            tp += 1
        else:
            errors.append(f"{g.id}: {c.speaker!r} for {g.speaker!r}")
    matched_ids = {c.id for c in matched.values()}
    for c in pred_attr:
        if c.id not in matched_ids:
            errors.append(f"extra {c.id} ({c.article}:{c.span[0]}): {c.speaker!r}")
    found, missed, extra = _conflicts(ledger, gold, candidates)
    return Evaluation(
        articles=len(wanted),
        gold_claims=len(golds),
        predicted_claims=len(preds),
        matched=len(matched),
        speaker=_scores(tp, len(pred_attr), len(gold_attr)),
        status_correct=correct,
        status_total=len(matched),
        status_accuracy=correct / len(matched) if matched else 0.0,
        boilerplate_violations=_boilerplate(ledger, gold, preds, texts, ids),
        cluster_pairs=_cluster_pairs(gold, matched),
        conflicts_gold=len(gold.conflicts),
        conflicts_found=found,
        conflicts_missed=missed,
        conflicts_extra=extra,
        speaker_errors=errors,
        status_errors=status_errors,
    )


def format_evaluation(result: Evaluation, details: bool = True) -> str:
    """Return the evaluation as plain text lines."""
    sp, cl = result.speaker, result.cluster_pairs
    lines = [
        f"articles {result.articles}  gold claims {result.gold_claims}  "
        f"predicted {result.predicted_claims}  matched {result.matched}",
        f"speaker    P {sp.precision:.3f}  R {sp.recall:.3f}  F1 {sp.f1:.3f}  "
        f"(tp {sp.true_positives}, predicted {sp.predicted}, gold {sp.gold})",
        f"status     accuracy {result.status_accuracy:.3f}  "
        f"({result.status_correct}/{result.status_total})",
        f"boilerplate violations {len(result.boilerplate_violations)}",
        f"clusters   pairwise P {cl.precision:.3f}  R {cl.recall:.3f}  F1 {cl.f1:.3f}  "
        f"(pairs tp {cl.true_positives}, predicted {cl.predicted}, gold {cl.gold})",
        f"conflicts  found {result.conflicts_found}/{result.conflicts_gold}  "
        f"outside gold {result.conflicts_extra}",
    ]
    if details:
        lines += [f"  speaker: {e}" for e in result.speaker_errors]
        lines += [f"  status: {e}" for e in result.status_errors]
        lines += [f"  boilerplate: {e}" for e in result.boilerplate_violations]
        lines += [f"  conflict missed: {e}" for e in result.conflicts_missed]
    return "\n".join(lines)
