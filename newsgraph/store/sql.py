"""The SQL store shared by SQLite and PostgreSQL; backends give the dialect.

Queries are written once with ``?`` placeholders (translated for psycopg) and always
parameterized. Tables (see ``schema``): ``articles`` (the record JSON and its searchable
columns), ``inputs`` (ingested input keys), ``entities`` (corpus entities), ``article_entities``,
``aliases``, ``titles``, ``quotes``, ``events``, ``lsh`` (near-duplicate index), ``stories``.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..record import Record
from ..stories import dedup
from ..stories.cluster import ArticleFeatures, cluster_articles, medoid
from ..stories.entities import PLACE_TYPES, entity_key, key_id, merge_short_names
from .base import AddResult, Store
from .models import (
    ArticleSummary,
    Counts,
    EntityPage,
    EntityRef,
    EventSupport,
    FacetCount,
    PlaceRef,
    QuoteGroup,
    QuoteRef,
    SearchHit,
    SearchResult,
    Story,
    StoryEvent,
    StorySummary,
    TitleSpan,
)

_ART_COLS = "a.id, a.headline, a.published, a.source, a.url, a.story_id, a.duplicate_of"
_FACET_LIMIT = 10


def _summary(row: Sequence[Any]) -> ArticleSummary:
    return ArticleSummary(*row[:7])


def day_of(published: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO date/datetime (None for a year or month only)."""
    if published and re.match(r"\d{4}-\d{2}-\d{2}", published):
        return published[:10]
    return None


