"""Decide a speaker's status toward a claim from the cue and the words it reports."""

from __future__ import annotations

import re

from .cues import (
    CONFIRM_CUES,
    DECLINED_RE,
    DENY_CUES,
    HEDGE_RE,
    NO_RESPONSE_RE,
    REJECT_CUES,
    REJECT_OBJECTS,
)
from .models import Status

DENIAL_RE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|'s|’s)\s+(?:\w+\s+){0,2}?[“\"‘']?"
    r"(?:false|untrue|fabricated|unfounded|baseless|inaccurate|incorrect|not true|fake)\b|"
    r"\bno truth\b|\bnot true\b|\bfake news\b|\bno basis\b|\bwithout (?:any )?(?:basis|merit)\b|"
    r"\bno\b[\w\s]{0,40}?\b(?:is|are|was|were|has been|have been)\s+"
    r"(?:underway|under way|planned|happening|ongoing|taking place|in progress)\b|"
    r"\bnot (?:in|holding|engaged in) (?:any )?(?:talks|negotiations|discussions)\b|"
    r"\bnot (?:negotiating|in negotiations|bargaining) (?:to|for|with|over)\b|"
    r"\bnothing to hide\b|"
    r"\b(?:did|done|do|does) nothing wrong\b|\bno wrongdoing\b",
    re.IGNORECASE,
)
PLAN_DENIAL_RE = re.compile(
    r"\b(?:we|i|there)\s+(?:\w+\s+){0,2}?(?:no (?:such )?(?:plans?|intentions?) (?:to|for|of)|"
    r"not planning (?:any|to))\b|"
    r"\b(?:report|reports|rumou?rs?|speculation|claims?)\b[^.]{0,80}?\bno (?:such )?plans?\b|"
    r"\bno (?:such )?plans?\b[^.]{0,80}?\b(?:report|reports|rumou?rs?|speculation|claims?)\b",
    re.IGNORECASE,
)
"""Having "no plans" denies only when the speaker rebuts something: "we have no plans to",
"there are no plans to", or a report named alongside. "Berg said Skyline had no plans to
expand" is a plain statement."""
DEAL_NOUNS = (
    r"(?:deal|agreement|accord|truth|plans?|merger|partnership|offer|contract|talks|"
    r"negotiations|joint venture|acquisition|takeover|bid|decision|settlement|recall|sale|"
    r"closure|layoffs?|job cuts|buyout|shutdown|investigation|probe|cover-up)"
)
PARTY_DENIAL_RE = re.compile(
    r"\bthere(?: is|['’]s| was| are| were)(?: currently| yet)? no (?:such )?" + DEAL_NOUNS + r"\b|"
    r"\bno (?:such |final |formal )?"
    + DEAL_NOUNS
    + r"\b[\w\s]{0,20}?\b(?:has|had|have|was|were|is)"
    r"\s+(?:yet\s+)?(?:been\s+)?(?:reached|made|signed|struck|finali[sz]ed|agreed|taken|"
    r"concluded)\b|"
    r"\bno (?:such )?" + DEAL_NOUNS + r"\b[\w\s]{0,20}?\b(?:exists?|existed|is in place)\b|"
    r"\b(?:does|did|do)(?: not|n['’]t) exist\b|"
    r"\b(?:has|have|had)(?: not|n['’]t)(?: yet)? (?:agreed|signed|reached|struck|finali[sz]ed|"
    r"accepted|committed)\b",
    re.IGNORECASE,
)
"""Denials only a party to the matter can make: "there is no deal", "no agreement has
been reached", "has not agreed". From an outlet or an analyst they are plain reports."""
NEGATED_RE = re.compile(r"\b(?:not|n['’]t|never|neither)\s+(?:\w+\s+)?$", re.IGNORECASE)


def cue_status(base: str, cue: str, before: str, after: str) -> Status | None:
    """Return the status a cue sets by itself, or None when the cue is neutral.

    `before` is the text just before the cue (for negation), `after` the text after it.
    """
    if base == "declined_comment" or DECLINED_RE.search(cue):
        return "declined_comment"
    if NO_RESPONSE_RE.search(cue):
        return "no_response"
    negated = bool(NEGATED_RE.search(before[-25:]))
    if base in DENY_CUES:
        return "asserted" if negated else "denied"
    if base in REJECT_CUES and not negated and REJECT_OBJECTS.match(after):
        return "denied"
    if base in CONFIRM_CUES:
        return "declined_comment" if negated else "confirmed"
    if base == "decline" and re.match(
        r"\s+to\s+(?:confirm|comment|discuss|elaborate|say|specify|disclose|detail|answer|"
        r"address|identify|name|provide|give|reveal|respond)",
        after,
    ):
        return "declined_comment"
    return None


NO_COMMENT_RE = re.compile(
    r"\b(?:does|do|did|would|will|could)(?: not|n['’]t) comment\b|\bno comment\b|"
    r"\bnot (?:able|in a position) to comment\b",
    re.IGNORECASE,
)


ASSERTION_BEFORE_BUT_RE = re.compile(r"^(?:that\s+)?\S+(?:\s+\S+){3,}?,?\s+but\s+(?:\w+\s+)?$")
"""Words asserted before a refusal: "the company is open to offers but would not comment"."""


def content_status(content: str, party: bool = False) -> Status:
    """Return the status the reported words carry: a denial, a refusal to comment, or
    "asserted". With `party` (a named person or organisation speaks), "there is no deal"
    and the like are denials too."""
    refusal = NO_COMMENT_RE.search(content)
    if refusal and not ASSERTION_BEFORE_BUT_RE.search(content, 0, refusal.start()):
        return "declined_comment"
    if DENIAL_RE.search(content) or (party and PARTY_DENIAL_RE.search(content)):
        return "denied"
    if "plan" in content and PLAN_DENIAL_RE.search(content):
        return "denied"
    return "asserted"


def decide_status(
    base: str, cue: str, before: str, after: str, content: str, party: bool = False
) -> Status:
    """Return the status of a claim: the cue's own status, else what its content says."""
    return cue_status(base, cue, before, after) or content_status(content, party)


def is_party(kinds: list[str]) -> bool:
    """Tell whether speakers of these kinds can deny as a party (a person or organisation)."""
    return any(k in {"person", "organization"} for k in kinds)


def is_hedged(sentence: str, anonymous_source: bool) -> bool:
    """Tell whether a claim is hedged: hedge words, or unnamed sources."""
    return anonymous_source or bool(HEDGE_RE.search(sentence))
