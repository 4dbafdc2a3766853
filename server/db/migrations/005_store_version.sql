-- One row every server reads: `n` grows with every committed write, so a cache or an ETag keyed by (epoch, n) is
-- current for every process on this database. `epoch` is random per database, so a recreated database never
-- repeats an old version.
CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), epoch TEXT NOT NULL, n INTEGER NOT NULL);
INSERT INTO store_version (id, epoch, n) VALUES (1, lower(hex(randomblob(16))), 0);
