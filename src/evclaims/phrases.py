"""Find the phrases around a cue: tokens, the speaker phrase and the reported content."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import (
    ANONYMOUS_HEADS,
    BOUNDARY_WORDS,
    CUE_FORMS,
    DETERMINERS,
    OBJECT_CUES,
    SKIP_WORDS,
    word_set,
)
from .names import ROLE_NOUNS, TITLE_WORDS
from .quotes import QuoteIndex

TOKEN_RE = re.compile(r"\w+(?:[’'&.-]\w+)*|[^\w\s]")
EXTRA_BOUNDARIES = word_set(
    """
    with without amid among including like such is are was were has have had will would
    """
)
LEAD_ADVERBIAL_RE = re.compile(
    r"(?:(?:on|late|early|last|this|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|morning|afternoon|evening)"
    r"(?:\s+(?:night|morning|afternoon|evening))?|on\s+\w+\.?\s+\d{1,2}|yesterday|today|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?(?=[\s,])|"
    r"in an? (?:statement|note|interview|post|letter|e-?mail|tweet|blog post|filing|memo)"
    r"(?:\s+(?:released|issued|published|posted|sent|given|made))?"
    r"(?:\s+(?:to|with|on|late on|early on)\s+[\w .]+?)?(?=,|\s+that\b)|publicly|privately|"
    r"repeatedly)"
    r"[\s,]*"
)
TRAILING_WHEN_RE = re.compile(
    r"\s+(?:(?:on|late|early|last|this|earlier)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|morning|night)(?:\s+(?:morning|afternoon|evening|night))?$|"
    r"\s+(?:yesterday|today|earlier|later)$"
)
DISCOURSE_RE = re.compile(
    r"(?i)^(?:in particular|for (?:his|her|their|its|our) part|in turn|in response|at the same time|"
    r"of course|for example|for instance|in addition|by contrast|in fact|(?:on|in|at|during|after|"
    r"before|since|by) [^,]{1,40}|(?:last|this|earlier|later) \w+)$"
)
DISCOURSE = word_set(
    """
    however meanwhile though too also instead for their part in turn in response moreover
    still yet separately likewise similarly nonetheless nevertheless
    """
)
NOUN_CUES = word_set(
    """
    report reports claim claims comment comments statement statements warning warnings
    question questions response denial answer post posts tweet tweets estimate estimates
    """
)
NOUN_DETERMINERS = word_set(
    """
    a an the this that these those his her its their our your whose no any each every
    """
)
NOUN_MODIFIERS = word_set(
    """
    of member united key swing battleground other media news press local recent new initial
    official unconfirmed previous
    """
)
ABBREV_DOT = word_set(
    """
    rev hon fr msgr sgt capt maj adm atty mr mrs ms dr rep sen gov st jr sr prof gen lt col
    co corp inc ltd bros llc plc
    """
)


@dataclass
class Token:
    """A word or punctuation mark with its offsets."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """Return the lower-cased text."""
        return self.text.lower()


def tokenize(text: str, lo: int, hi: int) -> list[Token]:
    """Return the tokens of text[lo:hi]."""
    return [Token(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text, lo, hi)]


def is_punct(tok: Token) -> bool:
    """Tell whether a token is punctuation."""
    return not tok.text[0].isalnum()


def trim(text: str, lo: int, hi: int, chars: str = " ,;:—–-\n\r\t") -> tuple[int, int]:
    """Shrink [lo, hi) past leading and trailing `chars`."""
    while lo < hi and text[lo] in chars:
        lo += 1
    while hi > lo and text[hi - 1] in chars:
        hi -= 1
    return lo, hi


def trim_end(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Trim a content span and drop a final full stop outside quotes."""
    lo, hi = trim(text, lo, hi)
    if hi > lo and text[hi - 1] in ".!?" and (hi - lo) > 1:
        hi -= 1
    return trim(text, lo, hi)


def dot_ok(tokens: list[Token], i: int) -> bool:
    """Tell whether a full stop at token i belongs to an abbreviation or initial."""
    if i == 0:
        return False
    prev = tokens[i - 1].text
    if "." in prev and prev[:1].isupper() and prev.replace(".", "").isalpha():
        return len(prev) <= 6  # "U.S", "J.P": the dot ends an abbreviation
    return prev.lower() in ABBREV_DOT or (len(prev) == 1 and prev.isupper())


