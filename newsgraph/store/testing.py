"""Helpers for tests of the store, ingest and stories: hand-built records, throwaway stores.

PostgreSQL tests read the server's URL from ``NEWSGRAPH_TEST_PG`` (``make test`` sets it from
scripts/postgres.sh); each throwaway store lives in its own schema, dropped afterwards.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from ..record import Actor, Entity, Event, Evidence, Geo, Mention, Quote, Record, Source, Speaker

PG_ENV = "NEWSGRAPH_TEST_PG"


def make_record(text: str, *, headline: str | None = None, published: str | None = None,
                source: str | None = None, people: tuple[str, ...] = (),
                places: tuple[tuple[str, str, int], ...] = (), orgs: tuple[str, ...] = (),
                events: tuple[str, ...] = (), quotes: tuple[tuple[str, str], ...] = (),
                titles: dict[str, list[str]] | None = None, record_id: str | None = None
                ) -> Record:
    """A record built by hand (no model): mentions are found by plain string search.

    Args:
        places: (name, country, geonameid) triples.
        events: PLOVER types; actor1 is the first person, the evidence the first sentence.
        quotes: (speaker name, quote text) pairs; the quote text is appended to the text.
    """
    full = (headline + "\n\n" if headline else "") + text
    for speaker, said in quotes:
        full += f'\n\n"{said}," {speaker} said.'
    entities: list[Entity] = []

    def mentions(name: str) -> list[Mention]:
        out, start = [], full.find(name)
        while start >= 0:
            out.append(Mention(start, start + len(name), name))
            start = full.find(name, start + 1)
        return out or [Mention(0, 0, name)]

    for name in people:
        entities.append(Entity(f"e{len(entities) + 1}", name, "PERSON", mentions(name),
                               titles=list((titles or {}).get(name, []))))
        last = name.split()[-1]
        if last != name:
            entities[-1].mentions += [m for m in mentions(last)
                                      if not any(m.start >= n.start and m.end <= n.end
                                                 for n in entities[-1].mentions)]
    for name in orgs:
        entities.append(Entity(f"e{len(entities) + 1}", name, "ORG", mentions(name)))
    for name, country, gid in places:
        entities.append(Entity(f"e{len(entities) + 1}", name, "GPE", mentions(name),
                               country=country, geo=Geo(0.0, 0.0, "city", country,
                                                        geonameid=gid, name=name)))
    by_name = {e.name: e.id for e in entities}
    first_end = full.find(".") + 1 or len(full)
    evs = [Event(t, Evidence(0, first_end),
                 actor1=Actor(people[0], by_name.get(people[0])) if people else None,
                 place=by_name.get(places[0][0]) if places else None, time=published)
           for t in events]
    qs = []
    for speaker, said in quotes:
        start = full.find(said)
        qs.append(Quote(said, start, start + len(said), True,
                        Speaker(speaker, by_name.get(speaker))))
    rid = record_id or hashlib.sha1(f"{full}|{published}|{source}".encode()).hexdigest()[:16]
    return Record(id=rid, text=full, headline=headline, published=published,
                  source=Source(source), entities=entities, events=evs, quotes=qs)


def pg_url() -> str | None:
    """The test server's URL, or None when no server was started."""
    return os.environ.get(PG_ENV) or None


@contextmanager
def pg_schema_url(base: str) -> Iterator[str]:
    """A URL whose connections use a fresh schema; the schema is dropped afterwards."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@contextmanager
def store_url(backend: str, tmp: Path) -> Iterator[str]:
    """A fresh store URL for ``backend`` ('sqlite' or 'postgres')."""
    if backend == "sqlite":
        yield str(tmp / f"store-{uuid.uuid4().hex[:8]}.db")
        return
    base = pg_url()
    if base is None:
        raise RuntimeError(f"set {PG_ENV} (scripts/postgres.sh prints the URL)")
    with pg_schema_url(base) as url:
        yield url


class FakeAnalyzer:
    """Stands in for ``newsgraph.pipeline.Analyzer`` where tests need many articles fast.

    Capitalized word pairs become PERSON entities; the first line is the headline. An item
    whose text contains ``FAIL`` yields an InputError, like an article that cannot be read.
    """

    def __init__(self, delay: float = 0.0):
        self.delay = delay

    def pipe(self, items):
        import re
        import time

        from ..errors import InputError

        for item in items:
            if self.delay:
                time.sleep(self.delay)
            if "FAIL" in item.raw or not item.raw.strip():
                yield InputError("cannot analyze it", source=item.name, reason="test_failure")
                continue
            head, _, body = item.raw.strip().partition("\n")
            people = tuple(dict.fromkeys(re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", body)))
            published = item.published.isoformat() if item.published else None
            key = hashlib.sha1(f"{item.raw}|{published}|{item.source}|{item.url}"
                               .encode()).hexdigest()[:16]
            yield make_record(body.strip() or head, headline=head, published=published,
                              source=item.source, people=people[:5], record_id=key)
