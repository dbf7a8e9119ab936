"""Corpus evaluations: story clustering (ECB+), near-duplicate detection, ingest speed.

- ``ecbplus``: cluster the ECB+ test topics (36-45, the Cybulska & Vossen 2015 split) into
  stories; gold = the sub-topic (two look-alike real events per topic). B³ precision, recall,
  F1 and cluster counts. The clustering thresholds were tuned on the train and dev topics only.
- ``near_duplicates``: pairs built from ECB+ *train* documents: the same article re-published
  with word edits, added boilerplate, a dropped or added sentence and a changed headline
  (positives), against different articles, most of them on the very same event (negatives).
  Precision and recall of the store's MinHash/LSH decision.
- ``ingest_speed``: the real ingest (Analyzer with all stages, SQLite store) on ECB+ documents:
  articles per second and store size per 1,000 articles.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from ..errors import EvalError
from . import Score

TEST_TOPICS = set(range(36, 46))


def _docs(bench: Path) -> list[dict]:
    path = bench / "ecbplus" / "documents.jsonl"
    if not path.exists():
        raise EvalError("ECB+ documents are missing", source=str(path),
                        hint="the bench root must hold ecbplus/documents.jsonl")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def b_cubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B³ precision, recall, F1 over the items of ``gold``."""
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        pred_members[pred[item]].add(item)
        gold_members[gold[item]].add(item)
    p = r = 0.0
    for item in gold:
        both = len(pred_members[pred[item]] & gold_members[gold[item]])
        p += both / len(pred_members[pred[item]])
        r += both / len(gold_members[gold[item]])
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ecb_features(docs: list[dict], analyzer=None) -> list:
    """ArticleFeatures for ECB+ documents, through the real Analyzer."""
    from ..ingest import _analyze
    from ..pipeline import Analyzer, Item
    from ..record import Record
    from ..stories.cluster import ArticleFeatures
    from ..stories.dedup import body_text
    from ..stories.entities import entity_id

    # clustering reads entities only; the other stages would cost time for nothing here
    analyzer = analyzer or Analyzer(stages=["newsgraph_entities", "newsgraph_places"])
    items = [(Item(raw=d["text"], name=d["doc_id"]), d["doc_id"]) for d in docs]
    out = []
    for doc, (_, rec) in zip(docs, _analyze(analyzer, items)):
        if not isinstance(rec, Record):
            out.append(ArticleFeatures(id=doc["doc_id"], text=doc["text"]))
            continue
        ents: Counter[str] = Counter()
        for ent in rec.entities:
            if ent.type in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"):
                ents[entity_id(ent)] += max(len(ent.mentions), 1)
        out.append(ArticleFeatures(id=doc["doc_id"], text=body_text(rec.text, rec.headline),
                                   headline=rec.headline or "", day=rec.published,
                                   entities=dict(ents)))
    return out


INCREMENTAL_BATCH = 20  # articles per simulated ingest
INCREMENTAL_SEED = 13  # arrival order: the documents shuffled with this seed


def incremental_clusters(features: list, batch: int = INCREMENTAL_BATCH,
                         seed: int = INCREMENTAL_SEED) -> list[list[str]]:
    """Stories as the store builds them: articles arriving in small ingests, in a shuffled
    order, placed by ``newsgraph.stories.incremental`` (never re-clustered globally)."""
    from ..stories.incremental import MemoryStories

    order = sorted(features, key=lambda a: a.id)
    random.Random(seed).shuffle(order)
    corpus = MemoryStories()
    for start in range(0, len(order), batch):
        corpus.add(order[start:start + batch])
    return sorted(corpus.stories().values())


