"""``events_dev``: events an analyst would code in real news, judged by hand (issue #12).

The judgements (tests/fixtures/events_dev/dev.tsv) cover ECB+ documents of the train and dev
topics (never the test topics 36-45) and GeoWebNews dev articles (positions %5 == 0): crime,
court, protest and diplomacy stories. Each row is one real-world event: its PLOVER type and
the names that may stand for its source and target ('-' no actor, '*' any). Rows marked
``optional`` (background told in passing, an old crime) are not missed when absent and not
spurious when emitted; ``none`` marks an article with no political event. The article goes
through the whole pipeline (``newsgraph.analyze``); background and negated events are left
out, as the exports do.

Figures: gold events found with the right type and both actors; emitted events that match a
judged event (type and actors); emitted events whose type is one the article's judged events
have; articles without a political event that get any event. DEV material: the rules were
developed on it, so its figures overstate what unseen articles score.
"""

from __future__ import annotations

from pathlib import Path

from . import Score, load_judged
from .countries import load_texts

SET = "events_dev"
GOLD_FILE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "events_dev" / "dev.tsv"
_JOINT = {"CONSULT", "AGREE", "COOPERATE"}  # the parties may come in either order


def load_gold(path: Path = GOLD_FILE) -> list[dict[str, str]]:
    """The judged rows: doc, status (event/optional/none), type, actor1, actor2, trigger."""
    return load_judged(path)


def _names(actor, record) -> list[str]:
    """The emitted actor's text and the names its entity goes by in the article."""
    out = [actor.text]
    ent = next((e for e in record.entities if e.id == actor.entity), None) if actor.entity \
        else None
    if ent is not None:
        out += [ent.name, *(m.text for m in ent.mentions)]
    return [n.lower() for n in out if n]


def actor_ok(actor, want: str, record) -> bool:
    """Whether an emitted actor (or None) fits a judged cell: names '|'-separated, '-' for
    no actor, '*' for any."""
    alts = [a.strip().lower() for a in want.split("|") if a.strip()]
    if "*" in alts:
        return True
    if actor is None:
        return "-" in alts
    names = _names(actor, record)
    return any(a != "-" and (a == n or len(n) >= 3 and (a in n or n in a))
               for a in alts for n in names)


def matches(ev, row: dict[str, str], record) -> bool:
    """Whether an emitted event is the judged one: same type, both actors fit."""
    if ev.type != row["type"]:
        return False
    straight = actor_ok(ev.actor1, row["actor1"], record) and \
        actor_ok(ev.actor2, row["actor2"], record)
    if straight or row["type"] not in _JOINT:
        return straight
    return actor_ok(ev.actor2, row["actor1"], record) and \
        actor_ok(ev.actor1, row["actor2"], record)


def emitted(record) -> list:
    """The events an analyst sees: no background, no negated events."""
    return [e for e in record.events if not e.background and e.modality != "negated"]


def score_doc(record, rows: list[dict[str, str]]) -> dict[str, int]:
    """Counts for one article: gold events, found, emitted, matching, type right."""
    preds = emitted(record)
    judged = [r for r in rows if r["status"] in ("event", "optional")]
    judged.sort(key=lambda r: r["status"] != "event")  # required events take their match first
    used: set[int] = set()
    found = 0
    for row in judged:
        k = next((i for i, ev in enumerate(preds) if i not in used and matches(ev, row, record)),
                 None)
        if k is not None:
            used.add(k)
            found += row["status"] == "event"
    types = {r["type"] for r in judged}
    return {"gold": sum(r["status"] == "event" for r in rows), "found": found,
            "emitted": len(preds), "matching": len(used),
            "typed": sum(ev.type in types for ev in preds),
            "none": any(r["status"] == "none" for r in rows),
            "none_with": any(r["status"] == "none" for r in rows) and bool(preds)}


def records(texts: dict[str, str]) -> dict[str, object]:
    from ..pipeline import analyze

    return {doc: analyze(text) for doc, text in texts.items()}


def totals(gold: list[dict[str, str]], recs: dict[str, object]) -> dict[str, int]:
    out = dict.fromkeys(("gold", "found", "emitted", "matching", "typed", "none", "none_with"), 0)
    for doc, rec in recs.items():
        for k, v in score_doc(rec, [r for r in gold if r["doc"] == doc]).items():
            out[k] += int(v)
    return out


def run(bench: Path, limit: int | None = None) -> list[Score]:
    gold = load_gold()
    docs = list(dict.fromkeys(r["doc"] for r in gold))[:limit]
    gold = [r for r in gold if r["doc"] in docs]
    t = totals(gold, records(load_texts(bench, set(docs))))
    note = (f"{len(docs)} ECB+ train/dev and GeoWebNews dev articles (crime, court, protest, "
            "diplomacy), judged by hand; DEV, developed on")

    def pct(a: int, b: int) -> float:
        return round(100 * a / max(b, 1), 1)

    task = "events (judged by hand, DEV)"
    return [
        Score(SET, task, "gold found, type+actors %", pct(t["found"], t["gold"]), n=t["gold"],
              note=note),
        Score(SET, task, "emitted matching %", pct(t["matching"], t["emitted"]),
              n=t["emitted"], note=note),
        Score(SET, task, "type precision %", pct(t["typed"], t["emitted"]), n=t["emitted"],
              note=note),
        Score(SET, "articles without a political event", "articles with events %",
              pct(t["none_with"], t["none"]), n=t["none"], note=note + "; lower is better"),
    ]


SETS = {SET: run}


if __name__ == "__main__":  # python -m newsgraph.eval.events_dev: misses and spurious events
    from .report import find_bench

    rows = load_gold()
    recs = records(load_texts(find_bench(None), {r["doc"] for r in rows}))
    for doc, rec in recs.items():
        mine = [r for r in rows if r["doc"] == doc]
        preds = emitted(rec)
        used: set[int] = set()
        for r in sorted(mine, key=lambda r: r["status"] != "event"):
            if r["status"] == "none":
                continue
            k = next((i for i, ev in enumerate(preds) if i not in used and matches(ev, r, rec)),
                     None)
            if k is not None:
                used.add(k)
            elif r["status"] == "event":
                print(f"{doc}\tMISSED\t{r['type']}\t{r['actor1']}\t{r['actor2']}\t{r['trigger']}")
        for i, ev in enumerate(preds):
            if i not in used:
                a1 = ev.actor1.text if ev.actor1 else "-"
                a2 = ev.actor2.text if ev.actor2 else "-"
                ctx = rec.text[ev.evidence.start:ev.evidence.end][:90]
                print(f"{doc}\tSPURIOUS\t{ev.type}/{ev.mode}\t{a1}\t{a2}\t{ctx}")
    print(totals(rows, recs))
