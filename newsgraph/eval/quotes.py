"""Attribution against PolNeAR (test split): content and source (speaker) F1.

Each article runs through the spaCy model and the ``newsgraph_quotes`` stage only (speaker
spans do not depend on entity linking). The first annotator's attributions are the gold set.

How our quotes become attributions: quotes sharing a cue (``cue_start``) are one attribution
whose content is the union of their spans, as PolNeAR joins the pieces of a split quote and
the clause around an embedded quote; a quote without a cue is an attribution of its own.
Its source is the speaker's span.

Spans are compared as sets of word tokens (runs of ``\\w``), so punctuation and quotation
marks never decide a match, and a leading complementizer "that" (which PolNeAR puts in the
content and we leave out) is dropped from both sides.

- exact: same token set; one-to-one matching.
- overlap: at least one token in common; one-to-one, greedily by token Jaccard.
- content P/R/F1 over all attributions; source P/R/F1: a source is right when its
  attribution's content matched (by the same criterion) and the source spans match by that
  criterion too; precision is over our attributions with a speaker, recall over gold ones
  with a source span.

The "direct" task restricts both sides to quotes: ours whose first piece is ``direct=True``,
gold whose content starts with a quotation mark (the README's heuristic flag).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import Score

NAME = "polnear_test"
PUBLISHED = "none published; annotator agreement: token alpha 75.4"
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class _Attr:
    content: frozenset[int]  # word-token indices
    source: frozenset[int]
    direct: bool


def _tokens(text: str) -> tuple[list[int], list[int]]:
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def _token_set(starts: list[int], ends: list[int], spans: Iterable[tuple[int, int]],
               words: list[str], content: bool) -> frozenset[int]:
    import bisect

    out: set[int] = set()
    for s, e in spans:
        i = bisect.bisect_right(ends, s)  # first token ending after s
        while i < len(starts) and starts[i] < e:
            out.add(i)
            i += 1
    if content and out and words[min(out)].lower() == "that":
        out.discard(min(out))
    return frozenset(out)


def _gold(doc: dict, starts: list[int], ends: list[int], words: list[str]) -> list[_Attr]:
    out = []
    for a in doc["annotations"][0]["attributions"]:
        content = [tuple(sp) for c in a["content"] for sp in c["spans"]]
        source = [tuple(sp) for c in a["source"] for sp in c["spans"]]
        cset = _token_set(starts, ends, content, words, True)
        if cset:
            out.append(_Attr(cset, _token_set(starts, ends, source, words, False),
                             bool(a.get("content_starts_with_quote"))))
    return out


def _ours(quotes: list, starts: list[int], ends: list[int], words: list[str]) -> list[_Attr]:
    groups: dict[object, list] = {}
    for i, q in enumerate(quotes):
        groups.setdefault(q.cue_start if q.cue_start is not None else ("alone", i), []).append(q)
    out = []
    for qs in groups.values():
        content = _token_set(starts, ends, [(q.start, q.end) for q in qs], words, True)
        sp = next((q.speaker for q in qs if q.speaker is not None and q.speaker.start is not None),
                  None)
        source = (_token_set(starts, ends, [(sp.start, sp.end)], words, False)
                  if sp is not None else frozenset())
        if content:
            # direct as gold's flag is: the content opens with a quoted passage
            out.append(_Attr(content, source, min(qs, key=lambda q: q.start).direct))
    return out


def _match(ours: list[_Attr], gold: list[_Attr], exact: bool) -> list[tuple[_Attr, _Attr]]:
    cands = []
    for i, o in enumerate(ours):
        for j, g in enumerate(gold):
            if exact:
                if o.content == g.content:
                    cands.append((1.0, i, j))
            else:
                inter = len(o.content & g.content)
                if inter:
                    cands.append((inter / len(o.content | g.content), i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_o, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_o and j not in used_g:
            used_o.add(i)
            used_g.add(j)
            pairs.append((ours[i], gold[j]))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)


def _load(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    docs.sort(key=lambda d: d["id"])
    if not limit or limit >= len(docs):
        return docs
    # every k-th article, so a subsample spreads over all publishers (ids start with one)
    step = len(docs) / limit
    return [docs[int(i * step)] for i in range(limit)]


def score(pairs_of_docs: list[tuple[list[_Attr], list[_Attr]]], direct_only: bool
          ) -> dict[str, tuple[float, float, float]]:
    """Content and source P/R/F1 (exact, overlap) over (ours, gold) attribution lists."""
    res: dict[str, tuple[float, float, float]] = {}
    for exact in (True, False):
        tp_c = tp_s = n_o = n_g = n_os = n_gs = 0
        for ours, gold in pairs_of_docs:
            if direct_only:
                ours = [a for a in ours if a.direct]
                gold = [a for a in gold if a.direct]
            n_o += len(ours)
            n_g += len(gold)
            n_os += sum(1 for a in ours if a.source)
            n_gs += sum(1 for a in gold if a.source)
            for o, g in _match(ours, gold, exact):
                tp_c += 1
                if o.source and g.source and (o.source == g.source if exact
                                              else o.source & g.source):
                    tp_s += 1
        kind = "exact" if exact else "overlap"
        res[f"content F1 {kind}"] = _prf(tp_c, n_o, n_g)
        res[f"source F1 {kind}"] = _prf(tp_s, n_os, n_gs)
        res["gold"] = (n_g, n_gs, 0.0)
    return res


def run_polnear(bench: Path, limit: int | None) -> list[Score]:
    """PolNeAR test: attribution content and source F1, exact and overlap."""
    from ..pipeline import load_nlp

    docs = _load(bench / NAME / "polnear_test.jsonl", limit)
    nlp = load_nlp(stages=["newsgraph_quotes"])
    pairs = []
    for d, parsed in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        starts, ends = _tokens(d["text"])
        words = [d["text"][s:e] for s, e in zip(starts, ends, strict=True)]
        pairs.append((_ours(parsed._.quotes, starts, ends, words),
                       _gold(d, starts, ends, words)))
    scores = []
    for task, direct_only in (("attribution", False), ("attribution, direct quotes", True)):
        res = score(pairs, direct_only)
        n_content, n_source, _ = res.pop("gold")
        for metric, (p, r, f) in res.items():
            n = int(n_source if metric.startswith("source") else n_content)
            scores.append(Score(NAME, task, metric, f, PUBLISHED, n=n,
                                note=f"P {p} R {r}; {len(docs)} articles, first annotator"))
    return scores


SETS = {NAME: run_polnear}
