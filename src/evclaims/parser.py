"""Split an article into sourced claims: who said what, when, and with what stance."""

from __future__ import annotations

import re

from .attribution import find_attributions
from .cues import DETERMINERS, PLURAL_ORG_REFERENCES, PUBLICATION_HEADS
from .dates import find_dates, statement_date
from .forms import Attribution
from .ids import claim_id
from .models import ArticleText, Claim, Entity, SpeakerKind
from .names import (
    COMPANY_REFERENCES,
    CORPORATE_SUFFIXES,
    INSTITUTION_HEADS,
    TITLE_WORDS,
)
from .quantities import find_quantities
from .quotes import QuoteIndex, closes_quote, opens_quote, pair_quotes
from .segments import Segment, segment_article
from .speakers import ArticleContext, Speaker, normalise, resolve_mention
from .status import is_hedged

ATTRIBUTABLE = frozenset({"sentence", "question", "headline", "post"})
PROPER_RE = re.compile(r"\b[A-Z][a-z]+|\b[A-Z]{2,6}\b")
EVENT_VERB_RE = re.compile(
    r"\b(?:has|have|had|will|would|may|could|plans? to|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b|"
    r"\b\w{3,}ed\b|\b(?:owns|holds|made|sold|won|lost|took|gave|began|began|bought|opened|held)\b"
)
NUMBER_RE = re.compile(r"\d")
NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "But",
        "And",
        "Still",
        "Today",
        "However",
        "Meanwhile",
        "Notably",
        "Even",
        "Yet",
        "So",
        "Also",
        "Chinese",
        "American",
        "US",
        "EV",
        "EVs",
    ]
)


def _checkable(text: str, lo: int, hi: int) -> bool:
    """Tell whether an unattributed sentence carries a checkable fact."""
    sentence = text[lo:hi]
    if NUMBER_RE.search(sentence):
        return True
    names = [m.group(0) for m in PROPER_RE.finditer(sentence) if m.group(0) not in NOT_NAMES]
    return bool(names) and bool(EVENT_VERB_RE.search(sentence))


