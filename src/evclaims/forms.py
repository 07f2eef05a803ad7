"""Find the attribution forms that need no cue scan, and what follows from a found one.

Forms: `colon-attribution` (`Name, Role: "…"`), `dash-attribution` (`"…" — Name`),
`noun-cue-from` (`criticism from X`). Consequences: a quote split by its attribution is
one content (`"A," X said, "B."`), and a denied named report is itself a claim
(`denied-report`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .models import Status
from .names import ORG_WORDS
from .phrases import split_parts, trim, trim_end
from .quotes import QuoteIndex
from .speakers import ArticleContext, Speaker, resolve_mention
from .status import decide_status, is_party

COLON_RE = re.compile(r"(?P<np>[A-Z][^:“\"]{1,120}?)\s*:\s*(?=[“\"‘])", re.UNICODE)
DASH_RE = re.compile(r"[”\"]\s*[—–]\s*(?P<np>[A-Z][^“”\"]{1,80}?)\s*[.]?\s*$")
NOUN_CUE_RE = re.compile(
    r"\b(?P<cue>criticism|condemnation|praise|warnings?|objections?|complaints?|pushback)\s+"
    r"(?:from|by)\s+(?P<np>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|on|for|and|"
    r"committee|party|group))*)"
)


@dataclass
class Attribution:
    """One attribution in a segment, before it becomes claims."""

    rule: str
    cue: str | None
    cue_span: tuple[int, int] | None
    content: tuple[int, int]
    speakers: list[Speaker]
    status: Status = "asserted"
    leading: bool = False
    participle: bool = False
    base: str = ""
    extra: dict[str, str] = field(default_factory=dict)


DENIED_REPORT_RE = re.compile(
    r"(?:an?|the|this|that)\s+(?:(?:recent|new|earlier|latest|weekend|initial)\s+)?"
    r"(?P<pub>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?)(?:['’]s?)?\s+"
    r"(?:report|story|article)\b(?:\s+(?:published|released)\s+\w+)?,?\s*"
)


DENIED_REPORT_BY_RE = re.compile(
    r"(?:an?|the|this|that)\s+(?:(?:recent|new|earlier|latest|weekend|initial)\s+)?"
    r"(?:report|story|article)\s+(?:by|in|from)\s+(?:the\s+)?"
    r"(?P<pub>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}),?\s*"
)
"""The report named after its noun: "denied a report by the Daily Ledger that P"."""


def _unmarked_org(speaker: Speaker, denier: set[str]) -> bool:
    """Tell whether a guessed organisation is a bare name that can publish a report: no
    organisation word ("Gearline", not "Acme Holdings") and not the party denying it."""
    return (
        speaker.kind == "organization"
        and speaker.name not in denier
        and not any(w.lower().strip(".,") in ORG_WORDS for w in speaker.name.split())
    )


def denied_reports(text: str, found: list[Attribution], ctx: ArticleContext) -> list[Attribution]:
    """Add the report a speaker denies: "Acme denied a Daily Ledger report that P" also
    tells that the Daily Ledger reported P (rule `denied-report`)."""
    out: list[Attribution] = []
    for att in found:
        if att.status != "denied" or not att.cue_span:
            continue
        at = att.cue_span[1]
        while at < att.content[1] and text[at].isspace():
            at += 1
        m = DENIED_REPORT_RE.match(text, at, max(at, att.content[1]))
        if m is None:
            m = DENIED_REPORT_BY_RE.match(text, at, max(at, att.content[1]))
            if m is None or att.content[1] - m.end() < 2:
                continue  # "denying a report in the Ledger": what it reported is unsaid
        denier = {s.name for s in att.speakers}
        speakers = [
            s if s.kind == "publication" else replace(s, kind="publication")
            for s in resolve_mention(ctx, m.group("pub"), m.start("pub"))
            if s.kind == "publication" or _unmarked_org(s, denier)
        ]
        for s in speakers:
            ctx.kinds[s.name] = "publication"
        if not speakers:
            continue
        content = (max(m.end(), att.content[0]), att.content[1])
        if content[1] - content[0] < 2:
            content = att.content
        out.append(
            Attribution("denied-report", "report", m.span("pub"), content, speakers, "asserted")
        )
    return out


def join_split_quote(text: str, att: Attribution, hi: int, quotes: QuoteIndex) -> None:
    """Extend a quote's content over its second half: `"A," X said, "B."` → A…B."""
    if att.rule != "said-after-quote" or att.cue_span is None:
        return
    after = max([att.cue_span[1], *(s.span[1] for s in att.speakers)])
    pairs = quotes.within(after, hi)
    if not pairs or not re.search(r",\s*$", text[after : pairs[0].start]):
        return
    att.content = (att.content[0], pairs[-1].end)


def colon_attribution(text: str, lo: int, hi: int, ctx: ArticleContext) -> Attribution | None:
    """Handle `Name, Role: "…"` at the start of a segment."""
    m = COLON_RE.match(text, lo, hi)
    if not m:
        return None
    np_lo, np_hi = m.span("np")
    parts = split_parts(text, np_lo, np_hi)
    if not parts or len(text[parts[0][0] : parts[0][1]].split()) > 6:
        return None
    role = ", ".join(text[a:b] for a, b in parts[1:]) or None
    speakers = resolve_mention(ctx, text[parts[0][0] : parts[0][1]], parts[0][0], role)
    if not speakers:
        return None
    content = trim_end(text, m.end(), hi)
    ctx.history.extend(speakers)
    status = decide_status(
        "", ":", "", "", text[content[0] : content[1]], is_party([s.kind for s in speakers])
    )
    return Attribution(
        "colon-attribution", ":", (m.end("np"), m.end("np") + 1), content, speakers, status
    )


def dash_attribution(text: str, lo: int, hi: int, ctx: ArticleContext) -> Attribution | None:
    """Handle `"…" — Name` at the end of a segment."""
    m = DASH_RE.search(text, lo, hi)
    if not m or text[lo] not in '“"':
        return None
    np_lo, np_hi = m.span("np")
    parts = split_parts(text, np_lo, np_hi)
    role = ", ".join(text[a:b] for a, b in parts[1:]) or None
    speakers = resolve_mention(ctx, text[parts[0][0] : parts[0][1]], parts[0][0], role)
    if not speakers:
        return None
    content = trim(text, lo, m.start() + 1)
    ctx.history.extend(speakers)
    status = decide_status(
        "", "—", "", "", text[content[0] : content[1]], is_party([s.kind for s in speakers])
    )
    return Attribution("dash-attribution", "—", (m.start() + 1, np_lo), content, speakers, status)


def noun_cue(text: str, lo: int, hi: int, ctx: ArticleContext) -> list[Attribution]:
    """Handle "criticism from X" and similar noun cues."""
    out: list[Attribution] = []
    for m in NOUN_CUE_RE.finditer(text, lo, hi):
        speakers = resolve_mention(ctx, m.group("np"), m.start("np"))
        speakers = [s for s in speakers if s.kind != "person" or len(s.name.split()) > 1]
        if speakers:
            content = trim_end(text, lo, hi)
            ctx.history.extend(speakers)
            out.append(
                Attribution("noun-cue-from", m.group("cue"), m.span("cue"), content, speakers)
            )
    return out
