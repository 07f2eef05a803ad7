"""Resolve a speaker mention to a canonical name, kind and role within an article."""

from __future__ import annotations

import re

from .context import ArticleContext, Speaker, classify_name
from .cues import (
    ANONYMOUS_HEADS,
    DETERMINERS,
    EVIDENCE_HEADS,
    ORG_REFERENCES,
    PLURAL_ORG_REFERENCES,
    PRONOUN_THING,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PUBLICATION_HEADS,
    SPOKES_NOUNS,
)
from .models import SpeakerKind
from .names import (
    AGENT_RE,
    COMPANY_REFERENCES,
    HONORIFICS,
    INSTITUTION_HEADS,
    NON_NAMES,
    NOT_SPEAKERS,
    ORG_WORDS,
    PLACES,
    POSSESSIVE_RE,
    PREPOSITIONS,
    PUBLICATION_WORDS,
    QUANTIFIERS,
    ROLE_NOUNS,
    TITLE_WORDS,
    describe,
    generic,
    head_phrase,
    normalise,
    split_name,
    strip_corporate,
)

__all__ = ["ArticleContext", "Speaker", "group_of_people", "normalise", "resolve_mention"]


DATA_FROM_RE = re.compile(
    r"\b(?:data|figures|statistics|database|records|survey|poll|estimates)\s+(?:from|by|"
    r"compiled by|published by)\s+((?:the\s+)?[A-Z].*)$"
)
"""A source held by its maker: "figures from the Office for National Statistics"."""
MADE_BY_RE = re.compile(
    r"\s(?:released|issued|published|prepared|filed|compiled|conducted|produced|written|"
    r"authored|commissioned)\s+by\s+((?:the\s+)?[A-Z].*)$"
)
"""A document named by who made it: "an analysis released by the Department of X"."""


