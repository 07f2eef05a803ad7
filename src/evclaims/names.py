"""Hold the name lexicons and normalise names: titles, roles, organisations, places."""

from __future__ import annotations

import re

from .cues import word_set

TITLE_WORDS = word_set(
    """
    ceo cfo coo cto chief executive president vice chairman chairwoman chair chairperson
    representative rep rep. sen sen. senator gov gov. governor secretary minister prime dr
    dr. mr mr. mrs mrs. ms ms. prof prof. professor former director general judge justice
    mayor spokesperson spokesman spokeswoman founder co-founder leader speaker attorney
    commissioner ambassador deputy sheriff chancellor lt. gen. col. adm. sgt. officer
    analyst economist managing partner senior fellow candidate nominee democratic republican
    presidential head global communications manager strategist adviser advisor counsel
    lawmaker congressman congresswoman pope king queen prince premier retired union shop
    steward associate assistant editor reporter columnist host anchor treasurer auditor
    principal owner investor trader
    """
)
HONORIFICS = frozenset(["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."])
ROLE_NOUNS = word_set(
    """
    ceo chief president chairman chairwoman chair director spokesperson spokesman
    spokeswoman analyst fellow partner professor secretary minister senator representative
    governor founder head officer manager executive economist strategist adviser advisor
    member leader official lawyer attorney aide ambassador reporter editor author researcher
    scientist consultant steward chairperson commissioner mayor candidate nominee owner
    investor expert surrogate critic correspondent columnist deputy lawmaker congressman
    congresswoman provost dean chancellor rector principal superintendent treasurer registrar
    curator administrator coordinator organiser organizer negotiator inspector commander
    biologist physicist chemist historian engineer physician surgeon nurse teacher
    """
)
PUBLICATION_WORDS = word_set(
    """
    times post journal news reuters bloomberg press cnn bbc cnbc axios politico herald
    tribune gazette guardian telegraph economist daily magazine wire insider breitbart
    huffpost huffington fox nbc abc cbs npr msnbc observer chronicle independent globe
    bulletin dispatch review radio television tv mail express today verge techcrunch
    electrek nikkei xinhua caixin ledger courier sentinel examiner inquirer monitor
    enquirer wire newswire
    """
)
ORG_WORDS = word_set(
    """
    inc inc. corp corp. co co. company corporation motor motors group holdings auto
    committee department ministry agency administration council commission bank university
    institute center centre association foundation party senate house congress court office
    bureau research capital partners technologies technology labs airlines energy electric
    service services police campaign fund federation union board authority network studios
    industries systems ventures media securities government parliament army navy fbi cia
    pentagon club league alliance coalition organization organisation nations federal ltd
    limited llc plc ag sa hospital hospitals clinic clinics system trust
    school schools college academy museum library airport railway railways utility
    utilities pharmaceuticals insurance air airways aviation airline shipping logistics
    telecom telecoms communications pharma biotech therapeutics petroleum oil mining
    chemicals foods brewing bancorp financial investments solutions software semiconductor
    semiconductors electronics robotics automotive mobility entertainment broadcasting
    publishing resources realty properties hotels resorts retail stores brands airlines fed
    guild guilds terminal terminals consortium cooperative society syndicate laboratories
    """
)
CORPORATE_SUFFIXES = word_set(
    """
    inc inc. corp corp. corporation co co. company ltd ltd. limited llc plc motor motors
    group holdings auto ag sa
    """
)
NON_NAMES = word_set(
    """
    ev evs us u.s u.s. usa uk eu ceo cfo ai gdp ipo suv nyse gop the a an this that these
    those it its he she they we i china chinese american americans america canada canadian
    mexico mexican europe european japan japanese korea korean germany german france french
    britain british india indian russia russian asian asia western eastern southeast
    washington beijing detroit michigan monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december north south east west northern southern eastern central but and or so still
    meanwhile however notably today yesterday also while when if as after before despite
    even yet though although because model
    """
)
PERSON_PREFIX_RE = re.compile(
    r"(?P<title>(?:(?:[A-Z][\w.’'-]*|former|presidential|chief|executive|senior|deputy) ){0,4})"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z]\.)?(?: (?:van |de |von |al-)?[A-Z][a-z'’-]+[a-z]){1,2})"
    r"(?P<after>,\s+(?:a |an |the )?[^,.;]{2,80}?,|,\s+(?:a|an) [a-z][^,.;]{1,80}?\.|\s+(?:\w+ly\s+)?(?:said|says|told|stated|added))?"
)
CAP_SEQ_RE = re.compile(
    r"\b[A-Z][A-Za-z0-9&’'.-]*[A-Za-z0-9](?:(?<=s)['’](?= [A-Z]))?"
    r"(?: [A-Z][A-Za-z0-9&’'.-]*[A-Za-z0-9](?:(?<=s)['’](?= [A-Z]))?)*"
)
CAP_TOKEN_RE = re.compile(r"\b[A-Z][A-Za-z0-9&’'.-]*[A-Za-z0-9]|\b[A-Z]\b")


NOT_SPEAKERS = word_set(
    """
    time year day week month way thing things fact case idea issue problem plan move deal
    talks quality rest market reaction episode development news question
    """
)
PLACES = word_set(
    """
    china us u.s usa uk america canada mexico europe japan korea germany france britain
    india russia washington beijing detroit michigan asia africa israel iran ukraine taiwan
    south north
    """
)
POSSESSIVE_RE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})$")
AGENT_RE = re.compile(
    r"(?:er|or|ist|ian|ant|ent|man|woman|men|women|ee|ive|ary|ess|ger|ic)s?$|"
    r"^(?:police|staff|team|panel|court|board|jury|family|public|crowd|government|agency|"
    r"administration|campaign|committee|group|party|office|white house|ministry)$"
)
# Singular heads of public bodies that speak as one ("the city said", "the court ruled").
INSTITUTION_HEADS = word_set(
    """
    city town village county state municipality province prefecture region ministry
    department agency council court commission committee board government administration
    authority regulator watchdog office bureau parliament senate legislature assembly
    congress cabinet embassy consulate army military navy police tribunal panel inspectorate
    treasury presidency secretariat union federation association league party campaign
    university school district hospital utility prosecutor's prosecution coalition
    guild society cooperative consortium syndicate
    """
)
COMPANY_REFERENCES = word_set(
    """
    company automaker carmaker firm group maker manufacturer business corporation
    conglomerate giant startup brand retailer lender insurer operator developer supplier
    bank network airline carrier chain provider producer publisher studio platform
    """
)


