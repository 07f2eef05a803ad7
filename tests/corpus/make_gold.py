"""Write gold.yaml for the dev corpus: spans are computed here from the article text.

Run `python tests/corpus/make_gold.py` after editing an article or an annotation.
Each claim names its sentence by an exact excerpt that must occur once in its
article; the span is where it occurs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from corpus_gold import Corpus, write_gold  # noqa: E402  (the shared builder in tests/)

ARTICLE_META: list[tuple[str, str | None, str | None, str | None]] = [
    ("a1-corran-ledger.txt", "The Corran Ledger", "Helena Marsh", "2025-09-08"),
    ("a2-harbor-daily.txt", None, "Priya Castellanos", "2025-09-09"),
    ("a3-vps-wire.txt", "Valley Press Service", None, "2025-09-09"),
    ("a4-lakeshore-tribune.txt", None, None, "2025-09-09"),
    ("a5-harbor-daily-updated.txt", "Harbor Daily News", "Priya Castellanos", "2025-09-10"),
    ("b1-techwire.txt", "TechWire Daily", "Sam Okonkwo", "2025-10-14"),
    ("b2-bay-business.txt", None, "Lena Fairbanks", "2025-10-15"),
    ("b3-techwire-confirms.txt", "TechWire Daily", "Sam Okonkwo", "2025-10-21"),
    ("c1-carrowmore-courier.txt", "Carrowmore Courier", "Odile Brannigan", "2025-11-03"),
    ("c2-bayview-gazette.txt", "Bayview Gazette", None, "2025-11-04"),
    ("c3-pine-valley-post.txt", "Pine Valley Post", None, "2025-11-04"),
    ("c4-carrowmore-courier-confirms.txt", "Carrowmore Courier", "Odile Brannigan", "2025-11-12"),
]

MVWA = "Millbrook Valley Water Authority"
BOARD = "State Water Quality Board"
MARINERS = "Northshore Mariners"

# id, article prefix, sentence excerpt, speaker, kind, cue, status, role
CLAIMS: list[tuple[str, str, str, str | None, str, str | None, str, str | None]] = [
    ("L1", "a1", "The Millbrook Valley Water Authority withheld the results of lead tests taken at dozens of homes and two elementary schools for at least five months, according to three people familiar with the testing.",
     "people familiar with the testing", "anonymous", "according to", "asserted", None),
    ("L2", "a1", "The samples, collected in March, showed lead levels of 24 parts per billion at several taps in the Eastgate neighbourhood, above the federal action level of 15 parts per billion, the people said.",
     "people familiar with the testing", "anonymous", "said", "asserted", None),
    ("L3", "a1", "About 12,000 households draw their water from the Eastgate distribution zone.",
     None, "unattributed", None, "asserted", None),
    ("L4", "a1", "The authority denied withholding any data.", MVWA, "organization", "denied", "denied", None),
    ("L5", "a1", "“These allegations are false. We have published every result we are required to publish, on time,” said Renata Oduya, a spokeswoman for the authority.",
     "Renata Oduya", "person", "said", "denied", "a spokeswoman for the authority"),
    ("L6", "a1", "The State Water Quality Board, which oversees public water systems, did not respond to requests for comment.",
     BOARD, "organization", "did not respond", "no_response", None),
    ("L7", "a1", "Parents at Linwood Elementary said they had not been told of any testing.",
     "parents", "anonymous", "said", "asserted", None),
    ("L8", "a1", "“We found out from a neighbour, not from the school and not from the water company,” said Tomas Bergin, whose daughter attends the school.",
     "Tomas Bergin", "person", "said", "asserted", None),
    ("L9", "a1", "The authority plans to replace 2,000 lead service lines by 2027, two people briefed on the plan said.",
     "people briefed on the plan", "anonymous", "said", "asserted", None),
    ("H1", "a2", "The Millbrook Valley Water Authority kept lead test results from residents for months, The Corran Ledger reported on Monday, citing people familiar with the testing.",
     "The Corran Ledger", "publication", "reported", "asserted", None),
    ("H2", "a2", "According to the report, water drawn from taps in the Eastgate neighbourhood in March contained lead levels of 34 parts per billion, more than twice the federal action level.",
     "The Corran Ledger", "publication", "according to", "asserted", None),
    ("H9", "a2", "Of the 120 homes tested, 38 exceeded the federal limit, The Corran Ledger reported.",
     "The Corran Ledger", "publication", "reported", "asserted", None),
    ("U3", "a5", "Of the 120 homes tested, 52 exceeded the federal limit, The Corran Ledger reported.",
     "The Corran Ledger", "publication", "reported", "asserted", None),
    ("H3", "a2", "The authority serves some 15,000 households in the Eastgate zone.",
     None, "unattributed", None, "asserted", None),
    ("H4", "a2", "The authority denied the report.", MVWA, "organization", "denied", "denied", None),
    ("H5", "a2", "“The allegations are baseless. Every required result has been published,” spokeswoman Renata Oduya said in a statement.",
     "Renata Oduya", "person", "said", "denied", "spokeswoman"),
    ("H6", "a2", "A spokesman for the State Water Quality Board declined to comment.",
     "State Water Quality Board spokesman", "person", "declined to comment", "declined_comment",
     "a spokesman for the State Water Quality Board"),
    ("H7", "a2", "City councillor Maeve Lindqvist called for an independent review of the testing programme.",
     "Maeve Lindqvist", "person", "called for", "asserted", "City councillor"),
    ("H8", "a2", "“If families were kept in the dark, someone has to answer for that,” Lindqvist said.",
     "Maeve Lindqvist", "person", "said", "asserted", None),
    ("W1", "a3", "MILLBROOK, Sept. 9 (VPS) — A regional water authority accused of withholding lead test results from thousands of households said on Tuesday it had “nothing to hide” and would ask an outside laboratory to re-examine its spring samples.",
     MVWA, "organization", "said", "denied", None),
    ("W2", "a3", "The Millbrook Valley Water Authority has come under pressure since The Corran Ledger reported that results showing elevated lead at homes and schools in the Eastgate neighbourhood were held back for months.",
     "The Corran Ledger", "publication", "reported", "asserted", None),
    ("W3", "a3", "“We have nothing to hide. Every result we were required to report has been reported,” authority board chair Gloria Fenwick told reporters.",
     "Gloria Fenwick", "person", "told", "denied", "authority board chair"),
    ("W4", "a3", "Fenwick said the authority would commission a second-opinion review from an independent laboratory before the end of the month.",
     "Gloria Fenwick", "person", "said", "asserted", None),
    ("W5", "a3", "The State Water Quality Board, the state agency that regulates drinking water, declined to comment on the case.",
     BOARD, "organization", "declined to comment", "declined_comment", None),
    ("W6", "a3", "Public health researcher Anil Chaudry of Redfield State University said lead exposure in young children was linked to lasting learning difficulties.",
     "Anil Chaudry", "person", "said", "asserted", "Public health researcher"),
    ("W7", "a3", "“There is no safe level of lead for a child,” Chaudry said.",
     "Anil Chaudry", "person", "said", "asserted", None),
    ("U1", "a5", "Update, Sept. 10: The Millbrook Valley Water Authority announced on Wednesday that it will replace 3,500 lead service lines in the Eastgate zone over the next two years and will release all of its 2025 test results by Friday.",
     MVWA, "organization", "announced", "asserted", None),
    ("U2", "a5", "“We hear the concerns of families in Eastgate, and we are acting on them,” authority general manager Colin Ashdown said at a news conference.",
     "Colin Ashdown", "person", "said", "asserted", "authority general manager"),
    ("Q1", "b1", "Cloud software maker Quorvex is preparing to cut 1,200 jobs, roughly 9% of its workforce, as part of a restructuring to be announced this month, according to two people with knowledge of the plans.",
     "people with knowledge of the plans", "anonymous", "according to", "asserted", None),
    ("Q2", "b1", "The cuts would fall mostly on the company's sales and support teams in Port Ellery and Dublin, one of the people said.",
     "people with knowledge of the plans", "anonymous", "said", "asserted", None),
    ("Q3", "b1", "Quorvex denied the report.", "Quorvex", "organization", "denied", "denied", None),
    ("Q4", "b1", "“We are not planning any layoffs. We are hiring,” a company spokesperson said in an emailed statement.",
     "Quorvex spokesperson", "person", "said", "denied", "company spokesperson"),
    ("Q5", "b1", "Quorvex President Daniel Okafor told investors in August that the company would “keep a close eye on costs” after two quarters of slowing growth.",
     "Daniel Okafor", "person", "told", "asserted", "Quorvex President"),
    ("Q6", "b1", "Shares of Quorvex fell 4% in after-hours trading.", None, "unattributed", None, "asserted", None),
    ("R1d", "b2", "Quorvex on Tuesday rejected a TechWire Daily report that it plans to eliminate 1,200 positions, calling the story inaccurate.",
     "Quorvex", "organization", "rejected", "denied", None),
    ("R1r", "b2", "Quorvex on Tuesday rejected a TechWire Daily report that it plans to eliminate 1,200 positions, calling the story inaccurate.",
     "TechWire Daily", "publication", "report", "asserted", None),
    ("R2", "b2", "“We have no plans for layoffs. In fact, we are still hiring,” a Quorvex spokesperson said.",
     "Quorvex spokesperson", "person", "said", "denied", "Quorvex spokesperson"),
    ("R3", "b2", "Quorvex Vice President Daniel Okafor said in August that the company would “watch costs closely” as its growth slowed.",
     "Daniel Okafor", "person", "said", "asserted", "Quorvex Vice President"),
    ("R4", "b2", "Kestrel Partners analyst Ruth Calloway said a reduction of that size would save the company about $150 million a year.",
     "Ruth Calloway", "person", "said", "asserted", "Kestrel Partners analyst"),
    ("R5", "b2", "Shares of Quorvex closed down 6% on Tuesday.", None, "unattributed", None, "asserted", None),
    ("T1", "b3", "Quorvex said on Tuesday it would cut 1,100 jobs, or about 8% of its staff, in a restructuring of its sales and support operations.",
     "Quorvex", "organization", "said", "asserted", None),
    ("T2d", "b3", "The announcement comes a week after the company denied a TechWire Daily report that it was preparing layoffs.",
     "Quorvex", "organization", "denied", "denied", None),
    ("T2r", "b3", "The announcement comes a week after the company denied a TechWire Daily report that it was preparing layoffs.",
     "TechWire Daily", "publication", "report", "asserted", None),
    ("T3", "b3", "In a memo to employees, chief executive Marisol Tandy said the decision was “the hardest call I have made as a leader.”",
     "Marisol Tandy", "person", "said", "asserted", "chief executive"),
    ("T4", "b3", "The company said the cuts would be completed by the end of January.",
     "Quorvex", "organization", "said", "asserted", None),
    ("K1", "c1", "The city of Carrowmore has agreed to contribute $240 million toward a new waterfront stadium for the Northshore Mariners, according to two council members briefed on the negotiations.",
     "council members briefed on the negotiations", "anonymous", "according to", "asserted", None),
    ("K2", "c1", "The stadium would seat 42,000 fans and replace the team's 60-year-old ballpark on Keel Street, the council members said.",
     "council members briefed on the negotiations", "anonymous", "said", "asserted", None),
    ("K3", "c1", "The council is scheduled to vote on the financing package on Nov. 18.",
     None, "unattributed", None, "asserted", None),
    ("K4", "c1", "The Mariners denied the report.", MARINERS, "organization", "denied", "denied", None),
    ("K5", "c1", "“There is no deal, and there is no agreement on any number,” team owner Bettina Largo said.",
     "Bettina Largo", "person", "said", "denied", "team owner"),
    ("K6", "c1", "Deputy Mayor Ian Thackeray, who has led the talks for the city, did not respond to requests for comment.",
     "Ian Thackeray", "person", "did not respond", "no_response", "Deputy Mayor"),
    ("K7", "c1", "Taxpayer groups have criticised the plan.",
     "taxpayer groups", "anonymous", "criticised", "asserted", None),
    ("K8", "c1", "“Public money should not be spent on a private ballpark,” said Reuben Okonjo, director of the Carrowmore Budget Watch.",
     "Reuben Okonjo", "person", "said", "asserted", "director of the Carrowmore Budget Watch"),
    ("G1", "c2", "CARROWMORE (Coastal News Wire) — The city of Carrowmore would contribute $260 million to a new waterfront stadium for the Northshore Mariners under a draft agreement, the Carrowmore Courier reported on Monday.",
     "Carrowmore Courier", "publication", "reported", "asserted", None),
    ("G2", "c2", "The Mariners said in a statement that talks were continuing and that no agreement had been reached.",
     MARINERS, "organization", "said", "denied", None),
    ("G3", "c2", "Mayor Ian Thackeray declined to comment.",
     "Ian Thackeray", "person", "declined to comment", "declined_comment", "Mayor"),
    ("G4", "c2", "The proposed stadium would seat 40,000 fans, according to planning documents filed with the city in September.",
     "planning documents", "anonymous", "according to", "asserted", None),
    ("G5", "c2", "The city council is expected to vote on the package on Nov. 20, the newspaper said.",
     "Carrowmore Courier", "publication", "said", "asserted", None),
    ("G6", "c2", "Stadium subsidies have drawn criticism from economists, who say the public rarely recovers its investment.",
     "economists", "anonymous", "say", "asserted", None),
    ("G7", "c2", "“The research on this is remarkably consistent: cities almost never get their money back,” said Priya Venkataraman, an economist at Halden University.",
     "Priya Venkataraman", "person", "said", "asserted", "an economist at Halden University"),
    ("M1", "c4", "The Northshore Mariners confirmed on Wednesday that the team and the city had reached a stadium agreement, with Carrowmore contributing $240 million toward construction.",
     MARINERS, "organization", "confirmed", "confirmed", None),
    ("M2", "c4", "“This is a great day for Mariners fans and for the waterfront,” Largo said at a news conference at City Hall.",
     "Bettina Largo", "person", "said", "asserted", None),
    ("M3", "c4", "The council vote remains scheduled for Nov. 18.", None, "unattributed", None, "asserted", None),
]  # fmt: skip

CLUSTERS: list[tuple[str, str, list[str]]] = [
    ("withheld_report", "The authority withheld lead test results (reported)", ["L1", "H1", "W2"]),
    ("lead_level", "Lead levels measured at Eastgate taps", ["L2", "H2"]),
    ("households", "Households served by the Eastgate zone", ["L3", "H3"]),
    ("homes_over_limit", "Tested homes above the federal limit", ["H9", "U3"]),
    ("authority_denies", "The authority denies withholding results",
     ["L4", "L5", "H4", "H5", "W1", "W3"]),
    ("board_response", "How the State Water Quality Board answered", ["L6", "H6", "W5"]),
    ("service_lines", "Lead service lines the authority will replace", ["L9", "U1"]),
    ("layoffs", "Quorvex cuts about 1,100-1,200 jobs", ["Q1", "R1r", "T1", "T2r"]),
    ("quorvex_denies", "Quorvex denies the layoff report", ["Q3", "Q4", "R1d", "R2", "T2d"]),
    ("okafor_costs", "Okafor said the company would watch costs", ["Q5", "R3"]),
    ("deal_reported", "Carrowmore pays $240-260 million toward the stadium", ["K1", "G1", "M1"]),
    ("seats", "Seats in the new stadium", ["K2", "G4"]),
    ("vote_date", "Date of the council vote", ["K3", "G5", "M3"]),
    ("mariners_response", "The Mariners deny a deal", ["K4", "K5", "G2"]),
    ("thackeray_response", "How Thackeray answered", ["K6", "G3"]),
]  # fmt: skip

CONFLICTS: list[dict[str, Any]] = [
    {"kind": "report_vs_denial", "cluster_a": "withheld_report", "cluster_b": "authority_denies",
     "why": "The Corran Ledger (citing sources) reports withheld results; the authority denies it."},
    {"kind": "response_mismatch", "claims": ["L6", "H6", "W5"],
     "why": "The Ledger says the board did not respond; Harbor Daily and VPS say it declined to comment."},
    {"kind": "numeric_mismatch", "claims": ["L2", "H2"], "why": "Lead level 24 ppb against 34 ppb."},
    {"kind": "numeric_mismatch", "claims": ["L3", "H3"],
     "why": "About 12,000 households against some 15,000."},
    {"kind": "numeric_mismatch", "claims": ["L9", "U1"], "update": True,
     "why": "Sources said 2,000 lines; the authority later announced 3,500 (an update)."},
    {"kind": "numeric_mismatch", "claims": ["H9", "U3"], "update": True,
     "why": "The updated version corrects 38 homes above the limit to 52."},
    {"kind": "quote_variant", "claims": ["L5", "H5"],
     "why": "Oduya's statement quoted as 'These allegations are false...' and 'The allegations are baseless...'."},
    {"kind": "report_vs_denial", "cluster_a": "layoffs", "cluster_b": "quorvex_denies",
     "why": "TechWire Daily (citing sources) reports layoffs; Quorvex denies them."},
    {"kind": "quote_variant", "claims": ["Q4", "R2"],
     "why": "The spokesperson's denial is quoted with different words."},
    {"kind": "quote_variant", "claims": ["Q5", "R3"],
     "why": "Okafor quoted as 'keep a close eye on costs' and 'watch costs closely'."},
    {"kind": "role_mismatch", "claims": ["Q5", "R3"],
     "why": "Okafor is called President in one outlet and Vice President in another."},
    {"kind": "numeric_mismatch", "claims": ["Q1", "T1"], "update": True,
     "why": "Sources said 1,200 jobs; Quorvex later announced 1,100 (an update)."},
    {"kind": "report_vs_denial", "cluster_a": "deal_reported", "cluster_b": "mariners_response",
     "why": "Council members (via the Courier) report a deal; the Mariners deny it."},
    {"kind": "response_mismatch", "claims": ["K6", "G3"],
     "why": "The Courier says Thackeray did not respond; the wire says he declined to comment."},
    {"kind": "response_mismatch", "claims": ["K4", "M1"], "update": True,
     "why": "The Mariners denied the report, then confirmed the deal (an update)."},
    {"kind": "numeric_mismatch", "claims": ["K1", "G1"], "why": "$240 million against $260 million."},
    {"kind": "numeric_mismatch", "claims": ["K2", "G4"], "why": "42,000 seats against 40,000."},
    {"kind": "date_mismatch", "claims": ["K3", "G5"], "why": "Vote on Nov. 18 against Nov. 20."},
    {"kind": "role_mismatch", "claims": ["K6", "G3"],
     "why": "Thackeray is Deputy Mayor in the Courier and Mayor in the wire story."},
]  # fmt: skip

# article prefix of original, of copy, kind, first excerpt start/end, second excerpt start/end
DUPLICATES: list[tuple[str, str, str, str, str, str, str]] = [
    ("a3", "a4", "copy", "MILLBROOK, Sept. 9", "Chaudry said.", "MILLBROOK —", "Chaudry said."),
    ("a2", "a5", "copy", "The Millbrook Valley Water Authority kept", "All rights reserved.",
     "The Millbrook Valley Water Authority kept", "All rights reserved."),
    ("c2", "c3", "copy", "CARROWMORE (Coastal", "Halden University.", "CARROWMORE -",
     "Halden University."),
]  # fmt: skip

BOILERPLATE: list[tuple[str, str]] = [
    ("b1", "TechWire Daily covers the business of technology"),
    ("b3", "TechWire Daily covers the business of technology"),
    ("a2", "Harbor Daily News is a reader-supported newsroom"),
    ("a5", "Harbor Daily News is a reader-supported newsroom"),
]


def main() -> None:
    """Write gold.yaml beside this script."""
    write_gold(
        Corpus(
            folder=HERE,
            story="Dev corpus: Eastgate lead tests (A), Quorvex layoffs (B), Mariners stadium (C)",
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
