"""Find attributions in a segment: who says what, by which rule.

Rule ids made here (with `forms`): `colon-attribution` (`Name, Role: "…"`), `dash-attribution`
(`"…" — Name`), `according-to`, `said-after-quote` (`"…," X said` / `"…," said X`),
`said-trailing` (`…, X said`), `said-parenthetical` (`…, X said, …`), `said-inverted`
(`…, said X`), `said-that` (`X said (that) …`), `told-that` (`X told Y (that) …`),
`cue-colon` (`X responded: …`), `participle-clause` (`…, reiterating that …`),
`appositive-participle` (`…, Geely, hinting at …`), `noun-cue-from` (`criticism from X`),
`denied-report` (the report in "Acme denied a Daily Ledger report that …").
The parser adds `embedded-post`, `quote-continuation`, `colon-lead-in` and
`unattributed-fact`. A cue inside quotation marks is never a cue.
"""

from __future__ import annotations

import re

from .cues import (
    ACTION_BEFORE_TO,
    ANONYMOUS_HEADS,
    BOUNDARY_WORDS,
    CUE_FORMS,
    DETERMINERS,
    EVIDENCE_CUES,
    EVIDENCE_HEADS,
    NOUN_BASES,
    OBJECT_CUES,
    PHRASE_BASE,
    PUBLICATION_HEADS,
    QUOTE_REQUIRED,
    THAT_REQUIRED,
    cue_base,
    find_cues,
)
from .forms import (
    Attribution,
    colon_attribution,
    dash_attribution,
    denied_reports,
    join_split_quote,
    noun_cue,
)
from .phrases import (
    NOUN_DETERMINERS,
    NOUN_MODIFIERS,
    Token,
    content_after,
    dot_ok,
    is_punct,
    noun_use,
    role_after,
    split_parts,
    subject_after,
    subject_before,
    tokenize,
    trim,
    trim_end,
)
from .quotes import QuoteIndex, opens_quote
from .speakers import ArticleContext, Speaker, group_of_people, normalise, resolve_mention
from .status import decide_status, is_party

OBJECT_RE = re.compile(
    r"^(?:(?:the|an?)\s+)?(?:[A-Z][\w.'’&-]*\s*)+|^(?:me|us|him|her|them|reporters|journalists|supporters|"
    r"(?:(?:the|its|his|her|their)\s+)?(?:analysts|investors|lawmakers|legislators|employees|"
    r"staff|workers|shareholders|customers|clients|regulators|members|voters|colleagues|"
    r"students|delegates|attendees|viewers|listeners|readers|senators|officials)|"
    r"the crowd|(?:an? |the )?\w+ (?:audience|reporters|crowd))\b|"
    r"^(?:the|an?|his|her|their|its|our)\s+[a-z-]+(?:\s+[a-z-]+)?(?=\s*(?:,|$))"
)
NEW_CLAUSE_RE = re.compile(r"(?:[,;]|\s)\s*(?:but|and|while|although|though|whereas|yet)\s+$")
ANONYMITY_RE = re.compile(
    r"\s+(?:not to be (?:named|identified|quoted)|for anonymity|to remain anonymous|"
    r"that (?:their|his|her) names? (?:not be used|be withheld))\b",
    re.IGNORECASE,
)
"""A cue that only asks for anonymity ("They asked not to be named"): no claim."""
AFTER_REPORT_RE = re.compile(
    r",\s*(?:(?:a|an|one|two|three|several|\w+)\s+(?:hours?|days?|weeks?|months?)\s+)?"
    r"(?:after|since|following)\s+$"
)
"""A report the sentence answers: "X said P, a day after the Ledger reported that Q"."""
RELATIVE_RE = re.compile(
    r"(?:^|(?<=[.;:—]\s)|(?<=\n))(?P<np>[A-Z][^,;:]{1,80}?),\s+(?:[^;:]{0,120}?\s)?(?:who|which|that)\b"
    r"[^;]*?,"
    r"\s*(?:(?:has|have|had|also|previously|recently|later|then)\s+)*$"
)
LEAD_NAME_RE = re.compile(
    r"(?P<np>(?:(?:[A-Z][\w.'’-]*|of|for|and)\s+){0,5}[A-Z][\w.'’-]*[a-z])\s+"
    r"(?:(?:has|have|had|also|then|later|previously|recently|\w+ly)\s+)*[a-z]+(?:ed|s)\b"
)
ADVERBIAL_RE = re.compile(
    r"^(?:in|on|at|during|to|last|this|earlier|late|from|via|through|over|after|before|when|"
    r"while|as|yesterday|today|tonight|recently|previously|in a statement|and|but|who|which|"
    r"because|since|then|later|afterwards?|again|too|also|\w+ly)\b|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![’'\w])",
    re.IGNORECASE,
)
IDIOM_RE = re.compile(
    r"(?:^|\W)(?:that|this) said\b|\bso-called\b|\bhaving said\b|\bneedless to say\b|"
    r"\bsaid to be\b|\bit is said\b",
    re.IGNORECASE,
)


