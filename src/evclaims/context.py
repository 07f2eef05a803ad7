"""Keep what the resolver knows about one article: persons, organisations, speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .models import Entity, SpeakerKind
from .names import (
    CAP_SEQ_RE,
    CAP_TOKEN_RE,
    HONORIFICS,
    NON_NAMES,
    ORG_WORDS,
    PERSON_PREFIX_RE,
    PUBLICATION_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    lower_words,
    normalise,
    strip_corporate,
)

NON_COMPANY_HEADS = frozenset(
    [
        "union",
        "unions",
        "committee",
        "department",
        "ministry",
        "party",
        "agency",
        "council",
        "commission",
        "court",
        "administration",
        "government",
        "senate",
        "house",
        "congress",
        "parliament",
        "police",
        "army",
    ]
)


TITLE_SYNONYMS = {"ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating"}
TITLE_FILLERS = frozenset({"of", "at", "for", "officer", "and", "the", "a", "an"})
APPOSED_NAME_RE = re.compile(r", (?P<name>[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'’-]+[a-z]),")
ROLE_BEFORE_RE = re.compile(
    r"(?P<role>(?:[A-Z][\w&.-]*(?:['’]s)? )?(?:[a-z-]+ ){0,3}?(?:CEO|[a-z]+)"
    r"(?: of (?:the )?[A-Z][\w&.-]*)?)$"
)


PLACE_BEFORE = (" in ", " from ", " near ", " across ", " outside ", " to ")


_PERSON = Entity(name="", kind="person")
GIVEN_NAMES_RE = re.compile(r"(?<![\w.'’-])(?:[A-Z][a-z]+ ){1,2}$")
"""One or two given names right before a surname."""
NAME_STOPS = NON_NAMES | TITLE_WORDS | ORG_WORDS | PUBLICATION_WORDS
"""Words that are never part of a person's given names."""


def title_key(title: str) -> set[str]:
    """Return the comparable words of a title: "Ford's CEO" → {ford, chief, executive}."""
    words = normalise(title).split()
    out: set[str] = set()
    for w in words:
        out.update(TITLE_SYNONYMS.get(w, w).split())
    return out - TITLE_FILLERS


ABBREVIATED_ENDINGS = frozenset({"inc", "corp", "co", "ltd", "jr", "sr", "bros"})


