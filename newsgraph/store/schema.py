"""Table definitions, shared by both backends (dialect differences passed in)."""

from __future__ import annotations

from .comments import comment_tables


def tables(seq: str, blob: str) -> list[str]:
    """CREATE statements. ``seq``: the auto-increment column type; ``blob``: binary type."""
    return [
        f"""CREATE TABLE IF NOT EXISTS articles (
            seq {seq},
            id TEXT NOT NULL UNIQUE,
            headline TEXT, published TEXT, day TEXT, source TEXT, url TEXT,
            text TEXT NOT NULL, record TEXT NOT NULL, minhash {blob},
            story_id TEXT, duplicate_of TEXT)""",
        "CREATE INDEX IF NOT EXISTS articles_day ON articles (day)",
        "CREATE INDEX IF NOT EXISTS articles_source ON articles (source)",
        "CREATE INDEX IF NOT EXISTS articles_story ON articles (story_id)",
        "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
        """CREATE TABLE IF NOT EXISTS inputs (
            key TEXT PRIMARY KEY, article_id TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
            lat DOUBLE PRECISION, lon DOUBLE PRECISION, kind TEXT, geonameid BIGINT)""",
        "CREATE INDEX IF NOT EXISTS entities_type ON entities (type)",
        """CREATE TABLE IF NOT EXISTS article_entities (
            article_id TEXT NOT NULL, local_id TEXT NOT NULL, entity_id TEXT NOT NULL,
            name TEXT, type TEXT, mentions INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (article_id, local_id))""",
        "CREATE INDEX IF NOT EXISTS ae_entity ON article_entities (entity_id)",
        "CREATE INDEX IF NOT EXISTS ae_article_entity ON article_entities (article_id, entity_id)",
        """CREATE TABLE IF NOT EXISTS aliases (
            entity_id TEXT NOT NULL, alias TEXT NOT NULL, article_id TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias, article_id))""",
        "CREATE INDEX IF NOT EXISTS aliases_alias ON aliases (alias)",
        """CREATE TABLE IF NOT EXISTS titles (
            entity_id TEXT NOT NULL, title TEXT NOT NULL, article_id TEXT NOT NULL,
            published TEXT, PRIMARY KEY (entity_id, title, article_id))""",
        """CREATE TABLE IF NOT EXISTS quotes (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
            direct INTEGER NOT NULL, speaker TEXT, speaker_entity TEXT,
            start_pos INTEGER, end_pos INTEGER, PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_entity)",
        """CREATE TABLE IF NOT EXISTS events (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT,
            modality TEXT, actor1 TEXT, actor1_entity TEXT, actor2 TEXT, actor2_entity TEXT,
            place_entity TEXT, time TEXT, start_pos INTEGER, end_pos INTEGER,
            PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX IF NOT EXISTS events_type ON events (type)",
        # covering indexes for search facets over a set of articles
        "CREATE INDEX IF NOT EXISTS events_article_type ON events (article_id, type)",
        """CREATE TABLE IF NOT EXISTS lsh (
            band INTEGER NOT NULL, hash TEXT NOT NULL, article_id TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS lsh_band ON lsh (band, hash)",
        # analysts' corrections (newsgraph.store.corrections): an append-only audit log,
        # kept apart from the machine's records; a retraction is one more row
        f"""CREATE TABLE IF NOT EXISTS corrections (
            seq {seq}, article_id TEXT NOT NULL, kind TEXT NOT NULL, target TEXT NOT NULL,
            action TEXT NOT NULL, changes TEXT NOT NULL, author TEXT NOT NULL, note TEXT,
            created TEXT NOT NULL, retracts BIGINT)""",
        "CREATE INDEX IF NOT EXISTS corrections_article ON corrections (article_id)",
        """CREATE TABLE IF NOT EXISTS stories (
            id TEXT PRIMARY KEY, title TEXT, date_from TEXT, date_to TEXT,
            n_articles INTEGER NOT NULL, sources TEXT NOT NULL, top_entities TEXT NOT NULL)""",
        # the new article's near-duplicate candidates are looked up by its own id
        "CREATE INDEX IF NOT EXISTS lsh_article ON lsh (article_id)",
        # incremental stories (newsgraph.stories.incremental): the topic index, by band ...
        """CREATE TABLE IF NOT EXISTS story_lsh (
            band INTEGER NOT NULL, hash TEXT NOT NULL, article_id TEXT NOT NULL,
            dayn INTEGER)""",
        "CREATE INDEX IF NOT EXISTS story_lsh_band ON story_lsh (band, hash)",
        "CREATE INDEX IF NOT EXISTS story_lsh_article ON story_lsh (article_id)",
        # ... and the ids of merged stories, each pointing at the story that absorbed it
        """CREATE TABLE IF NOT EXISTS story_redirects (
            old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)""",
        # reader comments, accounts and the moderation audit log (newsgraph.store.comments)
        *comment_tables(seq),
    ]
