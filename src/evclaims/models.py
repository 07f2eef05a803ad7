"""Define the typed models of the claims ledger and its JSON contract."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LEDGER_VERSION = 1

SpeakerKind = Literal["person", "organization", "publication", "anonymous", "unattributed"]
Status = Literal["asserted", "denied", "declined_comment", "no_response", "confirmed"]
ReviewStatus = Literal["open", "confirmed", "explained", "dismissed"]
ConflictKind = Literal[
    "report_vs_denial",
    "response_mismatch",
    "quote_variant",
    "role_mismatch",
    "numeric_mismatch",
    "date_mismatch",
]
DuplicateKind = Literal["self_repeat", "copy", "partial_copy"]
Severity = Literal["high", "medium", "low"]
QuantityKind = Literal["percent", "money", "count", "year"]

Span = tuple[int, int]


class Strict(BaseModel):
    """Base model that forbids unknown keys."""

    model_config = ConfigDict(extra="forbid")


class Article(Strict):
    """One article file and its metadata."""

    id: str
    path: str = Field(description="Path of the article, relative to the ledger's folder.")
    sha256: str = Field(description="sha256 of the raw bytes of the file.")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="ISO date, YYYY-MM-DD.")
    url: str | None = None
    duplicate_of: str | None = Field(
        default=None, description="Article id this article copies as a whole."
    )


class Entity(Strict):
    """A canonical speaker with the aliases that resolve to it."""

    name: str
    kind: SpeakerKind
    aliases: list[str] = Field(default_factory=list)


class Quantity(Strict):
    """A normalised number found in a claim."""

    kind: QuantityKind
    value: float
    unit: str | None = None
    text: str
    span: Span


class Claim(Strict):
    """A sourced claim: who said what, when, and with what stance."""

    id: str
    article: str
    speaker: str | None
    speaker_kind: SpeakerKind
    role: str | None = None
    cue: str | None = None
    status: Status = "asserted"
    text: str = Field(description="The claim sentence: the article text at `span`.")
    quote: str | None = Field(default=None, description="The direct-quote text, if any.")
    span: Span
    content_span: Span
    speaker_span: Span | None = None
    date: str | None = None
    hedged: bool = False
    cluster: str | None = None
    duplicate_of: str | None = None
    mention: str | None = Field(default=None, description="The speaker as the text names it.")
    rule: str = Field(description="Id of the rule that produced this claim.")
    quote_span: Span | None = None
    origin: str | None = Field(
        default=None, description="The original report this claim relays (lineage)."
    )
    quantities: list[Quantity] = Field(default_factory=list)


class Review(Strict):
    """A human decision recorded on a conflict or cluster."""

    status: ReviewStatus = "open"
    note: str | None = None


class Cluster(Strict):
    """Claims across articles that assert the same proposition."""

    id: str
    label: str
    claims: list[str]
    articles: list[str]
    independent_sources: int
    origins: list[str] = Field(default_factory=list)
    review: Review = Field(default_factory=Review)


class Conflict(Strict):
    """A disagreement in the coverage, found by an explicit check."""

    id: str
    kind: ConflictKind
    claims: list[str]
    sides: list[list[str]] = Field(default_factory=list)
    summary: str
    severity: Severity = "medium"
    update: bool = Field(
        default=False, description="True when the later side supersedes the earlier one."
    )
    review: Review = Field(default_factory=Review)


class Duplicate(Strict):
    """A passage that appears twice: within one article or across two."""

    kind: DuplicateKind
    article: str
    span: Span
    other_article: str
    other_span: Span
    similarity: float


class ClusterOverride(Strict):
    """A user's instruction to the matcher: rename, merge or split clusters."""

    cluster: str | None = Field(default=None, description="Cluster id to rename.")
    label: str | None = None
    merge: list[str] = Field(default_factory=list, description="Claim ids to keep together.")
    split: list[str] = Field(default_factory=list, description="Claim ids to keep apart.")


class Ledger(Strict):
    """The whole claims ledger, in the order it is written."""

    version: int = LEDGER_VERSION
    articles: list[Article] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    synonyms: dict[str, list[str]] = Field(default_factory=dict)
    overrides: list[ClusterOverride] = Field(default_factory=list)
    duplicates: list[Duplicate] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    clusters: list[Cluster] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


class ArticleText(Strict):
    """An article's metadata with its decoded text: the input to every stage."""

    article: Article
    text: str
