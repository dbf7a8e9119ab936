"""Event coding measured on public gold sets and on our own no-event articles.

- ``plover-gsr-cameo``: the CAMEO manual's example sentences coded in PLOVER 0.5b1. Their 2016
  types are mapped onto today's 16 by the CAMEO→PLOVER 2021 table (FIGHT→ASSAULT,
  DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE mode investigate, DEMAND→REQUEST). The most confident
  event of a sentence is compared with the gold type, source and target. An actor is right when
  its ISO alpha-3 country equals a gold actor's code or its text overlaps a gold actor's text.
- ``case2021-task2-event-types``: ACLED sub-event type of each snippet (subtask 1, 25 types),
  of the shipped system: each snippet goes through the pipeline as an article, and the first
  row of the ACLED export (newsgraph.export.acled) gives the label; OTHER when there is none.
  Weighted F1 in percent.
- ``genre_gate``: share of real ECB+ articles from sport, entertainment, technology and
  business topics that get any political event (dev/train topics and test topics apart).
- ``false_events``: share of our own articles with no political event (sport, business,
  weather; tests/fixtures/events/no_event/) that get any event. Lower is better.
- ``own_events``: our own articles with gold events (tests/fixtures/events/gold.json), a
  development set: type, actor1, actor2, place and date precision/recall after matching each
  gold event to a predicted event of the same type. Negated events are not counted as events.

Nothing here was tuned on the test sets (rules come from the PLOVER manual and ACLED codebook;
the verb scorer is trained on the PETRARCH2 CAMEO dictionary, see newsgraph.train.events).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from . import Score

MAP_2016 = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
            "DEMAND": "REQUEST"}
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "events"


def _docs(texts: list[str], published: str) -> Iterator:
    """Processed Docs for short texts read as one body paragraph each (no headline guess)."""
    from ..clean import Cleaned
    from ..pipeline import get_analyzer
    from ..record import Paragraph

    nlp = get_analyzer().nlp
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.article = Cleaned(text=text, published=published,
                                paragraphs=[Paragraph(0, len(text), "body")])
        docs.append(doc)
    yield from nlp.pipe(docs, batch_size=32)


def _read(path: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if limit is not None and limit < len(rows):
        step = len(rows) / limit  # deterministic spread over the whole set
        rows = [rows[int(i * step)] for i in range(limit)]
    return rows


def _actor_ok(pred, gold: list[dict]) -> bool:
    from ..places.countries import alpha3

    if pred is None:
        return False
    code = alpha3(pred.country)
    for g in gold:
        if code and g.get("code") and code == g["code"][:3]:
            return True
        gt, pt = (g.get("actorText") or "").lower(), pred.text.lower()
        if gt and pt and (gt in pt or pt in gt):
            return True
    return False


def run_gsr(bench: Path, limit: int | None) -> list[Score]:
    """Type, source and target accuracy on the PLOVER gold-standard records."""
    rows = _read(bench / "plover-gsr-cameo" / "plover_gsr_cameo.jsonl", limit)
    n = len(rows)
    typ = src = tgt = n_src = n_tgt = found = 0
    for row, doc in zip(rows, _docs([r["text"] for r in rows], "2000-01-01")):
        gold_type = MAP_2016.get(row["event"], row["event"])
        events = sorted(doc._.events or [], key=lambda e: -e.confidence)
        best = events[0] if events else None
        found += best is not None
        typ += best is not None and best.type == gold_type
        gold_src = row.get("source") if isinstance(row.get("source"), list) else []
        gold_tgt = row.get("target") if isinstance(row.get("target"), list) else []
        if gold_src:
            n_src += 1
            src += best is not None and _actor_ok(best.actor1, gold_src)
        if gold_tgt:
            n_tgt += 1
            tgt += best is not None and _actor_ok(best.actor2, gold_tgt)
    name = "plover-gsr-cameo"
    note = "2016 types mapped by CAMEO2PLOVER-2021; most confident event per sentence"
    return [
        Score(name, "event type (16 types)", "accuracy", round(100 * typ / max(n, 1), 1),
              None, n, note),
        Score(name, "event found", "recall", round(100 * found / max(n, 1), 1), None, n),
        Score(name, "source actor", "accuracy", round(100 * src / max(n_src, 1), 1), None,
              n_src, "country code or text overlap"),
        Score(name, "target actor", "accuracy", round(100 * tgt / max(n_tgt, 1), 1), None,
              n_tgt, "country code or text overlap"),
    ]


def shipped_labels(texts: list[str], published: str = "2021-01-01") -> list[str]:
    """CASE 2021 (ACLED) label of each snippet from what newsgraph ships: the pipeline's
    events and the ACLED export's first row (newsgraph.export.acled); OTHER when it has none."""
    from ..events.acled import CASE_LABELS
    from ..export.acled import rows
    from ..pipeline import Item, get_analyzer

    items = [Item(raw=t, published=published, name=f"snippet {k}") for k, t in enumerate(texts)]
    out = []
    for rec in get_analyzer().pipe(items):
        found = rows(rec) if hasattr(rec, "events") else []
        out.append(CASE_LABELS.get(found[0]["sub_event_type"], "OTHER") if found else "OTHER")
    return out


