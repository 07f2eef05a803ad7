"""Build a small hand-written story ledger for the view, dossier and export tests.

The story is invented: Acme Motors is reported to be in talks with Borealis
Energy about a battery plant. Four articles: a first report, a follow-up, a
wire copy of the follow-up and an undated blog post with CRLF line endings.
"""

from __future__ import annotations

from evclaims.ids import claim_id, cluster_id, conflict_id
from evclaims.models import (
    Article,
    Claim,
    Cluster,
    Conflict,
    Duplicate,
    Entity,
    Ledger,
    Review,
    SpeakerKind,
    Status,
)

LEDGER_TEXT = (
    "Acme Motors in talks with Borealis over battery venture\n"
    "\n"
    "By Jane Roe\n"
    "\n"
    "March 2, 2026\n"
    "\n"
    "Acme Motors has held talks with Borealis Energy about a joint battery plant in Ohio, "
    "according to three people familiar with the matter.\n"
    'Acme said the report was "entirely false" and that no talks had taken place.\n'
    "Borealis did not respond to requests for comment.\n"
    "The plant would cost $2 billion, the people said.\n"
)

HARBOR_BODY = (
    "Acme Motors has discussed a battery plant in Ohio with Borealis Energy, "
    "according to two sources briefed on the talks.\n"
    'On March 1, Acme chief executive Dana Whitfield said "we never comment on '
    '<rumours> | speculation".\n'
    "Borealis denied the report in a statement.\n"
    "The plant would cost $3 billion, according to the Daily Ledger.\n"
)

HARBOR_TEXT = "Acme, Borealis said to weigh Ohio battery plant\n\n" + HARBOR_BODY

WIRE_TEXT = "Wire Copy\n\nBattery talks\n\n" + HARBOR_BODY

BLOG_TEXT = (
    "Notes on the battery rumour\r\n"
    "\r\n"
    "Analysts say a joint battery plant would help Acme meet its targets.\r\n"
    'Whitfield said she was "not worried" about the reports.\r\n'
)

TEXTS: dict[str, str] = {
    "daily-ledger": LEDGER_TEXT,
    "harbor-post": HARBOR_TEXT,
    "wire-copy": WIRE_TEXT,
    "blog": BLOG_TEXT,
}

ARTICLES = [
    Article(
        id="blog",
        path="articles/blog.txt",
        sha256="0" * 64,
        title="Notes on the battery rumour",
    ),
    Article(
        id="daily-ledger",
        path="articles/2026-03-02-daily-ledger.txt",
        sha256="1" * 64,
        title="Acme Motors in talks with Borealis over battery venture",
        outlet="Daily Ledger",
        author="Jane Roe",
        published="2026-03-02",
        url="https://daily-ledger.example/acme-borealis",
    ),
    Article(
        id="harbor-post",
        path="articles/2026-03-03-harbor-post.txt",
        sha256="2" * 64,
        title="Acme, Borealis said to weigh Ohio battery plant",
        outlet="Harbor & Bay Post",
        published="2026-03-03",
    ),
    Article(
        id="wire-copy",
        path="articles/2026-03-04-wire-copy.txt",
        sha256="3" * 64,
        title="Battery talks",
        outlet="Wire Copy",
        published="2026-03-04",
        duplicate_of="harbor-post",
    ),
]


def find_span(article_id: str, sentence: str) -> tuple[int, int]:
    """Return the span of `sentence` in the article text; fail if absent."""
    start = TEXTS[article_id].index(sentence)
    return (start, start + len(sentence))


def make_claim(
    article_id: str,
    sentence: str,
    speaker: str | None,
    kind: SpeakerKind,
    status: Status = "asserted",
    **extra: object,
) -> Claim:
    """Build a claim whose span and text agree with the article text."""
    span = find_span(article_id, sentence)
    fields: dict[str, object] = {
        "id": claim_id(article_id, span, speaker),
        "article": article_id,
        "speaker": speaker,
        "speaker_kind": kind,
        "status": status,
        "text": sentence,
        "span": span,
        "content_span": span,
        "rule": "fixture",
    }
    quote = extra.get("quote")
    if isinstance(quote, str):
        start = TEXTS[article_id].index(quote, span[0])
        fields["quote_span"] = (start, start + len(quote))
    fields.update(extra)
    return Claim.model_validate(fields)