PERSONAL_START_RE = re.compile(r"(?:that\s+)?(?:he|she|his|her)\b")


def _person_by_pronoun(
    text: str, content: tuple[int, int], speakers: list[Speaker], ctx: ArticleContext
) -> list[Speaker]:
    """Make a lone unknown name a person when its reported words say "he" or "she"."""
    if len(speakers) != 1 or not PERSONAL_START_RE.match(text, content[0], content[1]):
        return speakers
    sp = speakers[0]
    if (
        sp.kind != "organization"
        or " " in sp.name
        or sp.name.isupper()
        or normalise(sp.name) in ctx.alias
    ):
        return speakers
    if sp.mention.lower().startswith(("the ", "a ", "an ")):
        return speakers
    ctx.kinds[sp.name] = "person"
    ctx._add_person(sp.name, sp.role, -1)
    return [Speaker(sp.name, "person", sp.role, sp.mention, sp.span)]


BE_FORMS = frozenset({"is", "was", "were", "are", "been", "being", "be"})


def _passive(tokens: list[Token], k: int) -> bool:
    """Tell whether the cue at token k is passive: "was reported", "is widely said"."""
    prev = tokens[k - 1].low
    if prev.endswith("ly") and k > 1:
        prev = tokens[k - 2].low
    return prev in BE_FORMS


def _named_subject_verb(tokens: list[Token], k: int) -> bool:
    """Tell whether an -s cue after a proper name is a verb ("The Post reports that")."""
    prev = tokens[k - 1]
    if not prev.text[:1].isupper() or prev.low in NOUN_MODIFIERS | PUBLICATION_HEADS:
        return False
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return nxt == "that" or (nxt.isalpha() and nxt not in {"of", "on", "about", "from", "by"})