def run_case(bench: Path, limit: int | None) -> list[Score]:
    """Weighted F1 of ACLED sub-event types on CASE 2021 task 2, subtask 1, of the shipped
    pipeline and ACLED export."""
    from sklearn.metrics import f1_score

    rows = [r for r in _read(bench / "case2021-task2-event-types" / "test.jsonl", None)
            if 1 in r["subtasks"]]
    if limit is not None and limit < len(rows):
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    gold = [r["label"] for r in rows]
    pred = shipped_labels([r["text"] for r in rows])
    name = "case2021-task2-event-types"
    task = "subtask 1 (25 ACLED types)"
    how = "the shipped pipeline and ACLED export (events, then newsgraph.events.acled)"
    weighted = f1_score(gold, pred, average="weighted", zero_division=0)
    macro = f1_score(gold, pred, average="macro", zero_division=0)
    return [Score(name, task, "weighted F1", round(100 * weighted, 1), "83.9 (RoBERTa)",
                  len(rows), how),
            Score(name, task, "macro F1", round(100 * macro, 1), None, len(rows))]


# ECB+ topics whose articles hold no political event: sport, entertainment, technology and
# business news (topic numbers of the standard split; dev/train topics and test topics apart)
GENRE_TOPICS = {"dev": {2: "Oscars host", 5: "basketball coach", 6: "film director",
                        7: "boxing title", 10: "baseball contract", 25: "football injury",
                        27: "software patch", 29: "football playoffs", 30: "internet cables",
                        31: "basketball record"},
                "test": {39: "TV casting", 40: "laptop launch", 42: "phone launch",
                         43: "chip maker acquisition", 44: "IT services acquisition"}}


def run_genre(bench: Path, limit: int | None) -> list[Score]:
    """Share of real ECB+ articles from sport, entertainment and business topics given any
    political event (the genre gate), on the dev/train topics and on the test topics."""
    from ..pipeline import Item, get_analyzer

    docs = _read(bench / "ecbplus" / "documents.jsonl", None)
    out = []
    for part, topics in GENRE_TOPICS.items():
        chosen = [d for d in docs if d["topic"] in topics]
        if limit is not None:
            chosen = chosen[:limit]
        items = [Item(raw=d["text"], name=d["doc_id"]) for d in chosen]
        with_events = sum(bool([e for e in getattr(rec, "events", []) if not e.background])
                          for rec in get_analyzer().pipe(items))
        note = ("topics " + ", ".join(f"{k} ({v})" for k, v in topics.items())
                + ("; developed on" if part == "dev" else "; not read while writing rules"))
        out.append(Score("genre_gate", f"ECB+ {part} topics without a political event",
                         "articles with events %",
                         round(100 * with_events / max(len(chosen), 1), 1), None, len(chosen),
                         note))
    return out


def run_false(bench: Path, limit: int | None) -> list[Score]:
    """Share of our no-event articles (sport, business, weather) given any event."""
    from ..pipeline import Item, get_analyzer

    folder = FIXTURES / "no_event"
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no articles in {folder}: run from a source checkout")
    if limit is not None:
        files = files[:limit]
    analyzer = get_analyzer()
    items = [Item(raw=f.read_text(encoding="utf-8"), published="2024-03-01", name=f.name)
             for f in files]
    with_events = 0
    for rec in analyzer.pipe(items):
        events = [e for e in getattr(rec, "events", []) if not e.background]
        with_events += bool(events)
    return [Score("false_events", "articles without a political event (own)",
                  "articles with events %", round(100 * with_events / max(len(files), 1), 1),
                  None, len(files), "sport, business, weather; lower is better")]


# --- own articles with gold events (a development set) -------------------------------------------

_SLOTS = ("actor1", "actor2", "place", "time")
_JOINT = {"CONSULT", "AGREE", "COOPERATE"}  # the parties may come in either order