PEOPLE = "people familiar with the matter"
TALKS_LEDGER = make_claim(
    "daily-ledger",
    "Acme Motors has held talks with Borealis Energy about a joint battery plant in Ohio, "
    "according to three people familiar with the matter.",
    PEOPLE,
    "anonymous",
    cue="according to",
)
ACME_DENIAL = make_claim(
    "daily-ledger",
    'Acme said the report was "entirely false" and that no talks had taken place.',
    "Acme Motors",
    "organization",
    "denied",
    cue="said",
    quote="entirely false",
    mention="Acme",
)
BOREALIS_SILENT = make_claim(
    "daily-ledger",
    "Borealis did not respond to requests for comment.",
    "Borealis Energy",
    "organization",
    "no_response",
    cue="did not respond",
    mention="Borealis",
)
COST_LEDGER = make_claim(
    "daily-ledger",
    "The plant would cost $2 billion, the people said.",
    PEOPLE,
    "anonymous",
    cue="said",
)
TALKS_HARBOR = make_claim(
    "harbor-post",
    "Acme Motors has discussed a battery plant in Ohio with Borealis Energy, "
    "according to two sources briefed on the talks.",
    "sources briefed on the talks",
    "anonymous",
    cue="according to",
)
WHITFIELD_DECLINES = make_claim(
    "harbor-post",
    'On March 1, Acme chief executive Dana Whitfield said "we never comment on '
    '<rumours> | speculation".',
    "Dana Whitfield",
    "person",
    "declined_comment",
    cue="said",
    role="Acme chief executive",
    quote="we never comment on <rumours> | speculation",
    date="2026-03-01",
    mention="Dana Whitfield",
)
BOREALIS_DENIAL = make_claim(
    "harbor-post",
    "Borealis denied the report in a statement.",
    "Borealis Energy",
    "organization",
    "denied",
    cue="denied",
    mention="Borealis",
)
COST_HARBOR = make_claim(
    "harbor-post",
    "The plant would cost $3 billion, according to the Daily Ledger.",
    "Daily Ledger",
    "publication",
    cue="according to",
    origin="daily-ledger",
)


def copy_of(original: Claim) -> Claim:
    """Return the wire copy's claim that duplicates `original` from the Harbor Post."""
    return make_claim(
        "wire-copy",
        original.text,
        original.speaker,
        original.speaker_kind,
        original.status,
        cue=original.cue,
        role=original.role,
        quote=original.quote,
        date=original.date,
        duplicate_of=original.id,
    )


WIRE_TALKS = copy_of(TALKS_HARBOR)
WIRE_WHITFIELD = copy_of(WHITFIELD_DECLINES)
WIRE_BOREALIS = copy_of(BOREALIS_DENIAL)
WIRE_COST = copy_of(COST_HARBOR)
ANALYSTS = make_claim(
    "blog",
    "Analysts say a joint battery plant would help Acme meet its targets.",
    "analysts",
    "anonymous",
    cue="say",
)
WHITFIELD_BLOG = make_claim(
    "blog",
    'Whitfield said she was "not worried" about the reports.',
    "Dana Whitfield",
    "person",
    cue="said",
    quote="not worried",
    role="the company's boss",
    mention="Whitfield",
)

TALKS_IDS = [TALKS_LEDGER.id, TALKS_HARBOR.id, WIRE_TALKS.id]
COST_IDS = [COST_LEDGER.id, COST_HARBOR.id, WIRE_COST.id]
TALKS_CLUSTER = Cluster(
    id=cluster_id(TALKS_IDS),
    label="Acme Motors held talks with Borealis about an Ohio battery plant",
    claims=TALKS_IDS,
    articles=["daily-ledger", "harbor-post", "wire-copy"],
    independent_sources=2,
)
COST_CLUSTER = Cluster(
    id=cluster_id(COST_IDS),
    label="The Ohio plant would cost billions",
    claims=COST_IDS,
    articles=["daily-ledger", "harbor-post", "wire-copy"],
    independent_sources=1,
    origins=["daily-ledger"],
)
ANALYSTS_CLUSTER = Cluster(
    id=cluster_id([ANALYSTS.id]),
    label="A joint plant would help Acme meet its targets",
    claims=[ANALYSTS.id],
    articles=["blog"],
    independent_sources=1,
)