def _clean_role(after: str) -> str:
    """Return an appositive role without its commas or the sentence's full stop:
    ", an economist at Halden University." → "an economist at Halden University"."""
    role = after.strip(" ,")
    last = role.split()[-1] if role else ""
    if role.endswith(".") and last[:-1].lower() not in ABBREVIATED_ENDINGS and "." not in last[:-1]:
        role = role[:-1].rstrip(" ,")
    return role


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: canonical name, kind, role, and the mention as written."""

    name: str
    kind: SpeakerKind
    role: str | None
    mention: str
    span: tuple[int, int]


@dataclass
class ArticleContext:
    """What the resolver knows about one article: entities, persons, mentions, speakers."""

    text: str
    entities: list[Entity]
    publications: set[str] = field(default_factory=set)
    alias: dict[str, Entity] = field(default_factory=dict)
    persons: dict[str, tuple[str, str | None, int]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    person_positions: list[tuple[int, str]] = field(default_factory=list)
    org_positions: list[tuple[int, str]] = field(default_factory=list)
    history: list[Speaker] = field(default_factory=list)
    kinds: dict[str, SpeakerKind] = field(default_factory=dict)
    named: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entity in self.entities:
            for key in [entity.name, *entity.aliases]:
                self.alias.setdefault(normalise(key), entity)
            if entity.kind == "person":
                self._add_person(entity.name, None, -1)
        self._prescan()

    def _add_person(self, name: str, role: str | None, pos: int) -> None:
        """Register a person with the role the article gives them."""
        if name not in self.persons:
            self.persons[name] = (name, role, pos)
        elif role and not self.persons[name][1]:
            self.persons[name] = (name, role, self.persons[name][2])
        self.surnames.setdefault(name.split()[-1].lower(), name)
        if pos >= 0:
            self.person_positions.append((pos, name))

    def _prescan(self) -> None:
        """Find titled or described persons and frequent organisation names."""
        for m in PERSON_PREFIX_RE.finditer(self.text):
            title = " ".join(w for w in m.group("title").split() if w.lower() not in HONORIFICS)
            name = m.group("name")
            if lower_words(name)[0] in NON_NAMES or any(w in ORG_WORDS for w in lower_words(name)):
                continue
            title_words = [w for w in lower_words(title) if w in TITLE_WORDS]
            after = m.group("after") or ""
            described = after.startswith(",") and any(w in ROLE_NOUNS for w in lower_words(after))
            if title_words or described or after.strip():
                role_parts = [title] if title_words else []
                if described:
                    role_parts.append(_clean_role(after))
                role = ", ".join(p for p in role_parts if p) or None
                self._add_person(name, role, m.start("name"))
        for m in APPOSED_NAME_RE.finditer(self.text):
            r = ROLE_BEFORE_RE.search(self.text, max(0, m.start() - 60), m.start())
            if r is None:
                continue
            role_words = lower_words(r.group("role"))
            titled = role_words[-1] in TITLE_WORDS or "of" in role_words
            if titled and any(w in TITLE_WORDS for w in role_words):
                self._add_person(m.group("name"), r.group("role"), m.start("name"))
        counts: dict[str, int] = {}
        for m in CAP_TOKEN_RE.finditer(self.text):
            tok = m.group(0).rstrip("’'s").rstrip("’'")
            counts[tok] = counts.get(tok, 0) + 1
        person_tokens = {w for _, p in self.person_positions for w in p.split()}
        for m in CAP_SEQ_RE.finditer(self.text):
            words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in m.group(0).split(" ")]
            skip = 0
            while skip < len(words) and (
                words[skip].lower() in NON_NAMES or words[skip].lower() in TITLE_WORDS
            ):
                skip += 1
            words = words[skip:]
            if not words or any(w in person_tokens for w in words):
                continue
            tok = strip_corporate(" ".join(words))
            if tok.lower() in NON_NAMES:
                continue
            acronym = tok.isupper() and 2 <= len(tok) <= 6 and tok.isalpha()
            if self.text[max(0, m.start() - 8) : m.start()].endswith(PLACE_BEFORE):
                continue  # "in Ohio", "from Lagos": a place, not a speaker
            before = self.text[max(0, m.start() - 2) : m.start()]
            initial = m.start() == 0 or before.endswith(("\n", ". ", "? ", "! ", "“", '"'))
            frequent = counts.get(tok, 0) >= 2 or not initial
            corporate = any(w.lower().strip(".,") in ORG_WORDS for w in words[1:])
            if acronym or frequent or corporate:
                if tok.lower() in PUBLICATION_WORDS or tok in self.publications:
                    continue
                known = self.alias.get(normalise(tok)) if self.alias else None
                self.org_positions.append((m.start(), known.name if known else tok))

    def longer_org(self, word: str, before: int) -> str | None:
        """Return the one fuller organisation name ending in `word` mentioned before `before`:
        "the Mariners" after "the Northshore Mariners"."""
        found = {
            name
            for pos, name in self.org_positions
            if pos < before
            and name.split()[-1] == word
            and 2 <= len(name.split()) <= 4
            and name not in self.persons
            and self.kinds.get(name, "organization") in {"organization", "publication"}
        }
        return found.pop() if len(found) == 1 else None

    def full_org(self, word: str, before: int, org_words: frozenset[str]) -> str | None:
        """Return the one fuller organisation name that starts with `word`, ends in an
        organisation word and was mentioned before `before`: "Meridale" after
        "Meridale Health System"."""
        found = {
            name
            for pos, name in self.org_positions
            if pos < before
            and name.split()[0] == word
            and 2 <= len(name.split()) <= 4
            and name.split()[-1].lower() in org_words
            and name not in self.persons
            and self.kinds.get(name, "organization") == "organization"
        }
        return found.pop() if len(found) == 1 else None

    def person_named(self, surname: str, before: int) -> str | None:
        """Return the one full person name ending in `surname` written in running text
        before `before`: "Ostrander" after "biologist Nadia Ostrander's lab"."""
        if surname not in self.named:
            self.named[surname] = self._full_names(surname)
        found = {
            name
            for pos, name in self.named[surname]
            if pos < before
            and self.kinds.get(name, "person") == "person"
            and name not in self.publications
            and self.alias.get(normalise(name), _PERSON).kind == "person"
        }
        return found.pop() if len(found) == 1 else None

    def _full_names(self, surname: str) -> list[tuple[int, str]]:
        """Return the positions and full names ending in `surname` outside title-case lines."""
        out: list[tuple[int, str]] = []
        text = self.text
        at = text.find(" " + surname)
        while at >= 0:
            pos, at = at, text.find(" " + surname, at + 1)
            tail = pos + 1 + len(surname)
            if tail < len(text) and (text[tail].isalnum() or text[tail] == "-"):
                continue
            m = GIVEN_NAMES_RE.search(text, max(0, pos - 40), pos + 1)
            if m is None:
                continue
            given = m.group(0).split()
            while given and given[0].lower() in NAME_STOPS:
                given = given[1:]
            if not given or any(w.lower() in NAME_STOPS for w in given):
                continue
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            line_end = self.text.find("\n", pos)
            words = self.text[line_start : line_end if line_end >= 0 else len(self.text)].split()
            if sum(w[:1].islower() for w in words) * 5 <= len(words):
                continue  # a headline or title-case line: "Tech Giant Xiaomi"
            out.append((m.start(), " ".join([*given, surname])))
        return out

    def holder_of(self, title: str) -> str | None:
        """Return the one person the article gives a title such as "Ford's CEO", if any."""
        key = title_key(title)
        if not key & TITLE_WORDS:
            return None
        found = {
            name for name, (_, role, _) in self.persons.items() if role and key <= title_key(role)
        }
        return found.pop() if len(found) == 1 else None

    def probe(self) -> ArticleContext:
        """Return a throwaway copy for trial resolutions that must not change state."""
        copy = ArticleContext.__new__(ArticleContext)
        copy.text, copy.entities, copy.publications = self.text, self.entities, self.publications
        copy.alias, copy.surnames = self.alias, dict(self.surnames)
        copy.persons, copy.kinds = dict(self.persons), dict(self.kinds)
        copy.person_positions = list(self.person_positions)
        copy.org_positions, copy.history = self.org_positions, list(self.history)
        copy.named = self.named
        return copy

    def orgs_between(self, lo: int, hi: int) -> list[str]:
        """Return the distinct organisation names mentioned in [lo, hi), in order."""
        out: list[str] = []
        for pos, name in self.org_positions:
            if lo <= pos < hi and name not in out:
                out.append(name)
        return out

    def last_org(self, before: int, company: bool = False) -> str | None:
        """Return the organisation that most recently spoke, or was mentioned, before `before`.

        With `company`, skip bodies that are not companies (unions, committees, agencies).
        """

        def fits(name: str) -> bool:
            if name in self.persons or name.split()[-1].lower() in self.surnames:
                return False
            return not company or name.split()[-1].lower() not in NON_COMPANY_HEADS

        for sp in reversed(self.history):
            if sp.kind == "organization" and sp.span[0] < before and fits(sp.name):
                return sp.name
        earlier = [name for pos, name in self.org_positions if pos < before and fits(name)]
        return earlier[-1] if earlier else None

    def last_person(self, before: int) -> str | None:
        """Return the nearest person speaker or titled person mention before `before`."""
        best: tuple[int, str] | None = None
        for sp in self.history:
            if (
                sp.kind == "person"
                and sp.span[0] < before
                and (best is None or sp.span[0] > best[0])
            ):
                best = (sp.span[0], sp.name)
        for pos, name in self.person_positions:
            if pos < before and (best is None or pos > best[0]):
                best = (pos, name)
        return best[1] if best else None

    def last_publication(self, before: int) -> str | None:
        """Return the named publication that spoke most recently before `before`."""
        for sp in reversed(self.history):
            if sp.kind == "publication" and sp.span[0] < before and sp.name[:1].isupper():
                return sp.name
        return None

    def last_group(self, before: int) -> Speaker | None:
        """Return the most recent plural or organisation speaker (for "they")."""
        for sp in reversed(self.history):
            if sp.span[0] < before and sp.kind != "person":
                return sp
        return None


def classify_name(name: str, ctx: ArticleContext, titled: bool) -> SpeakerKind:
    """Return the kind of a capitalised name."""
    words = lower_words(name)
    known = ctx.alias.get(normalise(name))
    if known:
        return known.kind
    if name in ctx.publications or any(w in PUBLICATION_WORDS for w in words):
        return "publication"
    if any(w in ORG_WORDS for w in words):
        return "organization"
    if titled or name in ctx.persons or words[-1] in ctx.surnames:
        return "person"
    alpha = [w for w in name.split() if w[:1].isupper()]
    if 2 <= len(alpha) <= 4 and all(w[1:].islower() or w[1:] == "" for w in alpha):
        return "person"
    return "organization"
