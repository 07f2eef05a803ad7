"""Derive stable, content-based ids."""

from __future__ import annotations

import hashlib
import re


def digest(*parts: object, length: int = 10) -> str:
    """Return a short hex digest of the parts, joined unambiguously."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def slug(text: str, limit: int = 60) -> str:
    """Return a lower-case, dash-separated form of `text` safe for ids."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return cleaned[:limit].strip("-") or "x"


def claim_id(article_id: str, span: tuple[int, int], speaker: str | None, *extra: object) -> str:
    """Return the id of a claim from its article, span and speaker.

    Pass `extra` parts (such as the status) only to tell apart two claims that
    share all three.
    """
    return "c-" + digest(article_id, span[0], span[1], speaker or "", *extra)


def cluster_id(member_ids: list[str]) -> str:
    """Return the id of a cluster from its anchor (smallest) member id."""
    return "k-" + digest(min(member_ids))


def conflict_id(kind: str, claim_ids: list[str]) -> str:
    """Return the id of a conflict from its kind and its claims."""
    return "x-" + digest(kind, *sorted(claim_ids))
