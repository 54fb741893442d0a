-- Reports (documents and bundles) with provenance; ingest is idempotent on content_hash.
CREATE TABLE documents (
    doc_seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash       TEXT    NOT NULL UNIQUE,
    doc_id             TEXT    NOT NULL,
    kind               TEXT    NOT NULL,
    title              TEXT,
    url                TEXT,
    outlet             TEXT,
    published          TEXT,
    origin             TEXT,
    extractor_version  TEXT,
    relays_outlet      TEXT,
    relay_cue          TEXT,
    ingested_at        BIGINT NOT NULL,
    object_count       INTEGER NOT NULL DEFAULT 0,
    rejected_count     INTEGER NOT NULL DEFAULT 0
);

-- Resolved things: victims (organisations) and actors (named groups), with every alias as a normalised key.
CREATE TABLE entities (
    entity_seq  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    country     TEXT,
    origin      TEXT    NOT NULL
);
CREATE TABLE entity_aliases (
    entity_seq  BIGINT NOT NULL REFERENCES entities (entity_seq),
    alias_key   TEXT    NOT NULL,
    alias       TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    PRIMARY KEY (entity_seq, alias_key)
);
CREATE INDEX ix_entity_aliases_key ON entity_aliases (alias_key);

-- One report = one incident as one document tells it (an event hopper with its victim and times).
CREATE TABLE reports (
    report_seq   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_seq      BIGINT NOT NULL REFERENCES documents (doc_seq),
    event_id     TEXT    NOT NULL,
    event_type   TEXT    NOT NULL,
    victim_seq   BIGINT NOT NULL REFERENCES entities (entity_seq),
    victim_text  TEXT    NOT NULL,
    start_time   TEXT,
    end_time     TEXT,
    discovered   TEXT,
    disclosed    TEXT,
    dwell_days   INTEGER,
    evidence     TEXT
);
CREATE INDEX ix_reports_doc ON reports (doc_seq);

CREATE TABLE incidents (
    incident_seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    victim_seq   BIGINT NOT NULL REFERENCES entities (entity_seq),
    created_at   BIGINT NOT NULL
);

-- The current incident of each report, with the reason it was put there (explainable).
CREATE TABLE incident_reports (
    report_seq   BIGINT PRIMARY KEY REFERENCES reports (report_seq),
    incident_seq BIGINT NOT NULL REFERENCES incidents (incident_seq),
    reason       TEXT    NOT NULL,
    decided_at   BIGINT NOT NULL
);
CREATE INDEX ix_incident_reports_incident ON incident_reports (incident_seq);

-- Every merge decision ever taken (new, merge, unmerge): the history that makes merging reversible.
CREATE TABLE merge_decisions (
    decision_seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_seq   BIGINT NOT NULL,
    incident_seq BIGINT NOT NULL,
    action       TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    decided_at   BIGINT NOT NULL
);

-- Attribution claims with provenance. origin_key identifies the original source (independence).
CREATE TABLE claims (
    claim_seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_seq          BIGINT NOT NULL REFERENCES documents (doc_seq),
    report_seq       BIGINT REFERENCES reports (report_seq),
    claim_id         TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    hypothesis_key   TEXT,
    hypothesis_label TEXT,
    actor_seq        BIGINT REFERENCES entities (entity_seq),
    accused          TEXT,
    accused_country  TEXT,
    source_name      TEXT    NOT NULL,
    source_kind      TEXT    NOT NULL,
    source_count     INTEGER,
    cited_via        TEXT,
    origin_key       TEXT    NOT NULL,
    relayed          INTEGER NOT NULL,
    stance           TEXT    NOT NULL,
    hedging          TEXT    NOT NULL,
    confidence       INTEGER NOT NULL,
    evidence         TEXT    NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL
);
CREATE INDEX ix_claims_report ON claims (report_seq);
CREATE INDEX ix_claims_doc ON claims (doc_seq);
