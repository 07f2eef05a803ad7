"""Word lists the matcher normalises with: stop words, reporting verbs, synonyms."""

from __future__ import annotations

STOP_WORDS = frozenset(
    """
    a about above across after again against ago all already also although am amid among an
    and another any are around as at be because been before being below between both but by
    can conduct conducted could day days despite did do does doing down dr during each
    earlier either engage engaged engages engaging even few for former friday from further
    had has have having he held her here hers herself him himself his hold holding holds how
    however i if in including into is it its itself just last later like may me meanwhile
    might monday month months more most mr mrs ms must my myself new next no nor not notably
    now of off on once one ones only or other our ours out over own per possible possibly
    potential potentially previously recently reportedly s same saturday shall she should
    since so some still such sunday t than that the their theirs them themselves then there
    these they this those through thursday to too tuesday under until up upon very via was
    we wednesday week weekend well were what when where whether which while who whom why
    will with within without would year years yet you your yours
    """.split()  # noqa: SIM905
)


REPORTING_WORDS = frozenset(
    """
    according add added adds allegedly announce announced announces apparently argue argued
    argues believe believed believes claim claimed claims comment commented comments confirm
    confirmed confirms decline declined declines denied denies deny denying explain
    explained explains familiar indicate indicated indicates insist insisted insists matter
    media note noted notes noting people purportedly report reported reportedly reporting
    reports representative respond responded responds said say saying says source sources
    spokesman spokesperson spokeswoman state stated statement statements states stating
    suggest suggested suggests tell tells told warn warned warns write writes wrote
    """.split()  # noqa: SIM905
)


# Words that refer back to something said elsewhere; a claim made only of these
# carries no content of its own ("Both companies denied the claim").
ANAPHORIC_WORDS = frozenset(
    """
    allegation baseless both categorically claim compan completely entirely false firm
    firmly it news quickly report rumor rumour story strongly truth unfounded untrue
    """.split()  # noqa: SIM905
)


# Number words and hedges: a count's size is compared as a number, not as a word.
QUANTITY_WORDS = frozenset(
    """
    almost approximately dozen dozens eight eleven estimated five four hundreds least
    millions nearly nine roughly seven six ten thousands three twelve twice two
    """.split()  # noqa: SIM905
)


# canonical: variants (stemmed before use; multi-word variants allowed)
BUILTIN_SYNONYMS: dict[str, list[str]] = {
    "talks": [
        "negotiations",
        "discussions",
        "conversations",
        "talked",
        "negotiated",
        "discussed",
        "communicated",
        "held talks",
        "in talks",
    ],
    "partnership": [
        "joint venture",
        "jv",
        "collaboration",
        "cooperation",
        "alliance",
        "partnered",
        "partner",
        "venture",
        "cooperative",
        "tie-up",
        "tie up",
    ],
    "survival": ["existential"],
    "vehicle": ["car", "automobile", "auto"],
    "ev": ["electric vehicle", "electric car", "evs"],
    "automaker": ["carmaker", "car maker", "auto maker", "manufacturer", "vehicle maker"],
    "us": ["united states", "u.s.", "u.s", "america", "usa", "u.s.-based", "american"],
    "uk": ["united kingdom", "britain", "u.k."],
    "china": ["chinese", "beijing", "prc"],
    "import": ["imported", "imports", "importing"],
    "tariff": ["duty", "duties", "levy", "levies"],
    "factory": ["plant", "facility", "plants", "facilities"],
    "produce": ["manufacture", "manufacturing", "production", "build", "make", "making"],
    "launch": ["debut", "unveil", "introduce", "rollout", "roll out"],
    "enter": ["entry", "come into", "coming"],
    "cut": ["reduce", "slash", "eliminate", "lay off", "layoff"],
    "job": ["position", "role", "worker"],
    "licens": ["licence", "license", "licensing", "licensed"],
    "battery": ["cell", "cells"],
    "company": ["firm", "group", "business"],
    "praise": ["acknowledge", "commend", "laud", "applaud"],
    "buy": ["purchase", "acquire", "acquisition"],
    "withhold": [
        "withheld",
        "held back",
        "hold back",
        "conceal",
        "concealed",
        "suppress",
        "sat on",
    ],
    "workforce": ["staff", "employees", "headcount", "payroll"],
    "result": ["finding", "findings", "data"],
}
