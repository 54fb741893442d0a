-- STIX object versions, keyed by (id, version). "version" is the modified (else created) timestamp in microseconds
-- since the Unix epoch, or -9223372036854775808 for objects that carry neither (SCOs). The exact JSON text is kept.
-- date_added is UTC microseconds, strictly increasing per inserted row; seq makes the keyset (date_added, seq) unique.
CREATE TABLE stix_objects (
    seq           BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id            TEXT    NOT NULL,
    version       BIGINT  NOT NULL,
    type          TEXT    NOT NULL,
    spec_version  TEXT,
    created       TEXT,
    modified      TEXT,
    revoked       INTEGER NOT NULL DEFAULT 0,
    marking_refs  TEXT,
    date_added    BIGINT  NOT NULL,
    json          TEXT    NOT NULL,
    UNIQUE (id, version)
);
CREATE INDEX ix_stix_objects_added ON stix_objects (date_added, seq);
CREATE INDEX ix_stix_objects_type ON stix_objects (type, date_added, seq);

CREATE TABLE stix_object_markings (
    object_seq  BIGINT NOT NULL,
    marking_ref TEXT   NOT NULL,
    PRIMARY KEY (object_seq, marking_ref)
);
CREATE INDEX ix_stix_object_markings_ref ON stix_object_markings (marking_ref, object_seq);

-- Membership of object versions in TAXII "plain store" collections, with the date they were added to the collection.
CREATE TABLE stix_collection_objects (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collection_id TEXT   NOT NULL,
    id            TEXT   NOT NULL,
    version       BIGINT NOT NULL,
    date_added    BIGINT NOT NULL,
    UNIQUE (collection_id, id, version)
);
CREATE INDEX ix_stix_collection_objects_added ON stix_collection_objects (collection_id, date_added, seq);