def split_parts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split [lo, hi) at top-level commas (outside parentheses)."""
    parts: list[tuple[int, int]] = []
    depth = 0
    start = lo
    for i in range(lo, hi):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            parts.append(trim(text, start, i))
            start = i + 1
    parts.append(trim(text, start, hi))
    return [p for p in parts if p[1] > p[0]]


def is_role(phrase: str) -> bool:
    """Tell whether a phrase is an appositive role ("chair of the committee")."""
    words = [w.lower().strip(".,()") for w in phrase.split()]
    if not words:
        return False
    if words[0] in {"who", "which", "whose"}:
        return True
    raw = [w.strip(".,()") for w in phrase.split()]
    marks = [n for n, w in enumerate(words) if w in ROLE_NOUNS or w in TITLE_WORDS]
    if not marks or len(words) > 16 or marks[0] >= 8:
        return False
    after = raw[marks[-1] + 1 :]
    if any(w in {"of", "at", "for", "on", "with", "in", "to"} for w in after):
        return True
    return not (after and all(w[:1].isupper() for w in after))


DESCRIPTION_RE = re.compile(r"(?:an?|the)\s+(?:[a-z]|[A-Z][\w.'’]*-[a-z])")
"""An appositive description: "the e-bike maker", "the Halbrook-based e-bike maker"."""
NAME_PART_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*|of|de|van|von|al|bin)(?:\s+(?:[A-Z][\w.'’-]*|of|de|van|von))*$"
)


def _name_before(text: str, parts: list[tuple[int, int]]) -> bool:
    """Tell whether the part before an appositive is a name, with an age at most; earlier
    parts are the reported clause of a trailing attribution ("P, Anna Berg, a spokeswoman,
    said")."""
    named = [text[a:b] for a, b in parts if not text[a:b].isdigit()]
    if not named or len(named[-1].split()) > 5 or not NAME_PART_RE.fullmatch(named[-1]):
        return False
    first = named[-1].split()[0].lower()
    return not first.endswith(("ing", "ed")) and first not in CUE_FORMS


PARTY_STATE_RE = re.compile(r"\(?[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?\)?")
"""A legislator's party and state: "R-Texas", "D-N.Y.", "(R-MI)"."""


def appositive(part: str) -> bool:
    """Tell whether a comma part is an appositive: a role, an age, "of Place", "Va."."""
    words = part.split()
    if part.isdigit() or words[0].lower() in {"of", "from"} or PARTY_STATE_RE.fullmatch(part):
        return True
    if words[0].islower() and words[0].endswith("ing"):
        return True
    if len(words) <= 2 and part.endswith(".") and part[:1].isupper():
        return True
    return is_role(part)


def noun_use(tokens: list[Token], i: int, lo_index: int) -> bool:
    """Tell whether a cue word at token i is used as a noun ("media reports", "a report")."""
    if i == lo_index:
        return True
    prev = tokens[i - 1].low
    if prev in NOUN_DETERMINERS or prev in NOUN_MODIFIERS or prev.endswith(("'s", "’s")):
        return True
    j = i - 1
    while j > lo_index and j > i - 4 and tokens[j].text[:1].isupper():
        j -= 1
    return j < i - 1 and tokens[j].low in NOUN_DETERMINERS


GROUP_PREPOSITIONS = frozenset({"on", "in", "of", "at", "from", "for", "with", "across"})


def _inside_group_modifier(tokens: list[Token], i: int) -> bool:
    """Tell whether "and" at token i joins the modifier of a group noun:
    "experts on Korea and nuclear arms", "observers in Ohio and across the country"."""
    for j in range(i - 1, max(0, i - 7), -1):
        if tokens[j].low in GROUP_PREPOSITIONS and j > 0:
            return tokens[j - 1].low in ANONYMOUS_HEADS
        if is_punct(tokens[j]) or tokens[j].low in BOUNDARY_WORDS:
            return False
    return False


def _source_description(tokens: list[Token], i: int) -> bool:
    """Tell whether "with" at token i describes unnamed sources: "familiar with the
    matter", "people with knowledge of the plans"."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1].low, tokens[i + 1].low
    if before in {"familiar", "acquainted", "knowledgeable"}:
        return True
    return before in ANONYMOUS_HEADS and after in {"knowledge", "direct", "close", "access"}


ANTECEDENT_STOPS = word_set(
    """
    from by to with among against amid including like for about than as over under between
    """
)


def _relative_antecedent(tokens: list[Token], comma: int) -> tuple[int, int, str | None] | None:
    """Return the noun phrase before ", who" when the cue follows "who" directly:
    "criticism from economists, who say …" → "economists"."""
    i = comma - 1
    while i >= 0:
        tok = tokens[i]
        if is_punct(tok) and not (tok.text == "." and dot_ok(tokens, i)):
            break
        if tok.text.islower() and (
            tok.low in ANTECEDENT_STOPS
            or tok.low in BOUNDARY_WORDS
            or tok.low in EXTRA_BOUNDARIES
            or tok.low in CUE_FORMS
            or tok.low.endswith(("ed", "ing"))
            or (i > 0 and tokens[i - 1].low == "to")
        ):
            break
        i -= 1
        if comma - i > 10:
            return None
    if i + 1 >= comma:
        return None
    return tokens[i + 1].start, tokens[comma - 1].end, None


def _leading_role(part: str) -> bool:
    """Tell whether a comma part before a name is its role: "The airline's chief executive"."""
    first = part.split()[0].lower()
    owned = first in {"the", "its", "his", "her", "their"} or "'s " in part or "’s " in part
    return owned and is_role(part) and not part.split()[-1][:1].isupper()


def subject_before(
    text: str, tokens: list[Token], k: int, quotes: QuoteIndex
) -> tuple[int, int, str | None] | None:
    """Return (start, end, role) of the speaker phrase before token k, if any."""
    lo_index = 0
    j = k - 1
    while (
        j >= 0
        and tokens[j].text.islower()
        and (
            tokens[j].low in SKIP_WORDS
            or (tokens[j].low.endswith("ly") and len(tokens[j].text) > 4)
        )
    ):
        j -= 1
    if j < 0 or quotes.inside(tokens[j].start):
        return None
    end = tokens[j].end
    i = j
    if tokens[j].low in {"who", "which"} and j == k - 1 and j >= 2 and tokens[j - 1].text == ",":
        return _relative_antecedent(tokens, j - 1)
    while i >= 0:
        tok = tokens[i]
        if quotes.inside(tok.start):
            break
        if is_punct(tok):
            in_paren = i + 1 < len(tokens) and tokens[i + 1].text in {")", ","}
            if tok.text in ",()" or (tok.text == "." and (dot_ok(tokens, i) or in_paren)):
                i -= 1
                continue
            if tok.text in "'’" and i + 1 <= j and tokens[i + 1].low == "s":
                i -= 1  # "the U.K.'s regulator": a possessive after an abbreviation
                continue
            if (
                tok.text in "'’"
                and 0 < i < j
                and tokens[i + 1].text[:1].isupper()
                and tokens[i - 1].text[:1].isupper()
                and tokens[i - 1].text.endswith("s")
            ):
                i -= 1  # "the Dockworkers' Guild": a plural possessive inside a name
                continue
            break
        low = tok.low
        if low in {"who", "which"} and i > 0 and tokens[i - 1].text == ",":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else tok
            if not (nxt.text[:1].isupper() or nxt.low in DETERMINERS):
                i -= 2
                continue
            break
        if low == "with" and _source_description(tokens, i):
            i -= 1  # "people familiar with the matter said"
            continue
        if low == "whose" and i > 0 and tokens[i - 1].text == ",":
            if any(t.text == "," for t in tokens[i + 1 : k]):
                i -= 2  # "Kell, whose district includes Ashgrove, said": skip the clause
                continue
            break
        if low in BOUNDARY_WORDS or (tok.text.islower() and low in EXTRA_BOUNDARIES):
            break
        if low == "and":
            left = tokens[i - 1].text if i > 0 else ""
            right = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if left[:1].isupper() and right[:1].isupper():
                i -= 1
                continue
            if _inside_group_modifier(tokens, i):
                i -= 1
                continue
            break
        adjectival = i > 0 and (
            (low.endswith("ed") and tokens[i - 1].low in DETERMINERS)
            or tokens[i - 1].low in {"the", "a", "an"}
        )
        described = (
            i > 0
            and tokens[i - 1].low in ANONYMOUS_HEADS
            and i + 1 < len(tokens)
            and tokens[i + 1].low in {"on", "about", "by", "in"}
        )
        if (
            tok.text.islower()
            and low in CUE_FORMS
            and not adjectival
            and not described
            and not (low in NOUN_CUES and noun_use(tokens, i, lo_index))
            and not (low.endswith("ing") and i > 0 and tokens[i - 1].text == ",")
        ):
            break  # ", speaking at a forum," is an appositive, not a cue
        i -= 1
        if j - i > 30:
            return None
    start = tokens[i + 1].start if i + 1 <= j else end
    parts = [
        p
        for p in split_parts(text, start, end)
        if text[p[0] : p[1]].lower() not in DISCOURSE and not DISCOURSE_RE.match(text[p[0] : p[1]])
    ]
    if not parts:
        return None
    idx = len(parts) - 1
    roles: list[str] = []
    while idx > 0 and (
        appositive(text[parts[idx][0] : parts[idx][1]])
        if not DESCRIPTION_RE.match(text, parts[idx][0], parts[idx][1])
        else _name_before(text, parts[:idx])
    ):
        prev = text[parts[idx - 1][0] : parts[idx - 1][1]]
        if not (prev[:1].isupper() or prev.isdigit() or (idx > 1 and appositive(prev))):
            break
        part = text[parts[idx][0] : parts[idx][1]]
        head = part.split()[0]
        participle = head.islower() and head.endswith("ing")  # ", speaking in Oslo,"
        if head.lower() not in {"who", "which", "whose"} and not part.isdigit() and not participle:
            roles.insert(0, part)
        idx -= 1
    if idx == len(parts) - 1:
        roles = []
        lead = text[parts[idx - 1][0] : parts[idx - 1][1]] if idx >= 1 else ""
        if lead and _leading_role(lead) and NAME_PART_RE.fullmatch(text, *parts[idx]):
            roles = [lead]
    subject = parts[idx]
    when = TRAILING_WHEN_RE.search(text, subject[0], subject[1])
    if when and when.start() > subject[0]:
        subject = (subject[0], when.start())
    role: str | None = ", ".join(roles) or None
    if len(text[subject[0] : subject[1]].split()) > 12:
        return None
    return subject[0], subject[1], role


def subject_after(
    text: str, tokens: list[Token], k: int, quotes: QuoteIndex
) -> tuple[int, int] | None:
    """Return the speaker phrase right after the cue token k ("…," said X)."""
    i = k + 1
    start = tokens[i].start if i < len(tokens) else -1
    while i < len(tokens):
        tok = tokens[i]
        if quotes.inside(tok.start):
            break
        if is_punct(tok) and not (tok.text == "." and dot_ok(tokens, i)) and tok.text not in "()":
            break
        if tok.low in BOUNDARY_WORDS or (
            tok.text.islower() and tok.low in {"in", "on", "at", "to", "for", "of", "from", "with"}
        ):
            break
        i += 1
        if i - k > 10:
            return None
    if start < 0 or i == k + 1:
        return None
    first = tokens[k + 1]
    if first.low in {"it", "he", "she", "they", "we", "i", "there", "this", "that"} and i > k + 2:
        return None
    return start, tokens[i - 1].end


def role_after(text: str, end: int, hi: int) -> str | None:
    """Return the appositive right after an inverted speaker: `said Al Roe, the bank's
    economist.` → "the bank's economist"."""
    if not text.startswith(",", end):
        return None
    parts = split_parts(text, end + 1, hi)
    if not parts:
        return None
    lo_part, hi_part = trim_end(text, *parts[0])
    part = text[lo_part:hi_part]
    if not part or quote_mark_in(part) or part.split()[0].lower() in {"who", "which", "whose"}:
        return None
    if part.split()[0].endswith("ing"):
        return None
    if not is_role(part) and not POSSESSIVE_ROLE_RE.fullmatch(part):
        return None
    return part


POSSESSIVE_ROLE_RE = re.compile(r"(?:the|an?) (?:[\w-]+ ){0,2}[\w-]+['’]s(?: [a-z][\w-]*){1,3}")
"""A described person after a name: "the university's provost", "the port's new harbourmaster"."""


def quote_mark_in(part: str) -> bool:
    """Tell whether a phrase holds a quotation mark."""
    return any(ch in part for ch in '“”"')


TOLD_OBJECT_RE = re.compile(
    r"(?:me|us|him|her|them|reporters|journalists|investors|analysts|lawmakers|supporters|"
    r"(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?(?:audience|crowd|committee|panel|"
    r"group|newspaper|station|network|board|conference|meeting)|"
    r"(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+(?=[a-z])"
)


def content_after(
    text: str, tokens: list[Token], k_end: int, hi: int, base: str, quotes: QuoteIndex
) -> tuple[int, int]:
    """Return the content span after a cue ending at token index k_end."""
    window = tokens[k_end : k_end + (9 if base in OBJECT_CUES else 7)]
    start = tokens[k_end].start if k_end < len(tokens) else hi
    for n, tok in enumerate(window):
        nxt = window[n + 1].text if n + 1 < len(window) else text[tok.end : tok.end + 2].strip()
        if tok.low == "that" and not quotes.inside(tok.start) and nxt[:1].isalnum():
            start = tok.start
            break
        near = n < 3 or base in OBJECT_CUES
        if near and (tok.text in '“"‘' or tok.text == ":"):
            start = tok.start + (1 if tok.text == ":" else 0)
            break
        if base in OBJECT_CUES and tok.text == ",":
            start = tok.end
            break
    else:
        if base in {"tell", "inform", "assure", "reassure", "brief"}:
            told = TOLD_OBJECT_RE.match(text, start, hi)
            if told and told.end() < hi:
                start = told.end()
    lead = LEAD_ADVERBIAL_RE.match(text, start, hi)
    while lead and lead.end() > start:
        start = lead.end()
        lead = LEAD_ADVERBIAL_RE.match(text, start, hi)
    return trim_end(text, start, hi)
