"""Pages that arrive as text, and clean news text: body, headline, dateline, publication date.

``pages-as-text``: the article-extraction benchmark's 181 pages (the page model's test set,
never trained or tuned on), rendered whole to text by html2text, inscriptis and lynx the way a
scraper or a copy-paste does, then read by ``clean()`` as plain text. Per renderer:

- body F1 with the benchmark's own metric (``extraction.page_scores``) against its gold body;
- headline right: ours matches the page's og:title / h1 / title (fuzzy ratio >= 90 on words);
- dateline found on pages whose gold body opens with one (a capitalised place, maybe a date,
  an agency in brackets, a dash), by a pattern of its own, not newsgraph's.

``clean-text``: clean news text as corpora hold it. MEANTIME (Wikinews: title line, date line,
one sentence a line): headline = the title line, publication date = the set's gold creation
date. GeoWebNews (title given apart from the text): title line + text, headline = the title.
On both and on ECB+ (one sentence a line): the share of the input's sentence lines that the
cleaner removed (no body sentence may be lost).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from ..clean import clean
from ..errors import EvalError, InputError
from ..train.labels import page_titles, title_match
from ..train.render import available, render
from . import Score
from .extraction import SegmentCounts, page_scores

RENDERERS = ("html2text", "inscriptis", "lynx")
CACHE = Path("build/pages-cache")
# A gold body that opens with a dateline: "MOSCOW (Reuters) -", "WASHINGTON, May 13 (AP) —",
# "LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --", "BEIRUT —".
_GOLD_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: \([^)]{2,30}\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}"
    r"(?:, \d{4})?)? \([^)]{2,30}\)) ?(?:—|–|--|-) ")


def _rows(bench: Path) -> list[dict]:
    root = bench / "article-extraction-benchmark"
    gold = root / "ground_truth.jsonl"
    if not gold.exists():
        raise EvalError("ground_truth.jsonl is missing", source=str(root),
                        hint="the set comes with ../shared/bench")
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").split("\n")
            if line.strip()]


def read_page(text: str, url: str | None) -> tuple[str, str | None, str | None]:
    """(body, headline, dateline) of a page given as text ('' body when nothing is left)."""
    try:
        cleaned = clean(text, url=url, check_language=False)
    except InputError:
        return "", None, None
    body = "\n".join(cleaned.text[p.start:p.end] for p in cleaned.paragraphs
                     if p.kind != "headline")
    return body, cleaned.headline, cleaned.dateline.text if cleaned.dateline else None


def run_pages(bench: Path, limit: int | None) -> list[Score]:
    root = bench / "article-extraction-benchmark"
    rows = _rows(bench)
    rows = rows[:limit] if limit else rows
    renderers = available(list(RENDERERS))
    scores: list[Score] = []
    task = "page as text: {}"
    for renderer in renderers:
        precisions, recalls = [], []
        head_right = head_pages = 0
        dl_found = dl_pages = dl_false = dl_none_pages = 0
        for row in rows:
            html = gzip.decompress((root / row["html_file"]).read_bytes()).decode("utf-8",
                                                                                 "replace")
            text = render(html, renderer, CACHE)
            body, headline, dateline = read_page(text, row.get("url"))
            prec, rec = page_scores(body, row["articleBody"])
            if prec is not None:
                precisions.append(prec)
            if rec is not None:
                recalls.append(rec)
            titles = page_titles(html)
            if titles:
                head_pages += 1
                head_right += headline is not None and title_match(headline, titles) >= 90
            gold_dl = _GOLD_DATELINE.match(row["articleBody"].lstrip()[:160])
            if gold_dl:
                dl_pages += 1
                dl_found += dateline is not None and \
                    dateline.lower() in gold_dl.group(0).lower()
            else:
                dl_none_pages += 1
                dl_false += dateline is not None
        p = sum(precisions) / max(len(precisions), 1)
        r = sum(recalls) / max(len(recalls), 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        t = task.format(renderer)
        scores += [
            Score("pages-as-text", t, "body F1", round(f1, 3),
                  "0.964 (newsgraph, same pages in HTML); 0.665 (html-text, all text)",
                  len(rows)),
            Score("pages-as-text", t, "body precision", round(p, 3), None, len(rows)),
            Score("pages-as-text", t, "body recall", round(r, 3), None, len(rows)),
            Score("pages-as-text", t, "headline right %", round(100 * head_right /
                                                                max(head_pages, 1), 1),
                  None, head_pages, "ours matches og:title, h1 or title"),
            Score("pages-as-text", t, "dateline found %", round(100 * dl_found /
                                                                max(dl_pages, 1), 1),
                  None, dl_pages, "pages whose gold body opens with a dateline"),
            Score("pages-as-text", t, "false dateline %", round(100 * dl_false /
                                                                max(dl_none_pages, 1), 1),
                  None, dl_none_pages, "pages whose gold body opens without one"),
        ]
    return scores


def _lost_lines(text: str, cleaned_text: str, skip: int) -> tuple[int, int]:
    """(sentence lines of the input not in the cleaned text, sentence lines) — a sentence
    line: 6+ words ending in a full stop, after the first ``skip`` lines (title, date)."""
    lines = [ln.strip() for ln in text.split("\n")[skip:]]
    lines = [ln for ln in lines if len(ln.split()) >= 6 and ln.endswith((".", "!", "?", '"',
                                                                        "”", "''"))]
    flat = " ".join(cleaned_text.split())
    return sum(" ".join(ln.split()) not in flat for ln in lines), len(lines)


def _lost_score(task: str, lost: int, total: int) -> Score:
    return Score("clean-text", task, "body sentences removed %",
                 round(100 * lost / max(total, 1), 2), None, total,
                 "sentence lines of the input missing from the cleaned text; lower is better")


def run_clean_text(bench: Path, limit: int | None) -> list[Score]:
    scores: list[Score] = []
    path = bench / "meantime_en" / "meantime_en.jsonl"
    if path.exists():
        docs = [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
        docs = docs[:limit] if limit else docs
        head = pub = lost = lines = 0
        dated = [d for d in docs if d.get("dct")]
        for doc in docs:
            first = doc["text"].split("\n", 1)[0].strip()
            try:
                cleaned = clean(doc["text"], check_language=False)
            except InputError:
                continue
            head += cleaned.headline == first
            gone, n = _lost_lines(doc["text"], cleaned.text, 2)
            lost, lines = lost + gone, lines + n
            pub += bool(doc.get("dct") and cleaned.published) and \
                cleaned.published.isoformat()[:10] == doc["dct"][:10]
        scores += [Score("clean-text", "MEANTIME (title line, date line)", "headline right %",
                         round(100 * head / max(len(docs), 1), 1), None, len(docs)),
                   Score("clean-text", "MEANTIME (title line, date line)",
                         "publication date right %", round(100 * pub / max(len(dated), 1), 1),
                         None, len(dated), "documents with a gold creation time"),
                   _lost_score("MEANTIME (title line, date line)", lost, lines)]
    path = bench / "geowebnews" / "geowebnews.jsonl"
    if path.exists():
        docs = [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
        docs = [d for d in docs if d.get("title")]
        docs = docs[:limit] if limit else docs
        head = lost = lines = 0
        for doc in docs:
            try:
                cleaned = clean(f"{doc['title']}\n\n{doc['text']}", check_language=False)
            except InputError:
                continue
            head += cleaned.headline == doc["title"].strip()
            gone, n = _lost_lines(doc["text"], cleaned.text, 0)
            lost, lines = lost + gone, lines + n
        scores += [Score("clean-text", "GeoWebNews (title line + text)", "headline right %",
                         round(100 * head / max(len(docs), 1), 1), None, len(docs)),
                   _lost_score("GeoWebNews (title line + text)", lost, lines)]
    path = bench / "ecbplus" / "documents.jsonl"
    if path.exists():
        docs = [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
        docs = docs[:limit] if limit else docs
        lost = lines = 0
        for doc in docs:
            try:
                cleaned = clean(doc["text"], check_language=False)
            except InputError:
                continue
            gone, n = _lost_lines(doc["text"], cleaned.text, 0)
            lost, lines = lost + gone, lines + n
        scores.append(_lost_score("ECB+ (one sentence a line)", lost, lines))
    return scores


def run_pages_dev(bench: Path, limit: int | None) -> list[Score]:
    """The page model's dev part: every fifth trafilatura-eval page (never trained on), the
    English ones, as text. Thresholds are chosen here; the segments metric is the set's own."""
    from ..inputs import decode

    root = bench / "trafilatura-eval"
    ann = root / "annotations.jsonl"
    if not ann.exists():
        raise EvalError("annotations.jsonl is missing", source=str(root),
                        hint="the set comes with ../shared/bench")
    rows = [json.loads(x) for x in ann.read_text(encoding="utf-8").split("\n") if x.strip()]
    rows = [r for n, r in enumerate(rows) if n % 5 == 4 and r.get("lang_guess") == "en"]
    rows = rows[:limit] if limit else rows
    scores: list[Score] = []
    pages = [(row, decode(gzip.decompress((root / row["html_file"]).read_bytes()), row["id"])[0])
             for row in rows]
    # the reference: trafilatura on the same pages' HTML
    import trafilatura

    ref = SegmentCounts()
    for row, html in pages:
        ref.add(row["with"], row["without"], trafilatura.extract(html, include_comments=False)
                or "")
    for renderer in available(list(RENDERERS)):
        counts = SegmentCounts()
        head_right = head_pages = 0
        for row, html in pages:
            body, headline, _ = read_page(render(html, renderer, CACHE), row.get("url"))
            counts.add(row["with"], row["without"], body)
            titles = page_titles(html) + ([row["meta_title"]] if row.get("meta_title") else [])
            if titles:
                head_pages += 1
                head_right += headline is not None and title_match(headline, titles) >= 90
        t = f"dev pages as text: {renderer}"
        scores += [Score("pages-dev", t, "segments F", round(counts.f, 3),
                         f"{ref.f:.3f} (trafilatura 2.3.1, same pages from HTML)", len(rows)),
                   Score("pages-dev", t, "headline right %",
                         round(100 * head_right / max(head_pages, 1), 1), None, head_pages)]
    return scores


SETS = {"pages-as-text": run_pages, "clean-text": run_clean_text, "pages-dev": run_pages_dev}
