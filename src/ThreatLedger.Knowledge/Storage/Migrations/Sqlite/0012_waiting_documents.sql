-- Articles whose claims are tied to no incident yet (no incident and no known victim recognised in them): their text and
-- their events' type and times are kept so that the first later article naming their victim attaches the claims to that
-- incident. A row is deleted once its claims are attached.
CREATE TABLE waiting_documents (
    doc_seq     INTEGER PRIMARY KEY REFERENCES documents (doc_seq),
    body        TEXT    NOT NULL,
    event_type  TEXT    NOT NULL,
    start_time  TEXT,
    end_time    TEXT,
    discovered  TEXT,
    disclosed   TEXT,
    dwell_days  INTEGER
);
