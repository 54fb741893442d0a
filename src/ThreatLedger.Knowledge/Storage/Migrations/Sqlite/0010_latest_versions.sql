-- is_latest marks the latest version of each object: in stix_objects for the whole store, in stix_collection_objects
-- per collection. The store keeps it up to date on every put and delete, so that "latest version" reads (the TAXII
-- default, match[version]=last) test one column of the row instead of probing for a later version of every row.
ALTER TABLE stix_objects ADD COLUMN is_latest INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stix_collection_objects ADD COLUMN is_latest INTEGER NOT NULL DEFAULT 0;
UPDATE stix_objects SET is_latest = 1
WHERE NOT EXISTS (SELECT 1 FROM stix_objects x WHERE x.id = stix_objects.id AND x.version > stix_objects.version);
UPDATE stix_collection_objects SET is_latest = 1
WHERE NOT EXISTS (SELECT 1 FROM stix_collection_objects x
                  WHERE x.collection_id = stix_collection_objects.collection_id AND x.id = stix_collection_objects.id
                    AND x.version > stix_collection_objects.version);
