-- Status resources of add-objects requests (TAXII 2.1 section 4.3), kept across server restarts. details holds the
-- successes, failures and pendings as JSON; request_timestamp is UTC microseconds since the Unix epoch.
CREATE TABLE IF NOT EXISTS taxii_statuses (
    id TEXT PRIMARY KEY,
    api_root TEXT NOT NULL,
    owner TEXT NOT NULL,
    request_timestamp BIGINT NOT NULL,
    details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_taxii_statuses_time ON taxii_statuses (request_timestamp);
