"""``newsgraph spark stories DIR``: stories over the records of ``spark analyze``.

1. On the executors: each record -> its clustering features (as the store computes them) and
   the topic LSH bands of ``newsgraph.stories.incremental``.
2. Blocking in Spark: records that share a band and whose dates are within the window are
   candidate pairs; buckets larger than ``MAX_BUCKET`` are skipped (a band that thousands
   of articles share says nothing about a story).
3. On the driver: connected components of the candidate pairs (union-find over the pairs,
   which are far fewer than the records squared) -> blocks. The topic bands are loose (they
   are tuned for recall), so on a real feed components chain through time; a component of
   more than ``MAX_BLOCK`` articles is cut into runs of consecutive days of at most
   ``MAX_BLOCK`` articles each (a story that spans a cut is split there: the price of
   bounded blocks).
4. On the executors: each block clustered by ``newsgraph.stories.cluster.cluster_articles``
   (the batch algorithm); a story is named after its first article, like the store does.
5. ``DIR/stories``: Parquet rows (article_id, story_id).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analyze import SparkError, session

MAX_BUCKET = 2000
MAX_BLOCK = 5000  # articles clustered together on one executor, at most


@dataclass(slots=True)
class StoriesSummary:
    articles: int
    stories: int
    largest: int
    blocks: int
    seconds: float
    out: str

    def lines(self) -> list[str]:
        """The closing summary, for people."""
        return [f"{self.articles} articles in {self.stories} stories (largest {self.largest}; "
                f"{self.blocks} blocks)", f"{self.out}; {self.seconds:.1f}s"]


def features(record: dict) -> Any:
    """A record dict -> ``ArticleFeatures`` (entities keyed by corpus entity id)."""
    from ..record import Record
    from ..stories.cluster import ArticleFeatures
    from ..stories.dedup import body_text
    from ..stories.entities import entity_id

    rec = Record.from_dict(record)
    ents: Counter[str] = Counter()
    for ent in rec.entities:
        if ent.type in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"):
            ents[entity_id(ent)] += max(len(ent.mentions), 1)
    day = rec.published[:10] if rec.published and len(rec.published) >= 10 else None
    return ArticleFeatures(id=rec.id, text=body_text(rec.text, rec.headline)[:6000],
                           headline=rec.headline or "", day=day, entities=dict(ents))


def band_rows(raws: Iterable[str]) -> Iterator[tuple]:
    """On an executor: record JSON -> ((band, hash), (id, day number)) rows."""
    from ..stories import incremental

    stop = incremental._stop_words()
    for raw in raws:
        item = features(json.loads(raw))
        dayn = incremental.day_number(item.day)
        for band in incremental.bands(incremental.signature(incremental.topic_tokens(item,
                                                                                    stop))):
            yield band, (item.id, dayn)


def bucket_pairs(members: Iterable[tuple[str, int | None]]) -> Iterator[tuple[str, str]]:
    """Candidate pairs in one LSH bucket (date window applied)."""
    from ..stories.incremental import within_window

    ms = sorted(set(members))
    if len(ms) > MAX_BUCKET:
        return
    for i, (a, da) in enumerate(ms):
        for b, db in ms[i + 1:]:
            if within_window(da, db):
                yield a, b


def components(ids: list[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> its block (the smallest id of its connected component)."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}


def bounded_blocks(block: dict[str, str], days: dict[str, str | None],
                   max_block: int = MAX_BLOCK) -> dict[str, str]:
    """Cut blocks larger than ``max_block`` into runs of consecutive days (see step 3)."""
    members: dict[str, list[str]] = {}
    for aid, root in block.items():
        members.setdefault(root, []).append(aid)
    out = dict(block)
    for root, ids in members.items():
        if len(ids) <= max_block:
            continue
        ids.sort(key=lambda i: (days.get(i) or "", i))
        for start in range(0, len(ids), max_block):
            for aid in ids[start:start + max_block]:
                out[aid] = f"{root}#{start // max_block}"
    return out


def cluster_block(raws: Iterable[str]) -> list[tuple[str, str]]:
    """On an executor: one block's records -> (article id, story id) rows."""
    from ..stories.cluster import cluster_articles
    from ..stories.incremental import new_story_id

    items = [features(json.loads(r)) for r in raws]
    days = {a.id: a.day for a in items}
    out = []
    for ids in cluster_articles(items):
        sid = new_story_id(ids, days)
        out.extend((i, sid) for i in ids)
    return out


def spark_stories(folder: str | Path, *, master: str = "local[2]", spark: Any = None
                  ) -> StoriesSummary:
    """Cluster the records of ``folder`` (a ``spark analyze`` output) into stories."""
    folder = Path(folder)
    records_dir = folder / "records"
    if not records_dir.is_dir():
        raise SparkError("no records folder here", source=str(folder),
                         hint="give the --out folder of `newsgraph spark analyze`")
    own = spark is None
    spark = spark or session(master)
    t0 = time.perf_counter()
    try:
        df = spark.read.parquet(str(records_dir))
        recs = df.select("id", "record").rdd.map(lambda r: (r["id"], r["record"]))
        recs.cache()
        days = {r["id"]: (r["published"] or "")[:10] or None
                for r in df.select("id", "published").collect()}
        pairs = recs.values().mapPartitions(band_rows).groupByKey() \
            .flatMap(lambda kv: bucket_pairs(kv[1])).distinct().collect()
        block = bounded_blocks(components(sorted(days), pairs), days)
        sc = spark.sparkContext
        block_of = sc.broadcast(block)
        rows = recs.map(lambda kv: (block_of.value[kv[0]], kv[1])).groupByKey() \
            .flatMap(lambda kv: cluster_block(kv[1]))
        from pyspark.sql.types import StringType, StructField, StructType

        schema = StructType([StructField("article_id", StringType(), False),
                             StructField("story_id", StringType(), False)])
        df = spark.createDataFrame(rows, schema)
        df.write.mode("overwrite").parquet(str(folder / "stories"))
        sizes = Counter(r["story_id"] for r in
                        spark.read.parquet(str(folder / "stories")).collect())
        recs.unpersist()
    finally:
        if own:
            spark.stop()
    return StoriesSummary(articles=sum(sizes.values()), stories=len(sizes),
                          largest=max(sizes.values(), default=0),
                          blocks=len(set(block.values())),
                          seconds=time.perf_counter() - t0, out=str(folder / "stories"))