def _actor_matches(actor, want: dict) -> bool:
    """Whether an actor has every country, sector and text the gold gives."""
    if actor is None:
        return False
    if "country" in want and actor.country != want["country"]:
        return False
    if "sector" in want and actor.sector != want["sector"]:
        return False
    if "text" in want:
        a, b = actor.text.lower(), want["text"].lower()
        if a not in b and b not in a:
            return False
    return True


def _gold_actor(gold: dict, n: int) -> dict | None:
    want = {k.split("_", 1)[1]: v for k, v in gold.items() if k.startswith(f"actor{n}_")}
    return want or None


def _slot_ok(ev, gold: dict, slot: str, names: dict) -> bool:
    """Whether a predicted event fills one slot as the gold event does."""
    if slot == "place":
        return names.get(ev.place) == gold["place"] if gold["place"] else ev.place is None
    if slot == "time":  # the date; a part of day ("2024-05-11TNI") is not scored
        return (ev.time or "")[:10] == gold["time"]
    n = int(slot[-1])
    want = _gold_actor(gold, n)
    got = ev.actor1 if n == 1 else ev.actor2
    if gold["type"] in _JOINT and not _actor_matches(got, want):
        other = _gold_actor(gold, 3 - n)
        return _actor_matches(ev.actor2 if n == 1 else ev.actor1, want) and (
            other is None or _actor_matches(got, other))
    return _actor_matches(got, want)


def _gold_has(gold: dict, slot: str) -> bool:
    if slot in ("place", "time"):
        return slot in gold
    return _gold_actor(gold, int(slot[-1])) is not None


def _filled(ev, slot: str) -> bool:
    return getattr(ev, slot) is not None


def _match(preds: list, golds: list[dict], names: dict) -> list[tuple[int, int]]:
    """Pairs (pred, gold) of the same type, the pairs agreeing on most slots first."""
    pairs = []
    for i, ev in enumerate(preds):
        for j, g in enumerate(golds):
            if ev.type == g["type"]:
                agree = sum(_gold_has(g, s) and _slot_ok(ev, g, s, names) for s in _SLOTS)
                pairs.append((-agree, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in sorted(pairs):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def own_counts(records: list, golds: list[dict]) -> dict[str, list[int]]:
    """[correct, predicted, gold] per figure ("type" and each slot) over articles."""
    counts = {k: [0, 0, 0] for k in ("type", *_SLOTS)}
    for rec, gold in zip(records, golds):
        names = {e.id: e.name for e in rec.entities}
        preds = [e for e in rec.events if not e.background and e.modality != "negated"]
        golds_ = gold["events"]
        pairs = _match(preds, golds_, names)
        matched = dict(pairs)
        counts["type"][0] += len(pairs)
        counts["type"][1] += len(preds)
        counts["type"][2] += len(golds_)
        for slot in _SLOTS:
            counts[slot][2] += sum(_gold_has(g, slot) for g in golds_)
            for i, ev in enumerate(preds):
                j = matched.get(i)
                if j is None:
                    counts[slot][1] += _filled(ev, slot)
                    continue
                g = golds_[j]
                if not _gold_has(g, slot):
                    continue
                ok = _slot_ok(ev, g, slot, names)
                counts[slot][0] += ok
                counts[slot][1] += _filled(ev, slot) or ok
    return counts


def run_own(bench: Path, limit: int | None) -> list[Score]:
    """Precision and recall of type, actors, place and date on our own articles (dev)."""
    from ..pipeline import Item, get_analyzer

    gold = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))
    names = sorted(k for k in gold if not k.startswith("_"))
    if limit is not None:
        names = names[:limit]
    items = [Item(raw=(FIXTURES / k).read_text(encoding="utf-8"),
                  published=gold[k]["published"], name=k) for k in names]
    records = list(get_analyzer().pipe(items))
    counts = own_counts(records, [gold[k] for k in names])
    n_dev = sum(bool(gold[k].get("dev_only")) for k in names)
    note = (f"dev: our own {len(names)} articles ({n_dev} written as a held-back dev set), "
            "used while developing the rules")
    out = []
    for fig, (ok, pred, want) in counts.items():
        p = 100 * ok / pred if pred else 0.0
        r = 100 * ok / want if want else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        task = "event type" if fig == "type" else fig.replace("time", "date")
        for metric, value in (("precision", p), ("recall", r), ("F1", f)):
            out.append(Score("own_events", task, metric, round(value, 1), None, want, note))
    return out


SETS = {
    "plover-gsr-cameo": run_gsr,
    "case2021-task2-event-types": run_case,
    "false_events": run_false,
    "genre_gate": run_genre,
    "own_events": run_own,
}
