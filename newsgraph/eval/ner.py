"""MEANTIME English: NER F1 for named PER/ORG/LOC mentions, ours beside bare spaCy.

The set (../shared/bench/meantime_en, README there) is a test set: nothing in newsgraph is
tuned on it. How it is scored, decided from its annotation guidelines, not its results:

- Gold: mentions whose syntactic type is a name (``NAM``, or ``PRE.NAM``: a name used as a
  premodifier, "US airtanker contract") of an entity typed PER, ORG or LOC; contiguous ones.
- MEANTIME gives a name's full extent and the names inside it ("JSA Research defence
  analysist Paul Nesbit" and "Paul Nesbit"); a flat tagger can only give one, so a gold
  mention that contains another gold mention is left out and the inner names are scored.
- A leading "the" is not part of a name on either side (MEANTIME includes it, OntoNotes and
  spaCy do not); otherwise spans must match exactly, with the type.
- The intra-document names are annotated in the first sentences of each article only, so a
  prediction counts only up to the end of the sentence holding the last annotated mention.
- Prediction types: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC (NORP and the rest unscored).

Both rows run the same model on the same documents in one pass: "bare" is the model's
``doc.ents``; "newsgraph" is ``doc._.entities`` after the entities stage.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import EvalError
from . import Score, load_judged

SET = "meantime_en"
GOLD_SYNTAX = frozenset({"NAM", "PRE.NAM"})
GOLD_TYPES = frozenset({"PER", "ORG", "LOC"})
LABEL_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

Mention = tuple[int, int, str]  # start, end, type


def load(bench: Path) -> list[dict]:
    """The articles of the set, in file order."""
    path = bench / SET / f"{SET}.jsonl"
    if not path.is_file():
        raise EvalError(f"{path} not found", hint="the MEANTIME set belongs in bench/meantime_en")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _strip_the(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the "."""
    if text[start:start + 4].lower() == "the " and end - start > 4:
        return start + 4, end
    return start, end


def gold_mentions(article: dict) -> set[Mention]:
    """The scored gold mentions of an article (see the module docstring)."""
    text = article["text"]
    raw = [(m["start"], m["end"], m["entity_type"]) for m in article["entity_mentions"]
           if m.get("syntactic_type") in GOLD_SYNTAX and m.get("entity_type") in GOLD_TYPES
           and m.get("contiguous", True)]
    spans = {(s, e) for s, e, _ in raw}
    out = set()
    for s, e, t in raw:
        if any(s <= s2 and e2 <= e and (s2, e2) != (s, e) for s2, e2 in spans):
            continue  # keep the innermost names
        out.add((*_strip_the(text, s, e), t))
    return out


def annotated_end(article: dict) -> int:
    """Offset up to which the article's intra-document mentions are annotated."""
    ends = [m["end"] for m in article["entity_mentions"] if m.get("syntactic_type")]
    return max(ends, default=0)


def predicted(text: str, items: list[tuple[int, int, str]], limit_end: int) -> set[Mention]:
    """Predicted (start, end, label) -> scored mentions up to ``limit_end``."""
    out = set()
    for start, end, label in items:
        t = LABEL_MAP.get(label)
        if t is None or start >= limit_end:
            continue
        out.add((*_strip_the(text, start, end), t))
    return out


def prf(gold: int, pred: int, hits: int) -> tuple[float, float, float]:
    """Precision, recall, F1 in percent."""
    p = 100.0 * hits / pred if pred else 0.0
    r = 100.0 * hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run(bench: Path, limit: int | None = None) -> list[Score]:
    """NER F1 on MEANTIME English for bare spaCy and for newsgraph (two rows)."""
    from ..clean import Cleaned
    from ..pipeline import load_nlp

    articles = load(bench)
    if limit:
        articles = articles[:limit]
    nlp = load_nlp(stages=["newsgraph_entities"])
    stage = nlp.get_pipe("newsgraph_entities")
    docs = []
    for art in articles:
        doc = nlp.make_doc(art["text"])
        doc._.article = Cleaned(text=art["text"], published=art.get("dct"))
        docs.append(doc)
    counts = {"bare": [0, 0, 0], "newsgraph": [0, 0, 0]}  # gold, predicted, hits
    with nlp.select_pipes(disable=["newsgraph_entities"]):
        processed = list(nlp.pipe(docs, batch_size=16))
    for art, doc in zip(articles, processed):
        text = art["text"]
        gold = gold_mentions(art)
        end = annotated_end(art)
        sent_end = next((s.end_char for s in doc.sents if s.start_char <= end - 1 < s.end_char),
                        end)
        bare = predicted(text, [(e.start_char, e.end_char, e.label_) for e in doc.ents],
                         sent_end)
        doc = stage(doc)
        ours = predicted(text, [(m.start, m.end, ent.type) for ent in doc._.entities
                                for m in ent.mentions], sent_end)
        for name, pred in (("bare", bare), ("newsgraph", ours)):
            c = counts[name]
            c[0] += len(gold)
            c[1] += len(pred)
            c[2] += len(gold & pred)
    scores = []
    for name, task in (("bare", "NER named PER/ORG/LOC, exact span (bare spaCy sm)"),
                       ("newsgraph", "NER named PER/ORG/LOC, exact span")):
        gold_n, pred_n, hits = counts[name]
        p, r, f = prf(gold_n, pred_n, hits)
        scores.append(Score(bench=SET, task=task, metric="F1", ours=round(f, 1),
                            published=None, n=gold_n,
                            note=f"P {p:.1f} R {r:.1f}; {len(articles)} articles"))
    return scores


JUNK_FILE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "entity_junk" / \
    "geowebnews_dev.tsv"


def junk_rate(bench: Path, limit: int | None = None) -> list[Score]:
    """Share of entities judged junk on real news we do not score elsewhere: GeoWebNews dev
    articles whose entities were judged by hand once (tests/fixtures/entity_junk). Entities
    the judgement does not list (the output changed since) are counted apart, as unjudged."""
    import json

    from ..clean import Cleaned
    from ..pipeline import load_nlp

    verdicts = {(r["doc"], r["name"], r["type"]): r["verdict"] for r in load_judged(JUNK_FILE)}
    ids = sorted({d for d, _, _ in verdicts}, key=int)[:limit]
    path = bench / "geowebnews" / "geowebnews.jsonl"
    if not path.is_file():
        raise EvalError(f"{path} not found", hint="the GeoWebNews set belongs in bench/geowebnews")
    with path.open(encoding="utf-8") as fh:
        texts = {d["id"]: d["text"] for d in map(json.loads, fh) if d["id"] in ids}
    nlp = load_nlp(stages=["newsgraph_entities", "newsgraph_places"])
    docs = []
    for i in ids:
        doc = nlp.make_doc(texts[i])
        doc._.article = Cleaned(text=texts[i])
        docs.append(doc)
    judged = junk = unjudged = 0
    for i, doc in zip(ids, nlp.pipe(docs, batch_size=16)):
        for ent in doc._.entities or []:
            verdict = verdicts.get((i, ent.name, ent.type))
            if verdict is None:
                unjudged += 1
            else:
                judged += 1
                junk += verdict == "junk"
    note = (f"{len(ids)} GeoWebNews dev articles, entities judged by hand once; "
            f"{unjudged} entities found now were not judged; lower is better")
    return [Score(bench="entity_junk", task="entities judged by hand (GeoWebNews dev)",
                  metric="false entities %", ours=round(100 * junk / max(judged, 1), 1),
                  published=None, n=judged, note=note)]


SETS = {SET: run, "entity_junk": junk_rate}
