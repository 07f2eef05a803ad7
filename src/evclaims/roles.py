"""Normalise how articles describe a speaker's role, and tell which roles cannot both hold.

Different phrasings of one role compare equal: "chair"/"chairman"/"chairwoman",
"CEO"/"chief executive", "Ford's CEO"/"Ford CEO", and an organisation named
"the Chinese Communist Party", "the CCP" or "China". Two roles are incompatible
when one is a former holder of an office the other holds now ("Former
President" against "US President"), when they give exclusive offices of one
body ("President" against "Vice President", "Deputy Mayor" against "Mayor"), or
different party affiliations.
Offices without such a rule are compatible: people hold several titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Claim

OFFICES: tuple[tuple[str, str], ...] = (
    (r"vice[- ]president", "vice president"),
    (r"president[- ]elect", "president-elect"),
    (r"vice[- ]chair(?:man|woman|person)?", "vice chair"),
    (r"deputy prime minister", "deputy prime minister"),
    (r"prime minister|premier", "prime minister"),
    (r"lieutenant governor|lt\.? governor", "lieutenant governor"),
    (r"ranking member", "ranking member"),
    (r"chief executive(?: officer)?|ceo", "ceo"),
    (r"chief financial officer|cfo", "cfo"),
    (r"chief operating officer|coo", "coo"),
    (r"chief technology officer|cto", "cto"),
    (r"president", "president"),
    (r"chair(?:man|woman|person)?", "chair"),
    (r"representative|rep\.|congress(?:man|woman)|member of congress", "representative"),
    (r"senator|sen\.", "senator"),
    (r"governor", "governor"),
    (r"minister", "minister"),
    (r"secretary", "secretary"),
    (r"mayor", "mayor"),
    (r"ambassador", "ambassador"),
    (r"spokes(?:person|man|woman)", "spokesperson"),
    (r"co-?founder|founder", "founder"),
    (r"managing director", "managing director"),
    (r"director", "director"),
    (r"managing partner|partner", "partner"),
    (r"analyst", "analyst"),
    (r"fellow", "fellow"),
    (r"economist", "economist"),
    (r"steward", "steward"),
)
"""Office phrases, longest first, with their canonical names."""

EXCLUSIVE: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("president", "vice president"),
        ("president", "president-elect"),
        ("chair", "vice chair"),
        ("chair", "ranking member"),
        ("representative", "senator"),
        ("governor", "lieutenant governor"),
        ("prime minister", "deputy prime minister"),
    )
)
"""Offices one person cannot hold at once in one body."""

ORG_ALIASES: tuple[tuple[str, str], ...] = (
    (r"(?:the )?chinese communist party|(?:the )?ccp|people'?s republic of china|prc", "china"),
    (r"united states(?: of america)?|u\.s\.a?\.?|usa|america(?:n)?", "us"),
    (r"united kingdom|britain|british|u\.k\.", "uk"),
    (r"chinese", "china"),
)
"""Names of one body or country, mapped to one key."""


def _words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in a lexicon string."""
    return frozenset(text.split())


FORMER = re.compile(r"\b(?:former|ex|onetime|one-time|erstwhile|retired|past)\s*-?\s*$")
PARTY_TAG = re.compile(r"\(\s*([rdi])\s*[-–,]\s*[a-z]{2}\s*\)|\b([rdi])-[a-z]{2}\b")
PARTY_WORDS = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D"}
FILLER = _words(
    "the a an of at for on in and with to its his her their current sitting then "
    "former ex onetime one-time erstwhile retired past head top new"
)


@dataclass(frozen=True)
class Role:
    """A role reduced to comparable parts."""

    raw: str
    offices: frozenset[str]
    former: frozenset[str]
    party: str | None
    orgs: frozenset[str]


def parse_role(text: str) -> Role:
    """Return the offices, former offices, party and organisation words of a role."""
    low = " " + text.lower().replace("’", "'") + " "
    party = None
    tag = PARTY_TAG.search(low)
    if tag:
        party = (tag.group(1) or tag.group(2)).upper()
    low = PARTY_TAG.sub(" ", low)
    for word, letter in PARTY_WORDS.items():
        if re.search(rf"\b{word}s?\b", low):
            party = party or letter
            low = re.sub(rf"\b{word}s?\b", " ", low)
    offices: set[str] = set()
    former: set[str] = set()
    for pattern, name in OFFICES:
        if name.startswith(("deputy ", "vice ", "lieutenant ")):
            continue
        deputy = rf"(?<![a-z])(?:deputy|assistant|associate)\s+(?:{pattern})(?![a-z])"
        for match in re.finditer(deputy, low):
            offices.add("deputy " + name)
            if FORMER.search(low[: match.start()]):
                former.add("deputy " + name)
        low = re.sub(deputy, " ", low)
    for pattern, name in OFFICES:
        for match in re.finditer(rf"(?<![a-z]){pattern}(?![a-z])", low):
            offices.add(name)
            if FORMER.search(low[: match.start()]):
                former.add(name)
        low = re.sub(rf"(?<![a-z]){pattern}(?![a-z])", " ", low)
    for pattern, key in ORG_ALIASES:
        low = re.sub(rf"(?<![a-z]){pattern}(?![a-z])", f" {key} ", low)
    low = re.sub(r"'s\b", " ", low)
    orgs = frozenset(w for w in re.findall(r"[a-z0-9][a-z0-9&-]*", low) if w not in FILLER)
    return Role(text, frozenset(offices), frozenset(former), party, orgs)


