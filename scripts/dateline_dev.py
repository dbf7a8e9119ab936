"""Dev set for datelines on pages that arrive as text, built by composition from real material.

Few dev pages carry a wire dateline, so this builds its own: English trafilatura-eval pages of
the page model's dev part (every fifth page; their real chrome: menus, headers, footers) with
their article body replaced by the paragraphs of a real news article, then rendered to text by
html2text, inscriptis and lynx and read by ``clean()`` the way ``newsgraph eval pages-as-text``
reads its pages (``read_page``; the gold dateline by that eval's own pattern).

Articles: the dev parts (positions % 5 == 0, ``newsgraph.eval.geo.is_dev``) of GeoWebNews,
LGL, TR-News and GeoVirus, and ECB+ topics 1-35 (36-45 are test). An article whose first three
paragraphs open with a dateline goes into several host pages, its dateline marked up the ways
sites do (plain, in a ``<span class="dateline">``, in ``<strong>``, in ``<b>`` before a dash,
in its own block, in its own ``<p>``, in ``<strong>`` with the dash inside, with a byline
``<p>`` or a share bar ``<ul>`` above the lede; the credit or the place in a link; the date in
``<time>`` with ``&nbsp;`` and an entity dash; a byline and a timestamp in ``<div>``s above a
story set in one ``<div>`` with ``<br><br>``; a figure with its caption above the lede; an
inline photo at its head; a key-points list above it; the markup's own line breaks inside
the ``<p>``; the place alone in ``<strong>``); the others go into one host page each and
count for false datelines. Openings that are real datelines the eval's gold pattern does not
take ("LOS ANGELES:", "BEIJING --At", "Springfield, Ohio —") are a third group, reported on
their own line: the eval counts a dateline found there as false, so they enter neither figure.

    .venv/bin/python scripts/dateline_dev.py            # figures per renderer
    .venv/bin/python scripts/dateline_dev.py --show     # and each miss / false dateline
    .venv/bin/python scripts/dateline_dev.py --write /tmp/dl  # the pages and their texts

Nothing is written into the repository but the render cache under build/.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
from pathlib import Path

from newsgraph.eval.geo import load
from newsgraph.eval.pages import _GOLD_DATELINE, RENDERERS, read_page
from newsgraph.inputs import decode
from newsgraph.train.render import available, render

BENCH = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench"
CACHE = Path("build/dateline-dev-cache")
VARIANTS = 17  # markups of the dateline: each article that opens with one gets every one
ECB_NEGATIVE_EVERY = 8  # every n-th ECB+ dev document without a dateline
NEGATIVE_EVERY = 2  # every n-th LGL / TR-News / GeoVirus dev article without a dateline
# Openings that look like a dateline only through a corpus artifact: "SKY - TV reports" and
# "A FIRE - BOMB attack" (ECB+ tokenized "SKY-TV", "FIRE-BOMB"), "WASHINGTON (AP) \"" (a dash
# lost to mojibake), "OKLAHOMA CITY The Latest" (its dash lost).
EXCLUDE = {"gwn-95", "gwn-130"}
_EXCLUDE_OPENING = re.compile(r"^(?:SKY - TV|A FIRE - BOMB)")
# Real datelines the gold pattern does not take: "LOS ANGELES: Actress ...", "BEIRUT: A major
# ...", "BEIJING --At least", "Moscow, SANA- Russian ..." (a colon, or a dash without a space),
# "Springfield, Ohio — After 32 years ..." (a place not in capitals, without a credit).
_LOOSE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+)?(?:: | ?(?:—|–|--|-)(?=\w))"
    r"|[A-Z][a-z]+, [A-Z]{3,5}- "
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z.]+ (?:—|–|--) )")
_NOT_PLACE = re.compile(r"^(?:UPDATED?|PUBLISHED|BREAKING|WATCH|VIDEO|PHOTOS?|EDITOR'S NOTE)\b")
# a sentence ends after its stop or its closing quote ('"All." That\'s the word ...')
_SENTENCE = re.compile(r"(?:(?<=[.!?])(?<![\s.][A-Z]\.)|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])")


def _detok(line: str) -> str:
    """ECB+ text is tokenized ("59 - year - old", "7: 15", "` `"): put it back as printed."""
    line = re.sub(r"(?<=\w) - (?=[a-z0-9])", "-", line)
    line = re.sub(r"(?<=\d): (?=\d)", ":", line)
    line = re.sub(r"(?<=\d) / (?=\d)", "/", line)
    line = line.replace("``", "“").replace("''", "”")
    line = re.sub(r" ([,.;:!?%)])", r"\1", line)
    line = re.sub(r"([($]) ", r"\1", line)
    return re.sub(r" ’ (?=[st]\b)", "’", line)


def _gwn_paragraphs(text: str) -> list[str]:
    """GeoWebNews holds most articles as one line: the first three sentences a paragraph each
    (wire style), then three sentences a paragraph."""
    paras: list[str] = []
    for chunk in text.split("\n"):
        sents = [s.strip() for s in _SENTENCE.split(chunk.strip()) if s.strip()]
        if not paras:
            if len(sents) > 1 and len(sents[0].split()) < 6:  # no lede is that short
                sents[:2] = [" ".join(sents[:2])]
            paras += sents[:3]
            sents = sents[3:]
        paras += [" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
    return [p for p in paras if p]


def _dev_part(name: str) -> list[tuple[int, dict]]:
    """(position in the file, row) of a geo set's dev articles, as ``newsgraph.eval.geo``
    splits them (every fifth line: position 5k)."""
    return [(5 * k, row) for k, row in enumerate(load(BENCH, name, dev=True))]


def articles() -> list[dict]:
    """{id, title, pre, paras}: ``pre`` are lines set above the story (a timestamp line)."""
    out = []
    for i, row in _dev_part("geowebnews"):
        out.append({"id": f"gwn-{i}", "title": row["title"], "pre": [],
                    "paras": _gwn_paragraphs(row["text"])})
    ecb = BENCH / "ecbplus" / "documents.jsonl"
    for line in ecb.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["topic"] > 35:
            continue
        lines = [_detok(x.strip()) for x in row["text"].split("\n") if x.strip()]
        # ECB+ web articles open "Title | date line | standfirst | story"
        title = lines[0] if lines and not lines[0].endswith((".", "?", "!", "”")) else None
        rest = lines[1:] if title else lines
        pre = [x for x in rest[:2] if len(x.split()) <= 10 and re.search(r"\d", x)]
        out.append({"id": f"ecb-{row['doc_id']}", "title": title or row["doc_id"], "pre": pre,
                    "paras": [x for x in rest if x not in pre]})
    for name in ("lgl", "trnews", "geovirus"):
        for i, row in _dev_part(name):
            text, title = row["text"], row.get("title") or ""
            if not title:  # GeoVirus (Wikinews): the title is in the URL
                title = row.get("url", "").rsplit("/", 1)[-1].replace("_", " ")
            elif text.startswith(title):  # LGL: "Title. Story ..." on one line
                text = text[len(title):].lstrip(" .")
            paras = ([x.strip() for x in text.split("\n") if x.strip()] if "\n" in text
                     else _gwn_paragraphs(text))
            out.append({"id": f"{name}-{i}", "title": title, "pre": [], "paras": paras})
    return [a for a in out if a["id"] not in EXCLUDE and a["paras"]
            and not _EXCLUDE_OPENING.match(a["paras"][0])]


def gold_dateline(paras: list[str], pattern: re.Pattern[str] = _GOLD_DATELINE
                  ) -> tuple[int, str] | None:
    for n, para in enumerate(paras[:3]):
        m = pattern.match(para.lstrip()[:160])
        if m:
            return n, m.group(0)
    return None


def loose_dateline(paras: list[str]) -> tuple[int, str] | None:
    """A real dateline the gold pattern does not take (only where it takes none)."""
    if gold_dateline(paras):
        return None
    found = gold_dateline(paras, _LOOSE_DATELINE)
    return None if found is None or _NOT_PLACE.match(found[1]) else found


def hosts() -> list[tuple[str, str, list[str]]]:
    root = BENCH / "trafilatura-eval"
    rows = [json.loads(x) for x in (root / "annotations.jsonl").read_text().splitlines() if x]
    out = []
    for n, row in enumerate(rows):
        if n % 5 == 4 and row.get("lang_guess") == "en":
            page = decode(gzip.decompress((root / row["html_file"]).read_bytes()), row["id"])[0]
            out.append((row["id"], page, row["with"]))
    return out


def _container(tree):  # type: ignore[no-untyped-def]
    """The page's article body: the deepest element that holds most of the page's long
    paragraphs (a body split over several <div>s is taken whole)."""
    sizes: dict = {}
    for p in tree.iter("p"):
        n = len(p.text_content().strip())
        if n < 100:
            continue
        for el in [p, *p.iterancestors()]:
            sizes[el] = sizes.get(el, 0) + n
    total = max(sizes.values(), default=0)
    if not total:
        found = tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body")
        return found[0] if found else tree
    best, best_depth = tree, -1
    for el, n in sizes.items():
        depth = sum(1 for _ in el.iterancestors())
        if el.tag != "p" and n >= 0.8 * total and depth > best_depth:
            best, best_depth = el, depth
    return best


_DASH_SPLIT = re.compile(r"^(.*?)(\s*(?:—|–|--|-|:)\s+)(.*)$", re.S)


def _dateline_markup(para: str, gold: str, variant: int) -> str:
    """The dateline paragraph as sites mark it up."""
    esc = html.escape
    rest = para[len(gold):] if para.startswith(gold) else para
    head = gold.rstrip()
    if variant == 1:
        return f'<p><span class="dateline">{esc(head)}</span> {esc(rest)}</p>'
    if variant == 2:
        m = _DASH_SPLIT.match(head)
        if m:  # "<strong>CAIRO</strong> - On a ..."
            return f"<p><strong>{esc(m.group(1))}</strong>{esc(m.group(2))}{esc(rest)}</p>"
        return f"<p><strong>{esc(head)}</strong> {esc(rest)}</p>"
    if variant == 3:
        return f"<p><b>{esc(head)}</b> {esc(rest)}</p>"
    if variant == 4:
        return f'<div class="dateline">{esc(head)}</div><p>{esc(rest)}</p>'
    if variant == 5:
        return f"<p>{esc(head)}</p><p>{esc(rest)}</p>"
    if variant == 6:  # "<strong>CAIRO —</strong> On a ..."
        return f"<p><strong>{esc(head)}</strong> {esc(rest)}</p>"
    parts = _HEAD_PARTS.match(head)
    if variant >= 9 and parts is not None:
        place, date, credit, dash = (parts.group("place"), parts.group("date"),
                                     parts.group("credit"), parts.group("dash"))
        dated = f", {esc(date)}" if date else ""
        if variant == 9:  # the credit (or else the place) is a link
            if credit:
                return (f'<p>{esc(place)}{dated} (<a href="https://wire.example/">'
                        f"{esc(credit)}</a>) {esc(dash)} {esc(rest)}</p>")
            return (f'<p><a href="/topics/place">{esc(place)}</a>{dated} {esc(dash)} '
                    f"{esc(rest)}</p>")
        if variant == 10:  # the date in <time>, non-breaking spaces and an entity dash
            dated = f', <time datetime="2015-03-03">{esc(date)}</time>' if date else ""
            cred = f"&nbsp;({esc(credit)})" if credit else ""
            ent = {"—": "&mdash;", "–": "&ndash;"}.get(dash, esc(dash))
            return (f'<p><span class="dateline">{esc(place)}{dated}{cred}</span>&nbsp;{ent}'
                    f"&nbsp;{esc(rest)}</p>")
        if variant == 13:  # a photo set inline at the head of the lede
            return (f'<p><img src="/img/lede.jpg" alt="A view of the scene"> {esc(head)} '
                    f"{esc(rest)}</p>")
        if variant == 15:  # the markup's own line breaks and indentation inside the <p>
            return (f'<p>\n      <a href="/topics/place">{esc(place)}</a>{dated}'
                    f"{' (' + esc(credit) + ')' if credit else ''} {esc(dash)}\n      "
                    f"{esc(rest)}\n    </p>")
        if variant == 16:  # the place in <strong>, the rest of the dateline after it
            town, _, region = place.partition(",")
            return (f"<p><strong>{esc(town)}</strong>{esc(',' + region if region else '')}"
                    f"{dated}{' (' + esc(credit) + ')' if credit else ''} {esc(dash)} "
                    f"{esc(rest)}</p>")
    return f"<p>{esc(para)}</p>"


_HEAD_PARTS = re.compile(
    r"^(?P<place>.+?)(?:,? (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.? \d{1,2}(?:, \d{4})?))?(?: \((?P<credit>[^)]+)\))? ?(?P<dash>—|–|--|-|:)$")


# what sites set between the headline and the lede (variants 7, 8, 11, 12 and 14)
_ABOVE_LEDE = {
    7: '<p class="byline">By Jane Okafor and Tom Reilly, Staff Writers</p>'
       '<p class="date">Updated 6:42 PM EDT, Tue March 3, 2015</p>',
    11: '<div class="byline">By <a href="/staff/jo">Jane Okafor</a></div>'
        '<div class="timestamp"><time datetime="2015-03-03T18:42">March 3, 2015 6:42 PM'
        '</time></div>',
    12: '<figure><img src="/img/lede.jpg" alt="Firefighters at the scene">'
        '<figcaption>Firefighters work at the scene on Tuesday after the fire spread to '
        'neighbouring buildings, officials said. Photo: Jane Okafor/Staff</figcaption></figure>',
    14: '<div class="key-points"><h3>Key Points</h3><ul><li>Officials gave an update on '
        'Tuesday.</li><li>More details are expected later this week.</li></ul></div>',
    8: '<ul class="share"><li><a href="#f">Share on Facebook</a></li>'
       '<li><a href="#t">Share on Twitter</a></li><li><a href="#e">Email</a></li>'
       '<li><a href="#p">Print</a></li></ul>',
}


def compose(host: str, art: dict, variant: int) -> str:
    import lxml.html

    # an "<?xml encoding=...?>" declaration makes lxml refuse a str
    tree = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", host))
    box = _container(tree)
    for child in list(box):
        box.remove(child)
    box.text = "\n"
    gold = gold_dateline(art["paras"]) or loose_dateline(art["paras"])
    parts = [f'<p class="date">{html.escape(x)}</p>' for x in art["pre"]]
    if variant in _ABOVE_LEDE:
        parts.insert(0, _ABOVE_LEDE[variant])
    if variant == 11:  # a story in one <div>, paragraphs set apart by <br><br>
        parts.append('<div class="story-text">' + "<br><br>".join(
            html.escape(p) for p in art["paras"]) + "</div>")
    for n, para in enumerate([] if variant == 11 else art["paras"]):
        if gold is not None and n == gold[0]:
            parts.append(_dateline_markup(para, gold[1], variant))
        else:
            parts.append(f"<p>{html.escape(para)}</p>")
    for frag in lxml.html.fragments_fromstring("\n".join(parts)):
        if isinstance(frag, str):
            continue
        box.append(frag)
    return lxml.html.tostring(tree, encoding="unicode")


def _host(host_pages: list[tuple[str, str, list[str]]], k: int, art: dict, variant: int
          ) -> tuple[int, str, str]:
    """The k-th host page (or the next one) with ``art`` in place of its article: a host
    whose own article survives outside the replaced element (its gold snippets still in the
    page) is passed over, so every page holds one article."""
    import lxml.html

    for step in range(len(host_pages)):
        hid, host, must = host_pages[(k + step) % len(host_pages)]
        page = compose(host, art, variant)
        text = " ".join(lxml.html.fromstring(page).text_content().split())
        if not any(len(m) >= 20 and " ".join(m.split()) in text for m in must):
            return k + step + 1, hid, page
    raise SystemExit("no host page takes an article")


def pages() -> list[tuple[str, str, str | None, bool]]:
    """(name, html, dateline or None, whether the gold pattern takes it) for every dev page,
    in a fixed order."""
    host_pages = hosts()
    out = []
    k = 0
    seen: dict[str, int] = {}
    for art in articles():
        gold = gold_dateline(art["paras"])
        loose = loose_dateline(art["paras"])
        if gold is None and loose is None:
            src = art["id"].split("-")[0]
            seen[src] = seen.get(src, 0) + 1
            every = {"ecb": ECB_NEGATIVE_EVERY, "gwn": 1}.get(src, NEGATIVE_EVERY)
            if seen[src] % every:
                continue
            k, hid, page = _host(host_pages, k, art, 0)
            out.append((f"{art['id']}@{hid}", page, None, True))
            continue
        opening = gold or loose
        assert opening is not None
        for v in range(VARIANTS):
            k, hid, page = _host(host_pages, k, art, v)
            out.append((f"{art['id']}@{hid}/v{v}", page, opening[1], gold is not None))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print each miss and false dateline")
    ap.add_argument("--write", type=Path, help="write the pages and their renderings here")
    ap.add_argument("--renderer", action="append", help="only these renderers")
    args = ap.parse_args()
    dev = pages()
    n_pos = sum(1 for _, _, g, ok in dev if g and ok)
    n_loose = sum(1 for _, _, g, ok in dev if g and not ok)
    n_neg = len(dev) - n_pos - n_loose
    print(f"{len(dev)} pages: {n_pos} open with a dateline, {n_neg} without, {n_loose} with one"
          " the gold pattern does not take")
    for renderer in available(args.renderer or list(RENDERERS)):
        found = false = loose_found = 0
        for name, page, gold, in_gold in dev:
            text = render(page, renderer, CACHE)
            if args.write:
                d = args.write / renderer
                d.mkdir(parents=True, exist_ok=True)
                safe = re.sub(r"[^\w.@-]", "_", name)
                (d / f"{safe}.txt").write_text(text, encoding="utf-8")
                (args.write / f"{safe}.html").write_text(page, encoding="utf-8")
            _, _, got = read_page(text, None)
            if gold and not in_gold:
                ok = got is not None and got.lower() in gold.lower()
                loose_found += ok
                if args.show and not ok:
                    print(f"  LOOSE {renderer:10} {name}: opening {gold!r} got {got!r}")
            elif gold:
                ok = got is not None and got.lower() in gold.lower()
                found += ok
                if args.show and not ok:
                    print(f"  MISS  {renderer:10} {name}: gold {gold!r} got {got!r}")
            else:
                false += got is not None
                if args.show and got is not None:
                    print(f"  FALSE {renderer:10} {name}: got {got!r}")
        print(f"{renderer:10} dateline found {100 * found / max(n_pos, 1):5.1f} % ({found}/{n_pos})"
              f"   false dateline {100 * false / max(n_neg, 1):4.1f} %"
              f" ({false}/{n_neg})   other datelines {loose_found}/{n_loose}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
