-- The ledger schema, version 1. Portable SQL: the same statements run on DuckDB and PostgreSQL.
-- Lists that are only ever read whole (cues, conditions, evidence) are JSON text; lists that
-- queries filter on (source chains, event actors) are child tables.

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT UNIQUE,
    title TEXT,
    outlet TEXT,
    published_date DATE,
    published_earliest DATE,
    published_latest DATE,
    published_inferred BOOLEAN NOT NULL,
    body_start INTEGER NOT NULL,
    text TEXT NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
    article_id TEXT NOT NULL,
    id INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    is_headline BOOLEAN NOT NULL,
    repaired BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    kind TEXT NOT NULL,
    code TEXT,
    name TEXT,
    country TEXT,
    sector TEXT,
    role TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE times (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    begin_date DATE,
    finish_date DATE,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE attributions (
    article_id TEXT NOT NULL,
    id INTEGER NOT NULL,
    parent INTEGER,
    speaker TEXT,
    speaker_code TEXT,
    speaker_kind TEXT,
    cue_json TEXT NOT NULL,
    source_json TEXT,
    content_json TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE claims (
    article_id TEXT NOT NULL,
    id INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    certainty TEXT NOT NULL,
    checkable BOOLEAN NOT NULL,
    polarity TEXT NOT NULL,
    modality TEXT NOT NULL,
    content_start INTEGER,
    content_end INTEGER,
    cues_json TEXT NOT NULL,
    certainty_cues_json TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);

-- The source chain of a claim, outermost source first (position 0).
CREATE TABLE claim_sources (
    article_id TEXT NOT NULL,
    claim_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    code TEXT,
    kind TEXT NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    PRIMARY KEY (article_id, claim_id, position)
);

CREATE TABLE events (
    article_id TEXT NOT NULL,
    id INTEGER NOT NULL,
    claim INTEGER,
    plover TEXT NOT NULL,
    cameo TEXT,
    mode TEXT,
    context TEXT,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    location TEXT,
    time_start TEXT,
    time_end TEXT,
    time_text TEXT,
    -- The day bounds of time_start/time_end ("2024" -> 2024-01-01 .. 2024-12-31), for filters.
    time_begin_date DATE,
    time_finish_date DATE,
    quantity DOUBLE PRECISION,
    equipment TEXT,
    status TEXT,
    conditions_json TEXT NOT NULL,
    certainty TEXT NOT NULL,
    -- Position in records.CERTAINTY_ORDER: 0 is asserted, larger is less certain.
    certainty_rank INTEGER NOT NULL,
    speaker TEXT,
    trigger_text TEXT,
    -- Independent sources behind the event; the corpus stage fills it, NULL reads as 1.
    corroboration INTEGER,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE event_actors (
    article_id TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    text TEXT,
    start_char INTEGER,
    end_char INTEGER,
    PRIMARY KEY (article_id, event_id, role, position)
);

CREATE TABLE flags (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    evidence_json TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE SEQUENCE ingest_log_seq;

CREATE TABLE ingest_log (
    id BIGINT PRIMARY KEY DEFAULT nextval('ingest_log_seq'),
    item TEXT NOT NULL,
    error TEXT NOT NULL,
    logged_at TIMESTAMP NOT NULL
);

CREATE INDEX event_actors_code ON event_actors (code);
CREATE INDEX events_plover ON events (plover);
CREATE INDEX flags_kind ON flags (kind);
