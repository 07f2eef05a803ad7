"""Time the matcher on synthetic claims drawn from many invented stories.

Usage: python bench/match_scale.py [--sizes 12500,25000,50000,100000] [--seed 7]

Each size runs in its own subprocess so the peak memory (max RSS) is that
size's own. Prints, per size: seconds, peak MB, the growth factor of the time
against the previous size, clusters found and the pairwise F1 against the
generator's own propositions.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass

from evclaims.matcher import cluster_claims
from evclaims.models import Article, Claim, SpeakerKind, Status

SYLLABLES = [
    "ka",
    "ren",
    "dor",
    "vel",
    "mis",
    "tra",
    "lon",
    "quo",
    "zen",
    "bra",
    "fel",
    "gor",
    "hal",
    "jin",
    "lum",
    "nor",
    "pax",
    "rus",
    "sil",
    "tor",
    "vin",
    "wex",
    "yar",
    "zol",
    "cen",
    "dra",
    "esk",
    "fin",
    "gal",
    "hux",
]
PLACES = [
    "Ohio",
    "Bavaria",
    "Gujarat",
    "Sonora",
    "Moravia",
    "Jutland",
    "Hokkaido",
    "Alberta",
    "Cordoba",
    "Anhui",
]
OUTLETS = [
    "Daily Ledger",
    "Harbor Times",
    "Wire Service",
    "Metro Post",
    "Tech Dispatch",
    "Market Watchers",
]
BIG_NAMES = ["Globex", "Initech", "Umbrella", "Hooli", "Vandelay"]

TEMPLATES = [
    "{A} {held} {talks} with {B} about a {product} {plant} in {place}",
    "{A} plans to {cut} {n} {jobs} at its {place} {plant}",
    "{A} will launch a new {product} in {year}",
    "{B} agreed to buy a {pct}% stake in {A}",
    "{A} reported revenue of ${n} million for {year}",
    "{A} and {B} signed a supply deal worth ${n} million",
    "{B} is recalling {n} {product} units sold in {place}",
    "{A} was fined ${n} million by regulators in {place}",
]
SWAPS = {
    "held": ["held", "has held", "was in"],
    "talks": ["talks", "discussions", "negotiations"],
    "plant": ["plant", "factory", "facility"],
    "cut": ["cut", "eliminate", "slash"],
    "jobs": ["jobs", "positions", "roles"],
    "product": ["battery", "scooter", "charger", "sensor", "drone", "robot"],
}
FRAMES = [
    ("{s}.", None, "unattributed"),
    ("According to a report by {o}, {s}.", "{o}", "publication"),
    ("{o} reported that {s}.", "{o}", "publication"),
    ("Sources said {s}.", "sources", "anonymous"),
    ("Meanwhile, {s}, people familiar with the matter said.", "people familiar", "anonymous"),
]


@dataclass
class Story:
    """An invented story: its names and the propositions told about it."""

    names: list[str]
    person: str
    place: str


def name(rng: random.Random) -> str:
    """Return an invented proper name."""
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def generate(n_claims: int, seed: int) -> tuple[list[Claim], list[Article], list[str]]:
    """Return about `n_claims` claims, their articles and each claim's true proposition."""
    rng = random.Random(seed)
    claims: list[Claim] = []
    truth: list[str] = []
    articles: list[Article] = []
    story_no = 0
    while len(claims) < n_claims:
        story_no += 1
        names = [name(rng), name(rng)]
        if rng.random() < 0.1:
            names[1] = rng.choice(BIG_NAMES)
        place = rng.choice(PLACES) if rng.random() < 0.2 else name(rng)
        story = Story(names, f"{name(rng)} {name(rng)}", place)
        n_articles = rng.randint(4, 8)
        art_ids = [f"s{story_no:05d}-a{k}" for k in range(n_articles)]
        for aid in art_ids:
            articles.append(
                Article(id=aid, path=aid + ".txt", sha256="-", outlet=rng.choice(OUTLETS))
            )
        for p, template in enumerate(rng.sample(TEMPLATES, rng.randint(4, 7))):
            values = {
                "A": story.names[0],
                "B": story.names[1],
                "place": story.place,
                "n": str(rng.randint(2, 400) * 10),
                "year": str(rng.choice([2025, 2026, 2027])),
                "pct": str(rng.choice([5, 10, 20, 49])),
                "product": rng.choice(SWAPS["product"]),
            }
            prop = f"{story_no}-{p}"
            tellers = rng.sample(art_ids, rng.randint(1, min(5, n_articles)))
            for aid in tellers:
                slots = dict(values)
                for key in ("held", "talks", "plant", "cut", "jobs"):
                    slots[key] = rng.choice(SWAPS[key])
                if rng.random() < 0.1:  # a different figure for the same quantity
                    slots["n"] = str(int(values["n"]) * 2)
                sentence = template.format(**slots)
                frame, speaker, kind = rng.choice(FRAMES)
                outlet = rng.choice(OUTLETS)
                text = frame.format(s=sentence, o=outlet)
                add_claim(
                    claims,
                    truth,
                    aid,
                    text,
                    speaker and speaker.format(o=outlet),
                    kind,
                    "asserted",
                    prop,
                )
            if rng.random() < 0.3:  # the party denies it
                for aid in rng.sample(art_ids, rng.randint(1, 3)):
                    text = rng.choice(["{A} denied the report.", "{A} said the claims were false."])
                    add_claim(
                        claims,
                        truth,
                        aid,
                        text.format(A=story.names[0]),
                        story.names[0],
                        "organization",
                        "denied",
                        prop + "-denial",
                    )
        for aid in art_ids[:2]:  # filler that matches nothing
            text = f"{story.person} has worked in {story.place} for {rng.randint(2, 30)} years."
            add_claim(claims, truth, aid, text, None, "unattributed", "asserted", f"{story_no}-x")
    return claims, articles, truth


