"""Time expressions against TIMEX3 gold: TempEval-3 platinum and MEANTIME English.

Each document is run through the spaCy model and the ``newsgraph_times`` stage only (the
other stages do not change times), with its document creation time as the publication date.
Our extents keep a leading preposition ("on Friday"); TIMEX3 extents do not, so it is
stripped before comparing.

Metrics as in TempEval-3 Task A: strict (same extent) and relaxed (any overlap) P/R/F1 with
one-to-one matching; value F1 counts relaxed matches whose value is also right, over our
expressions (precision) and the gold ones (recall). MEANTIME adds value accuracy: the share
of gold TIMEX3 (with a span) that we found with the right value. MEANTIME annotates times in
the first sentences only, so its precision counts only ours from that part.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..record import Time
from ..times.lexicon import PREPOSITIONS
from . import Score

HEIDELTIME = "77.61 (HeidelTime); SUTime 67.38"
_UNVERIFIED = "published figure not re-verified against the task paper (bench README)"


def run_tempeval3(bench: Path, limit: int | None) -> list[Score]:
    """TempEval-3 platinum test: timex extent F1 (strict, relaxed), value and type F1."""
    docs = _load(bench / "tempeval3_platinum" / "te3_platinum.jsonl", limit)
    counts = _score_docs(docs)
    n = counts["gold"]
    name = "tempeval3_platinum"
    task = "timex (TE3 Task A)"
    return [
        Score(name, task, "strict F1", counts["strict_f1"], "81.34 (HeidelTime); ClearTK 82.71",
              n=n, note=_UNVERIFIED),
        Score(name, task, "relaxed F1", counts["relaxed_f1"], "90.30 (HeidelTime)", n=n,
              note=_UNVERIFIED),
        Score(name, task, "value F1", counts["value_f1"], HEIDELTIME, n=n,
              note="target: HeidelTime"),
        Score(name, task, "type F1", counts["type_f1"], None, n=n),
    ]


def run_meantime(bench: Path, limit: int | None) -> list[Score]:
    """MEANTIME English: timex value accuracy against the document date, and value F1."""
    docs = _load(bench / "meantime_en" / "meantime_en.jsonl", limit)
    docs = [d for d in docs if d.get("dct")]
    for d in docs:
        d["timexes"] = [t for t in d["timexes"]
                        if not t.get("empty") and t.get("start") is not None]
    counts = _score_docs(docs, region=_meantime_region)
    n = counts["gold"]
    name = "meantime_en"
    task = "timex"
    return [
        Score(name, task, "value accuracy", counts["value_recall"], None, n=n,
              note="gold TIMEX3 found with the right value, against the document date"),
        Score(name, task, "value accuracy, found timexes", counts["value_given_match"], None,
              n=int(counts["relaxed"]), note="normalization alone: over gold TIMEX3 we found"),
        Score(name, task, "value F1", counts["value_f1"], None, n=n, note=_REGION),
        Score(name, task, "relaxed F1", counts["relaxed_f1"], None, n=n, note=_REGION),
    ]


_REGION = "ours counted in the annotated part only: headline, date line, first 5 sentences"


SETS = {"tempeval3_platinum": run_tempeval3, "meantime_timex": run_meantime}


def _load(path: Path, limit: int | None) -> list[dict]:
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: point `bench` at the shared bench root")
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return docs[:limit] if limit else docs


def _meantime_region(doc) -> int:
    """MEANTIME annotates times only in the headline, the date line and the first five
    sentences (its guidelines); our expressions beyond them are not counted."""
    text = doc.text
    body = text.find("\n", text.find("\n") + 1) + 1
    sents = [s for s in doc.sents if s.end_char > body]
    return sents[4].end_char if len(sents) >= 5 else len(text)


def _score_docs(docs: list[dict], region=None) -> dict[str, float]:
    from ..clean import Cleaned
    from ..pipeline import load_nlp

    nlp = load_nlp(stages=["newsgraph_times"])
    texts = []
    for d in docs:
        doc = nlp.make_doc(d["text"])
        doc._.article = Cleaned(text=d["text"], published=d["dct"])
        texts.append(doc)
    c = dict.fromkeys(("sys", "gold", "strict", "relaxed", "value", "type"), 0)
    for d, doc in zip(docs, nlp.pipe(texts, batch_size=8)):
        system = [timex_extent(t, d["text"]) for t in doc._.times or []]
        if region is not None:
            end = region(doc)
            system = [x for x in system if x[0] < end]
        gold = d["timexes"]
        c["sys"] += len(system)
        c["gold"] += len(gold)
        c["strict"] += len(_match(system, gold, strict=True))
        for s, g in _match(system, gold, strict=False):
            c["relaxed"] += 1
            c["value"] += s[2].value is not None and s[2].value == g["value"]
            c["type"] += s[2].type == g["type"]
    out: dict[str, float] = {"gold": c["gold"], "relaxed": c["relaxed"]}
    out["value_given_match"] = round(100 * c["value"] / c["relaxed"], 2) if c["relaxed"] else 0.0
    for key in ("strict", "relaxed", "value", "type"):
        p = c[key] / c["sys"] if c["sys"] else 0.0
        r = c[key] / c["gold"] if c["gold"] else 0.0
        out[f"{key}_f1"] = round(200 * p * r / (p + r), 2) if p + r else 0.0
        out[f"{key}_recall"] = round(100 * r, 2)
    return out


def timex_extent(t: Time, text: str) -> tuple[int, int, Time]:
    """Our extent as TIMEX3 draws it: without a leading preposition."""
    start = t.start
    first = text[t.start:t.end].split(" ", 1)
    if len(first) == 2 and first[0].lower() in PREPOSITIONS:
        start += len(first[0]) + 1
    return start, t.end, t


def _match(system: list, gold: list[dict], strict: bool) -> list[tuple]:
    """One-to-one pairs, greedily in text order (TE3 matches each gold timex once)."""
    pairs, used = [], set()
    for s in system:
        for i, g in enumerate(gold):
            if i in used:
                continue
            if (s[0], s[1]) == (g["start"], g["end"]) if strict else \
                    (s[0] < g["end"] and g["start"] < s[1]):
                pairs.append((s, g))
                used.add(i)
                break
    return pairs
