"""Split an article into segments: sentences, headlines, bullets, datelines, boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .cues import CUE_FORMS, word_set
from .quotes import QuoteIndex, pair_quotes

SegmentKind = Literal[
    "sentence",
    "question",
    "headline",
    "heading",
    "bullet",
    "dateline",
    "boilerplate",
    "post",
    "signature",
    "meta",
    "correction",
]

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

BOILERPLATE_LINE_RE = re.compile(
    r"^\W*(?:share(?: this(?: article| story)?)?|subscribe(?: now| today|(?: now| today)? (?:to|for|and) .{1,100})?|related(?: articles?| stories)?|"
    r"view original|leave a (?:reply|comment)|read more|read the rest(?: here)?|advertisement|"
    r"click here.*|sign up.*|follow us.*|comments?|no comments yet.*|explore more stories.*|"
    r"back to .*home ?page|disclaimer|author|tags?:.*|copyright.*|©.*|print|email|"
    r"recommended(?: for you)?|trending(?: now)?|more from .*|you may also like|"
    r"(?:this post has|there are) \d+ comments?.*|"
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|compiling) by .*|"
    r".* contributed (?:reporting|to this report).*|"
    r"(?:distributed|syndicated|supplied|provided) by .{1,60}|\(c\)\s*\d{4}.*|"
    r"this (?:story|article|report) (?:was |is )?(?:distributed|syndicated|produced|republished) "
    r"(?:by|with|through|under) .*|sponsored(?: content| post| by .*)?|paid (?:content|post)|"
    r"this (?:story|article|report|content|series) (?:is|was) (?:sponsored|paid for|underwritten) "
    r"by .*|\([A-Z][\w&.'’ -]{1,40}\))\W*$",
    re.IGNORECASE,
)
BOILERPLATE_PHRASE_RE = re.compile(
    r"does not constitute (?:investment|financial|legal) advice|"
    r"for (?:general )?information(?:al)? (?:and educational )?purposes only|"
    r"may contain third-party content|should not be considered (?:as )?an endorsement|"
    r"all rights reserved|be the first to comment|sign up for our newsletter|"
    r"this (?:post|article) has \d+ comments?|see disclaimer|we use cookies|"
    r"not (?:representations|an offer to buy or sell)|terms of (?:use|service)|privacy policy",
    re.IGNORECASE,
)
OUTLET_PROMO_RE = re.compile(
    r"become an? (?:member|subscriber|supporter|donor) today|send us a tip|have a tip\?|"
    r"support (?:our|local|independent) (?:journalism|reporting|newsroom)|"
    r"(?:independent|nonprofit|non-profit|[a-z]+-(?:supported|funded|powered|owned)),? "
    r"(?:(?:independent|nonprofit|non-profit|local|regional) )*news ?room|"
    r"\bis read by (?:more than |over |some |about )?[\d,]+ |"
    r"\bpart of (?:the |our |an? )?.{1,60}\bseries,? (?:supported|funded|underwritten|made possible) by\b",
    re.IGNORECASE,
)
"""An outlet's appeal for members, donations or tips: boilerplate."""
PROMO_WORDS = (
    "newsroom",
    "news room",
    "tip",
    "member",
    "support",
    "donor",
    "subscriber",
    "read by",
    "series",
)
"""Words one of which every OUTLET_PROMO_RE match holds: a cheap test before the regex."""
BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦‣∙*]|[-–—](?!\s*[A-Z][^()]*\(@)|\d{1,2}[.)])\s+")
SIGNATURE_RE = re.compile(r"^\s*[—–-]\s*(?P<name>[^()\n]+?)\s*\((?P<handle>@\w+)\)\s*(?P<rest>.*)$")
BYLINE_RE = re.compile(r"^\s*(?:By|BY|Written by|Reporting by)\s+[A-Z]")
DATE_LINE_RE = re.compile(
    r"^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    + MONTHS
    + r"\.?\s+\d{1,2},?\s+\d{4}"
    r"(?:[\s,]+\d{1,2}:\d{2}.*)?\W*$|^\W*\d{4}-\d{2}-\d{2}\W*$"
)
DATELINE_RES = (
    re.compile(
        r"(?!(?:On|In|By|Since|As|Until|From|Last|Before|After|Through|Through|Between|During|"
        r"Early|Late|Mid|Starting|Beginning|Until|Through|Effective)\b)"
        r"(?P<src>(?:[A-Z][\w&.'’-]*\s+){1,4}?)" + MONTHS + r"\.?\s+\d{1,2}(?:,?\s+\d{4})?"
        r"(?:\s+\((?P<agency>[A-Z][\w .&-]*)\))?(?:\s+News)?\s*[,:—–-]+\s+"
    ),
    re.compile(
        r"(?P<src>[A-Z][A-Z .'’-]{2,40}?)(?:,\s*" + MONTHS + r"\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
        r"(?:\s*\((?P<agency>[A-Z][\w .&-]*)\))?\s*[—–-]+\s+"
    ),
)
TERMINAL_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)")
ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof rep reps sen sens gov gen lt col capt sgt st jr sr vs etc no nos fig
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd dept univ approx est
    adm cmdr supt rev hon pres sec atty maj cpl pvt gov. lt. cf al del calif conn ariz colo
    fla mich minn tenn wis okla nev
    """
)
COMPANY_ABBREVIATIONS = frozenset({"co", "corp", "inc", "ltd", "plc", "llc", "bros"})
SENTENCE_STARTERS = word_set(
    """
    the a an he she it they we i but and in on at this that these those however meanwhile
    still yet its his her their there what when some many if as after before while although
    for with by from our so then now also both one last next earlier later despite
    """
)
CORRECTION_RE = re.compile(
    r"^\W*(?:corrections?|clarification|editor['’]s note)\s*[:—–-]|"
    r"^\W*(?:an earlier|a previous) version of this (?:article|story|report)",
    re.IGNORECASE,
)
"""A correction or editor's note about the article itself: its own segment, no claim."""
NO_TERMINAL_RE = re.compile(r"[.!?:;\"”’')]\s*$")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the article: [start, end) with its kind and paragraph number."""

    start: int
    end: int
    kind: SegmentKind
    para: int
    source: str | None = None


def _is_boilerplate(line: str) -> bool:
    """Tell whether a whole line is a widget, footer or disclaimer."""
    if BOILERPLATE_LINE_RE.match(line) or BOILERPLATE_PHRASE_RE.search(line):
        return True
    low = line.lower()
    return any(w in low for w in PROMO_WORDS) and bool(OUTLET_PROMO_RE.search(line))


ATTRIBUTION_AFTER_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*|of|the|a|an)(?:\s+(?:[A-Z][\w.'’-]*|of|the)){0,5}\s+(?P<cue>[a-z]+)\b"
)


def _attribution_follows(text: str, at: int) -> bool:
    """Tell whether a speaker and a speech verb follow: `“Why?” Dana Roe asked.`"""
    m = ATTRIBUTION_AFTER_RE.match(text, at, min(len(text), at + 80))
    return m is not None and m.group("cue") in CUE_FORMS


def _split_point_ok(text: str, dot: int, end: int, nxt: int, quotes: QuoteIndex, lo: int) -> bool:
    """Tell whether a terminal mark at `dot` (closers up to `end`) ends a sentence."""
    pair = quotes.covering(dot)
    if pair is not None and pair.end > end:
        return False
    if nxt >= len(text):
        return True
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'(["):
        return False
    if text[dot] != ".":
        return not (text[end - 1] in '”"' and _attribution_follows(text, nxt))
    k = dot
    while k > lo and not text[k - 1].isspace() and text[k - 1] not in '(“"':
        k -= 1
    word = text[k:dot]
    low = word.lower().rstrip(".")
    m = re.match(r"[A-Za-z]+", text[nxt:])
    next_word = m.group(0).lower() if m else ""
    if low in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False
    if "." in word or low in COMPANY_ABBREVIATIONS:
        return next_word in SENTENCE_STARTERS
    return True


def split_sentences(text: str, lo: int, hi: int, quotes: QuoteIndex) -> list[tuple[int, int]]:
    """Return the sentence spans of text[lo:hi], never splitting inside a closed quotation."""
    spans: list[tuple[int, int]] = []
    start = lo
    for m in TERMINAL_RE.finditer(text, lo, hi):
        end = m.end()
        nxt = end
        while nxt < hi and text[nxt].isspace():
            nxt += 1
        if nxt >= hi:
            break
        if _split_point_ok(text, m.start(), end, nxt, quotes, lo):
            spans.append((start, end))
            start = nxt
    tail_end = hi
    while tail_end > start and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > start:
        spans.append((start, tail_end))
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) of each non-blank line, without its line break."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_heading(line: str) -> bool:
    """Tell whether a line is a short title without closing punctuation."""
    if line.lstrip().startswith(("“", '"', "''")):
        return False
    return len(line.split()) <= 16 and not NO_TERMINAL_RE.search(line)


def _is_paragraph(text: str, s: int, e: int) -> bool:
    """Tell whether a first line is running text, not a title: a long or multi-sentence lede."""
    if text[e - 1] not in '.!?"”' or text.count(" ", s, e) < 12:
        return False
    if text.count(" ", s, e) >= 25:
        return True  # a lede: no headline runs this long
    return len(split_sentences(text, s, e, QuoteIndex(pair_quotes(text, s, e)))) > 1


def segment_article(text: str) -> list[Segment]:
    """Return the segments of an article in text order."""
    lines = _lines(text)
    kinds: list[SegmentKind] = []
    sources: list[str | None] = [None] * len(lines)
    footer = False
    for idx, (s, e) in enumerate(lines):
        line = text[s:e]
        kind: SegmentKind
        sig = SIGNATURE_RE.match(line)
        if CORRECTION_RE.match(line):
            kind = "correction"
        elif footer or _is_boilerplate(line):
            kind = "boilerplate"
            footer = footer or line.strip().lower() in {"disclaimer", "related articles"}
        elif sig:
            kind = "signature"
            sources[idx] = sig.group("name").strip()
            if idx and kinds[idx - 1] in {"headline", "heading", "sentence", "bullet"}:
                kinds[idx - 1] = "post"
                sources[idx - 1] = sources[idx]
        elif (not kinds or all(k == "boilerplate" for k in kinds)) and not _is_paragraph(
            text, s, e
        ):
            kind = "headline"
        elif BULLET_RE.match(line):
            kind = "bullet"
        elif BYLINE_RE.match(line) or DATE_LINE_RE.match(line):
            kind = "meta"
        elif _is_heading(line):
            kind = "heading"
        else:
            kind = "sentence"
        kinds.append(kind)
    segments: list[Segment] = []
    for idx, ((s, e), kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind != "sentence":
            segments.append(Segment(s, e, kind, idx, sources[idx]))
            continue
        for dl_re in DATELINE_RES:
            m = dl_re.match(text, s, e)
            if m and m.end() < e:
                src = (m.group("agency") or m.group("src") or "").strip(" ,")
                segments.append(Segment(s, m.end(), "dateline", idx, src or None))
                s = m.end()
                break
        quotes = QuoteIndex(pair_quotes(text, s, e))
        for a, b in split_sentences(text, s, e, quotes):
            sk: SegmentKind = "sentence"
            body = text[a:b].rstrip("\"”’') ")
            if body.endswith("?") and not quotes.inside(a + len(body) - 1):
                sk = "question"
            segments.append(Segment(a, b, sk, idx))
    return segments