def normalise(name: str) -> str:
    """Return a comparison key: lower case, no punctuation, no article, no possessive."""
    low = name.lower().replace("’", "'")
    low = re.sub(r"'s\b", "", low)
    low = re.sub(r"[^\w\s]", " ", low)
    words = [w for w in low.split() if w not in {"the", "a", "an"}]
    return " ".join(words)


GENERIC_FIRST_WORDS = word_set(
    """
    general american national united first new global international standard royal
    british china japan korea canadian european universal continental pacific atlantic
    """
)
QUANTIFIERS = word_set("one some many most several few two three four all none each any")
PREPOSITIONS = word_set("on in at for by with from after before during since until over")
POST_MODIFIERS = word_set("familiar close involved briefed knowledgeable aware")
# Participles that follow a document noun: "planning documents filed with the city".
PARTICIPLE_MODIFIERS = word_set(
    """
    filed obtained seen reviewed released published submitted prepared issued posted sent
    cited circulated leaked shared viewed drafted presented
    """
)


def strip_corporate(name: str) -> str:
    """Drop corporate suffixes: "Ford Motor Company" → "Ford"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in CORPORATE_SUFFIXES:
        if len(words) == 2 and words[0].lower() in GENERIC_FIRST_WORDS | TITLE_WORDS:
            break
        words.pop()
    return " ".join(words)


def lower_words(text: str) -> list[str]:
    """Return the lower-cased words of a phrase."""
    return [w.lower().strip(".,") for w in text.split()]


def split_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split capitalised tokens into (title prefix, trailing name)."""
    k = len(tokens)
    while k > 0:
        tok = tokens[k - 1]
        low = tok.lower()
        if low in TITLE_WORDS or not (tok[:1].isupper() or tok[:1].isdigit()):
            if low in {"of", "on", "for", "and", "&", "de", "van", "von"} and k > 1:
                if tokens[k - 2].lower() in TITLE_WORDS and low in {"of", "for"}:
                    k += 1  # "Secretary of State John Kerry": the department is title
                    break
                k -= 1
                continue
            break
        k -= 1
    name = tokens[k:]
    while name and name[0].lower() in {"of", "on", "for", "and", "&"}:
        name = name[1:]
    return tokens[: len(tokens) - len(name)], name


def generic(mention: str) -> str:
    """Return a descriptive mention without its leading article."""
    words = mention.split()
    if words and words[0].lower() in {"a", "an", "the"}:
        words = words[1:]
    return " ".join(words)


def head_phrase(mention: str) -> str:
    """Return the noun phrase up to its head: "a report over the weekend" → "report"."""
    words = mention.split()
    out: list[str] = []
    for w in words:
        if w.lower() in {
            "over",
            "from",
            "by",
            "at",
            "in",
            "on",
            "with",
            "of",
            "for",
            "about",
            "to",
        }:
            break
        out.append(w)
    if out and out[0].lower() in {"a", "an", "the"}:
        out = out[1:]
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in QUANTIFIERS:
        return head_phrase(" ".join(words[2:]))
    while len(out) > 1 and (
        out[-1].lower() in POST_MODIFIERS or out[-1].lower() in PARTICIPLE_MODIFIERS
    ):
        out.pop()
    return " ".join(out).lower()


CARDINALS = word_set("one two three four five six seven eight nine ten eleven twelve dozen")


def describe(mention: str) -> str:
    """Return the name of a described group: "three people familiar with the talks" →
    "people familiar with the talks", "parents at Linwood School" → "parents"."""
    words = mention.split()
    if len(words) > 2 and words[0].lower() in QUANTIFIERS and words[1].lower() == "of":
        return describe(" ".join(words[2:]))
    while words and (words[0].lower() in {"a", "an", "the"} | CARDINALS or words[0].isdigit()):
        words = words[1:]
    out: list[str] = []
    for n, w in enumerate(words):
        low = w.lower()
        if low in POST_MODIFIERS or (
            low == "with"
            and n + 1 < len(words)
            and "knowledge" in " ".join(words[n + 1 : n + 3]).lower()
        ):
            out.extend(words[n:])
            break
        if low in PREPOSITIONS | {"of", "about", "to", "who", "that", "which"}:
            break
        out.append(w)
    name = " ".join(out) or mention
    named = len(out) > 2 and out[1][:1].isupper() and out[0].lower() not in QUANTIFIERS
    if named:  # "Vellmouth Dockworkers' Guild leaders": a proper name leads the description
        return name
    return name[:1].lower() + name[1:] if name[1:2].islower() or len(name) == 1 else name
