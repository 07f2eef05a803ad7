"""Hold the lexicons of the parser: speech cues, status cues, hedges and speaker nouns."""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in `text`."""
    return frozenset(text.split())


def word_list(text: str) -> list[str]:
    """Return the whitespace-separated words in `text`, in order."""
    return text.split()


# Reporting verbs: base form, or (base, past, third-person, gerund) for irregular ones.
_REGULAR = word_list(
    """
    say tell state note warn add acknowledge argue claim confirm deny decline respond report
    indicate suggest emphasise emphasize reiterate hint characterise characterize label
    condemn praise believe question announce explain insist stress assert allege admit
    concede contend maintain predict remark reply reveal write tweet post testify caution
    urge complain criticise criticize accuse dismiss reject refute dispute describe defend
    recall estimate observe comment counter declare disclose signal vow pledge promise boast
    ask wonder speculate recommend echo agree disagree mention conclude propose blast slam
    attack lament concur quip joke cite repeat inform brief announce assure reassure advise
    retort call continue mock dub brand demand rebut protest contradict clarify
    shout yell exclaim whisper scream
    """
)

_DOUBLING = frozenset({"admit", "quip", "label", "signal"})

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "said", "says", "saying"),
    "tell": ("tell", "told", "tells", "telling"),
    "write": ("write", "wrote", "writes", "writing", "written"),
    "think": ("think", "thought", "thinks", "thinking"),
    "show": ("show", "showed", "shows", "showing", "shown"),
    "find": ("find", "found", "finds", "finding"),
    "speak": ("speak", "spoke", "speaks", "speaking"),
}

# Multi-word cues, matched before single words.
PHRASE_CUES = (
    "according to",
    "pointed out",
    "points out",
    "point out",
    "pointing out",
    "declined to comment further",
    "declined to comment",
    "declines to comment",
    "declined comment",
    "did not respond",
    "did not immediately respond",
    "has not responded",
    "have not responded",
    "had not responded",
    "did not return",
    "did not immediately return",
    "could not be reached",
    "could not immediately be reached",
    "could not be immediately reached",
    "has not commented",
    "have not commented",
    "did not reply",
    "did not immediately reply",
    "was quick to condemn",
    "expressed concern",
    "expressed concerns",
    "raised concerns",
    "raised concern",
    "made clear",
    "went on to say",
    "called for",
    "called on",
    "calls for",
    "calls on",
    "calling for",
    "calling on",
)

# Cues whose bare form is also a noun ("a report", "his claims"); "says" never is.
NOUN_BASES = word_set(
    """
    report claim comment note state label praise call promise pledge vow boast joke quip
    demand protest counter signal echo retort reply attack slam blast remark question brief
    brand post tweet estimate answer comment concern reveal dismiss respond charge
    """
)
# Cues whose subject must be an evidence noun ("polling shows", "a study found").
EVIDENCE_CUES = frozenset({"show", "find"})
# Cues that count only before a that-clause ("maintains that", not "maintains tariffs").
THAT_REQUIRED = frozenset({"maintain", "signal", "estimate", "predict", "recall", "observe"})
# Cues that count only before a quotation ("called it a “disaster”", "continued: “…").
QUOTE_REQUIRED = frozenset({"call", "continue", "mock", "dub", "brand", "speak"})
# Cues that name an action, not speech, before "to"/"on" ("agreed to pay", "agreed on a price").
ACTION_BEFORE_TO = frozenset({"agree"})
# Cues that report beliefs rather than speech (kept, but never without a speaker subject).
BELIEF_CUES = frozenset({"believe", "think"})
# Cues that take an object before their content ("told reporters that").
OBJECT_CUES = frozenset({"tell", "inform", "brief", "assure", "reassure", "advise", "ask", "warn"})


def _inflect(base: str) -> tuple[str, ...]:
    """Return the regular inflections of an English verb."""
    if base.endswith("e"):
        return (base, base + "d", base + "s", base[:-1] + "ing")
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return (base, base[:-1] + "ied", base[:-1] + "ies", base + "ing")
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return (base, base + "ed", base + "es", base + "ing")
    if base in _DOUBLING:
        return (base, base + base[-1] + "ed", base + "s", base + base[-1] + "ing", base + "ed")
    return (base, base + "ed", base + "s", base + "ing")


def _build_forms() -> dict[str, str]:
    """Map each inflected cue form to its base."""
    forms: dict[str, str] = {}
    for base in _REGULAR:
        for form in _IRREGULAR.get(base, _inflect(base)):
            forms[form] = base
    for base, irregular in _IRREGULAR.items():
        for form in irregular:
            forms[form] = base
    forms["labelled"] = "label"
    forms["characterised"] = "characterise"
    return forms


CUE_FORMS: dict[str, str] = _build_forms()
PHRASE_BASE: dict[str, str] = {
    p: ("declined_comment" if "comment" in p and p.startswith("decl") else p) for p in PHRASE_CUES
}


def cue_base(cue: str) -> str:
    """Return the base form of a cue as matched in the text."""
    low = cue.lower()
    if low in CUE_FORMS:
        return CUE_FORMS[low]
    return low


# Words that end a speaker noun phrase when scanning backwards from a cue.
BOUNDARY_WORDS = word_set(
    """
    that which who whom whose while but or although though because as after before when if
    since whereas than so where until unless despite even yet what how why whether then also
    """
)
# Adverbs and auxiliaries allowed between a speaker and its cue.
SKIP_WORDS = word_set(
    """
    has have had also previously publicly later quickly firmly recently repeatedly
    reportedly would will was were is are be been once again further already long then
    subsequently privately openly flatly strongly sharply initially originally earlier just
    still often frequently categorically vehemently swiftly immediately separately directly
    personally formally officially explicitly ultimately finally has had never not always
    did does do may might could should can must neither
    """
)

PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUNS_GROUP = frozenset({"they", "we"})
PRONOUN_THING = frozenset({"it"})
DETERMINERS = word_set(
    """
    a an the those these one two three four five six seven eight nine ten several some many
    most few both other another various multiple numerous his her their its our two-thirds
    all
    """
)

# Head nouns of speakers named by description, by kind.
ANONYMOUS_HEADS = word_set(
    """
    source sources analyst analysts expert experts official officials observer observers
    critic critics insider insiders person people investor investors economist economists
    executive executives lawmaker lawmakers legislator legislators aide aides adviser
    advisers advisor advisors insider employee employees worker workers resident residents
    voter voters supporter supporters opponent opponents member members leader leaders
    strategist strategists scientist scientists researcher researchers staffer staffers
    diplomat diplomats witness witnesses activist activists residents lawyer lawyers
    attorney attorneys banker bankers trader traders partner partners manager managers
    customer customers dealer dealers regulator regulators policymaker policymakers polling
    poll polls survey surveys study studies data research analysis figures estimates statistics
    consultant consultants spokesperson spokesman spokeswoman representative representatives
    official
    """
)
ANONYMOUS_HEADS = ANONYMOUS_HEADS | word_set(
    """
    police authorities prosecutors investigators officers democrats republicans organizers
    protesters demonstrators students teachers parents doctors nurses economists citizens
    residents neighbors neighbours fans viewers readers callers donors delegates senators
    candidates campaign campaigns aides allies advocates groups union unions others some
    many
    """
)

PUBLICATION_HEADS = word_set(
    """
    report reports media newspaper newspapers outlet outlets article story stories reporting
    coverage press publication broadcaster book ruling lawsuit complaint indictment filing
    document documents memo memos letter letters slide clip video ad advertisement website
    filings record records statement statements minutes transcript transcripts
    database databases data dataset datasets figures statistics survey surveys poll polls
    registry register census tally
    """
)
ORG_REFERENCES = word_set(
    """
    company automaker carmaker firm group maker manufacturer business corporation
    conglomerate giant startup brand retailer bank agency department ministry government
    administration campaign committee lender insurer operator developer supplier network
    airline carrier chain provider producer publisher studio platform utility exchange
    """
)
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})
PLURAL_ORG_REFERENCES = word_set(
    """
    companies automakers carmakers firms groups makers manufacturers businesses
    """
)
EVIDENCE_HEADS = word_set(
    """
    polling poll polls survey surveys study studies data research analysis figures statistics
    """
)

# Status lexicons.
DENY_CUES = frozenset({"deny"})
REJECT_CUES = frozenset({"reject", "dismiss", "refute", "dispute", "rebut", "contradict"})
REJECT_OBJECTS = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:report|reports|claim|claims|allegation|allegations|story|stories|"
    r"rumou?rs?|suggestions?|speculation|notion|idea|account|it|them|this|that)\b",
    re.IGNORECASE,
)
CONFIRM_CUES = frozenset({"confirm"})
DECLINED_RE = re.compile(
    r"\b(?:declin\w* (?:to )?comment|refus\w* to comment|(?:would|did) not comment|"
    r"no comment|neither confirm(?:ed)? nor den(?:y|ied)|(?:has|have|had) not commented)\b",
    re.IGNORECASE,
)
NO_RESPONSE_RE = re.compile(
    r"\b(?:did not|didn['’]t|has not|have not|had not|hasn['’]t|haven['’]t)"
    r"(?: immediately)? (?:respond|return|reply)\w*|could not be reached|"
    r"no immediate response|not immediately available for comment|"
    r"could not (?:immediately )?be (?:immediately )?reached\b",
    re.IGNORECASE,
)
DENIAL_CONTENT_RE = re.compile(
    r"\b(?:completely|totally|entirely|categorically|patently)? ?(?:false|untrue|fabricated)\b|"
    r"\bnot true\b|\bno truth\b|\bunfounded\b|\bbaseless\b|\bfake news\b|\bnonsense\b|"
    r"\bwithout (?:any )?(?:basis|merit)\b|\bno basis\b|"
    r"\bno\b[\w\s]{0,40}?\b(?:is|are|was|were|has been|have been)\s+"
    r"(?:underway|under way|planned|happening|ongoing|taking place|in progress)\b|"
    r"\bnot (?:in|holding|engaged in) (?:any )?(?:talks|negotiations|discussions)\b",
    re.IGNORECASE,
)

HEDGE_RE = re.compile(
    r"\b(?:reportedly|allegedly|may|might|could|possibly|perhaps|likely|unlikely|apparently|"
    r"rumou?red|unconfirmed|preliminary|purportedly|supposedly|(?:is|are|was|were) said to|"
    r"sources? (?:said|say|says|familiar)|people familiar|according to (?:\w+ )?sources)\b",
    re.IGNORECASE,
)


_PHRASES_BY_FIRST: dict[str, list[str]] = {}
for _phrase in sorted(PHRASE_CUES, key=len, reverse=True):
    _PHRASES_BY_FIRST.setdefault(_phrase.split()[0], []).append(_phrase)
WORD_RE = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]*(?![\w’'-])")


def find_cues(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return the spans of cue words and phrases in text[lo:hi], longest phrase first."""
    out: list[tuple[int, int]] = []
    skip_to = lo
    for m in WORD_RE.finditer(text, lo, hi):
        start = m.start()
        if start < skip_to:
            continue
        word = m.group(0)
        capital = word[0].isupper()
        for phrase in _PHRASES_BY_FIRST.get(word.lower(), ()) if word != "Said" else ():
            end = start + len(phrase)
            bounded = end >= len(text) or not (text[end].isalnum() or text[end] in "’'-")
            written = text[start:end]
            if end <= hi and bounded and (written == phrase or written == phrase.capitalize()):
                out.append((start, end))
                skip_to = end
                break
        else:
            if not capital and word in CUE_FORMS:
                out.append((start, m.end()))
    return out