def add_claim(
    claims: list[Claim],
    truth: list[str],
    article: str,
    text: str,
    speaker: str | None,
    kind: str,
    status: str,
    prop: str,
) -> None:
    """Append one synthetic claim and its true proposition."""
    k: SpeakerKind = kind  # type: ignore[assignment]
    s: Status = status  # type: ignore[assignment]
    span = (len(claims) * 1000, len(claims) * 1000 + len(text))
    claims.append(
        Claim(
            id=f"c-{len(claims):07d}",
            article=article,
            speaker=speaker,
            speaker_kind=k,
            status=s,
            text=text,
            span=span,
            content_span=span,
            rule="synthetic",
        )
    )
    truth.append(prop)


def pairwise_f1(truth: list[str], predicted: list[str | None]) -> float:
    """Return the pairwise F1 of predicted clusters against the true propositions."""

    def pairs(counts: Counter[object]) -> int:
        return sum(v * (v - 1) // 2 for v in counts.values())

    pred_ids = [p if p is not None else f"single-{i}" for i, p in enumerate(predicted)]
    tp = pairs(Counter(zip(truth, pred_ids, strict=True)))
    gold, pred = pairs(Counter(truth)), pairs(Counter(pred_ids))
    if tp == 0:
        return 0.0
    precision, recall = tp / pred, tp / gold
    return 2 * precision * recall / (precision + recall)


def run_one(n: int, seed: int) -> None:
    """Cluster one synthetic corpus and print its figures as JSON."""
    claims, articles, truth = generate(n, seed)
    start = time.perf_counter()
    clusters, out = cluster_claims(claims, articles, {}, [])
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    largest = max((len(c.claims) for c in clusters), default=0)
    f1 = pairwise_f1(truth, [c.cluster for c in out])
    print(
        json.dumps(
            {
                "n": len(claims),
                "seconds": seconds,
                "peak_mb": peak_mb,
                "clusters": len(clusters),
                "largest": largest,
                "f1": f1,
            }
        )
    )


def main(argv: list[str]) -> int:
    """Run every size in a subprocess and print the table."""
    sizes = [12500, 25000, 50000, 100000]
    seed = 7
    if "--one" in argv:
        run_one(int(argv[argv.index("--one") + 1]), int(argv[argv.index("--seed") + 1]))
        return 0
    if "--sizes" in argv:
        sizes = [int(x) for x in argv[argv.index("--sizes") + 1].split(",")]
    if "--seed" in argv:
        seed = int(argv[argv.index("--seed") + 1])
    print(
        f"{'claims':>8} {'seconds':>8} {'peak MB':>8} {'growth':>7} {'clusters':>8} "
        f"{'largest':>7} {'F1':>6}"
    )
    previous: float | None = None
    for n in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--seed", str(seed)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        growth = f"{r['seconds'] / previous:.2f}x" if previous else "-"
        previous = r["seconds"]
        print(
            f"{r['n']:>8} {r['seconds']:>8.2f} {r['peak_mb']:>8.0f} {growth:>7} "
            f"{r['clusters']:>8} {r['largest']:>7} {r['f1']:>6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
