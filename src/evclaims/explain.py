"""Show an article with each claim highlighted and labelled by speaker, status and rule."""

from __future__ import annotations

from rich.text import Text

from .models import ArticleText, Claim

STATUS_STYLES = {
    "asserted": "bold cyan",
    "denied": "bold red",
    "declined_comment": "bold yellow",
    "no_response": "bold magenta",
    "confirmed": "bold green",
}


def claim_label(claim: Claim) -> str:
    """Return the plain label of a claim: id, speaker, status and rule."""
    speaker = claim.speaker or "(outlet)"
    if claim.mention and claim.mention != claim.speaker:
        speaker = f"{speaker} ← {claim.mention}"
    return f"[[{claim.id}| {speaker} · {claim.status} · {claim.rule}]]"


def explain_article(doc: ArticleText, claims: list[Claim]) -> Text:
    """Return the article text with each claim's sentence highlighted and labelled.

    Labels are plain text (`[[c-…| Speaker ← mention · status · rule]]`) placed just
    after the sentence, so the output stays readable when piped; on a terminal the
    sentence is styled by status, the content underlined and the speaker mention bold.
    """
    text = doc.text
    mine = sorted((c for c in claims if c.article == doc.article.id), key=lambda c: (c.span, c.id))
    labels: dict[int, list[Claim]] = {}
    for claim in mine:
        labels.setdefault(claim.span[1], []).append(claim)
    out = Text()
    cuts = sorted({0, len(text), *(p for c in mine for p in c.span)})
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [c for c in mine if c.span[0] <= a and b <= c.span[1]]
        piece = Text(text[a:b])
        if covering:
            first = covering[0]
            piece.stylize(STATUS_STYLES.get(first.status, "bold"))
            for c in covering:
                lo, hi = max(c.content_span[0], a), min(c.content_span[1], b)
                if lo < hi:
                    piece.stylize("underline", lo - a, hi - a)
                if c.speaker_span:
                    lo, hi = max(c.speaker_span[0], a), min(c.speaker_span[1], b)
                    if lo < hi:
                        piece.stylize("reverse", lo - a, hi - a)
        out.append_text(piece)
        for claim in labels.get(b, []):
            out.append(" ")
            out.append(claim_label(claim), style=STATUS_STYLES.get(claim.status, "bold"))
    return out
