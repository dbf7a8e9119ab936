"""Our own gold articles (tests/fixtures/gold): people, places, times and quotes, per field.

A DEV set: the articles were written for this project and extraction rules are tuned on them,
so its figures say how far the rules reach on wire-style stories, not how they do on unseen
text. Each ``NAME.txt`` has a ``NAME.json`` gold file (format in that folder's README).

Matching, per article:

- people: a predicted PERSON matches a gold person when its name or one of its mentions,
  normalized (case, accents, dots), equals the gold name, or when its name's words are a
  subset of the gold name's ending in the same surname. A second entity for the same gold
  person is a false positive (one entity per referent). Titles, country and age are scored
  on matched people: a title matches when one normalized title contains the other.
- places: entities with ``geo``; a match is by name and counts as right within 161 km.
- times: DATE/TIME expressions (not durations); a prediction overlapping the gold span is
  right when its value is the gold value or one of its ``alt`` values.
- quotes: direct quotes and reported speech scored apart; a prediction of the same kind
  whose span shares at least half the shorter span's characters matches; its speaker is
  right when the speaker's entity name or text contains the gold speaker, or ends in the
  same surname.

Gold items marked ``optional`` count neither way.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import Score

NAME = "own_gold"
GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "gold"
NOTE = "DEV set: our own articles, rules tuned on them"


def norm(text: str | None) -> str:
    """Lowercase, strip accents, dots, possessives and a leading 'the'."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("'s ", " ")
    text = re.sub(r"[.,]", "", text)
    text = re.sub(r"^the ", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Tally:
    """True positives and the two denominators of one field."""

    tp_p: int = 0
    pred: int = 0
    tp_r: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp_p += other.tp_p
        self.pred += other.pred
        self.tp_r += other.tp_r
        self.gold += other.gold
        self.misses += other.misses

    @property
    def precision(self) -> float:
        return self.tp_p / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_r / self.gold if self.gold else 1.0


def _name_match(gold: str, names: list[str]) -> bool:
    g = norm(gold)
    gw = g.split()
    for name in names:
        n = norm(name)
        if not n:
            continue
        if n == g:
            return True
        nw = n.split()
        if nw and gw and nw[-1] == gw[-1] and set(nw) <= set(gw):
            return True
    return False


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def _locate(text: str, needle: str, nth: int = 1) -> tuple[int, int] | None:
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _entity_names(ent: dict, text: str) -> list[str]:
    return [ent["name"]] + [m["text"] for m in ent.get("mentions", [])]


def score_people(rec: dict, gold: dict) -> dict[str, Tally]:
    """Names, titles, country and age of people."""
    out = {k: Tally() for k in ("people", "titles", "country", "age")}
    preds = [e for e in rec["entities"] if e["type"] == "PERSON"]
    golds = gold.get("people", [])
    used: Counter[int] = Counter()
    matched: dict[int, dict] = {}
    for e in preds:
        names = _entity_names(e, rec["text"])
        hit = next((i for i, g in enumerate(golds) if _name_match(g["name"], names)), None)
        if hit is not None and golds[hit].get("optional"):
            continue
        out["people"].pred += 1
        if hit is None:
            out["people"].misses.append(f"extra person {e['name']!r}")
            continue
        used[hit] += 1
        if used[hit] == 1:
            out["people"].tp_p += 1
            matched[hit] = e
        else:
            out["people"].misses.append(f"split person {e['name']!r}")
    for i, g in enumerate(golds):
        if g.get("optional"):
            continue
        out["people"].gold += 1
        e = matched.get(i)
        if e is None:
            out["people"].misses.append(f"missed person {g['name']!r}")
        else:
            out["people"].tp_r += 1
        _score_titles(out["titles"], g, e)
        _score_value(out["country"], g, e, "country")
        _score_value(out["age"], g, e, "age")
    return out


def _score_titles(t: Tally, g: dict, e: dict | None) -> None:
    gold_titles = [norm(x) for x in g.get("titles", [])]
    pred_titles = [norm(x) for x in (e or {}).get("titles", [])]

    def same(a: str, b: str) -> bool:
        return a in b or b in a

    t.gold += len(gold_titles)
    t.pred += len(pred_titles)
    t.tp_r += sum(any(same(x, p) for p in pred_titles) for x in gold_titles)
    t.tp_p += sum(any(same(p, x) for x in gold_titles) for p in pred_titles)
    for x in gold_titles:
        if e is not None and not any(same(x, p) for p in pred_titles):
            t.misses.append(f"{g['name']}: missed title {x!r} (got {pred_titles})")
    for p in pred_titles:
        if not any(same(p, x) for x in gold_titles):
            t.misses.append(f"{g['name']}: extra title {p!r}")


def _score_value(t: Tally, g: dict, e: dict | None, key: str) -> None:
    want = g.get(key)
    got = (e or {}).get(key)
    if want is not None:
        t.gold += 1
    if got is not None:
        t.pred += 1
    if want is not None and got == want:
        t.tp_p += 1
        t.tp_r += 1
    elif want is not None or got is not None:
        t.misses.append(f"{g['name']}: {key} {got!r}, gold {want!r}")


# "Rizal province" names the place the gold calls "Rizal"
_REGION_WORD = re.compile(r"\s+(province|region|state|county|district|oblast|city|town)$", re.I)


def score_places(rec: dict, gold: dict) -> dict[str, Tally]:
    """Places with coordinates: right when within 161 km of the gold point."""
    t = Tally()
    golds = gold.get("places", [])
    preds = [e for e in rec["entities"] if e.get("geo")]
    found: set[int] = set()
    for e in preds:
        names = _entity_names(e, rec["text"])
        hit = next((i for i, g in enumerate(golds) if _name_match(g["name"], names)), None)
        if hit is None:
            names = [_REGION_WORD.sub("", n) for n in names]
            hit = next((i for i, g in enumerate(golds) if _name_match(g["name"], names)), None)
        if hit is not None and golds[hit].get("optional"):
            continue
        t.pred += 1
        if hit is None:
            t.misses.append(f"extra place {e['name']!r}")
            continue
        g = golds[hit]
        km = _haversine((e["geo"]["lat"], e["geo"]["lon"]), (g["lat"], g["lon"]))
        if km <= 161 and hit not in found:
            t.tp_p += 1
            found.add(hit)
        else:
            t.misses.append(f"place {e['name']!r} {km:.0f} km off ({e['geo'].get('country')})")
    for i, g in enumerate(golds):
        if g.get("optional"):
            continue
        t.gold += 1
        if i in found:
            t.tp_r += 1
        elif not any(_name_match(g["name"], _entity_names(e, rec["text"])) for e in preds):
            t.misses.append(f"missed place {g['name']!r}")
    return {"places": t}


def score_times(rec: dict, gold: dict) -> dict[str, Tally]:
    """DATE/TIME values; durations are left out on both sides."""
    t = Tally()
    text = rec["text"]
    spans = []
    for g in gold.get("times", []):
        span = _locate(text, g["text"], g.get("nth", 1))
        if span is None:
            if not g.get("optional"):
                t.gold += 1
                t.misses.append(f"gold time {g['text']!r} not in text")
            continue
        spans.append((span, g))
    preds = [x for x in rec["times"] if x.get("type") != "DURATION"
             and not str(x.get("value") or "").startswith("P")]
    right: set[int] = set()
    for p in preds:
        ps = (p["start"], p["end"])
        hits = [(i, g) for i, (s, g) in enumerate(spans) if _overlap(s, ps)]
        if hits and all(g.get("optional") for _, g in hits):
            continue
        t.pred += 1
        ok = [i for i, g in hits if p["value"] in [g["value"], *g.get("alt", [])]]
        if ok:
            t.tp_p += 1
            right.update(ok)
        else:
            want = [g["value"] for _, g in hits]
            t.misses.append(f"time {p['text']!r} = {p['value']!r}, gold {want}")
    for i, (s, g) in enumerate(spans):
        if g.get("optional"):
            continue
        t.gold += 1
        if i in right:
            t.tp_r += 1
        elif not any(_overlap(s, (p["start"], p["end"])) for p in preds):
            t.misses.append(f"missed time {g['text']!r} ({g['value']})")
    return {"times": t}


def _speaker_ok(gold: dict, q: dict, ents: dict[str, dict]) -> bool:
    sp = q.get("speaker") or {}
    names = [sp.get("text") or ""]
    if sp.get("entity") in ents:
        names.append(ents[sp["entity"]]["name"])
    for g in map(norm, [gold["speaker"], *gold.get("speaker_alt", [])]):
        for n in map(norm, names):
            if n and (g in n or n.split()[-1] == g.split()[-1]):
                return True
    return False


def score_quotes(rec: dict, gold: dict) -> dict[str, Tally]:
    """Direct quotes and reported speech, with their speakers."""
    out = {k: Tally() for k in ("direct", "direct speaker", "reported", "reported speaker")}
    ents = {e["id"]: e for e in rec["entities"]}
    text = rec["text"]
    for direct, key in ((True, "direct"), (False, "reported")):
        golds = []
        for g in gold.get("quotes", []):
            if g["direct"] != direct:
                continue
            span = _locate(text, g["text"], g.get("nth", 1))
            if span is None:
                if not g.get("optional"):
                    out[key].gold += 1
                    out[key + " speaker"].gold += 1
                    out[key].misses.append(f"gold quote {g['text']!r} not in text")
                continue
            golds.append((span, g))
        preds = [q for q in rec["quotes"] if bool(q["direct"]) == direct]
        got: dict[int, dict] = {}
        for q in preds:
            qs = (q["start"], q["end"])
            best = None
            for i, (s, _g) in enumerate(golds):
                need = min(s[1] - s[0], qs[1] - qs[0]) / 2
                if _overlap(s, qs) >= max(need, 1) and i not in got:
                    best = i
                    break
            if best is not None and golds[best][1].get("optional"):
                continue
            out[key].pred += 1
            if q.get("speaker"):
                out[key + " speaker"].pred += 1
            if best is None:
                out[key].misses.append(f"extra {key} {q['text'][:60]!r}")
                continue
            got[best] = q
            out[key].tp_p += 1
            g = golds[best][1]
            if q.get("speaker") and _speaker_ok(g, q, ents):
                out[key + " speaker"].tp_p += 1
        for i, (_s, g) in enumerate(golds):
            if g.get("optional"):
                continue
            out[key].gold += 1
            out[key + " speaker"].gold += 1
            q = got.get(i)
            if q is None:
                out[key].misses.append(f"missed {key} {g['text'][:60]!r} ({g['speaker']})")
                continue
            out[key].tp_r += 1
            if q.get("speaker") and _speaker_ok(g, q, ents):
                out[key + " speaker"].tp_r += 1
            else:
                sp = (q.get("speaker") or {}).get("text")
                out[key + " speaker"].misses.append(
                    f"{key} {g['text'][:40]!r}: speaker {sp!r}, gold {g['speaker']!r}")
    return out


def score_article(rec: dict, gold: dict) -> dict[str, Tally]:
    """Every field of one article."""
    out: dict[str, Tally] = {}
    for part in (score_people, score_places, score_times, score_quotes):
        out.update(part(rec, gold))
    return out


def evaluate(gold_dir: Path = GOLD_DIR) -> tuple[dict[str, Tally], dict[str, dict[str, Tally]]]:
    """Analyze every gold article; (totals per field, per-article tallies)."""
    from ..pipeline import analyze

    totals: dict[str, Tally] = {}
    per_article: dict[str, dict[str, Tally]] = {}
    for path in sorted(gold_dir.glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text())
        rec = analyze(path.read_text(), published=gold["published"]).to_dict()
        tallies = score_article(rec, gold)
        per_article[path.stem] = tallies
        for k, v in tallies.items():
            totals.setdefault(k, Tally()).add(v)
    return totals, per_article


def run(bench: Path, limit: int | None) -> list[Score]:
    """Per-field precision and recall over the gold articles (``bench`` is unused)."""
    totals, per_article = evaluate()
    n = len(per_article)
    scores = []
    for fld, t in totals.items():
        task = f"{fld} (own articles)"
        scores.append(Score(NAME, task, "precision", round(100 * t.precision, 1), None, n, NOTE))
        scores.append(Score(NAME, task, "recall", round(100 * t.recall, 1), None, n, NOTE))
    return scores


SETS = {NAME: run}


if __name__ == "__main__":  # python -m newsgraph.eval.own_gold [-v]: figures and misses
    import sys

    totals, per_article = evaluate()
    if "-v" in sys.argv:
        for name, tallies in per_article.items():
            print(f"== {name}")
            for fld, t in tallies.items():
                for m in t.misses:
                    print(f"  [{fld}] {m}")
    for fld, t in totals.items():
        print(f"{fld:18} P {100 * t.precision:5.1f} ({t.tp_p}/{t.pred})  "
              f"R {100 * t.recall:5.1f} ({t.tp_r}/{t.gold})")