class SQLStore(Store):
    """Everything but the connection, the schema and full-text search."""

    placeholder = "?"

    def __init__(self) -> None:
        self._lock = threading.RLock()

    # -- dialect hooks ---------------------------------------------------------------------
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    def _index_text(self, seq_or_id: Any, article_id: str, headline: str, text: str) -> None:
        """Add an article to the full-text index (no-op where the index is automatic)."""

    def _fts_filter(self, query: str) -> tuple[str, list[Any]]:
        """A condition on alias ``a`` that the article matches the query."""
        raise NotImplementedError

    def _snippets(self, ids: list[str], query: str | None) -> dict[str, str]:
        raise NotImplementedError

    def _blob(self, data: bytes) -> Any:
        return data

    # -- helpers ---------------------------------------------------------------------------
    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._lock:
            cur = self._execute(sql, params)
            return [tuple(r) for r in cur.fetchall()]

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self._q(sql, params)
        return rows[0][0] if rows else None

    # -- writing ---------------------------------------------------------------------------
    def add(self, records: Iterable[Record], *, input_keys: Iterable[str | None] | None = None
            ) -> AddResult:
        result = AddResult(added=[], existing=[])
        keys = list(input_keys) if input_keys is not None else None
        for i, record in enumerate(records):
            key = keys[i] if keys is not None else None
            with self._lock, self._transaction():
                inserted = self._insert(record)
                if key is not None:
                    self._execute("INSERT INTO inputs (key, article_id) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO NOTHING", (key, record.id))
            (result.added if inserted else result.existing).append(record.id)
        return result

    def known_inputs(self, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._q(
                f"SELECT key FROM inputs WHERE key IN ({marks})", chunk))
        return found

    def _insert(self, record: Record) -> bool:
        """Insert one record and its rows; False when its id is already stored."""
        body = dedup.body_text(record.text, record.headline)
        sig = dedup.signature(body)
        cur = self._execute(
            "INSERT INTO articles (id, headline, published, day, source, url, text, record, "
            "minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (record.id, record.headline, record.published, day_of(record.published),
             record.source.name, record.source.url, record.text,
             json.dumps(record.to_dict(), ensure_ascii=False), self._blob(dedup.to_bytes(sig))))
        if cur.rowcount == 0:
            return False
        self._index_text(None, record.id, record.headline or "", record.text)
        self._executemany("INSERT INTO lsh (band, hash, article_id) VALUES (?, ?, ?)",
                          [(b, h, record.id) for b, h in dedup.bands(sig)])
        local_to_corpus: dict[str, str] = {}
        ent_rows, alias_rows, title_rows = [], [], []
        for ent in record.entities:
            cid = key_id(entity_key(ent))
            local_to_corpus[ent.id] = cid
            geo = ent.geo
            self._execute(
                "INSERT INTO entities (id, name, type, country, lat, lon, kind, geonameid) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (cid, (geo.name if geo and geo.name else ent.name), ent.type,
                 ent.country or (geo.country if geo else None),
                 geo.lat if geo else None, geo.lon if geo else None,
                 geo.kind if geo else None, geo.geonameid if geo else None))
            ent_rows.append((record.id, ent.id, cid, ent.name, ent.type,
                             max(len(ent.mentions), 1)))
            names = {ent.name} | {m.text for m in ent.mentions}
            alias_rows.extend((cid, name, record.id) for name in sorted(names) if name)
            title_rows.extend((cid, t, record.id, record.published)
                              for t in sorted(set(ent.titles)))
        self._executemany(
            "INSERT INTO article_entities (article_id, local_id, entity_id, name, type, "
            "mentions) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", ent_rows)
        self._executemany("INSERT INTO aliases (entity_id, alias, article_id) VALUES (?, ?, ?) "
                          "ON CONFLICT DO NOTHING", alias_rows)
        self._executemany("INSERT INTO titles (entity_id, title, article_id, published) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", title_rows)
        self._executemany(
            "INSERT INTO quotes (article_id, idx, text, direct, speaker, speaker_entity, "
            "start_pos, end_pos) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(record.id, i, q.text, 1 if q.direct else 0,
              q.speaker.text if q.speaker else None,
              local_to_corpus.get(q.speaker.entity or "") if q.speaker else None,
              q.start, q.end) for i, q in enumerate(record.quotes)])
        self._executemany(
            "INSERT INTO events (article_id, idx, type, mode, modality, actor1, actor1_entity, "
            "actor2, actor2_entity, place_entity, time, start_pos, end_pos) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(record.id, i, e.type, e.mode, e.modality,
              e.actor1.text if e.actor1 else None,
              local_to_corpus.get(e.actor1.entity or "") if e.actor1 else None,
              e.actor2.text if e.actor2 else None,
              local_to_corpus.get(e.actor2.entity or "") if e.actor2 else None,
              local_to_corpus.get(e.place or ""), e.time, e.evidence.start, e.evidence.end)
             for i, e in enumerate(record.events)])
        return True

    # -- derived data: entities merged, near-duplicates, stories -----------------------------
    def update_stories(self) -> int:
        with self._lock:
            with self._transaction():
                self._merge_short_names()
            # Computed outside a write transaction: a long clustering must not block another
            # ingest's writes. Articles stored meanwhile are placed by that ingest's own update.
            dup = self._find_duplicates()
            items = self._features(dup)
            clusters = cluster_articles(items)
            with self._transaction():
                self._write_stories(clusters, {a.id: a for a in items}, dup)
            return len(clusters)

    def _merge_short_names(self) -> None:
        people = self._q("SELECT id, name FROM entities WHERE type = 'PERSON'")
        mapping = merge_short_names(people)
        for short, full in sorted(mapping.items()):
            for table, col in (("article_entities", "entity_id"),
                               ("quotes", "speaker_entity"), ("events", "actor1_entity"),
                               ("events", "actor2_entity")):
                self._execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (full, short))
            for table in ("aliases", "titles"):
                # the long name may already hold the same alias/title for that article
                self._execute(f"UPDATE {table} SET entity_id = ? WHERE entity_id = ? AND NOT "
                              f"EXISTS (SELECT 1 FROM {table} t2 WHERE t2.entity_id = ? AND "
                              f"t2.article_id = {table}.article_id AND "
                              f"t2.{'alias' if table == 'aliases' else 'title'} = "
                              f"{table}.{'alias' if table == 'aliases' else 'title'})",
                              (full, short, full))
                self._execute(f"DELETE FROM {table} WHERE entity_id = ?", (short,))
            self._execute("DELETE FROM entities WHERE id = ?", (short,))

    def _find_duplicates(self) -> dict[str, str]:
        """{article id: the earliest-ingested article it near-duplicates}."""
        rows = self._q("SELECT l1.article_id, l2.article_id FROM lsh l1 JOIN lsh l2 "
                       "ON l1.band = l2.band AND l1.hash = l2.hash "
                       "AND l1.article_id < l2.article_id")
        pairs = sorted(set(rows))
        if not pairs:
            return {}
        ids = sorted({i for p in pairs for i in p})
        sigs, seqs = {}, {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for aid, seq, blob in self._q(
                    f"SELECT id, seq, minhash FROM articles WHERE id IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                sigs[aid] = dedup.from_bytes(blob)
                seqs[aid] = seq
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for a, b in pairs:
            if dedup.similarity(sigs[a], sigs[b]) >= dedup.THRESHOLD:
                ra, rb = find(a), find(b)
                if ra != rb:
                    keep, drop = sorted((ra, rb), key=lambda i: seqs[i])
                    parent[drop] = keep
        return {a: find(a) for a in parent}

    def _features(self, dup: dict[str, str]) -> list[ArticleFeatures]:
        ents: dict[str, dict[str, float]] = defaultdict(dict)
        for aid, eid, n, typ in self._q(
                "SELECT article_id, entity_id, mentions, type FROM article_entities"):
            if typ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"):
                ents[aid][eid] = ents[aid].get(eid, 0) + float(n)
        out = []
        for aid, headline, day, text in self._q(
                "SELECT id, headline, day, text FROM articles ORDER BY id"):
            body = dedup.body_text(text, headline)
            out.append(ArticleFeatures(id=aid, text=body[:6000], headline=headline or "",
                                       day=day, entities=ents.get(aid, {}),
                                       duplicate_of=dup.get(aid)))
        return out

    def _write_stories(self, clusters: list[list[str]], items: dict[str, ArticleFeatures],
                       dup: dict[str, str]) -> None:
        sources = dict(self._q("SELECT id, source FROM articles"))
        current = {r[0]: (r[1], r[2]) for r in self._q(
            "SELECT id, story_id, duplicate_of FROM articles")}
        ent_names = dict(self._q("SELECT id, name FROM entities"))
        self._execute("DELETE FROM stories")
        story_rows, updates = [], []
        for ids in clusters:
            first = min(ids, key=lambda i: (items[i].day or "9999", i))
            sid = "S" + first
            days = sorted(items[i].day for i in ids if items[i].day)
            title = items[medoid(ids, items)].headline or items[first].text[:80]
            srcs = sorted({sources[i] for i in ids if sources.get(i)})
            weight: Counter[str] = Counter()
            for i in ids:
                weight.update({e: 1 for e in items[i].entities})
            top = [ent_names.get(e, e) for e, _ in
                   sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
            story_rows.append((sid, title, days[0] if days else None,
                               days[-1] if days else None, len(ids), json.dumps(srcs),
                               json.dumps(top)))
            for i in ids:
                if current.get(i) != (sid, dup.get(i)):
                    updates.append((sid, dup.get(i), i))
        self._executemany("INSERT INTO stories (id, title, date_from, date_to, n_articles, "
                          "sources, top_entities) VALUES (?, ?, ?, ?, ?, ?, ?)", story_rows)
        self._executemany("UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?",
                          updates)

    # -- reading ---------------------------------------------------------------------------
    def get_article(self, article_id: str) -> Record | None:
        raw = self._one("SELECT record FROM articles WHERE id = ?", (article_id,))
        return Record.from_dict(json.loads(raw)) if raw is not None else None

    def _article_filters(self, source: str | None, date_from: str | None,
                         date_to: str | None) -> tuple[list[str], list[Any]]:
        where, params = [], []
        if source:
            where.append("a.source = ?")
            params.append(source)
        if date_from:
            where.append("a.day >= ?")
            params.append(date_from[:10])
        if date_to:
            where.append("a.day <= ?")
            params.append(date_to[:10])
        return where, params

    def articles(self, limit: int = 50, offset: int = 0, *, source: str | None = None,
                 date_from: str | None = None, date_to: str | None = None,
                 story: str | None = None, entity: str | None = None
                 ) -> list[ArticleSummary]:
        where, params = self._article_filters(source, date_from, date_to)
        if story:
            where.append("a.story_id = ?")
            params.append(story)
        if entity:
            where.append("a.id IN (SELECT article_id FROM article_entities WHERE "
                         "entity_id = ?)")
            params.append(self._resolve_entity(entity) or entity)
        sql = f"SELECT {_ART_COLS} FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?"
        return [_summary(r) for r in self._q(sql, [*params, int(limit), int(offset)])]

    def iter_records(self, *, source: str | None = None, date_from: str | None = None,
                     date_to: str | None = None, ids: Iterable[str] | None = None
                     ) -> Iterator[Record]:
        where, params = self._article_filters(source, date_from, date_to)
        if ids is not None:
            wanted = list(ids)
            if not wanted:
                return
            where.append(f"a.id IN ({','.join('?' * len(wanted))})")
            params.extend(wanted)
        base = "SELECT a.seq, a.record FROM articles a WHERE a.seq > ?"
        if where:
            base += " AND " + " AND ".join(where)
        base += " ORDER BY a.seq LIMIT 200"
        last = -1
        while True:  # keyset pages: memory stays flat on a large corpus
            rows = self._q(base, [last, *params])
            if not rows:
                return
            for _seq, raw in rows:
                yield Record.from_dict(json.loads(raw))
            last = rows[-1][0]

    def stories(self, limit: int = 50, offset: int = 0) -> list[StorySummary]:
        rows = self._q("SELECT id, title, date_from, date_to, n_articles, sources, "
                       "top_entities FROM stories ORDER BY date_to DESC, n_articles DESC, id "
                       "LIMIT ? OFFSET ?", (int(limit), int(offset)))
        return [StorySummary(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]))
                for r in rows]

    def story(self, story_id: str) -> Story | None:
        head = self._q("SELECT id, title, date_from, date_to, sources FROM stories "
                       "WHERE id = ?", (story_id,))
        if not head:
            return None
        sid, title, dfrom, dto, sources = head[0]
        arts = [_summary(r) for r in self._q(
            f"SELECT {_ART_COLS} FROM articles a WHERE a.story_id = ? "
            "ORDER BY a.published, a.seq", (sid,))]
        ids = [a.id for a in arts]
        marks = ",".join("?" * len(ids))
        story = Story(id=sid, title=title, date_from=dfrom, date_to=dto, articles=arts,
                      sources=json.loads(sources))
        story.people, story.organizations, story.places = self._entity_refs(
            f"ae.article_id IN ({marks})", ids)
        story.events = self._story_events(ids)
        story.quotes = self._quote_groups(ids)
        return story

    def _entity_refs(self, cond: str, params: Sequence[Any], limit: int = 50
                     ) -> tuple[list[EntityRef], list[EntityRef], list[PlaceRef]]:
        rows = self._q(
            "SELECT e.id, e.name, e.type, e.country, e.lat, e.lon, e.kind, e.geonameid, "
            "SUM(ae.mentions) AS n FROM article_entities ae JOIN entities e "
            f"ON e.id = ae.entity_id WHERE {cond} GROUP BY e.id, e.name, e.type, e.country, "
            "e.lat, e.lon, e.kind, e.geonameid ORDER BY n DESC, e.name", params)
        people, orgs, places = [], [], []
        for eid, name, typ, country, lat, lon, kind, gid, n in rows:
            if typ == "PERSON" and len(people) < limit:
                people.append(EntityRef(eid, name, typ, int(n), country))
            elif typ == "ORG" and len(orgs) < limit:
                orgs.append(EntityRef(eid, name, typ, int(n), country))
            elif typ in PLACE_TYPES and len(places) < limit:
                places.append(PlaceRef(eid, name, int(n), country, lat, lon, kind, gid))
        return people, orgs, places

    def _story_events(self, ids: list[str]) -> list[StoryEvent]:
        marks = ",".join("?" * len(ids))
        rows = self._q(
            "SELECT ev.article_id, ev.type, ev.mode, ev.modality, ev.actor1, "
            "ev.actor1_entity, ev.actor2, ev.actor2_entity, ev.place_entity, ev.time, "
            "ev.start_pos, ev.end_pos, a.text FROM events ev JOIN articles a "
            f"ON a.id = ev.article_id WHERE ev.article_id IN ({marks}) "
            "ORDER BY ev.article_id, ev.idx", ids)
        names = self._names({r[k] for r in rows for k in (5, 7, 8) if r[k]})
        merged: dict[tuple, StoryEvent] = {}
        for (aid, typ, mode, modality, a1, a1e, a2, a2e, place, time, start, end,
             text) in rows:
            # same type, same actors (by corpus entity when known) and same day: one event
            key = (typ, a1e or (a1 or "").lower(), a2e or (a2 or "").lower(),
                   (time or "")[:10])
            ev = merged.get(key)
            if ev is None:
                ev = merged[key] = StoryEvent(
                    type=typ, actor1=names.get(a1e, a1) if a1e else a1,
                    actor2=names.get(a2e, a2) if a2e else a2,
                    place=names.get(place) if place else None, time=time, mode=mode)
            if aid not in ev.articles:
                ev.articles.append(aid)
            if ev.place is None and place:
                ev.place = names.get(place)
            ev.support.append(EventSupport(aid, start, end, text[start:end], modality))
        return sorted(merged.values(), key=lambda e: (-len(e.articles), e.time or "", e.type))

    def _quote_groups(self, ids: list[str]) -> list[QuoteGroup]:
        marks = ",".join("?" * len(ids))
        rows = self._q(
            "SELECT q.article_id, q.text, q.direct, q.speaker, q.speaker_entity, a.published, "
            "q.start_pos, q.end_pos FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.article_id IN ({marks}) ORDER BY a.published, q.article_id, q.idx", ids)
        names = self._names({r[4] for r in rows if r[4]})
        groups: dict[str, QuoteGroup] = {}
        for aid, text, direct, speaker, sent, pub, start, end in rows:
            label = names.get(sent) if sent else (speaker or "unattributed")
            key = sent or (speaker or "").lower()
            group = groups.setdefault(key, QuoteGroup(label or "unattributed", sent))
            group.quotes.append(QuoteRef(aid, text, bool(direct), speaker, sent, pub,
                                         start, end))
        return sorted(groups.values(), key=lambda g: (-len(g.quotes), g.speaker))

    def _names(self, ids: set[str]) -> dict[str, str]:
        ids_l = sorted(ids)
        if not ids_l:
            return {}
        return dict(self._q(f"SELECT id, name FROM entities WHERE id IN "
                            f"({','.join('?' * len(ids_l))})", ids_l))

    def _resolve_entity(self, name_or_id: str, types: Sequence[str] | None = None
                        ) -> str | None:
        """Corpus entity id for an id, a name or an alias (most mentioned wins)."""
        type_cond, type_params = "", []
        if types:
            type_cond = f" AND e.type IN ({','.join('?' * len(types))})"
            type_params = list(types)
        hit = self._one(f"SELECT e.id FROM entities e WHERE e.id = ?{type_cond}",
                        [name_or_id, *type_params])
        if hit:
            return hit
        from ..stories.entities import normalize_name

        wanted = name_or_id.strip().lower()
        rows = self._q(
            "SELECT e.id, COUNT(*) AS n FROM aliases al JOIN entities e ON e.id = al.entity_id "
            f"WHERE (LOWER(al.alias) = ? OR LOWER(e.name) = ?){type_cond} GROUP BY e.id "
            "ORDER BY n DESC, e.id LIMIT 1", [wanted, wanted, *type_params])
        if rows:
            return rows[0][0]
        key_norm = normalize_name(name_or_id)
        for group in ("person", "org", "place", "norp", "event", "other"):
            cid = key_id(f"{group}:{key_norm}")
            if self._one(f"SELECT e.id FROM entities e WHERE e.id = ?{type_cond}",
                         [cid, *type_params]):
                return cid
        # "Reznikov" for "Oleksii Reznikov", then any name containing the words: the most
        # mentioned wins (LIKE patterns are parameters, never spliced into the SQL)
        for pattern in (f"% {wanted}", f"%{wanted}%"):
            rows = self._q(
                "SELECT e.id, SUM(ae.mentions) AS n FROM entities e JOIN article_entities ae "
                f"ON ae.entity_id = e.id WHERE LOWER(e.name) LIKE ?{type_cond} GROUP BY e.id "
                "ORDER BY n DESC, e.id LIMIT 1", [pattern, *type_params])
            if rows and wanted:
                return rows[0][0]
        return None

    def entity(self, name_or_id: str) -> EntityPage | None:
        eid = self._resolve_entity(name_or_id)
        if eid is None:
            return None
        row = self._q("SELECT id, name, type, country, lat, lon, kind, geonameid FROM entities "
                      "WHERE id = ?", (eid,))[0]
        page = EntityPage(id=row[0], name=row[1], type=row[2], country=row[3])
        if row[4] is not None:
            page.geo = PlaceRef(row[0], row[1], 0, row[3], row[4], row[5], row[6], row[7])
        alias_counts = self._q("SELECT alias, COUNT(*) AS n FROM aliases WHERE entity_id = ? "
                               "GROUP BY alias ORDER BY n DESC, alias", (eid,))
        page.aliases = [a for a, _ in alias_counts if a != page.name]
        page.titles = [TitleSpan(t, first, last, int(n)) for t, first, last, n in self._q(
            "SELECT title, MIN(published), MAX(published), COUNT(*) FROM titles "
            "WHERE entity_id = ? GROUP BY title ORDER BY MIN(published), title", (eid,))]
        page.articles = [_summary(r) for r in self._q(
            f"SELECT {_ART_COLS} FROM articles a WHERE a.id IN (SELECT article_id FROM "
            "article_entities WHERE entity_id = ?) ORDER BY a.published DESC, a.seq DESC "
            "LIMIT 200", (eid,))]
        page.quotes = [QuoteRef(r[0], r[1], bool(r[2]), r[3], eid, r[4], r[5], r[6])
                       for r in self._q(
            "SELECT q.article_id, q.text, q.direct, q.speaker, a.published, q.start_pos, "
            "q.end_pos FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.speaker_entity = ? ORDER BY a.published, q.article_id, q.idx LIMIT 200",
            (eid,))]
        cond = ("ae.article_id IN (SELECT article_id FROM article_entities WHERE "
                "entity_id = ?) AND ae.entity_id <> ?")
        people, orgs, places = self._entity_refs(cond, (eid, eid), limit=20)
        page.cooccurring = sorted(people + orgs, key=lambda r: (-r.count, r.name))[:20]
        page.places = places
        story_ids = [r[0] for r in self._q(
            "SELECT DISTINCT a.story_id FROM articles a JOIN article_entities ae "
            "ON ae.article_id = a.id WHERE ae.entity_id = ? AND a.story_id IS NOT NULL",
            (eid,))]
        if story_ids:
            rows = self._q("SELECT id, title, date_from, date_to, n_articles, sources, "
                           f"top_entities FROM stories WHERE id IN "
                           f"({','.join('?' * len(story_ids))}) ORDER BY date_to DESC",
                           story_ids)
            page.stories = [StorySummary(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]),
                                         json.loads(r[6])) for r in rows]
        return page

    def search(self, query: str | None = None, *, entity: str | None = None,
               place: str | None = None, country: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               event_type: str | None = None, source: str | None = None,
               limit: int = 20, offset: int = 0) -> SearchResult:
        where, params = self._article_filters(source, date_from, date_to)
        empty = SearchResult(hits=[], total=0, limit=limit, offset=offset)
        if query and query.strip():
            cond, cparams = self._fts_filter(query)
            if not cond:
                return empty
            where.append(cond)
            params.extend(cparams)
        for value, types in ((entity, None), (place, PLACE_TYPES)):
            if value:
                eid = self._resolve_entity(value, types)
                if eid is None:
                    return empty
                where.append("a.id IN (SELECT article_id FROM article_entities WHERE "
                             "entity_id = ?)")
                params.append(eid)
        if country:
            where.append("a.id IN (SELECT ae.article_id FROM article_entities ae JOIN entities "
                         "e ON e.id = ae.entity_id WHERE e.country = ? AND e.type IN "
                         f"({','.join('?' * len(PLACE_TYPES))}))")
            params.extend([country.upper(), *PLACE_TYPES])
        if event_type:
            where.append("a.id IN (SELECT article_id FROM events WHERE type = ?)")
            params.append(event_type.upper())
        cond_sql = " AND ".join(where) if where else "1 = 1"
        matched = f"SELECT a.id FROM articles a WHERE {cond_sql}"
        total = int(self._one(f"SELECT COUNT(*) FROM articles a WHERE {cond_sql}", params))
        rows = self._q(f"SELECT {_ART_COLS} FROM articles a WHERE {cond_sql} "
                       "ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?",
                       [*params, int(limit), int(offset)])
        arts = [_summary(r) for r in rows]
        snippets = self._snippets([a.id for a in arts], query)
        hits = [SearchHit(a, snippets.get(a.id, "")) for a in arts]
        facets = self._facets(matched, params)
        return SearchResult(hits=hits, total=total, facets=facets, limit=limit, offset=offset)

    def _facets(self, matched: str, params: list[Any]) -> dict[str, list[FacetCount]]:
        place_marks = ",".join("?" * len(PLACE_TYPES))
        out: dict[str, list[FacetCount]] = {}
        ent_sql = ("SELECT e.id, e.name, COUNT(DISTINCT ae.article_id) AS n FROM "
                   "article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE "
                   f"ae.article_id IN ({matched}) AND e.type {{op}} ({place_marks}) "
                   "AND e.type <> 'NORP' GROUP BY e.id, e.name ORDER BY n DESC, e.name LIMIT ?")
        for facet, op in (("entity", "NOT IN"), ("place", "IN")):
            out[facet] = [FacetCount(v, int(n), label) for v, label, n in self._q(
                ent_sql.format(op=op), [*params, *PLACE_TYPES, _FACET_LIMIT])]
        out["country"] = [FacetCount(v, int(n)) for v, n in self._q(
            "SELECT e.country, COUNT(DISTINCT ae.article_id) AS n FROM article_entities ae "
            f"JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id IN ({matched}) "
            f"AND e.type IN ({place_marks}) AND e.country IS NOT NULL GROUP BY e.country "
            "ORDER BY n DESC, e.country LIMIT ?", [*params, *PLACE_TYPES, _FACET_LIMIT])]
        out["date"] = [FacetCount(v, int(n)) for v, n in self._q(
            f"SELECT a.day, COUNT(*) AS n FROM articles a WHERE a.id IN ({matched}) AND a.day "
            "IS NOT NULL GROUP BY a.day ORDER BY a.day DESC LIMIT ?", [*params, 31])]
        out["event_type"] = [FacetCount(v, int(n)) for v, n in self._q(
            "SELECT type, COUNT(DISTINCT article_id) AS n FROM events WHERE article_id IN "
            f"({matched}) GROUP BY type ORDER BY n DESC, type LIMIT ?",
            [*params, _FACET_LIMIT + 6])]
        out["source"] = [FacetCount(v, int(n)) for v, n in self._q(
            f"SELECT a.source, COUNT(*) AS n FROM articles a WHERE a.id IN ({matched}) AND "
            "a.source IS NOT NULL GROUP BY a.source ORDER BY n DESC, a.source LIMIT ?",
            [*params, _FACET_LIMIT])]
        return out

    def near_duplicate_count(self) -> int:
        """Stored articles marked as republishing another stored article."""
        return int(self._one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"))

    def counts(self) -> Counts:
        one = self._one
        return Counts(
            articles=int(one("SELECT COUNT(*) FROM articles")),
            stories=int(one("SELECT COUNT(*) FROM stories")),
            entities=int(one("SELECT COUNT(*) FROM entities")),
            quotes=int(one("SELECT COUNT(*) FROM quotes")),
            events=int(one("SELECT COUNT(*) FROM events")),
            sources=int(one("SELECT COUNT(DISTINCT source) FROM articles")),
        )


_TERM = re.compile(r'"([^"]+)"|(\S+)')


def query_terms(query: str) -> list[str]:
    """The words and "quoted phrases" of a user query, with operators' punctuation removed."""
    terms = []
    for phrase, word in _TERM.findall(query):
        text = phrase or word
        text = re.sub(r"[^\w\s'-]", " ", text).strip()
        if not phrase and text in ("AND", "OR", "NOT"):
            continue  # search-engine habits; every term is required anyway
        if text:
            terms.append(text)
    return terms
