-- object_seq is the stix_objects row (seq) of each collection membership, so that a collection page joins the object
-- on its integer primary key instead of probing the (id, version) text index for every row. The store sets it on
-- every insert; a membership whose version is not stored (never written by the store) keeps NULL and, as before,
-- joins no object.
ALTER TABLE stix_collection_objects ADD COLUMN object_seq INTEGER;
UPDATE stix_collection_objects SET object_seq = (
    SELECT o.seq FROM stix_objects o WHERE o.id = stix_collection_objects.id AND o.version = stix_collection_objects.version);
