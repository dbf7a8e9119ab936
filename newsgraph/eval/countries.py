"""``entity_country``: the country of people and organizations on real news, judged by hand.

The judgements (tests/fixtures/entity_country/dev.tsv) cover ECB+ documents of the train and
dev topics (never the test topics 36-45) and GeoWebNews dev articles (positions %5 == 0). Each
row names one mention of an entity and the country the text states or implies ('-': of no
country). The article goes through the whole pipeline (``newsgraph.analyze``: the cleaner's
dateline included); the entity holding that mention is scored. DEV material: the rules were
developed on it, so its figures overstate what unseen articles score.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import EvalError
from . import Score, load_judged

SET = "entity_country"
GOLD_FILE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "entity_country" / \
    "dev.tsv"
TEST_TOPICS = range(36, 46)  # ECB+ test topics: never judged here


def load_gold(path: Path = GOLD_FILE) -> list[dict[str, str]]:
    """The judged rows: doc ("gwn:<id>" or "ecb:<doc_id>"), type, mention, country."""
    return load_judged(path)


def load_texts(bench: Path, docs: set[str]) -> dict[str, str]:
    """The texts of the judged documents, from the GeoWebNews and ECB+ sets."""
    texts: dict[str, str] = {}
    gwn = bench / "geowebnews" / "geowebnews.jsonl"
    ecb = bench / "ecbplus" / "documents.jsonl"
    for path in (gwn, ecb):
        if not path.is_file():
            raise EvalError(f"{path} not found",
                            hint="the set belongs in bench/geowebnews and bench/ecbplus")
    with gwn.open(encoding="utf-8") as fh:
        for pos, d in enumerate(map(json.loads, fh)):
            key = f"gwn:{d['id']}"
            if key in docs:
                if pos % 5:
                    raise EvalError(f"{key} is a GeoWebNews test article",
                                    hint="judge only dev articles (positions %5 == 0)")
                texts[key] = d["text"]
    with ecb.open(encoding="utf-8") as fh:
        for d in map(json.loads, fh):
            key = f"ecb:{d['doc_id']}"
            if key in docs:
                if d["topic"] in TEST_TOPICS:
                    raise EvalError(f"{key} is an ECB+ test document",
                                    hint="judge only train and dev topics (1-35)")
                texts[key] = d["text"]
    missing = docs - texts.keys()
    if missing:
        raise EvalError(f"documents not found: {', '.join(sorted(missing))}")
    return texts


def predictions(texts: dict[str, str]) -> dict[str, dict[str, str | None]]:
    """doc -> mention text -> the country newsgraph gives the entity holding it."""
    from ..pipeline import analyze

    out: dict[str, dict[str, str | None]] = {}
    for doc, text in texts.items():
        record = analyze(text)
        out[doc] = {m.text: e.country for e in record.entities
                    if e.type in ("PERSON", "ORG") for m in e.mentions}
    return out


def score(gold: list[dict[str, str]], pred: dict[str, dict[str, str | None]]
          ) -> dict[str, tuple[int, int, int]]:
    """type -> (judged entities found, right, not found)."""
    counts: dict[str, list[int]] = {"PERSON": [0, 0, 0], "ORG": [0, 0, 0]}
    for row in gold:
        c = counts[row["type"]]
        found = pred.get(row["doc"], {})
        if row["mention"] not in found:
            c[2] += 1
            continue
        want = None if row["country"] == "-" else row["country"]
        c[0] += 1
        c[1] += found[row["mention"]] == want
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def run(bench: Path, limit: int | None = None) -> list[Score]:
    gold = load_gold()
    docs = list(dict.fromkeys(r["doc"] for r in gold))[:limit]
    gold = [r for r in gold if r["doc"] in docs]
    counts = score(gold, predictions(load_texts(bench, set(docs))))
    scores = []
    for label, task in (("PERSON", "person country"), ("ORG", "organization country")):
        n, right, missing = counts[label]
        note = (f"{len(docs)} ECB+ train/dev and GeoWebNews dev articles, judged by hand; "
                f"DEV, developed on; {missing} judged entities not found now")
        scores.append(Score(bench=SET, task=f"{task} (judged by hand, DEV)", metric="right %",
                            ours=round(100 * right / max(n, 1), 1), n=n, note=note))
    return scores


SETS = {SET: run}


if __name__ == "__main__":  # python -m newsgraph.eval.countries: the misses, for development
    from .report import find_bench

    rows = load_gold()
    preds = predictions(load_texts(find_bench(None), {r["doc"] for r in rows}))
    for r in rows:
        got = preds.get(r["doc"], {}).get(r["mention"], "NOT FOUND")
        want = None if r["country"] == "-" else r["country"]
        if got != want:
            print(f"{r['doc']}\t{r['type']}\t{r['mention']}\tgold {r['country']}\tgot {got}")
    print(score(rows, preds))