def _quote_in(text: str, quotes: QuoteIndex, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the inner span of the longest quotation inside [lo, hi)."""
    pairs = quotes.within(lo, hi)
    if not pairs:
        return None
    best = max(pairs, key=lambda p: p.end - p.start)
    inner = best.inner
    return inner if inner[1] > inner[0] else None


class _ClaimBuilder:
    """Turn attributions into claims with unique, deterministic ids."""

    def __init__(self, doc: ArticleText) -> None:
        self.doc = doc
        self.claims: list[Claim] = []
        self.seen: set[str] = set()

    def _unique_id(self, span: tuple[int, int], name: str | None, *extra: object) -> str:
        """Return a claim id for `span` and `name` not yet used in this article."""
        cid = claim_id(self.doc.article.id, span, name)
        n = 2
        while cid in self.seen:
            cid = claim_id(self.doc.article.id, span, name, *extra, n)
            n += 1
        self.seen.add(cid)
        return cid

    def fold(self, indices: list[int], seg: Segment, quotes: QuoteIndex) -> None:
        """Extend claims over a sentence that continues their quotation in the same paragraph."""
        text = self.doc.text
        for i in indices:
            old = self.claims[i]
            self.seen.discard(old.id)
            span = (old.span[0], seg.end)
            content = (old.content_span[0], seg.end)
            quote_span = _quote_in(text, quotes, *content)
            self.claims[i] = old.model_copy(
                update={
                    "id": self._unique_id(span, old.speaker, old.status, old.rule),
                    "span": span,
                    "text": text[span[0] : span[1]],
                    "content_span": content,
                    "quote_span": quote_span,
                    "quote": text[quote_span[0] : quote_span[1]] if quote_span else None,
                    "quantities": find_quantities(text, content[0], content[1]),
                    "hedged": old.hedged or is_hedged(text[seg.start : seg.end], False),
                }
            )

    def add(
        self,
        seg: Segment,
        quotes: QuoteIndex,
        att: Attribution | None,
        speaker: Speaker | None,
    ) -> None:
        """Append one claim for one speaker (or the outlet when `speaker` is None)."""
        text = self.doc.text
        span = (seg.start, seg.end)
        content = att.content if att else span
        quote_span = _quote_in(text, quotes, *content) or _quote_in(text, quotes, *span)
        date = None
        if att is not None and att.cue_span is not None:
            lo, hi = seg.start, seg.end
            if not lo <= att.cue_span[0] < hi:  # a post's signature line carries its date
                lo, hi = att.cue_span[0], text.find("\n", att.cue_span[0]) % (len(text) + 1)
            dates = find_dates(text, lo, hi, self.doc.article.published)
            spans = [s.span for s in att.speakers]
            date = statement_date(text, dates, att.cue_span, content, spans, lo)
        kind: SpeakerKind = speaker.kind if speaker else "unattributed"
        name = speaker.name if speaker else None
        anonymous = kind == "anonymous" and "source" in (name or "")
        status = att.status if att else "asserted"
        cid = claim_id(self.doc.article.id, span, name)
        if cid in self.seen:
            cid = claim_id(
                self.doc.article.id, span, name, status, att.rule if att else "", *content
            )
        n = 2
        while cid in self.seen:
            cid = claim_id(self.doc.article.id, span, name, status, n)
            n += 1
        self.seen.add(cid)
        in_sentence = speaker is not None and seg.start <= speaker.span[0] < seg.end
        self.claims.append(
            Claim(
                id=cid,
                article=self.doc.article.id,
                speaker=name,
                speaker_kind=kind,
                role=speaker.role if speaker else None,
                cue=att.cue if att else None,
                status=status,
                text=text[seg.start : seg.end],
                quote=text[quote_span[0] : quote_span[1]] if quote_span else None,
                span=span,
                content_span=content,
                speaker_span=speaker.span if speaker and (in_sentence or att) else None,
                date=date,
                hedged=is_hedged(text[seg.start : seg.end], anonymous),
                mention=speaker.mention if speaker else None,
                rule=att.rule if att else "unattributed-fact",
                quote_span=quote_span,
                quantities=find_quantities(text, content[0], content[1]),
            )
        )


def parse_article(doc: ArticleText, entities: list[Entity]) -> list[Claim]:
    """Return the sourced claims of one article, in text order.

    Known `entities` resolve their aliases to their names. A quotation continued by the
    next sentences of its paragraph (`"A," X said. "B."`) is one claim spanning them all;
    one continued in the next paragraph is a claim of its own (`quote-continuation`). Boilerplate, headings and
    bullets yield no claims; embedded posts, and headlines written as full sentences,
    yield only attributed ones.
    """
    text = doc.text
    segments = segment_article(text)
    publications = {s.source for s in segments if s.source}
    if doc.article.outlet:
        publications.add(doc.article.outlet.removeprefix("The "))
    ctx = ArticleContext(text, entities, publications)
    builder = _ClaimBuilder(doc)
    para_quotes: dict[int, QuoteIndex] = {}
    last_quote: tuple[int, list[Speaker]] | None = None
    # The claims whose quotation (or colon lead-in) the next sentence may continue.
    open_quote: tuple[int, list[int], bool] | None = None
    lead_in: tuple[int, list[Speaker], str | None, tuple[int, int] | None] | None = None
    signatures = {s.para: s for s in segments if s.kind == "signature"}
    for n_seg, seg in enumerate(segments):
        if seg.kind not in ATTRIBUTABLE:
            continue
        if seg.kind == "headline" and text[seg.end - 1] not in '.!?”"':
            continue  # a title restates the lede; only a headline written as a sentence counts
        quotes = para_quotes.get(seg.para)
        if quotes is None:
            line_end = text.find("\n", seg.start)
            line_start = text.rfind("\n", 0, seg.start) + 1
            quotes = QuoteIndex(
                pair_quotes(text, line_start, line_end if line_end >= 0 else len(text))
            )
            para_quotes[seg.para] = quotes
        atts = find_attributions(text, seg.start, seg.end, quotes, ctx)
        if not atts and seg.kind == "post" and seg.para + 1 in signatures:
            sig = signatures[seg.para + 1]
            name = sig.source or ""
            at = text.find(name, sig.start, sig.end)
            speakers = resolve_mention(ctx, name, at)
            if speakers:
                content = (seg.start, seg.end)
                url = re.search(r"\s+(?:https?://|pic\.twitter)", text[seg.start : seg.end])
                if url:
                    content = (seg.start, seg.start + url.start())
                atts = [
                    Attribution("embedded-post", "—", (sig.start, sig.start + 1), content, speakers)
                ]
                ctx.history.extend(speakers)
        if (
            not atts
            and open_quote
            and open_quote[0] == n_seg - 1
            and segments[n_seg - 1].para == seg.para
            and (opens_quote(text, seg.start) or open_quote[2])
        ):
            builder.fold(open_quote[1], seg, quotes)
            open_quote = (n_seg, open_quote[1], open_quote[2])
            continue
        if not atts and lead_in and seg.para == lead_in[0] + 1:
            content = (seg.start, seg.end)
            atts = [Attribution("colon-lead-in", lead_in[2], lead_in[3], content, lead_in[1])]
        elif (
            not atts
            and opens_quote(text, seg.start)
            and last_quote
            and seg.para - last_quote[0] <= 1
        ):
            atts = [
                Attribution("quote-continuation", None, None, (seg.start, seg.end), last_quote[1])
            ]
        if lead_in and seg.para > lead_in[0] + 1:
            lead_in = None
        for att in atts:
            if att.rule == "cue-colon" and att.cue_span and att.content == att.cue_span:
                lead_in = (seg.para, att.speakers, att.cue, att.cue_span)
                continue
            added = len(builder.claims)
            for speaker in att.speakers:
                builder.add(seg, quotes, att, speaker)
            lead = att.rule == "colon-lead-in"
            if lead or (opens_quote(text, att.content[0]) and closes_quote(text, att.content[1])):
                open_quote = (n_seg, list(range(added, len(builder.claims))), lead)
            if quotes.within(*att.content) or att.rule == "quote-continuation":
                last_quote = (seg.para, att.speakers)
        if not atts and seg.kind == "sentence" and _checkable(text, seg.start, seg.end):
            builder.add(seg, quotes, None, None)
    return builder.claims


def collect_entities(claims: list[Claim], known: list[Entity]) -> list[Entity]:
    """Return the entity table: the known entries first (they win), then new speakers.

    New entities come in order of first appearance; their aliases are the other
    names the texts use for them (a surname, a longer corporate name), never pronouns
    or descriptions such as "the company".
    """
    table: list[Entity] = [e.model_copy(deep=True) for e in known]
    index: dict[str, Entity] = {}
    for entity in table:
        for key in [entity.name, *entity.aliases]:
            index.setdefault(normalise(key), entity)
    for claim in claims:
        if claim.speaker is None or claim.speaker_kind in {"anonymous", "unattributed"}:
            continue
        described = claim.speaker == claim.speaker.lower() or (
            claim.speaker_kind == "person" and claim.speaker.split()[-1].islower()
        )
        if described or all(w.lower() in GENERIC_NAME_WORDS for w in claim.speaker.split()):
            continue  # a description ("city", "the Company") is no canonical name
        found = index.get(normalise(claim.speaker))
        if found is None:
            found = Entity(name=claim.speaker, kind=claim.speaker_kind, aliases=[])
            table.append(found)
            index[normalise(claim.speaker)] = found
        alias = _alias_of(claim)
        if (
            alias
            and normalise(alias) != normalise(found.name)
            and alias not in found.aliases
            and index.get(normalise(alias), found) is found
        ):
            found.aliases.append(alias)
            index[normalise(alias)] = found
    return table


GENERIC_NAME_WORDS = (
    TITLE_WORDS
    | INSTITUTION_HEADS
    | COMPANY_REFERENCES
    | CORPORATE_SUFFIXES
    | PUBLICATION_HEADS
    | PLURAL_ORG_REFERENCES
    | DETERMINERS
    | frozenset({"both", "all", "each", "report", "reports"})
)


def _alias_of(claim: Claim) -> str | None:
    """Return the name part of a claim's mention when it is a variant of the speaker's name.

    Only proper-name shortenings and longer forms qualify ("Farley" for "Jim Farley",
    "Ford Motor Co." for "Ford"): never pronouns, titles or descriptions that depend on
    context ("the company", "Both companies", "CEO", "the report").
    """
    mention = claim.mention or ""
    speaker = claim.speaker or ""
    words = [w.strip(".,;:") for w in mention.replace("’s", "").replace("'s", "").split()]
    words = [w for w in words if w]
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    if claim.role and claim.speaker_kind == "person" and words and words[-1] in speaker.split():
        words = [w for w in words if w in speaker.split()]
    if not words or len(words) > 6 or "(" in mention or not all(w[:1].isupper() for w in words):
        return None
    distinctive = {normalise(w) for w in words if w.lower() not in GENERIC_NAME_WORDS}
    own = {normalise(w) for w in speaker.split() if w.lower() not in GENERIC_NAME_WORDS}
    if not distinctive or not own or not (distinctive <= own or own <= distinctive):
        return None
    return " ".join(words)
