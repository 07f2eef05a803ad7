"""Write gold.yaml for the held-out corpus: spans are computed here from the article text.

Run `python tests/corpus_heldout/make_gold.py` after editing an article or an annotation.
Each claim names its sentence by an exact excerpt that must occur once in its
article; the span is where it occurs. These stories were written after the stages
were tuned, to measure how the pipeline does on text it was not fitted to.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from corpus_gold import Corpus, write_gold  # noqa: E402  (the shared builder in tests/)

ARTICLE_META: list[tuple[str, str | None, str | None, str | None]] = [
    ("d1-ridgefield-record.txt", "The Ridgefield Record", "Tamsin Okoro", "2026-04-13"),
    ("d2-kessler-wire.txt", None, None, None),
    ("d3-northfield-sun.txt", None, None, "2026-04-14"),
    ("d4-ridgefield-record-updated.txt", "The Ridgefield Record", "Tamsin Okoro", "2026-04-16"),
    ("e1-gearline.txt", "Gearline", "Marcus Bell", "2026-03-03"),
    ("e2-cityline-news.txt", None, "Rosa Lindgren", "2026-03-04"),
    ("e3-gearline-updated.txt", "Gearline", "Marcus Bell", "2026-03-05"),
]

MERIDALE = "Meridale Health System"
ASHGROVE = "Ashgrove Regional Hospital"
HEALTH = "Department of Health"
SOURCES_D = "people familiar with the negotiations"
SOURCES_E = "people familiar with the matter"
NPSC = "National Product Safety Commission"

# id, article prefix, sentence excerpt, speaker, kind, cue, status, role
CLAIMS: list[tuple[str, str, str, str | None, str, str | None, str, str | None]] = [
    ("M1", "d1", "Meridale Health System is in advanced talks to acquire Ashgrove Regional Hospital for about $410 million, according to four people familiar with the negotiations.",
     SOURCES_D, "anonymous", "according to", "asserted", None),
    ("M2", "d1", "The deal could be announced as early as next month, two of the people said.",
     SOURCES_D, "anonymous", "said", "asserted", None),
    ("M3", "d1", "Under the plan, Meridale would close Ashgrove’s maternity ward and move births to its flagship hospital in Dunmore, one of the people said.",
     SOURCES_D, "anonymous", "said", "asserted", None),
    ("M4", "d1", "Ashgrove Regional Hospital employs about 1,900 people and has 240 beds.",
     None, "unattributed", None, "asserted", None),
    ("M5", "d1", "Meridale denied the report.", MERIDALE, "organization", "denied", "denied", None),
    ("M6", "d1", "“We are not in negotiations to acquire any hospital,” said Corinne Vasquez, a spokeswoman for Meridale.",
     "Corinne Vasquez", "person", "said", "denied", "a spokeswoman for Meridale"),
    ("M7", "d1", "The state Department of Health, which must approve hospital mergers, declined to comment.",
     HEALTH, "organization", "declined to comment", "declined_comment", None),
    ("M8", "d1", "Nurses at Ashgrove said they had heard rumours of a sale for weeks.",
     "nurses", "anonymous", "said", "asserted", None),
    ("M9", "d1", "“Nobody has told us anything, and closing the maternity ward would be a disaster for this valley,” said Lorna Achebe, who chairs the hospital’s nurses’ union.",
     "Lorna Achebe", "person", "said", "asserted", None),
    ("M10", "d1", "Health economist Peter Szabo of Calloway University said hospital mergers in rural areas often lead to higher prices.",
     "Peter Szabo", "person", "said", "asserted", "Health economist"),
    ("M11", "d1", "He said prices rose by an average of 12% after similar deals in the region last year.",
     "Peter Szabo", "person", "said", "asserted", None),
    ("N1a", "d2", "DUNMORE, April 14 (Kessler News) — Ashgrove Regional Hospital said on Tuesday it had held “preliminary conversations” with Meridale Health System about a possible partnership, a day after The Ridgefield Record reported that the two were in advanced talks over a $430 million takeover.",
     ASHGROVE, "organization", "said", "asserted", None),
    ("N1r", "d2", "DUNMORE, April 14 (Kessler News) — Ashgrove Regional Hospital said on Tuesday it had held “preliminary conversations” with Meridale Health System about a possible partnership, a day after The Ridgefield Record reported that the two were in advanced talks over a $430 million takeover.",
     "The Ridgefield Record", "publication", "reported", "asserted", None),
    ("N2", "d2", "“We have had early conversations with several partners, Meridale among them. No decision has been made,” Ashgrove chief executive Harold Pryce said in a statement.",
     "Harold Pryce", "person", "said", "asserted", "Ashgrove chief executive"),
    ("N3", "d2", "“Meridale is not negotiating to buy any hospital,” spokeswoman Corinne Vasquez said on Monday.",
     "Corinne Vasquez", "person", "said", "denied", "spokeswoman"),
    ("N4", "d2", "The state Department of Health did not respond to a request for comment.",
     HEALTH, "organization", "did not respond", "no_response", None),
    ("N5", "d2", "Ashgrove has 260 beds and about 1,900 staff.", None, "unattributed", None, "asserted", None),
    ("N6", "d2", "It has lost money in three of the past four years, according to its annual filings.",
     "annual filings", "anonymous", "according to", "asserted", None),
    ("N7", "d2", "State Senator Miriam Kell, whose district includes Ashgrove, said she would oppose any deal that closed the hospital’s maternity ward.",
     "Miriam Kell", "person", "said", "asserted", "State Senator"),
    ("N8", "d2", "“Families here should not have to drive an hour to give birth,” she said.",
     "Miriam Kell", "person", "said", "asserted", None),
    ("N9", "d2", "Some analysts say small rural hospitals have few options left as patient numbers fall.",
     "some analysts", "anonymous", "say", "asserted", None),
    ("P1", "d4", "Update, April 16: Meridale Health System confirmed on Thursday that it had agreed to acquire Ashgrove Regional Hospital for $395 million, and said the hospital’s maternity ward would stay open for at least two years.",
     MERIDALE, "organization", "confirmed", "confirmed", None),
    ("P2", "d4", "“This partnership will keep care close to home for thousands of families,” Meridale chief executive Owen Delacroix told reporters at the hospital.",
     "Owen Delacroix", "person", "told", "asserted", "Meridale chief executive"),
    ("V1", "e1", "Electric bicycle maker Voltaro is preparing to recall about 48,000 bikes after a string of battery fires, according to two people familiar with the matter.",
     SOURCES_E, "anonymous", "according to", "asserted", None),
    ("V2", "e1", "The recall would cover the Cruz and Cruz Plus models sold since 2024, the people said.",
     SOURCES_E, "anonymous", "said", "asserted", None),
    ("V3", "e1", "At least 12 fires have been linked to the bikes’ batteries, one of them said.",
     SOURCES_E, "anonymous", "said", "asserted", None),
    ("V4", "e1", "Voltaro rejected the report.", "Voltaro", "organization", "rejected", "denied", None),
    ("V5", "e1", "“There is no recall. Our bikes meet every safety standard,” the company said in a statement.",
     "Voltaro", "organization", "said", "denied", None),
    ("V6", "e1", "A spokesman for the National Product Safety Commission declined to comment.",
     NPSC + " spokesman", "person", "declined to comment", "declined_comment",
     "a spokesman for the National Product Safety Commission"),
    ("V7", "e1", "“My battery started smoking in the garage. I was lucky I was home,” said Felix Moreno, a Cruz owner in Halbrook.",
     "Felix Moreno", "person", "said", "asserted", "a Cruz owner in Halbrook"),
    ("V8", "e1", "Voltaro founder Ingrid Solberg said last month that the company had sold more than 150,000 bikes since its launch.",
     "Ingrid Solberg", "person", "said", "asserted", "Voltaro founder"),
    ("X1d", "e2", "Voltaro, the Halbrook-based e-bike maker, on Tuesday denied a Gearline report that it is preparing to recall 48,000 bicycles.",
     "Voltaro", "organization", "denied", "denied", None),
    ("X1r", "e2", "Voltaro, the Halbrook-based e-bike maker, on Tuesday denied a Gearline report that it is preparing to recall 48,000 bicycles.",
     "Gearline", "publication", "report", "asserted", None),
    ("X2", "e2", "“We have no plans for a recall. Every one of our bikes meets the safety standards,” a Voltaro spokesperson said.",
     "Voltaro spokesperson", "person", "said", "denied", "Voltaro spokesperson"),
    ("X3", "e2", "According to the Gearline report, at least 17 fires have been tied to the batteries of the Cruz models.",
     "Gearline", "publication", "according to", "asserted", None),
    ("X4", "e2", "The National Product Safety Commission did not immediately respond to a request for comment.",
     NPSC, "organization", "did not respond", "no_response", None),
    ("X5", "e2", "Jenna Albright, director of the Riders Safety Alliance: “Lithium batteries that overheat are not a minor defect. They burn down homes.”",
     "Jenna Albright", "person", ":", "asserted", "director of the Riders Safety Alliance"),
    ("X6", "e2", "A recall could cost the company as much as $30 million, according to Lena Moss, an analyst at Brightwater Securities.",
     "Lena Moss", "person", "according to", "asserted", "an analyst at Brightwater Securities"),
    ("X7", "e2", "“Safety has always come first for us, and it always will.” — Ingrid Solberg, Voltaro’s founder, in a post on Tuesday",
     "Ingrid Solberg", "person", "—", "asserted", "Voltaro’s founder"),
    ("X8", "e2", "She said last month that Voltaro had sold more than 160,000 bikes.",
     "Ingrid Solberg", "person", "said", "asserted", None),
    ("X9", "e2", "Solberg started the company in a garage in 2019.", None, "unattributed", None, "asserted", None),
    ("Y1", "e3", "Update, March 5: Voltaro confirmed on Thursday that it is recalling 51,000 Cruz and Cruz Plus e-bikes because their batteries can overheat and catch fire.",
     "Voltaro", "organization", "confirmed", "confirmed", None),
    ("Y2", "e3", "The company said owners should stop charging the bikes and would receive a free replacement battery.",
     "Voltaro", "organization", "said", "asserted", None),
    ("Y3", "e3", "“We should have moved faster, and I am sorry,” Solberg said in a video message to customers.",
     "Ingrid Solberg", "person", "said", "asserted", None),
]  # fmt: skip

CLUSTERS: list[tuple[str, str, list[str]]] = [
    ("takeover_reported", "Meridale is buying Ashgrove (reported, then agreed)", ["M1", "N1r", "P1"]),
    ("meridale_denies", "Meridale denies takeover talks", ["M5", "M6", "N3"]),
    ("health_dept_response", "How the Department of Health answered", ["M7", "N4"]),
    ("beds", "Ashgrove's beds and staff", ["M4", "N5"]),
    ("ashgrove_talks", "Ashgrove says it held early talks", ["N1a", "N2"]),
    ("recall_reported", "Voltaro recalls about 48,000-51,000 e-bikes", ["V1", "X1r", "Y1"]),
    ("voltaro_denies", "Voltaro denies a recall", ["V4", "V5", "X1d", "X2"]),
    ("npsc_response", "How the safety commission answered", ["V6", "X4"]),
    ("fires", "Fires linked to the batteries", ["V3", "X3"]),
    ("bikes_sold", "Bikes Voltaro has sold", ["V8", "X8"]),
]  # fmt: skip

CONFLICTS: list[dict[str, Any]] = [
    {"kind": "report_vs_denial", "cluster_a": "takeover_reported", "cluster_b": "meridale_denies",
     "why": "Sources (via the Record) report takeover talks; Meridale denies them."},
    {"kind": "quote_variant", "claims": ["M6", "N3"],
     "why": "Vasquez's denial is quoted with different words by the Record and the wire."},
    {"kind": "response_mismatch", "claims": ["M7", "N4"],
     "why": "The Record says the department declined to comment; the wire says it did not respond."},
    {"kind": "numeric_mismatch", "claims": ["M1", "N1r"],
     "why": "The Record reported $410 million; the wire says it reported $430 million."},
    {"kind": "numeric_mismatch", "claims": ["M4", "N5"], "why": "240 beds against 260."},
    {"kind": "numeric_mismatch", "claims": ["M1", "P1"], "update": True,
     "why": "Sources said about $410 million; Meridale later confirmed $395 million (an update)."},
    {"kind": "response_mismatch", "claims": ["M5", "P1"], "update": True,
     "why": "Meridale denied the report, then confirmed the deal (an update)."},
    {"kind": "report_vs_denial", "cluster_a": "recall_reported", "cluster_b": "voltaro_denies",
     "why": "Sources (via Gearline) report a recall; Voltaro denies it."},
    {"kind": "quote_variant", "claims": ["V5", "X2"],
     "why": "Voltaro's denial is quoted with different words by Gearline and Cityline."},
    {"kind": "response_mismatch", "claims": ["V6", "X4"],
     "why": "Gearline says the commission declined to comment; Cityline says it did not respond."},
    {"kind": "numeric_mismatch", "claims": ["V3", "X3"], "why": "12 fires against 17."},
    {"kind": "numeric_mismatch", "claims": ["V8", "X8"], "why": "150,000 bikes sold against 160,000."},
    {"kind": "numeric_mismatch", "claims": ["V1", "Y1"], "update": True,
     "why": "Sources said about 48,000 bikes; Voltaro later confirmed 51,000 (an update)."},
    {"kind": "response_mismatch", "claims": ["V4", "Y1"], "update": True,
     "why": "Voltaro rejected the report, then confirmed the recall (an update)."},
]  # fmt: skip

# article prefix of original, of copy, kind, first excerpt start/end, second excerpt start/end
DUPLICATES: list[tuple[str, str, str, str, str, str, str]] = [
    ("d2", "d3", "copy", "DUNMORE, April 14", "patient numbers fall.", "DUNMORE —",
     "patient numbers fall."),
    ("d1", "d4", "copy", "Meridale Health System is in advanced", "at any time.",
     "Meridale Health System is in advanced", "at any time."),
    ("e1", "e3", "copy", "Electric bicycle maker", "since its launch.", "Electric bicycle maker",
     "since its launch."),
]  # fmt: skip

BOILERPLATE: list[tuple[str, str]] = [
    ("d1", "The Ridgefield Record is an independent, nonprofit newsroom"),
    ("d4", "The Ridgefield Record is an independent, nonprofit newsroom"),
]


def main() -> None:
    """Write gold.yaml beside this script."""
    write_gold(
        Corpus(
            folder=HERE,
            story="Held-out corpus: Ashgrove hospital takeover (D), Voltaro e-bike recall (E)",
            articles=ARTICLE_META,
            claims=CLAIMS,
            clusters=CLUSTERS,
            conflicts=CONFLICTS,
            duplicates=DUPLICATES,
            boilerplate=BOILERPLATE,
        )
    )


if __name__ == "__main__":
    main()
