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
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from ..errors import InputError
from ..record import Record
from ..stories import dedup
from ..stories.cluster import ArticleFeatures, medoid
from ..stories.entities import PLACE_TYPES, entity_key, key_id, merge_short_names
from . import corrections
from .base import AddResult, Store
from .display import display_title
from .models import (
    ArticleSummary,
    Correction,
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

# the last column: enough of the text for a display title when there is no headline
_ART_COLS = ("a.id, a.headline, a.published, a.source, a.url, a.story_id, a.duplicate_of, "
             "substr(a.text, 1, 600)")
_FACET_LIMIT = 10
# Facets count at most this many matching articles, the newest: their cost then stays flat
# as the store grows (a word in a quarter of 64,000 articles took 1.4 s of facet queries).
# ``SearchResult.facets_counted`` says how many were counted; ``total`` is always exact.
FACET_SAMPLE = 2000
_STORY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP")  # what clusters stories


def _summary(row: Sequence[Any]) -> ArticleSummary:
    return ArticleSummary(*row[:7], title=display_title(row[1], row[7]))


def _record_json(record: Record) -> str:
    """The record as stored: its JSON without the text, which ``articles.text`` holds (the
    text was stored twice in each row before)."""
    data = record.to_dict()
    data.pop("text", None)
    return json.dumps(data, ensure_ascii=False)


def _record_of(raw: str, text: str) -> Record:
    """A stored record back, its text from ``articles.text`` (rows written before the text
    left the JSON still carry their own)."""
    data = json.loads(raw)
    data.setdefault("text", text)
    return Record.from_dict(data)


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

    def _fts_rank(self, query: str) -> tuple[str, list[Any], str, list[Any]]:
        """How well each article matches: (score expression, its parameters, a join that
        the expression needs, the join's parameters). Higher scores are better matches."""
        raise NotImplementedError

    def _fts_best(self, query: str, limit: int, offset: int
                  ) -> list[tuple[str, float, Any]] | None:
        """[(id, score, index row)] of the best-matching articles, best first, from the
        text index alone; None where the backend has no faster way than the general query."""
        return None

    def _fts_newest(self, query: str, limit: int) -> tuple[list[str], int] | None:
        """(ids of the newest ``limit`` articles that match, how many match), from the text
        index alone; None where the backend has no faster way than the general query."""
        return None

    def _snippets(self, ids: list[str], query: str | None,
                  index_rows: list[Any] | None = None) -> dict[str, str]:
        """{id: a passage of the article, its matches between MARK_START and MARK_END}."""
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
             record.source.name, record.source.url, record.text, _record_json(record),
             self._blob(dedup.to_bytes(sig))))
        if cur.rowcount == 0:
            return False
        self._index_text(None, record.id, record.headline or "", record.text)
        self._executemany("INSERT INTO lsh (band, hash, article_id) VALUES (?, ?, ?)",
                          [(b, h, record.id) for b, h in dedup.bands(sig)])
        self._index_facts(record)
        return True

    _FACT_TABLES = ("article_entities", "aliases", "titles", "quotes", "events")

    def _reindex_facts(self, article_id: str) -> None:
        """Rebuild an article's rows in the fact tables (entities, quotes, events) from its
        corrected record, so search facets, maps and co-occurrence follow the analysts."""
        record = self.get_article(article_id)
        if record is None:
            return
        for table in self._FACT_TABLES:
            self._execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._index_facts(record)
        self._merge_short_names()
        story = self._one("SELECT story_id FROM articles WHERE id = ?", (article_id,))
        if story is not None:  # its list entry (top entities) follows too
            self._refresh_story(story, {})

    def _index_facts(self, record: Record) -> None:
        """The record's entities, aliases, titles, quotes and events as rows."""
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

    # -- derived data: entities merged, near-duplicates, stories -----------------------------
    def update_stories(self) -> int:
        """Place the articles not yet in a story (see ``newsgraph.stories.incremental``).

        Only new articles and the candidate stories in their date window are read, so the
        cost grows with the batch, not with the corpus. Story ids are stable: a story keeps
        its id as it grows, and a merged story's id redirects (``story_redirects``).
        """
        from ..stories import incremental

        with self._lock:
            with self._transaction():
                self._merge_short_names()
            # Computed outside a write transaction: placing must not block another ingest's
            # writes; each chunk is then written in one transaction.
            todo = [r[0] for r in self._q("SELECT id FROM articles WHERE story_id IS NULL "
                                          "ORDER BY day, id")]
            # A store from before the topic index has stories but no index rows: index those
            # articles once (both counts are index-only, so this check stays cheap).
            indexed = int(self._one("SELECT COUNT(*) FROM story_lsh WHERE band = 0"))
            placed = int(self._one("SELECT COUNT(*) FROM articles WHERE story_id IS NOT NULL"))
            backfill = [] if indexed >= placed else [r[0] for r in self._q(
                "SELECT a.id FROM articles a WHERE a.story_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM story_lsh s WHERE s.article_id = a.id) ORDER BY a.day, a.id")]
            for start in range(0, len(backfill), 500):
                chunk = self._features_of(backfill[start:start + 500])
                with self._transaction():
                    self._index_topics(chunk)
            for start in range(0, len(todo), incremental.CHUNK):
                self._place_chunk(todo[start:start + incremental.CHUNK])
            return int(self._one("SELECT COUNT(*) FROM stories"))

    def story_redirect(self, story_id: str) -> str | None:
        """The id a merged story now lives under (None when it was not merged)."""
        return self._one("SELECT new_id FROM story_redirects WHERE old_id = ?", (story_id,))

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

    def _in(self, sql: str, ids: Sequence[str], params: Sequence[Any] = ()) -> list[tuple]:
        """Run ``sql`` with ``{ids}`` replaced by placeholders, 500 ids at a time."""
        out: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            out.extend(self._q(sql.format(ids=",".join("?" * len(chunk))),
                               [*chunk, *params]))
        return out

    def _features_of(self, ids: Sequence[str]) -> list[ArticleFeatures]:
        """Clustering features of these articles (in the order of ``ids``)."""
        ents: dict[str, dict[str, float]] = defaultdict(dict)
        for aid, eid, n, typ in self._in(
                "SELECT article_id, entity_id, mentions, type FROM article_entities "
                "WHERE article_id IN ({ids})", ids):
            if typ in _STORY_TYPES:
                ents[aid][eid] = ents[aid].get(eid, 0) + float(n)
        rows = {r[0]: r for r in self._in(
            "SELECT id, headline, day, text, duplicate_of FROM articles WHERE id IN ({ids})",
            ids)}
        out = []
        for aid in ids:
            if aid not in rows:
                continue
            _, headline, day, text, dup = rows[aid]
            body = dedup.body_text(text, headline)
            out.append(ArticleFeatures(id=aid, text=body[:6000], headline=headline or "",
                                       day=day, entities=ents.get(aid, {}), duplicate_of=dup))
        return out

    def _index_topics(self, items: list[ArticleFeatures]) -> None:
        """Write the topic index rows (``story_lsh``) of these articles."""
        from ..stories import incremental

        stop = incremental._stop_words()
        rows = []
        for a in items:
            dayn = incremental.day_number(a.day)
            sig = incremental.signature(incremental.topic_tokens(a, stop))
            rows.extend((b, h, a.id, dayn) for b, h in incremental.bands(sig))
        ids = [a.id for a in items]
        for start in range(0, len(ids), 500):  # a rerun after a crash indexes them again
            chunk = ids[start:start + 500]
            self._execute(f"DELETE FROM story_lsh WHERE article_id IN "
                          f"({','.join('?' * len(chunk))})", chunk)
        self._executemany("INSERT INTO story_lsh (band, hash, article_id, dayn) "
                          "VALUES (?, ?, ?, ?)", rows)

    def _near_duplicates_of(self, ids: list[str]) -> dict[str, str]:
        """{new article id: the earliest-ingested stored article it republishes}."""
        rows = self._in("SELECT DISTINCT l1.article_id, l2.article_id FROM lsh l1 JOIN lsh l2 "
                        "ON l1.band = l2.band AND l1.hash = l2.hash "
                        "AND l1.article_id <> l2.article_id WHERE l1.article_id IN ({ids})",
                        ids)
        if not rows:
            return {}
        involved = sorted({i for p in rows for i in p})
        info = {aid: (seq, dedup.from_bytes(blob), dup) for aid, seq, blob, dup in self._in(
            "SELECT id, seq, minhash, duplicate_of FROM articles WHERE id IN ({ids})",
            involved)}
        matches: dict[str, list[str]] = defaultdict(list)
        for a, b in rows:
            if a in info and b in info and info[b][0] < info[a][0] and \
                    dedup.similarity(info[a][1], info[b][1]) >= dedup.THRESHOLD:
                matches[a].append(b)
        roots = {b: info[b][2] or b for bs in matches.values() for b in bs}
        seq = {aid: q for aid, q in self._in("SELECT id, seq FROM articles WHERE id IN ({ids})",
                                             sorted(set(roots.values())))}
        found: dict[str, str] = {}
        for a in sorted(matches, key=lambda i: info[i][0]):  # earliest first: roots settle
            cands = {found.get(b) or roots[b] for b in matches[a]}
            found[a] = min(cands, key=lambda r: (seq.get(r, info[r][0] if r in info else 0), r))
        return found

    def _place_chunk(self, ids: list[str]) -> None:
        """Place up to ``incremental.CHUNK`` new articles and write what changed."""
        from ..stories import incremental

        new = self._features_of(ids)
        dup = self._near_duplicates_of(ids)
        for a in new:
            a.duplicate_of = dup.get(a.id)
        with self._transaction():
            self._index_topics(new)
        window = incremental.WINDOW_DAYS
        cand = self._in(
            "SELECT DISTINCT a.story_id FROM story_lsh s1 JOIN story_lsh s2 "
            "ON s1.band = s2.band AND s1.hash = s2.hash JOIN articles a "
            "ON a.id = s2.article_id WHERE s1.article_id IN ({ids}) "
            "AND a.story_id IS NOT NULL AND (s1.dayn IS NULL OR s2.dayn IS NULL OR "
            "(s2.dayn >= s1.dayn - ? AND s2.dayn <= s1.dayn + ?))", ids, (window, window))
        story_ids = {r[0] for r in cand}
        # a republished article belongs with its original, wherever the words point
        story_ids |= {r[0] for r in self._in(
            "SELECT story_id FROM articles WHERE id IN ({ids}) AND story_id IS NOT NULL",
            sorted(set(dup.values())))}
        lo, hi = incremental.chunk_range(incremental.day_number(a.day) for a in new) \
            or (None, None)
        recent = [r[0] for r in self._recent(lo, hi, ["story_id"], incremental.BACKGROUND)]
        story_ids |= set(incremental.neighbour_stories(recent, story_ids, dict(self._in(
            "SELECT id, n_articles FROM stories WHERE id IN ({ids})", sorted(set(recent))))))
        members: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        for aid, sid, day in self._in(
                "SELECT id, story_id, day FROM articles WHERE story_id IN ({ids})",
                sorted(story_ids)):
            dn = incremental.day_number(day)
            if lo is None or dn is None or lo <= dn <= hi:
                members[sid].append((aid, day))
        chosen: list[str] = []
        for sid in sorted(members):  # the story's most recent articles in the window
            recent = sorted(members[sid], key=lambda m: (m[1] or "", m[0]))
            chosen += [m[0] for m in recent[-incremental.MAX_STORY_MEMBERS:]]
        origin = {aid: sid for sid, ms in members.items() for aid, _ in ms}
        by_story: dict[str, list[ArticleFeatures]] = defaultdict(list)
        for feat in self._features_of(chosen):
            by_story[origin[feat.id]].append(feat)
        origin = {a.id: sid for sid, fs in by_story.items() for a in fs}
        sizes = dict(self._in("SELECT id, n_articles FROM stories WHERE id IN ({ids})",
                              sorted(by_story)))
        groups = incremental.place(new, dict(by_story), sizes,
                                   background=self._background(lo, hi, set(origin)))
        local = {a.id: a for a in new} | {a.id: a for fs in by_story.values() for a in fs}
        result = incremental.assign_ids(groups, origin, sizes,
                                        {i: local[i].day for g in groups for i in g},
                                        self._story_id_taken)
        with self._transaction():
            self._executemany("UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?",
                              [(sid, dup.get(aid), aid) for sid, aids in result.members.items()
                               for aid in aids if aid not in origin])
            self._executemany("UPDATE articles SET story_id = ? WHERE id = ?",
                              [(sid, aid) for sid, aids in result.members.items()
                               for aid in aids if aid in origin and origin[aid] != sid])
            for old, survivor in sorted(result.merged.items()):
                # its articles outside the local set go where the most of it went
                self._execute("UPDATE articles SET story_id = ? WHERE story_id = ?",
                              (survivor, old))
                self._execute("DELETE FROM stories WHERE id = ?", (old,))
                self._execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?",
                              (survivor, old))
                self._execute("INSERT INTO story_redirects (old_id, new_id) VALUES (?, ?) "
                              "ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
                              (old, survivor))
            for sid in sorted(result.members):
                self._refresh_story(sid, local)

    def _background(self, lo: int | None, hi: int | None, skip: set[str]
                    ) -> list[ArticleFeatures]:
        """Recent placed articles in the window: they weigh words (IDF), nothing more."""
        from ..stories import incremental

        rows = self._recent(lo, hi, ["id"], incremental.BACKGROUND + len(skip))
        ids = [r[0] for r in rows if r[0] not in skip][:incremental.BACKGROUND]
        return self._features_of(ids)

    def _recent(self, lo: int | None, hi: int | None, columns: list[str], limit: int
                ) -> list[tuple]:
        """These columns of the most recently placed articles in the window (days lo..hi).

        An undated article is in every window, as ``incremental.within_window`` has it.
        """
        cols = ", ".join(columns)
        if lo is None or hi is None:
            return self._q(f"SELECT {cols} FROM articles WHERE story_id IS NOT NULL "
                           "ORDER BY seq DESC LIMIT ?", (limit,))
        return self._q(f"SELECT {cols} FROM articles WHERE story_id IS NOT NULL AND "
                       "(day IS NULL OR (day >= ? AND day <= ?)) ORDER BY seq DESC LIMIT ?",
                       (date.fromordinal(lo).isoformat(), date.fromordinal(hi).isoformat(),
                        limit))

    def _story_id_taken(self, story_id: str) -> bool:
        return bool(self._one("SELECT COUNT(*) FROM stories WHERE id = ?", (story_id,))) or \
            self.story_redirect(story_id) is not None

    def _refresh_story(self, sid: str, local: dict[str, ArticleFeatures]) -> None:
        """Rewrite one story's row (title, dates, sources, top entities) from its articles."""
        rows = self._q("SELECT id, headline, day, source, substr(text, 1, 600) FROM articles "
                       "WHERE story_id = ?", (sid,))
        ids = sorted(r[0] for r in rows)
        days = sorted(r[2] for r in rows if r[2])
        first = min(rows, key=lambda r: (r[2] or "9999", r[0]))
        seen = [i for i in ids if i in local]
        # a headline-less story is named by its first sentence, never a cut-off first line
        if seen:
            rep = local[medoid(seen, local)]
            title = display_title(rep.headline, rep.text)
        else:
            title = display_title(first[1], first[4])
        srcs = sorted({r[3] for r in rows if r[3]})
        marks = ",".join("?" * len(_STORY_TYPES))
        weight = self._q(
            "SELECT e.name, COUNT(DISTINCT ae.article_id) AS n FROM article_entities ae "
            "JOIN articles a ON a.id = ae.article_id JOIN entities e ON e.id = ae.entity_id "
            f"WHERE a.story_id = ? AND ae.type IN ({marks}) GROUP BY e.id, e.name "
            "ORDER BY n DESC, e.id LIMIT 5", (sid, *_STORY_TYPES))
        self._execute("DELETE FROM stories WHERE id = ?", (sid,))
        self._execute("INSERT INTO stories (id, title, date_from, date_to, n_articles, "
                      "sources, top_entities) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (sid, title, days[0] if days else None, days[-1] if days else None,
                       len(rows), json.dumps(srcs), json.dumps([w[0] for w in weight])))

    # -- reading ---------------------------------------------------------------------------
    def get_article(self, article_id: str, *, corrected: bool = True) -> Record | None:
        row = self._q("SELECT record, text FROM articles WHERE id = ?", (article_id,))
        if not row:
            return None
        record = _record_of(*row[0])
        if not corrected:
            return record
        found = self.corrections_of([article_id]).get(article_id)
        return corrections.apply(record, found)[0] if found else record

    # -- analysts' corrections (newsgraph.store.corrections) --------------------------------
    def add_correction(self, article_id: str, kind: str, target: dict[str, Any],
                       action: str, changes: dict[str, Any] | None = None, *, author: str,
                       note: str | None = None) -> Correction:
        machine = self.get_article(article_id, corrected=False)
        if machine is None:
            raise InputError(f"no article {article_id!r} in this store", source="correction",
                             hint="correct an article that is stored")
        author = (author or "").strip()
        if not author or len(author) > 200:
            raise InputError("a correction needs its author (up to 200 characters)",
                             source="correction", hint="say who you are: the log keeps it")
        if note is not None and len(note) > 2000:
            raise InputError("the note is over 2,000 characters", source="correction",
                             hint="shorten it")
        # anchored in the text of the machine's record: it survives a re-analysis
        sel = corrections.selector(machine, kind, target)
        checked = corrections.check_changes(kind, action, changes or {})
        return self._log_correction(article_id, kind, sel, action, checked, author, note, None)

    def retract_correction(self, correction_id: int, *, author: str,
                           note: str | None = None) -> Correction:
        rows = self._q("SELECT article_id, kind, target, action FROM corrections "
                       "WHERE seq = ?", (int(correction_id),))
        if not rows or rows[0][3] == "retract":
            raise InputError(f"no correction {correction_id} to retract", source="correction",
                             hint="GET /api/articles/ID/corrections lists them")
        if not (author or "").strip():
            raise InputError("a retraction needs its author", source="correction",
                             hint="say who you are: the log keeps it")
        aid, kind, target, _ = rows[0]
        return self._log_correction(aid, kind, json.loads(target), "retract", {},
                                    author.strip(), note, int(correction_id))

    def _log_correction(self, article_id: str, kind: str, target: dict[str, Any], action: str,
                        changes: dict[str, Any], author: str, note: str | None,
                        retracts: int | None) -> Correction:
        from datetime import UTC, datetime

        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self._transaction():
            rows = self._q(
                "INSERT INTO corrections (article_id, kind, target, action, changes, author, "
                "note, created, retracts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
                (article_id, kind, json.dumps(target, sort_keys=True), action,
                 json.dumps(changes, sort_keys=True), author, note, created, retracts))
            self._reindex_facts(article_id)
        return Correction(int(rows[0][0]), article_id, kind, target, action, changes, author,
                          note, created, retracts)

    def corrections(self, article_id: str) -> list[Correction]:
        """The article's corrections, oldest first: the audit log, retractions included,
        each marked with what retracted it and whether it matches the stored record."""
        log = self.corrections_of([article_id]).get(article_id, [])
        machine = self.get_article(article_id, corrected=False) if log else None
        if machine is not None:
            report = corrections.apply(machine, log)[1]
            for c in log:
                if c.action != "retract" and c.retracted_by is None:
                    c.applied = c.id not in report.unmatched
        return log

    def corrections_of(self, ids: Sequence[str]) -> dict[str, list[Correction]]:
        out: dict[str, list[Correction]] = defaultdict(list)
        if not ids:
            return out
        rows = self._in("SELECT seq, article_id, kind, target, action, changes, author, note, "
                        "created, retracts FROM corrections WHERE article_id IN ({ids}) "
                        "ORDER BY seq", list(ids))
        log = [Correction(int(r[0]), r[1], r[2], json.loads(r[3]), r[4], json.loads(r[5]), r[6],
                          r[7], r[8], r[9]) for r in rows]
        by_id = {c.id: c for c in log}
        for c in log:
            if c.retracts is not None and c.retracts in by_id:
                by_id[c.retracts].retracted_by = c.id
        for c in log:
            out[c.article_id].append(c)
        return out

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
                     date_to: str | None = None, ids: Iterable[str] | None = None,
                     corrected: bool = True) -> Iterator[Record]:
        where, params = self._article_filters(source, date_from, date_to)
        if ids is not None:
            wanted = list(ids)
            if not wanted:
                return
            where.append(f"a.id IN ({','.join('?' * len(wanted))})")
            params.extend(wanted)
        base = "SELECT a.seq, a.record, a.id, a.text FROM articles a WHERE a.seq > ?"
        if where:
            base += " AND " + " AND ".join(where)
        base += " ORDER BY a.seq LIMIT 200"
        last = -1
        while True:  # keyset pages: memory stays flat on a large corpus
            rows = self._q(base, [last, *params])
            if not rows:
                return
            fixes = self.corrections_of([r[2] for r in rows]) if corrected else {}
            for _seq, raw, aid, text in rows:
                record = _record_of(raw, text)
                yield corrections.apply(record, fixes[aid])[0] if fixes.get(aid) else record
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
        moved_to = None
        if not head:
            moved_to = self.story_redirect(story_id)
            if moved_to is None:
                return None
            head = self._q("SELECT id, title, date_from, date_to, sources FROM stories "
                           "WHERE id = ?", (moved_to,))
            if not head:
                return None
        sid, title, dfrom, dto, sources = head[0]
        arts = [_summary(r) for r in self._q(
            f"SELECT {_ART_COLS} FROM articles a WHERE a.story_id = ? "
            "ORDER BY a.published, a.seq", (sid,))]
        ids = [a.id for a in arts]
        marks = ",".join("?" * len(ids))
        story = Story(id=sid, title=title, date_from=dfrom, date_to=dto, articles=arts,
                      sources=json.loads(sources), moved_to=moved_to)
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
        """Corpus entity id for an id, a name or an alias (most mentioned wins); whole words
        of a name find it ("Reznikov" -> "Oleksii Reznikov"). None when nothing matches:
        "%", "_" and other strings without a letter or digit match nothing."""
        name_or_id = name_or_id.strip()
        if not name_or_id or not any(c.isalnum() for c in name_or_id) or any(
                ord(c) < 32 for c in name_or_id):
            return None  # "%", "_", "\x00": no name (and PostgreSQL refuses NUL)
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
        # "Reznikov" or "Oleksii" for "Oleksii Reznikov": a name holding the words asked for
        # as whole words, the most mentioned wins. The words are escaped, so "%" and "_"
        # are themselves, not wildcards; no substring match ("etrenk" finds nobody).
        words = like_escape(wanted)
        rows = self._q(
            "SELECT e.id, SUM(ae.mentions) AS n FROM entities e JOIN article_entities ae "
            "ON ae.entity_id = e.id WHERE (LOWER(e.name) LIKE ? ESCAPE '\\' OR LOWER(e.name) "
            "LIKE ? ESCAPE '\\' OR LOWER(e.name) LIKE ? ESCAPE '\\')"
            f"{type_cond} GROUP BY e.id ORDER BY n DESC, e.id LIMIT 1",
            [f"% {words}", f"{words} %", f"% {words} %", *type_params])
        return rows[0][0] if rows else None

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
        disowned = self._disowned(eid, [a.id for a in page.articles])
        if disowned:  # an analyst said those articles do not mean this entity (or place)
            page.articles = [a for a in page.articles if a.id not in disowned]
            page.quotes = [q for q in page.quotes if q.article_id not in disowned]
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

    def _disowned(self, eid: str, ids: list[str]) -> set[str]:
        """Of these articles, those whose mention of corpus entity ``eid`` an analyst marked
        wrong, or (a place) moved to another place."""
        log = self.corrections_of(ids)
        if not log:
            return set()
        local = defaultdict(set)
        for aid, name in self._in("SELECT article_id, name FROM article_entities WHERE "
                                  "article_id IN ({ids}) AND entity_id = ?", sorted(log),
                                  (eid,)):
            local[aid].add((name or "").lower())
        out = set()
        for aid, found in log.items():
            for c in corrections.active(found):
                moved = c.kind == "place" and (c.action == "wrong" or "geonameid" in c.changes
                                               or "lat" in c.changes)
                if ((c.kind == "entity" and c.action == "wrong") or moved) and (
                        (c.target.get("name") or "").lower() in local.get(aid, ())):
                    out.add(aid)
        return out

    def search(self, query: str | None = None, *, entity: str | None = None,
               place: str | None = None, country: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               event_type: str | None = None, source: str | None = None,
               limit: int = 20, offset: int = 0, sort: str = "relevance") -> SearchResult:
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
        where, params = self._article_filters(source, date_from, date_to)
        empty = SearchResult(hits=[], total=0, limit=limit, offset=offset, sort=sort)
        ranked = bool(query and query.strip())
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
        # The words' condition comes last: where the ranking join keeps only matches anyway,
        # the page's query leaves it out.
        fts_cond, fts_params = self._fts_filter(query or "") if ranked else ("", [])
        if ranked and not fts_cond:
            return empty
        cond_sql = " AND ".join([*where, fts_cond] if fts_cond else where) or "1 = 1"
        params = [*params, *fts_params]
        # The newest matches, which the facets count; the count only when there are more.
        newest = self._fts_newest(query or "", FACET_SAMPLE) if fts_cond and not where \
            else None
        if newest is not None:
            counted, total = newest
        else:
            counted = [r[0] for r in self._q(
                f"SELECT a.id FROM articles a WHERE {cond_sql} ORDER BY a.seq DESC LIMIT ?",
                [*params, FACET_SAMPLE])]
            total = len(counted) if len(counted) < FACET_SAMPLE else \
                int(self._one(f"SELECT COUNT(*) FROM articles a WHERE {cond_sql}", params))
        if total == 0:
            return SearchResult(hits=[], total=0, facets=self._facets([]), limit=limit,
                                offset=offset, sort=sort, facets_counted=0)
        score_sql, score_params, join_sql, join_params = "0.0", [], "", []
        page_cond, page_params = cond_sql, params
        if query and ranked:
            score_sql, score_params, join_sql, join_params = self._fts_rank(query)
            if join_sql:  # the ranking join already keeps matches only
                page_cond = " AND ".join(where) or "1 = 1"
                page_params = params[:len(params) - len(fts_params)]
        # relevance: best match first, the newest breaking ties; date: newest first
        order = ("score DESC, published DESC, seq DESC" if sort == "relevance" and ranked
                 else "published DESC, seq DESC")
        # The page's ids are chosen on narrow columns first; the article columns (and its
        # text) are read for those rows only, not for every match.
        page = (f"SELECT a.id AS hid, a.published AS published, a.seq AS seq, {score_sql} AS "
                f"score FROM articles a {join_sql} WHERE {page_cond} ORDER BY {order} "
                "LIMIT ? OFFSET ?")
        outer = ", ".join(f"h.{part}" for part in order.split(", "))
        best = self._fts_best(query or "", int(limit), int(offset)) \
            if newest is not None and sort == "relevance" else None
        if best is not None:  # the page straight from the index; articles read for it only
            by_id = {r[0]: r for r in self._q(
                f"SELECT {_ART_COLS} FROM articles a WHERE a.id IN "
                f"({','.join('?' * len(best)) or 'NULL'})", [i for i, _, _ in best])}
            rows = [(*by_id[i], score) for i, score, _ in best if i in by_id]
        else:
            rows = self._q(f"SELECT {_ART_COLS}, h.score FROM ({page}) h JOIN articles a ON "
                           f"a.id = h.hid ORDER BY {outer}",
                           [*score_params, *join_params, *page_params, int(limit),
                            int(offset)])
        arts = [_summary(r) for r in rows]
        scores = {r[0]: float(f"{float(r[-1] or 0.0):.4g}") for r in rows}
        snippets = self._snippets([a.id for a in arts], query,
                                  [r for _, _, r in best] if best is not None else None)
        hits = []
        for a in arts:
            text, marks = split_marks(snippets.get(a.id, ""))
            hits.append(SearchHit(a, bracketed(text, marks), scores[a.id], text, marks))
        facets = self._facets(counted)
        return SearchResult(hits=hits, total=total, facets=facets, limit=limit, offset=offset,
                            sort=sort, facets_counted=min(total, FACET_SAMPLE))

    def _facets(self, ids: list[str]) -> dict[str, list[FacetCount]]:
        """Facet counts over these articles (at most FACET_SAMPLE of them)."""
        return self._facets_of(",".join("?" * len(ids)) or "NULL", list(ids))

    def _facets_of(self, matched: str, params: list[Any]) -> dict[str, list[FacetCount]]:
        """Facet counts over the articles whose ids ``matched`` lists (a query or ?s)."""
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
            # CROSS JOIN: SQLite reads the articles' rows first (its own plan took 200 ms)
            "SELECT e.country, COUNT(DISTINCT ae.article_id) AS n FROM article_entities ae "
            f"CROSS JOIN entities e WHERE e.id = ae.entity_id AND ae.article_id IN ({matched}) "
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

    # Statistics for the query planner, bounded: SQLite reads at most ~400 rows per index
    # (a full ANALYZE would cost as much as the corpus, on every ingest).
    _optimize_sql: tuple[str, ...] = ("PRAGMA analysis_limit=400", "ANALYZE")

    def optimize(self) -> None:
        """Refresh the planner's statistics (ingest calls it): without them SQLite picks a
        bad plan for search facets on a grown store."""
        with self._lock:
            for stmt in self._optimize_sql:
                self._execute(stmt)

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


SORTS = ("relevance", "date")


def like_escape(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

# Match markers inside snippets: private-use characters, so a literal "[Reuters]" in the
# text is never mistaken for a match.
MARK_START, MARK_END = "\ue000", "\ue001"


def split_marks(marked: str) -> tuple[str, list[list[int]]]:
    """A snippet with MARK_START/MARK_END -> (plain text, [[start, end], ...] of matches)."""
    out: list[str] = []
    marks: list[list[int]] = []
    pos, start = 0, None
    for ch in marked:
        if ch == MARK_START:
            start = pos
        elif ch == MARK_END:
            if start is not None and pos > start:
                marks.append([start, pos])
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), marks


def bracketed(text: str, marks: list[list[int]]) -> str:
    """The snippet for a terminal: each match wrapped in [ ]."""
    out, last = [], 0
    for start, end in marks:
        out += [text[last:start], "[", text[start:end], "]"]
        last = end
    out.append(text[last:])
    return "".join(out)


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