def resolve_mention(
    ctx: ArticleContext, mention: str, start: int, role: str | None = None
) -> list[Speaker]:
    """Return the speakers a mention stands for (several for "both companies"); [] if none."""
    raw = mention
    lead = len(raw) - len(raw.lstrip(" ,“”\"'"))
    mention = raw.strip(" ,“”\"'")
    start += lead
    end = start + len(mention)
    span = (start, end)
    if not mention:
        return []
    scoped = JURISDICTION_RE.match(mention) if JURISDICTIONS & set(mention.split()[:2]) else None
    if scoped:  # "the state Department of Health" → "Department of Health"
        return resolve_mention(ctx, mention[scoped.end() :], start + scoped.end(), role)
    low = mention.lower()
    words = low.replace("’", "'").split()
    head = words[-1]

    def one(name: str, kind: SpeakerKind, rl: str | None = role) -> list[Speaker]:
        known = ctx.alias.get(normalise(name))
        if known:
            name, kind = known.name, known.kind
        kind = ctx.kinds.setdefault(name, kind)
        return [Speaker(name, kind, rl, mention, span)]

    if low in PRONOUNS_PERSON:
        person = ctx.last_person(start)
        if person is None:
            return [Speaker("unidentified person", "anonymous", role, mention, span)]
        return one(person, "person", ctx.persons.get(person, ("", None, 0))[1])
    if low in PRONOUNS_GROUP:
        group = ctx.last_group(start)
        if group is None:
            return [Speaker("unidentified group", "anonymous", role, mention, span)]
        return [Speaker(group.name, group.kind, group.role, mention, span)]
    if PARTITIVE_PRONOUN_RE.fullmatch(low):  # "one of them said": part of the last group
        group = ctx.last_group(start)
        if group is None:
            return [Speaker("unidentified group", "anonymous", role, mention, span)]
        return [Speaker(group.name, group.kind, group.role, mention, span)]
    if low in PRONOUN_THING:
        org = ctx.last_org(start)
        return one(org, "organization") if org else []
    if low in {"the former", "the latter"}:
        sentence_lo = max(ctx.text.rfind(".", 0, start), ctx.text.rfind("\n", 0, start), 0)
        orgs = ctx.orgs_between(sentence_lo, start)
        if len(orgs) >= 2:
            return one(orgs[0] if head == "former" else orgs[-1], "organization")
        return []
    coord = re.split(r"\s+(?:and|&)\s+", re.sub(r"^both\s+", "", mention, flags=re.I))
    if len(coord) > 1 and all(c[:1].isupper() for c in coord):
        out: list[Speaker] = []
        pos = start + mention.find(coord[0])
        for part in coord:
            at = mention.find(part, pos - start)
            out.extend(resolve_mention(ctx, part, start + at, role))
            pos = start + at + len(part)
        return out
    if head in PLURAL_ORG_REFERENCES and (words[0] in {"both", "the"} or "two" in words):
        return [
            Speaker(n, "organization", role, mention, span) for n in _pair_from_context(ctx, start)
        ]
    owned = POSSESSIVE_RE.match(mention)
    if owned and owned.group("noun").split()[-1] not in TITLE_WORDS | ROLE_NOUNS:
        owner = owned.group("owner")
        if owner[:1].isupper() and owner.lower() not in {"it", "its"}:
            found = resolve_mention(ctx, owner, start, role)
            return [Speaker(s.name, s.kind, s.role, mention, span) for s in found]
        body = owner.lower().split()
        if body[0] == "the" and body[-1] in INSTITUTION_HEADS | COMPANY_REFERENCES:
            found = resolve_mention(ctx, owner, start, role)  # "the city's planning documents"
            if found and all(s.kind == "organization" for s in found):
                return [Speaker(s.name, s.kind, s.role, mention, span) for s in found]
    by = re.search(
        r"\b(?:report|story|article|investigation|interview)s?\s+(?:by|from|in|with)\s+(.+)$",
        mention,
    )
    if by:
        return resolve_mention(ctx, by.group(1), start + by.start(1), role)
    # Each pattern with words it cannot match without: a cheap test before the regex.
    for maker, needs in ((DATA_FROM_RE, (" from ", " by ")), (MADE_BY_RE, ("by",))):
        made = maker.search(mention) if any(w in mention for w in needs) else None
        if made:
            found = resolve_mention(ctx, made.group(1), start + made.start(1), role)
            if found:
                return found
    issuing = ISSUER_RE.match(mention)
    if issuing:  # "the Security Council issued a statement"
        return resolve_mention(ctx, issuing.group(1), start, role)
    issued = re.search(
        r"\b(?:statement|letter|filing|release|announcement|memo|note|email|e-mail)s?\s+"
        r"(?:by|from|of|issued by|released by)\s+(.+)$",
        mention,
    )
    if issued:
        return resolve_mention(ctx, issued.group(1), start + issued.start(1), role)
    if head in STATEMENT_NOUNS and len(words) >= 2 and words[-2] not in DETERMINERS:
        issuer = mention.split()[:-1]
        if issuer[0].lower() in {"a", "an", "the", "its"}:
            issuer = issuer[1:]
        text = " ".join(issuer)
        if text and text.islower() and text.split()[-1] in COMPANY_REFERENCES | INSTITUTION_HEADS:
            text = "the " + text
        if text:
            found = resolve_mention(ctx, text, start + mention.find(issuer[0]), role)
            return [Speaker(s.name, s.kind, s.role, mention, span) for s in found]
    # Spokesperson or company reference: resolve to the organisation in context.
    first_head = head_phrase(mention).split()[-1:] or [head]
    if (
        head in SPOKES_NOUNS
        or first_head[0] in SPOKES_NOUNS
        or (head in COMPANY_REFERENCES and words[0] in {"the", "its", "a", "an"})
    ):
        m_for = re.search(r"\b(?:for|of|at)\s+(?:the\s+)?([A-Z].*)$", mention)
        org = m_for.group(1) if m_for else None
        if org is None:
            caps = [w for w in mention.split() if w[:1].isupper() and w.lower() not in DETERMINERS]
            org = " ".join(caps) if caps and head in SPOKES_NOUNS else None
        proper = [w for w in mention.split()[1:] if w.lower() not in COMPANY_REFERENCES]
        if org is None and not any(w[:1].isupper() for w in proper):
            org = ctx.last_org(start, company=head in COMPANY_REFERENCES)
        if org:
            desc = " ".join(w for w in mention.split() if w.lower() not in {"a", "an", "the"})
            rl = desc if head in SPOKES_NOUNS else role
            if first_head[0] in SPOKES_NOUNS and head not in SPOKES_NOUNS:
                rl = first_head[0]
            return one(strip_corporate(org), "organization", rl)
        if head in ORG_REFERENCES and words[0] != "the" and words[0] not in {"a", "an"}:
            pass
        elif head in SPOKES_NOUNS:
            return [Speaker(generic(mention), "anonymous", role, mention, span)]
    content_words = [w for w in mention.split() if w.lower() not in DETERMINERS]
    first_cap = bool(content_words) and content_words[0][:1].isupper()
    institution = _institution(ctx, mention, start, words)
    if institution:
        return one(institution, "organization")
    stem = head_phrase(mention)
    stem_head = stem.split()[-1] if stem else head
    proper_body = (
        len(content_words) >= 2
        and all(w[:1].isupper() for w in content_words)
        and stem_head in ORG_WORDS
    )  # "the European Union": a name, not a described group
    if not stem and stem_head in PUBLICATION_HEADS:
        return []
    if not first_cap or (
        stem_head in ANONYMOUS_HEADS | PUBLICATION_HEADS | EVIDENCE_HEADS and not proper_body
    ):
        affiliation = re.search(r"\s(?:at|of|from|with)\s+(?:the\s+)?[A-Z].*$", mention)
        if affiliation and stem_head in ANONYMOUS_HEADS and not role:
            role = affiliation.group(0).strip()
        if stem_head in PUBLICATION_HEADS:
            if words[0] == "the" and stem_head in {"report", "newspaper", "story", "article"}:
                named = ctx.last_publication(start)
                if named:
                    return one(named, "publication")
            if len(content_words) >= 2 and all(w[:1].isupper() for w in content_words):
                named_title = " ".join(w for w in mention.split() if w not in {"the", "a", "an"})
                return one(named_title, "publication")  # "The Ridgefield Record"
            owner = NAMED_REPORT_RE.match(mention)
            if owner:  # "the Gearline report", "a Financial Times story"
                name = owner.group("name")
                kind: SpeakerKind = (
                    "organization" if name.split()[-1].lower() in ORG_WORDS else "publication"
                )
                return one(name, kind)
            return [Speaker(stem, "publication", role, mention, span)]
        holder = ctx.holder_of(generic(mention)) if words[0] not in QUANTIFIERS else None
        if holder and stem_head in ROLE_NOUNS | {"ceo"}:
            return one(holder, "person", role or generic(mention))
        if stem_head in ANONYMOUS_HEADS or stem_head in EVIDENCE_HEADS:
            earlier = _earlier_group(ctx, mention, stem_head, start)
            if earlier is not None:
                return [Speaker(earlier.name, "anonymous", earlier.role, mention, span)]
            return [Speaker(describe(mention), "anonymous", role, mention, span)]
        if stem_head in ORG_REFERENCES and any(w[:1].isupper() for w in mention.split()):
            name = " ".join(w for w in mention.split() if w.lower() not in {"the", "a", "an"})
            return one(name, "organization")
        if stem_head in ROLE_NOUNS | {"ceo"}:
            holder = ctx.holder_of(generic(mention))
            if holder:
                return one(holder, "person", role or generic(mention))
            return one(generic(mention), "person", role or generic(mention))
        if not first_cap:
            tail = re.search(r"(?:[A-Z][\w.’'-]*\s*)+(?:\([^)]*\))?$", mention)
            if tail and tail.start() > 0:
                found = _resolve_name(ctx, tail.group(0).strip(), start + tail.start(), role)
                prefix = mention[: tail.start()].strip()
                titled = any(w in TITLE_WORDS | ROLE_NOUNS for w in prefix.lower().split())
                if not titled or prefix.split()[0].lower() in DETERMINERS:
                    return found
                out = []
                for sp in found:
                    rl = ", ".join(r for r in (prefix, role) if r)
                    if sp.kind == "person":
                        ctx._add_person(sp.name, rl, -1)
                    out.append(Speaker(sp.name, sp.kind, rl, mention, span))
                return out
            if (
                words[0] in DETERMINERS
                and len(words) <= 8
                and stem
                and stem_head.isalpha()
                and stem_head not in DETERMINERS
                and not stem_head.endswith(("ly", "ing"))
                and stem_head not in NOT_SPEAKERS
                and AGENT_RE.search(stem_head)
            ):
                return [Speaker(describe(mention), "anonymous", role, mention, span)]
            return []
    return _resolve_name(ctx, mention, start, role)


