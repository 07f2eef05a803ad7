"""Find attributions in a segment: who says what, by which rule.

Rule ids made here: `colon-attribution` (`Name, Role: "…"`), `dash-attribution`
(`"…" — Name`), `according-to`, `said-after-quote` (`"…," X said` / `"…," said X`),
`said-trailing` (`…, X said`), `said-parenthetical` (`…, X said, …`), `said-inverted`
(`…, said X`), `said-that` (`X said (that) …`), `told-that` (`X told Y (that) …`),
`cue-colon` (`X responded: …`), `participle-clause` (`…, reiterating that …`),
`appositive-participle` (`…, Geely, hinting at …`), `noun-cue-from` (`criticism from X`).
The parser adds `embedded-post`, `quote-continuation`, `colon-lead-in` and
`unattributed-fact`. A cue inside quotation marks is never a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import (
    BOUNDARY_WORDS,
    CUE_FORMS,
    DETERMINERS,
    EVIDENCE_CUES,
    EVIDENCE_HEADS,
    OBJECT_CUES,
    PHRASE_BASE,
    PUBLICATION_HEADS,
    QUOTE_REQUIRED,
    THAT_REQUIRED,
    cue_base,
    find_cues,
)
from .models import Status
from .phrases import (
    NOUN_DETERMINERS,
    Token,
    content_after,
    dot_ok,
    is_punct,
    noun_use,
    split_parts,
    subject_after,
    subject_before,
    tokenize,
    trim,
    trim_end,
)
from .quotes import QuoteIndex
from .speakers import ArticleContext, Speaker, resolve_mention
from .status import decide_status

OBJECT_RE = re.compile(
    r"^(?:(?:the|an?)\s+)?(?:[A-Z][\w.'’&-]*\s*)+|^(?:me|us|him|her|them|reporters|journalists|supporters|"
    r"the crowd|(?:an? |the )?\w+ (?:audience|reporters|crowd))\b"
)
NEW_CLAUSE_RE = re.compile(r"(?:[,;]|\s)\s*(?:but|and|while|although|though|whereas|yet)\s+$")
RELATIVE_RE = re.compile(
    r"(?:^|(?<=[.;:—]\s)|(?<=\n))(?P<np>[A-Z][^,;:]{1,80}?),\s+(?:[^,;:]{0,60}?\s)?(?:who|which)\b"
    r"[^;]*?,"
    r"\s*(?:(?:has|have|had|also|previously|recently|later|then)\s+)*$"
)
LEAD_NAME_RE = re.compile(
    r"(?P<np>(?:(?:[A-Z][\w.'’-]*|of|for|and)\s+){0,5}[A-Z][\w.'’-]*[a-z])\s+"
    r"(?:(?:has|have|had|also|then|later|previously|recently)\s+)*[a-z]+(?:ed|s)\b"
)
ADVERBIAL_RE = re.compile(
    r"^(?:in|on|at|during|to|last|this|earlier|late|from|via|through|over|after|before|when|"
    r"while|as|yesterday|today|tonight|recently|previously|in a statement|and|but|who|which|"
    r"because|since)\b|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![’'\w])",
    re.IGNORECASE,
)
COLON_RE = re.compile(r"(?P<np>[A-Z][^:“\"]{1,120}?)\s*:\s*(?=[“\"‘])", re.UNICODE)
DASH_RE = re.compile(r"[”\"]\s*[—–]\s*(?P<np>[A-Z][^“”\"]{1,80}?)\s*[.]?\s*$")
NOUN_CUE_RE = re.compile(
    r"\b(?P<cue>criticism|condemnation|praise|warnings?|objections?|complaints?|pushback)\s+"
    r"(?:from|by)\s+(?P<np>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|on|for|and|"
    r"committee|party|group))*)"
)
IDIOM_RE = re.compile(
    r"(?:^|\W)(?:that|this) said\b|\bso-called\b|\bhaving said\b|\bneedless to say\b|"
    r"\bsaid to be\b|\bit is said\b",
    re.IGNORECASE,
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


def _scan_cues(
    text: str, lo: int, hi: int, tokens: list[Token], quotes: QuoteIndex, ctx: ArticleContext
) -> list[Attribution]:
    """Return the cue-based attributions of a segment."""
    found: list[Attribution] = []
    index = {t.start: n for n, t in enumerate(tokens)}
    for cs, ce in find_cues(text, lo, hi):
        if quotes.inside(cs) or cs not in index:
            continue
        if IDIOM_RE.search(text, max(lo, cs - 10), min(hi, ce + 6)):
            continue
        cue = text[cs:ce]
        base = PHRASE_BASE.get(cue, cue_base(cue))
        k = index[cs]
        k_end = k
        while k_end < len(tokens) and tokens[k_end].end <= ce:
            k_end += 1
        nounlike = cue in {base, base + "s", base + "es"} or cue.endswith("ing")
        if k > 0 and tokens[k - 1].low in NOUN_DETERMINERS | {"to"} and " " not in cue:
            continue
        if k > 0 and cue.endswith("ed") and tokens[k - 1].low in DETERMINERS:
            continue
        if k > 0 and nounlike and noun_use(tokens, k, -1):
            continue
        if (
            nounlike
            and k_end < len(tokens)
            and tokens[k_end].low in CUE_FORMS
            and tokens[k_end].text.islower()
        ):
            continue
        if base == "according to":
            att = _according_to(text, lo, hi, tokens, k_end, cs, ce, quotes, ctx)
            if att:
                found.append(att)
            continue
        if base in THAT_REQUIRED and not re.match(r"\s+(?:\w+\s+){0,2}?that\b", text[ce:hi]):
            continue
        if base in QUOTE_REQUIRED and not re.match(
            r"[\s,:]+(?:[^\s“\"]+\s+){0,5}?[“\"]", text[ce:hi]
        ):
            continue
        before = text[max(lo, cs - 30) : cs]
        after = text[ce:hi]
        participle = cue.endswith("ing") and text[lo:cs].rstrip().endswith(",")
        subj = subject_before(text, tokens, k, quotes)
        rel = RELATIVE_RE.search(text, lo, cs)
        if rel and not (subj and resolve_mention(ctx.probe(), text[subj[0] : subj[1]], subj[0])):
            subj = (rel.start("np"), rel.end("np"), None)
        speakers: list[Speaker] = []
        rule = ""
        leading = True
        if participle and found:
            speakers = list(found[-1].speakers)
            rule = "participle-clause"
        elif participle:
            prev = split_parts(text, lo, text.rfind(",", lo, cs))
            if prev and text[prev[-1][0]].isupper():
                speakers = resolve_mention(ctx, text[prev[-1][0] : prev[-1][1]], prev[-1][0])
                speakers = [s for s in speakers if s.kind in {"organization", "person"}]
                rule = "appositive-participle"
            lead_name = LEAD_NAME_RE.match(text, lo, cs)
            if not speakers and lead_name:
                speakers = resolve_mention(ctx, lead_name.group("np"), lead_name.start("np"))
                speakers = [s for s in speakers if s.kind in {"organization", "person"}]
                rule = "participle-clause"
        elif subj:
            s0, s1, role = subj
            mention = text[s0:s1]
            head = mention.split()[-1].lower()
            if base in EVIDENCE_CUES and head not in EVIDENCE_HEADS | PUBLICATION_HEADS:
                continue
            speakers = resolve_mention(ctx, mention, s0, role)
        if not speakers and not participle:
            pre = text[lo:cs].rstrip()
            if pre.endswith((",", "”", '"', "'")):
                after_subj = subject_after(text, tokens, k_end - 1, quotes)
                if after_subj:
                    speakers = resolve_mention(
                        ctx, text[after_subj[0] : after_subj[1]], after_subj[0]
                    )
                    if speakers:
                        content = trim_end(text, lo, cs)
                        rule = "said-after-quote" if text[lo] in '“"' else "said-inverted"
                        status = decide_status(
                            base, cue, before, after, text[content[0] : content[1]]
                        )
                        found.append(
                            Attribution(
                                rule, cue, (cs, ce), content, speakers, status, False, False, base
                            )
                        )
                        ctx.history.extend(speakers)
                continue
        if not speakers:
            continue
        ss = min(s.span[0] for s in speakers)
        rest = text[ce:hi].strip(' .!?"”’)')
        if base in OBJECT_CUES:
            rest = OBJECT_RE.sub("", rest, count=1).strip(' .!?"”’)')
        pre_subject = text[lo:ss].rstrip()
        first_words = " ".join(t.low for t in tokens[k_end : k_end + 6])
        trailing = (
            rule == ""
            and pre_subject.endswith((",", "”", '"', "—", "'"))
            and (rest == "" or rest.startswith(",") or bool(ADVERBIAL_RE.match(rest)))
            and (rest.startswith(",") or " that " not in f" {first_words} ")
        )
        if trailing and rest.startswith(",") and not re.match(r",\s*\w+ing\b", rest):
            content = trim_end(text, lo, hi)
            leading = False
            rule = "said-parenthetical"
        elif trailing:
            content = trim_end(text, lo, ss)
            leading = False
            rule = "said-after-quote" if text[content[0]] in '“"' else "said-trailing"
        else:
            content = content_after(text, tokens, k_end, hi, base, quotes)
            if not rule:
                if text[ce:hi].lstrip().startswith(":"):
                    rule = "cue-colon"
                elif base in {"tell", "inform", "brief", "assure", "reassure"}:
                    rule = "told-that"
                else:
                    rule = "said-that"
        if content[1] - content[0] < 2:
            content = (cs, ce)
        status = decide_status(base, cue, before, after, text[content[0] : content[1]])
        found.append(
            Attribution(rule, cue, (cs, ce), content, speakers, status, leading, participle, base)
        )
        if not participle:
            ctx.history.extend(speakers)
    return found


def _according_to(
    text: str,
    lo: int,
    hi: int,
    tokens: list[Token],
    k_end: int,
    cs: int,
    ce: int,
    quotes: QuoteIndex,
    ctx: ArticleContext,
) -> Attribution | None:
    """Handle "according to X" anywhere in a sentence."""
    i = k_end
    while i < len(tokens):
        tok = tokens[i]
        if is_punct(tok) and not (tok.text == "." and dot_ok(tokens, i)) and tok.text not in "()’'":
            break
        if tok.low in BOUNDARY_WORDS:
            break
        i += 1
    if i == k_end:
        return None
    np_lo, np_hi = tokens[k_end].start, tokens[i - 1].end
    speakers = resolve_mention(ctx, text[np_lo:np_hi], np_lo)
    if not speakers:
        return None
    before = trim_end(text, lo, cs)
    after = trim_end(text, np_hi, hi)
    content = after if (after[1] - after[0]) > (before[1] - before[0]) else before
    ctx.history.extend(speakers)
    return Attribution(
        "according-to",
        text[cs:ce],
        (cs, ce),
        content,
        speakers,
        "asserted",
        True,
        False,
        "according to",
    )


def _drop_nested(text: str, found: list[Attribution]) -> list[Attribution]:
    """Keep one speaker per reported clause: drop asserted attributions nested in another."""
    kept: list[Attribution] = []
    for att in found:
        outer = next(
            (
                o
                for o in kept
                if o.leading and att.cue_span and o.content[0] <= att.cue_span[0] < o.content[1]
            ),
            None,
        )
        fresh = bool(
            outer is not None
            and att.speakers
            and NEW_CLAUSE_RE.search(text, outer.content[0], min(s.span[0] for s in att.speakers))
        )
        if outer is not None and att.status == "asserted" and not att.participle and not fresh:
            continue
        if outer is not None and att.speakers and not att.participle:
            cut = min(s.span[0] for s in att.speakers)
            if outer.content[0] < cut <= outer.content[1]:
                lo, hi = trim(text, outer.content[0], cut)
                kept_text = re.sub(
                    r"(?:,?\s*\b(?:but|while|and|although|though|whereas)\s*)$", "", text[lo:hi]
                )
                outer.content = trim(text, lo, lo + len(kept_text))
        if att.participle and kept and att.status in {kept[-1].status, "asserted"}:
            continue
        if not att.leading and not att.participle:
            kept = [
                o
                for o in kept
                if not (
                    o.cue_span
                    and att.content[0] <= o.cue_span[0] < att.content[1]
                    and o.status == "asserted"
                )
            ]
        kept.append(att)
    return kept


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
    status = decide_status("", ":", "", "", text[content[0] : content[1]])
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
    status = decide_status("", "—", "", "", text[content[0] : content[1]])
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


def find_attributions(
    text: str, lo: int, hi: int, quotes: QuoteIndex, ctx: ArticleContext
) -> list[Attribution]:
    """Return the attributions of the segment text[lo:hi], in text order."""
    colon = colon_attribution(text, lo, hi, ctx)
    if colon:
        return [colon]
    dash = dash_attribution(text, lo, hi, ctx)
    if dash:
        return [dash]
    found: list[Attribution] = []
    if find_cues(text, lo, hi):
        tokens = tokenize(text, lo, hi)
        found = _drop_nested(text, _scan_cues(text, lo, hi, tokens, quotes, ctx))
    if not found:
        found = noun_cue(text, lo, hi, ctx)
    return found
