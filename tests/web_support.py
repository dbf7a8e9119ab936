"""Hand-built records and a throwaway SQLite store for the web tests (no model needed)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.record import (
    Actor,
    Entity,
    Event,
    Evidence,
    Geo,
    Issue,
    Mention,
    Paragraph,
    Quote,
    Record,
    Removed,
    Source,
    Speaker,
    Time,
)
from newsgraph.store import open_store

# Debian's Chromium for the browser tests (scripts/browser.sh installs it)
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make_record(rid: str = "a1", headline: str = "Troops pull back from Kharkov",
                body: str | None = None, published: str = "2022-05-14",
                source: str = "Test Wire") -> Record:
    """A small record with one of every kind of fact, offsets computed from the text."""
    body = body or ("KYIV (AP) — Defense Minister Oleg Petrenko said on Saturday that "
                    "Russian troops had withdrawn from Kharkov. \"We won the battle,\" "
                    "Petrenko said.")
    text = f"{headline}\n\n{body}"
    hl_end = len(headline)
    ents = []
    people = [(n, t) for n, t in (("Oleg Petrenko", "PERSON"),) if n in text]
    for i, (name, typ) in enumerate(people):
        s, e = _at(text, name)
        mentions = [Mention(s, e, name)]
        if "Petrenko said." in text:
            s2, e2 = _at(text, "Petrenko said.")
            mentions.append(Mention(s2, s2 + len("Petrenko"), "Petrenko"))
        ents.append(Entity(id=f"e{i + 1}", name=name, type=typ, mentions=mentions,
                           titles=["Defense Minister"], country="UA"))
    if "Kharkov" in text:
        ms = []
        start = 0
        while (k := text.find("Kharkov", start)) >= 0:
            ms.append(Mention(k, k + 7, "Kharkov"))
            start = k + 7
        ents.append(Entity(id="e9", name="Kharkiv", type="GPE", mentions=ms, country="UA",
                           geo=Geo(lat=49.98, lon=36.25, kind="city", country="UA",
                                   admin1="Kharkivska", geonameid=706483, name="Kharkiv",
                                   confidence=0.9)))
    times = []
    if "on Saturday" in text:
        s, e = _at(text, "on Saturday")
        times.append(Time("on Saturday", s, e, published, "day", "published"))
    quotes = []
    if '"We won the battle,"' in text:
        s, e = _at(text, "We won the battle")
        ss, se = _at(text, "Petrenko said.")
        quotes.append(Quote("We won the battle", s, e, True,
                            Speaker("Petrenko", "e1", ss, ss + 8), "said"))
    events = []
    if "had withdrawn" in text:
        s, e = _at(text, "Russian troops had withdrawn from Kharkov.")
        events.append(Event("RETREAT", Evidence(s, e), modality="claimed",
                            actor1=Actor("Russian troops", None, "RU", "military"),
                            place="e9", time=published, time_source="published",
                            confidence=0.7))
    issues = []
    if "Kharkov" in headline:
        s, e = _at(text, "Kharkov")
        issues.append(Issue("misspelled_name", s, e, "Kharkov", "spelled differently",
                            "Kharkiv"))
    return Record(
        id=rid, text=text, source=Source(source, "https://example.org/a"),
        published=published, headline=headline,
        paragraphs=[Paragraph(0, hl_end, "headline"), Paragraph(hl_end + 2, len(text), "body")],
        removed=[Removed("Comments are not moderated.", "boilerplate", "comment notice")],
        issues=issues, entities=ents, times=times, quotes=quotes, events=events)




def make_store(path: Path, records: list[Record]) -> str:
    """A SQLite store at ``path`` holding ``records``, stories computed; returns its path."""
    with open_store(str(path)) as store:
        store.add(records)
        store.update_stories()
    return str(path)