def _scan_cues(
    text: str,
    lo: int,
    hi: int,
    tokens: list[Token],
    quotes: QuoteIndex,
    ctx: ArticleContext,
    cues: list[tuple[int, int]],
) -> list[Attribution]:
    """Return the attributions made by the `cues` found in a segment."""
    found: list[Attribution] = []
    index = {t.start: n for n, t in enumerate(tokens)}
    for cs, ce in cues:
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
        nounlike = cue.endswith("ing") or (
            base in NOUN_BASES and cue in {base, base + "s", base + "es"}
        )
        if nounlike and cue != base and k > 0 and _named_subject_verb(tokens, k):
            nounlike = False
        if k > 0 and tokens[k - 1].low in NOUN_DETERMINERS | {"to"} and " " not in cue:
            continue
        if k > 0 and cue.endswith("ed") and tokens[k - 1].low in DETERMINERS:
            continue
        if k > 0 and cue.endswith(("ed", "said", "told")) and _passive(tokens, k):
            continue  # "Acme was reported to be seeking": Acme is not the speaker
        if (
            cue.endswith(("ed", "told"))
            and k > 0
            and tokens[k - 1].low in ANONYMOUS_HEADS
            and k_end < len(tokens)
            and tokens[k_end].low in {"on", "about", "by", "in"}
        ):
            continue  # "people briefed on the plan": a description, not a cue
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
        if (base in THAT_REQUIRED or cue == "state") and not re.match(
            r"\s+(?:\w+\s+){0,2}?that\b", text[ce:hi]
        ):
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
            if not speakers and tokens[k - 1].low == "who":
                speakers = group_of_people(mention, s0)
        if not speakers and not participle and k > 0 and tokens[k - 1].low in {"and", "but"}:
            lead_name = LEAD_NAME_RE.match(text, lo, cs)
            if lead_name and "," not in text[lead_name.end() : cs].replace(", and", " and"):
                speakers = resolve_mention(ctx, lead_name.group("np"), lead_name.start("np"))
                rule = "said-that" if speakers else ""
        if not speakers and not participle:
            pre = text[lo:cs].rstrip()
            if pre.endswith((",", "”", '"', "'")):
                after_subj = subject_after(text, tokens, k_end - 1, quotes)
                if after_subj:
                    speakers = resolve_mention(
                        ctx,
                        text[after_subj[0] : after_subj[1]],
                        after_subj[0],
                        role_after(text, after_subj[1], hi),
                    )
                    if speakers:
                        content = trim_end(text, lo, cs)
                        rule = "said-after-quote" if opens_quote(text, lo) else "said-inverted"
                        status = decide_status(
                            base,
                            cue,
                            before,
                            after,
                            text[content[0] : content[1]],
                            is_party([s.kind for s in speakers]),
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
        after_quote = (
            text[lo] in "“\"'"
            and pre_subject.endswith((",”", ',"', ",''", "?”", '?"', "!”", '!"'))
            and not re.match(r"(?:that\b|:|[“\"])", rest)
        )
        trailing = (
            rule == ""
            and pre_subject.endswith((",", "”", '"', "—", "'"))
            and (
                after_quote or rest == "" or rest.startswith(",") or bool(ADVERBIAL_RE.match(rest))
            )
            and (rest.startswith(",") or " that " not in f" {first_words} ")
        )
        if trailing and rest.startswith(",") and not re.match(r",\s*\w+ing\b", rest):
            content = trim_end(text, lo, hi)
            leading = False
            rule = "said-parenthetical"
        elif trailing:
            cut = ss
            lead_role = subj[2] if subj else None
            if lead_role and text[lo:ss].rstrip(" ,").endswith(lead_role):
                cut = text.rfind(lead_role, lo, ss)  # "P, the bank's economist, Al Roe, said"
            content = trim_end(text, lo, cut)
            leading = False
            rule = "said-after-quote" if opens_quote(text, content[0]) else "said-trailing"
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
        status = decide_status(
            base,
            cue,
            before,
            after,
            text[content[0] : content[1]],
            is_party([s.kind for s in speakers]),
        )
        speakers = _person_by_pronoun(text, content, speakers, ctx)
        att = Attribution(rule, cue, (cs, ce), content, speakers, status, leading, participle, base)
        if base in ACTION_BEFORE_TO and re.match(r"\s+(?:to|on|upon)\b", text[ce:hi]):
            att.extra["action"] = "1"  # "agreed to pay": yields to a true speech cue
        found.append(att)
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


def _prefer_speech(found: list[Attribution]) -> list[Attribution]:
    """Drop an action cue ("agreed to pay") whose content holds another attribution:
    "X has agreed to pay, according to two officials" is the officials' claim."""
    return [
        att
        for att in found
        if not att.extra.get("action")
        or not any(
            o is not att
            and not o.extra.get("action")
            and o.cue_span
            and att.content[0] <= o.cue_span[0] < att.content[1]
            for o in found
        )
    ]


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
        if outer is not None and not fresh and att.speakers:
            fresh = all(s.kind == "publication" for s in att.speakers) and bool(
                AFTER_REPORT_RE.search(text, outer.content[0], min(s.span[0] for s in att.speakers))
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
    cues = find_cues(text, lo, hi)
    if cues:
        tokens = tokenize(text, lo, hi)
        found = _drop_nested(
            text, _prefer_speech(_scan_cues(text, lo, hi, tokens, quotes, ctx, cues))
        )
        for att in found:
            join_split_quote(text, att, hi, quotes)
        found = [*found, *denied_reports(text, found, ctx)]
    found = [a for a in found if not (a.cue_span and ANONYMITY_RE.match(text, a.cue_span[1], hi))]
    if not found:
        found = noun_cue(text, lo, hi, ctx)
    return found