def same_body(a: Role, b: Role) -> bool:
    """Tell whether two roles may be about one body (either names none, or they overlap)."""
    return not a.orgs or not b.orgs or bool(a.orgs & b.orgs)


def incompatibility(a: Role, b: Role) -> str | None:
    """Return why two roles cannot both be true at once, or None when they can."""
    if a.party and b.party and a.party != b.party:
        return f"party {a.party} against {b.party}"
    if not same_body(a, b):
        return None
    for office in sorted(a.offices & b.offices):
        if (office in a.former) != (office in b.former):
            return f"former against current {office}"
    for x in sorted(a.offices - b.offices - a.former):
        for y in sorted(b.offices - a.offices - b.former):
            if frozenset((x, y)) in EXCLUSIVE or x == "deputy " + y or y == "deputy " + x:
                return f"{x} against {y}"
    return None


def same_role(a: str, b: str) -> bool:
    """Tell whether two role strings describe compatible roles (no conflict between them)."""
    return incompatibility(parse_role(a), parse_role(b)) is None


SPOKES = re.compile(r"\b(?:spokes(?:person|man|woman|people)|press (?:officer|secretary))\b")
"""Titles of someone who speaks for an organisation rather than for themselves."""

BARE_ROLE_WORDS = _words("a an the company firm group its spokesperson spokesman spokeswoman")
"""Words of a spokesperson title that names no organisation ("a company spokeswoman")."""


def spokesperson_parties(claims: Sequence[Claim]) -> dict[str, str]:
    """Map each person quoted as a spokesperson to the organisation they speak for.

    The organisation is the one of that article whose name (or its last word) the
    role mentions ("a spokeswoman for the authority"); for a bare title ("spokeswoman
    Jo Ames said") it is the organisation of the claim just before, as in "Acme
    denied the report. 'It is false,' spokeswoman Jo Ames said." Speakers given two
    different organisations are left out.
    """
    ordered = sorted(claims, key=lambda c: (c.article, c.span, c.id))
    orgs_in: dict[str, set[str]] = {}
    for c in ordered:
        if c.speaker and c.speaker_kind == "organization":
            orgs_in.setdefault(c.article, set()).add(c.speaker)
    found: dict[str, set[str]] = {}
    previous: Claim | None = None
    for c in ordered:
        before, previous = previous, c
        role = (c.role or "").lower().replace("’", "'")
        if not c.speaker or c.speaker_kind != "person" or not SPOKES.search(role):
            continue
        words = set(re.findall(r"[a-z]+", role))
        named = {
            o
            for o in orgs_in.get(c.article, set())
            if o.lower() in role or o.split()[-1].lower() in words
        }
        if not named and words <= BARE_ROLE_WORDS and before is not None:
            same = before.article == c.article and before.speaker_kind == "organization"
            if same and before.speaker:
                named = {before.speaker}
        if len(named) == 1:
            found.setdefault(c.speaker, set()).update(named)
    return {speaker: next(iter(o)) for speaker, o in sorted(found.items()) if len(o) == 1}


EMPLOYEE_TITLES = (
    r"ceo|cfo|coo|cto|chief(?: \w+)? officer|chief executive|founder|co-founder|chairman|"
    r"chairwoman|chair|director|head|manager|executive|spokes(?:person|man|woman)|"
    r"analyst|economist|engineer|researcher|officer|vice president|president|partner|"
    r"representative|official|secretary|treasurer|counsel|adviser|advisor"
)
_ORG_RUN = r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*"
_ORG_AFTER = re.compile(
    rf"\b(?i:{EMPLOYEE_TITLES})\b[^,;()]*?\b(?:of|at|for|with)\s+(?:the\s+)?(?P<org>{_ORG_RUN})"
)
_ORG_BEFORE = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?P<org>{_ORG_RUN}?)\s+(?:[a-z-]+\s+)?(?i:{EMPLOYEE_TITLES})\b"
)
_NOT_ORGS = frozenset({"us", "u.s", "u.s.", "uk", "eu", "global", "senior", "former", "chief"})


def role_organisation(role: str | None) -> str | None:
    """Return the organisation a role says its holder works for, if it names one.

    "Global Communications Director of Geely Auto" → "Geely Auto"; "Acme CEO" and
    "Acme's chief executive" → "Acme"; "a spokeswoman for Borealis" → "Borealis".
    A role that names a country or nothing capitalised ("Representative") names none.
    """
    if not role:
        return None
    for pattern in (_ORG_AFTER, _ORG_BEFORE):
        m = pattern.search(role)
        if m is None:
            continue
        org = re.sub(r"['’]s?$", "", m.group("org").strip(" ."))
        if org and org.lower() not in _NOT_ORGS and not re.fullmatch(EMPLOYEE_TITLES, org.lower()):
            return org
    return None


def same_organisation(a: str, b: str) -> bool:
    """Tell whether two organisation names are loosely one ("Geely Auto" ~ "Geely")."""
    wa = re.findall(r"[a-z0-9&]+", a.lower().replace("’", "'"))
    wb = re.findall(r"[a-z0-9&]+", b.lower().replace("’", "'"))
    for ws in (wa, wb):
        if ws[:1] == ["the"]:
            ws.pop(0)
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    return long[: len(short)] == short