ISSUER_RE = re.compile(
    r"((?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*)*)\s+(?:has\s+|have\s+)?"
    r"(?:issued|released|published|put out|sent|posted)\s+(?:an?|its|their)\s+\w+$"
)


def group_of_people(mention: str, start: int) -> list[Speaker]:
    """Return an anonymous group for a bare plural of people ("historians", "economists"),
    else []. For a relative clause's antecedent only: "criticism from historians, who say"."""
    words = mention.split()
    head = words[-1] if words else ""
    if (
        not 1 <= len(words) <= 3
        or not mention.islower()
        or not head.endswith("s")
        or head.endswith(("ss", "ness", "ics"))
        or head in NOT_SPEAKERS
        or not AGENT_RE.search(head)
    ):
        return []
    return [Speaker(describe(mention), "anonymous", None, mention, (start, start + len(mention)))]


JURISDICTIONS = frozenset(
    [
        "state",
        "federal",
        "city",
        "county",
        "provincial",
        "national",
        "regional",
        "local",
        "municipal",
        "district",
    ]
)
JURISDICTION_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:state|federal|city|county|provincial|national|regional|local|"
    r"municipal|district)\s+(?=[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w.'’&-]*)*$)"
)
"""A lower-case level of government before an institution's proper name."""

NAMED_REPORT_RE = re.compile(
    r"(?:the|a|an)\s+(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+"
    r"(?:\w+\s+)?(?:report|story|article|investigation|analysis)s?$"
)
"""A report named by its publisher: "the Gearline report", "a Financial Times story"."""

