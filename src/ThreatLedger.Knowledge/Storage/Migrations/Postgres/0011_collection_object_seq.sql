-- object_seq is the stix_objects row (seq) of each collection membership, so that a collection page joins the object
-- on its integer primary key instead of probing the (id, version) text index for every row. The store sets it on
-- every insert; a membership whose version is not stored (never written by the store) keeps NULL and, as before,
-- joins no object.
ALTER TABLE stix_collection_objects ADD COLUMN object_seq BIGINT;
UPDATE stix_collection_objects c SET object_seq = o.seq
FROM stix_objects o
WHERE o.id = c.id AND o.version = c.version;
