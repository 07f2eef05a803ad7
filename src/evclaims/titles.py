"""Name speakers from the other articles of the story: titles and lone surnames.

One article says "Ford's CEO has previously acknowledged …" without a name;
another says "Ford CEO Jim Farley". When exactly one named person holds that
title anywhere in the ledger, the title-only claim is given that person as its
speaker (the mention and the role stay as the article wrote them). Likewise a
lone surname ("Largo said") takes the one full name the story introduces for it.
"""

from __future__ import annotations

import re

from .ids import claim_id
from .models import Claim
from .names import NON_NAMES, ORG_WORDS, PUBLICATION_WORDS
from .parser import GENERIC_NAME_WORDS

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


SURNAME_RULE_SUFFIX = "+surname"
FULL_NAME_TOKEN_RE = re.compile(r"[A-Z][a-z'’-]+[a-z]|[A-Z]\.")


def _introduced_person(claim: Claim) -> bool:
    """Tell whether a claim introduces a person by full name with a role or title:
    "team owner Bettina Largo said" (never a headline run-on such as "Tech Giant Xiaomi")."""
    name = claim.speaker or ""
    words = name.split()
    mention = claim.mention or ""
    return (
        claim.speaker_kind == "person"
        and claim.role is not None
        and 2 <= len(words) <= 3
        and all(FULL_NAME_TOKEN_RE.fullmatch(w) for w in words)
        and not any(w.lower() in GENERIC_NAME_WORDS | ORG_WORDS | PUBLICATION_WORDS for w in words)
        and words[-1] in mention.split()
        and len(mention.split()) > 1
    )


def resolve_surnames(claims: list[Claim]) -> list[Claim]:
    """Return the claims with a lone surname named after the one person the story gives it.

    "Largo said" in one article, "team owner Bettina Largo" in another: the claim's
    speaker becomes Bettina Largo (kind person, her role unless the article gives one;
    rule suffix `+surname`). A surname two people share, or a name any article also uses
    for an organisation under another mention ("the company", "Acme spokesperson"), is
    left alone.
    """
    full: dict[str, set[str]] = {}
    roles: dict[str, str | None] = {}
    for claim in claims:
        if _introduced_person(claim) and claim.speaker:
            full.setdefault(claim.speaker.split()[-1], set()).add(claim.speaker)
            roles.setdefault(claim.speaker, claim.role)
    described = {
        c.speaker
        for c in claims
        if c.speaker and c.speaker_kind == "organization" and (c.mention or "") != c.speaker
    }
    taken = {c.id for c in claims}
    out: list[Claim] = []
    for claim in claims:
        name = claim.speaker or ""
        names = full.get(name)
        lone = (
            claim.speaker_kind in {"person", "organization"}
            and " " not in name
            and claim.mention == name
            and name.lower() not in NON_NAMES
            and name not in described
        )
        if not lone or not names or len(names) != 1:
            out.append(claim)
            continue
        (person,) = names
        new_id = claim_id(claim.article, claim.span, person)
        if new_id in taken:
            new_id = claim_id(claim.article, claim.span, person, claim.status, claim.rule)
        taken.add(new_id)
        out.append(
            claim.model_copy(
                update={
                    "id": new_id,
                    "speaker": person,
                    "speaker_kind": "person",
                    "role": claim.role or roles.get(person),
                    "rule": claim.rule + SURNAME_RULE_SUFFIX,
                }
            )
        )
    return out
