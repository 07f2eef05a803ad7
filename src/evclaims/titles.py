"""Name title-only speakers from the other articles of the story.

One article says "Ford's CEO has previously acknowledged …" without a name;
another says "Ford CEO Jim Farley". When exactly one named person holds that
title anywhere in the ledger, the title-only claim is given that person as its
speaker (the mention and the role stay as the article wrote them).
"""

from __future__ import annotations

import re

from .ids import claim_id
from .models import Claim

RULE_SUFFIX = "+title-holder"
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^\w\s]")


def title_key(title: str) -> str:
    """Return a title in comparable form: "Ford’s CEO" and "Ford CEO" agree."""
    plain = _NON_WORD.sub(" ", _POSSESSIVE.sub("", title.casefold()))
    return " ".join(plain.split())


def is_title_only(claim: Claim) -> bool:
    """Return True when a person's speaker name is just the title the article gave."""
    return (
        claim.speaker_kind == "person"
        and claim.speaker is not None
        and claim.role is not None
        and title_key(claim.speaker) == title_key(claim.role)
    )


def title_holders(claims: list[Claim]) -> dict[str, set[str]]:
    """Map each title to the named people the articles give it to."""
    holders: dict[str, set[str]] = {}
    for claim in claims:
        if claim.speaker_kind != "person" or not claim.speaker or not claim.role:
            continue
        if is_title_only(claim):
            continue
        holders.setdefault(title_key(claim.role), set()).add(claim.speaker)
    return holders


def resolve_titles(claims: list[Claim]) -> list[Claim]:
    """Return the claims with title-only speakers named where the story is unambiguous."""
    holders = title_holders(claims)
    taken = {c.id for c in claims}
    resolved: list[Claim] = []
    for claim in claims:
        names = holders.get(title_key(claim.role or "")) if is_title_only(claim) else None
        if not names or len(names) != 1:
            resolved.append(claim)
            continue
        (name,) = names
        new_id = claim_id(claim.article, claim.span, name)
        if new_id in taken:
            new_id = claim_id(claim.article, claim.span, name, claim.status)
        taken.add(new_id)
        resolved.append(
            claim.model_copy(
                update={"id": new_id, "speaker": name, "rule": claim.rule + RULE_SUFFIX}
            )
        )
    return resolved
