-- Where `threatledger pull` stopped for each remote collection: the last X-TAXII-Date-Added-Last it stored.
CREATE TABLE IF NOT EXISTS taxii_pull_state (
    remote TEXT NOT NULL,
    collection_id TEXT NOT NULL,
    added_last TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (remote, collection_id)
);