PARTITIVE_PRONOUN_RE = re.compile(
    r"(?:one|two|three|four|five|some|several|both|all|each|many|most|none|neither|either|"
    r"another|a few) of (?:them|those|these)"
)
"""A part of a group named earlier: "one of them", "two of those"."""

STATEMENT_NOUNS = frozenset(
    {"statement", "letter", "filing", "release", "announcement", "memo", "email"}
)


def _earlier_group(ctx: ArticleContext, mention: str, head: str, start: int) -> Speaker | None:
    """Return the group a definite mention refers back to: "the people", "one of the people"."""
    low = mention.lower()
    if not re.match(r"(?:the|these|those|(?:one|some|two|both|all) of (?:the|these|those))\s", low):
        return None
    for sp in reversed(ctx.history):
        if sp.kind == "anonymous" and sp.span[0] < start:
            words = head_phrase(sp.name).split()
            if words and singular(words[-1]) == singular(head):
                return sp
    return None


def singular(word: str) -> str:
    """Return a naive singular of an English noun."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _institution(ctx: ArticleContext, mention: str, start: int, words: list[str]) -> str | None:
    """Resolve "the city", "the ministry", "a federal court": the body named earlier, else
    the description itself ("city council"); None when the mention is no such body."""
    if words[0] not in {"the", "a", "an", "its", "their", "his", "her"} or len(words) > 5:
        return None
    stem = head_phrase(mention)
    head = stem.split()[-1] if stem else ""
    if head not in INSTITUTION_HEADS or any(w[:1].isupper() for w in mention.split()[1:]):
        return None
    body_re = re.compile(
        r"(?:[A-Z][\w&'’-]*(?:\.[A-Z])* )*" + head.capitalize() + r"\b(?: (?:of|for) (?:the )?"
        r"[A-Z][\w'’-]*(?: (?:of )?[A-Z][\w'’-]*)*)?"
    )
    names = [
        (m.start(), " ".join(w for w in m.group(0).split() if w not in {"The", "A", "An"}))
        for m in body_re.finditer(ctx.text)
    ]
    names = [(pos, n) for pos, n in names if len(n.split()) > 1]
    before = [n for pos, n in names if pos < start]
    after = [n for pos, n in names if pos > start]
    if before or after:  # the body named most recently, else the one named next
        return strip_corporate(before[-1] if before else after[0])
    return stem


NAME_TOKEN_RE = re.compile(r"^[A-Z][a-z'’-]+[a-z]$|^[A-Z]\.$")


def _affiliated_person(tokens: list[str]) -> tuple[list[str], list[str]] | None:
    """Split "Researcher Anil Chaudry of Redfield University" or "Acme Partners analyst
    Ruth Calloway" into the person's tokens and the affiliation that becomes role."""
    if not any(t.lower().strip(".,") in ORG_WORDS for t in tokens):
        return None
    for n, tok in enumerate(tokens):
        if tok in {"of", "at", "from"} and n >= 2:
            before = tokens[:n]
            if (
                not any(t.lower() in ORG_WORDS for t in before)
                and all(NAME_TOKEN_RE.match(t) for t in before[-2:])
                and tokens[n + 1 : n + 2]
                and tokens[n + 1][:1].isupper()
            ):
                return before, tokens[n:]
            return None
    lower = [n for n, t in enumerate(tokens) if t.islower()]
    if lower and tokens[lower[-1]] in TITLE_WORDS | ROLE_NOUNS:
        name = tokens[lower[-1] + 1 :]
        plain = not any(t.lower() in ORG_WORDS for t in name)
        if 2 <= len(name) <= 3 and plain and all(NAME_TOKEN_RE.match(t) for t in name):
            return tokens[lower[-1] + 1 :], tokens[: lower[-1] + 1]
    return None