REPORT_VS_DENIAL = Conflict(
    id=conflict_id("report_vs_denial", [TALKS_LEDGER.id, ACME_DENIAL.id]),
    kind="report_vs_denial",
    claims=[TALKS_LEDGER.id, ACME_DENIAL.id],
    sides=[[TALKS_LEDGER.id], [ACME_DENIAL.id]],
    summary="Sources report talks between Acme and Borealis; Acme Motors denies them.",
    severity="high",
)
RESPONSE_MISMATCH = Conflict(
    id=conflict_id("response_mismatch", [BOREALIS_SILENT.id, BOREALIS_DENIAL.id]),
    kind="response_mismatch",
    claims=[BOREALIS_SILENT.id, BOREALIS_DENIAL.id],
    sides=[[BOREALIS_SILENT.id], [BOREALIS_DENIAL.id]],
    summary="Daily Ledger says Borealis did not respond; Harbor & Bay Post says it denied.",
    review=Review(status="explained", note="Borealis replied after the first story ran."),
)
NUMERIC_MISMATCH = Conflict(
    id=conflict_id("numeric_mismatch", [COST_LEDGER.id, COST_HARBOR.id]),
    kind="numeric_mismatch",
    claims=[COST_LEDGER.id, COST_HARBOR.id],
    sides=[[COST_LEDGER.id], [COST_HARBOR.id]],
    summary="The plant's cost is given as $2 billion and as $3 billion.",
)

WIRE_BODY_START = WIRE_TEXT.index(HARBOR_BODY)
HARBOR_BODY_START = HARBOR_TEXT.index(HARBOR_BODY)
# The duplicates stage lists the earlier article first; `duplicate_of` says which is the copy.
WIRE_DUPLICATE = Duplicate(
    kind="copy",
    article="harbor-post",
    span=(HARBOR_BODY_START, HARBOR_BODY_START + len(HARBOR_BODY)),
    other_article="wire-copy",
    other_span=(WIRE_BODY_START, WIRE_BODY_START + len(HARBOR_BODY)),
    similarity=1.0,
)

ENTITIES = [
    Entity(name="Acme Motors", kind="organization", aliases=["Acme"]),
    Entity(name="Borealis Energy", kind="organization", aliases=["Borealis"]),
    Entity(name="Daily Ledger", kind="publication", aliases=["The Daily Ledger"]),
    Entity(name="Dana Whitfield", kind="person", aliases=["Whitfield"]),
]


def clustered(claim: Claim) -> Claim:
    """Return `claim` with its cluster id filled in from the fixture clusters."""
    for cluster in (TALKS_CLUSTER, COST_CLUSTER, ANALYSTS_CLUSTER):
        if claim.id in cluster.claims:
            return claim.model_copy(update={"cluster": cluster.id})
    return claim


ALL_CLAIMS = [
    ANALYSTS,
    WHITFIELD_BLOG,
    TALKS_LEDGER,
    ACME_DENIAL,
    BOREALIS_SILENT,
    COST_LEDGER,
    TALKS_HARBOR,
    WHITFIELD_DECLINES,
    BOREALIS_DENIAL,
    COST_HARBOR,
    WIRE_TALKS,
    WIRE_WHITFIELD,
    WIRE_BOREALIS,
    WIRE_COST,
]


def story_ledger() -> Ledger:
    """Return a fresh fixture ledger: 4 articles, 14 claims, 3 clusters, 3 conflicts, 1 copy.

    The copy is deep, so a test may mutate it without touching the module's models.
    """
    ledger = Ledger(
        articles=list(ARTICLES),
        entities=list(ENTITIES),
        duplicates=[WIRE_DUPLICATE],
        claims=[clustered(c) for c in ALL_CLAIMS],
        clusters=[TALKS_CLUSTER, COST_CLUSTER, ANALYSTS_CLUSTER],
        conflicts=[REPORT_VS_DENIAL, RESPONSE_MISMATCH, NUMERIC_MISMATCH],
    )
    return ledger.model_copy(deep=True)