def tune_incremental(features: list, gold: dict[str, str], split: dict[str, str],
                     seeds: tuple[int, ...] = (13, 1, 2, 3, 4)) -> dict[str, float]:
    """Mean B³ of the incremental placement over arrival orders, for choosing its constants.

    Pass the ECB+ *train and dev* documents only (never test): each split is placed alone,
    like the test topics in ``run_ecbplus``, once per seed. Returns mean precision, recall,
    F1 and the lowest F1 of the runs.
    """
    runs = []
    for part in sorted(set(split.values())):
        items = [a for a in features if split[a.id] == part]
        part_gold = {a.id: gold[a.id] for a in items}
        for seed in seeds:
            clusters = incremental_clusters(items, seed=seed)
            pred = {i: str(n) for n, ids in enumerate(clusters) for i in ids}
            runs.append(b_cubed(pred, part_gold))
    n = len(runs)
    return {"precision": sum(r[0] for r in runs) / n, "recall": sum(r[1] for r in runs) / n,
            "f1": sum(r[2] for r in runs) / n, "min_f1": min(r[2] for r in runs)}


def run_ecbplus(bench: Path, limit: int | None = None) -> list[Score]:
    """B³ of story clustering on the ECB+ test topics (gold: sub-topic).

    The main rows measure what ingest does (incremental, batches of ``INCREMENTAL_BATCH``
    in a shuffled order); the batch algorithm over all documents at once is reported beside.
    """
    from ..stories.cluster import cluster_articles

    docs = [d for d in _docs(bench) if d["topic"] in TEST_TOPICS]
    docs.sort(key=lambda d: d["doc_id"])
    if limit:
        docs = docs[::max(1, len(docs) // limit)][:limit]
    gold = {d["doc_id"]: d["subtopic"] for d in docs}
    features = ecb_features(docs)
    n_gold = len(set(gold.values()))
    out = []
    for task, clusters, how in (
            ("story clustering, test topics", incremental_clusters(features),
             f"incremental: ingests of {INCREMENTAL_BATCH} in a shuffled order"),
            ("story clustering, test topics, batch", cluster_articles(features),
             "batch: all documents clustered at once")):
        pred = {i: str(n) for n, ids in enumerate(clusters) for i in ids}
        p, r, f = b_cubed(pred, gold)
        note = (f"{how}; {len(clusters)} clusters vs {n_gold} gold sub-topics; "
                "tuned on train+dev topics")
        out += [Score("ecbplus", task, metric, round(100 * v, 1), published=None,
                      n=len(docs), note=note)
                for metric, v in (("B3 precision", p), ("B3 recall", r), ("B3 F1", f))]
        out.append(Score("ecbplus", task, "clusters", float(len(clusters)),
                         published=f"{n_gold} (gold sub-topics)", n=len(docs), note=note))
    return out


_BOILERPLATE = (
    "Share this article on Facebook Twitter Email",
    "Sign up for our daily newsletter to get the top stories in your inbox.",
    "Copyright 2024 The Daily Example. All rights reserved.",
    "Advertisement",
    "Related: More stories from our World desk",
    "This material may not be published, broadcast, rewritten or redistributed.",
)
_SWAPS = (("said", "stated"), ("told", "informed"), ("police", "authorities"),
          ("killed", "left dead"), ("Tuesday", "on Tuesday"), ("announced", "revealed"))


def _republish(text: str, rng: random.Random) -> str:
    """The same article as another site republishes it: new headline, edits, boilerplate."""
    lines = [x for x in text.split("\n") if x.strip()]
    body = lines[1:] if len(lines) > 2 else lines
    body = [_edit(x, rng) for x in body]
    if len(body) > 4 and rng.random() < 0.5:
        del body[rng.randrange(1, len(body))]  # an editor's cut
    headline = "UPDATE: " + " ".join((lines[0] if lines else "News").split()[:8][::-1])
    top = rng.sample(_BOILERPLATE, 2)
    bottom = rng.sample(_BOILERPLATE, 2)
    return "\n\n".join([headline, *top, *body, *bottom])


def _edit(line: str, rng: random.Random) -> str:
    for a, b in _SWAPS:
        if a in line and rng.random() < 0.5:
            line = line.replace(a, b, 1)
    words = line.split()
    if len(words) > 12 and rng.random() < 0.3:
        del words[rng.randrange(len(words))]
    return " ".join(words)


def near_duplicate_pairs(docs: list[dict], n: int, seed: int = 7
                         ) -> list[tuple[str, str, bool]]:
    """(raw a, raw b, same article?) pairs: n positives and n negatives, half of the
    negatives on the same sub-topic (same event, other outlet)."""
    rng = random.Random(seed)
    docs = [d for d in docs if len(d["text"].split()) >= 60]
    by_sub: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_sub[d["subtopic"]].append(d)
    pairs = []
    for d in rng.sample(docs, min(n, len(docs))):
        pairs.append((d["text"], _republish(d["text"], rng), True))
        same = [x for x in by_sub[d["subtopic"]] if x["doc_id"] != d["doc_id"]]
        other = rng.choice(same) if same and rng.random() < 0.5 else rng.choice(docs)
        if other["doc_id"] != d["doc_id"]:
            pairs.append((d["text"], _republish(other["text"], rng), False))
    return pairs


def run_near_duplicates(bench: Path, limit: int | None = None) -> list[Score]:
    """Precision/recall of near-duplicate detection on constructed pairs."""
    from ..clean import clean
    from ..stories import dedup

    train = [d for d in _docs(bench) if d["split"] == "train"]
    train.sort(key=lambda d: d["doc_id"])
    pairs = near_duplicate_pairs(train, limit or 200)

    def sig(raw: str):
        c = clean(raw, is_html=False)
        return dedup.signature(dedup.body_text(c.text, c.headline))

    tp = fp = fn = tn = 0
    for a, b, same in pairs:
        sa, sb = sig(a), sig(b)
        candidate = bool(set(dedup.bands(sa)) & set(dedup.bands(sb)))
        found = candidate and dedup.similarity(sa, sb) >= dedup.THRESHOLD
        tp += found and same
        fp += found and not same
        fn += (not found) and same
        tn += (not found) and not same
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    note = (f"{tp + fn} republished pairs (edits, boilerplate, new headline) vs {fp + tn} "
            "different articles, about half on the same event; built from ECB+ train docs")
    return [Score("near_duplicates", "MinHash LSH, constructed pairs", m, round(100 * v, 1),
                  n=len(pairs), note=note) for m, v in (("precision", p), ("recall", r))]


def run_ingest_speed(bench: Path, limit: int | None = None) -> list[Score]:
    """Articles/s of the full ingest into SQLite and the store's size per 1,000 articles."""
    from ..ingest import ingest_items
    from ..pipeline import Item, get_analyzer
    from ..store import open_store

    docs = sorted(_docs(bench), key=lambda d: d["doc_id"])[: (limit or 150)]
    analyzer = get_analyzer()  # loaded before the clock starts: a one-off per process
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "speed.db"
        store = open_store(path)
        t0 = time.perf_counter()
        summary = ingest_items((Item(raw=d["text"], source=f"outlet{i % 7}", name=d["doc_id"])
                                for i, d in enumerate(docs)), store, analyzer=analyzer)
        seconds = time.perf_counter() - t0
        store._execute("PRAGMA wal_checkpoint(TRUNCATE)")
        records = list(store.iter_records())
        store.close()
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        # the store's own share: the same records written again, analysis excluded
        copy = open_store(Path(tmp) / "copy.db")
        t1 = time.perf_counter()
        copy.add(records)
        copy.update_stories()
        store_seconds = time.perf_counter() - t1
        copy.close()
    n = max(summary.new, 1)
    words = sum(len(d["text"].split()) for d in docs) / max(len(docs), 1)
    note = f"SQLite, all stages, ECB+ documents (~{words:.0f} words each), 1 process"
    return [Score("ingest_speed", "ingest into SQLite", "articles/s",
                  round(summary.new / seconds, 2), n=summary.new, note=note),
            Score("ingest_speed", "store only (records already analyzed)", "articles/s",
                  round(len(records) / store_seconds, 1), n=len(records),
                  note="SQLite: add (one transaction per record) + update_stories"),
            Score("ingest_speed", "ingest into SQLite", "MB per 1,000 articles",
                  round(size / n * 1000 / 1e6, 1), n=summary.new, note=note)]


SETS: dict[str, Callable[[Path, int | None], list[Score]]] = {
    "ecbplus": run_ecbplus,
    "near_duplicates": run_near_duplicates,
    "ingest_speed": run_ingest_speed,
}