def _pair_from_context(ctx: ArticleContext, start: int) -> list[str]:
    """Return the two organisations a plural reference ("both companies") points back to.

    Prefer the most recent reported statement (an attributed or hedged sentence) that
    names two or more organisations; fall back to the most recent sentence that does.
    """
    for sp in reversed(ctx.history):
        if sp.span[0] >= start or sp.kind not in {"publication", "anonymous"}:
            continue
        lo = sp.span[0]
        hi = ctx.text.find(".", sp.span[1])
        orgs = ctx.orgs_between(max(0, ctx.text.rfind("\n", 0, lo)), hi if hi > 0 else start)
        if len(orgs) >= 2:
            return orgs[:2]
    pos = start
    while pos > 0:
        lo = max(ctx.text.rfind(". ", 0, pos - 2), ctx.text.rfind("\n", 0, pos - 2)) + 1
        sentence = ctx.text[lo:pos]
        orgs = ctx.orgs_between(lo, pos)
        if len(orgs) >= 2 and re.search(r"\breported(?:ly)?\b|\brumou?red\b|\btalks?\b", sentence):
            return orgs[:2]
        if lo <= 1:
            break
        pos = lo
    orgs = ctx.orgs_between(0, start)
    return orgs[-2:]


def _resolve_name(ctx: ArticleContext, mention: str, start: int, role: str | None) -> list[Speaker]:
    """Resolve a capitalised mention: split title and name, find kind and aliases."""
    span = (start, start + len(mention))
    paren = re.search(r"\s*\([^)]*\)\s*$", mention)
    extra_role = paren.group(0).strip() if paren else None
    core = mention[: paren.start()] if paren else mention
    tokens = core.split()
    if not tokens or tokens[0].lower() in PREPOSITIONS:
        return []
    definite = tokens[0].lower() == "the"
    if tokens[0].lower() in {"the", "a", "an"}:
        tokens = tokens[1:]
    if definite and len(tokens) == 1 and tokens[0][:1].isupper() and tokens[0][1:].islower():
        fuller = ctx.longer_org(tokens[0], start)
        if fuller:
            known = ctx.alias.get(normalise(fuller))
            full_kind: SpeakerKind = "organization"
            if fuller in ctx.publications or tokens[0].lower() in PUBLICATION_WORDS:
                full_kind = "publication"
            if known:
                fuller, full_kind = known.name, known.kind
            return [Speaker(fuller, ctx.kinds.setdefault(fuller, full_kind), role, mention, span)]
    if not definite and len(tokens) == 1 and tokens[0][:1].isupper() and tokens[0][1:].islower():
        full = ctx.full_org(tokens[0], start, ORG_WORDS)
        if full:
            known = ctx.alias.get(normalise(full))
            name = known.name if known else full
            return [Speaker(name, ctx.kinds.setdefault(name, "organization"), role, mention, span)]
    tokens = [
        t[:-2]
        if t.endswith(("'s", "’s"))
        and i < len(tokens) - 1
        and not (i == len(tokens) - 2 and tokens[-1].lower() in ORG_WORDS)  # "Women's Hospital"
        else t
        for i, t in enumerate(tokens)
    ]
    affiliated = _affiliated_person(tokens)
    if affiliated is not None:
        person, tail = affiliated
        found = _resolve_name(ctx, " ".join(person), span[0], None)
        if found and found[0].kind == "person":
            sp = found[0]
            if tail and tail[0] in {"of", "at", "from"}:
                rl = " ".join(w for w in [sp.role or "", *tail] if w) or None
            else:
                rl = " ".join(tail) or sp.role
            rl = ", ".join(r for r in (rl, role) if r) or None
            ctx._add_person(sp.name, rl, -1)
            ctx.persons[sp.name] = (sp.name, rl, ctx.persons[sp.name][2])
            return [Speaker(sp.name, "person", rl, mention, span)]
    prefix: list[str] = []
    name_tokens = tokens
    if not any(t.lower().strip(".,") in ORG_WORDS for t in tokens[1:]):
        prefix, name_tokens = split_name(tokens)
    if tokens and tokens[-1] in ORG_REFERENCES and len(tokens) > 1:
        name = " ".join(tokens)
        known = ctx.alias.get(normalise(name))
        return [Speaker(known.name if known else name, "organization", role, mention, span)]
    if not name_tokens:
        desc = " ".join(tokens)
        known = ctx.alias.get(normalise(desc))
        if known:
            return [Speaker(known.name, known.kind, desc, mention, span)]
        if any(t.lower() in TITLE_WORDS for t in tokens):
            holder = ctx.holder_of(desc)
            return [Speaker(holder or desc, "person", role or desc, mention, span)]
        if (
            mention.split()[0].lower() in {"the", "a", "an"}
            and len(tokens) <= 4
            and tokens[-1].islower()
            and re.search(r"(?:man|woman|er|or|ist|ian)$", tokens[-1])
        ):
            return [Speaker(desc, "person", role or desc, mention, span)]
        return []
    name = " ".join(name_tokens).rstrip(".,")
    if all(t.lower().rstrip(".") in NON_NAMES - PLACES for t in name_tokens):
        return []
    title_words = [t for t in prefix if t.lower() not in HONORIFICS]
    role_parts = [" ".join(title_words)] if title_words else []
    if extra_role:
        role_parts = [" ".join([*role_parts, extra_role]).strip()]
    if role:
        role_parts.append(role)
    described = ", ".join(p for p in role_parts if p) or None
    known = ctx.alias.get(normalise(name)) or ctx.alias.get(normalise(strip_corporate(name)))
    if known:
        if described is None and known.name in ctx.persons:
            described = ctx.persons[known.name][1]
        return [Speaker(known.name, known.kind, described, mention, span)]
    if len(name_tokens) == 1 and name.lower() in ctx.surnames:
        full = ctx.surnames[name.lower()]
        return [Speaker(full, "person", described or ctx.persons[full][1], mention, span)]
    if len(name_tokens) == 1 and not definite and not prefix and name.isalpha():
        full = ctx.person_named(name, start)
        if full:
            ctx._add_person(full, described, -1)
            return [Speaker(full, "person", described or ctx.persons[full][1], mention, span)]
    honorific = any(t.lower() in HONORIFICS for t in prefix)
    kind = classify_name(name, ctx, bool(prefix and title_words) or honorific)
    if (
        kind == "person"
        and definite
        and not prefix
        and name not in ctx.persons
        and not name_tokens[0].endswith(".")  # "the Rev. Al Sharpton"
    ):
        kind = "organization"  # "The Northshore Mariners": a person takes no article
    if kind == "person":
        ctx._add_person(name, described, -1)
        described = described or ctx.persons[name][1]
    elif kind == "organization":
        name = strip_corporate(name)
    kind = ctx.kinds.setdefault(name, kind)
    return [Speaker(name, kind, described, mention, span)]
