-- One row per event of a venture: the event's JSON document (custdev-jackson, format version in the document), its
-- position in the venture's history, and two columns for queries. The primary key makes the version a venture's
-- optimistic lock: of two writers appending the same version, the database accepts one. Same SQL on H2 and
-- PostgreSQL.
CREATE TABLE venture_event (
    venture_id  VARCHAR(200)             NOT NULL,
    version     BIGINT                   NOT NULL,
    event_type  VARCHAR(40)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    document    VARCHAR(1000000)         NOT NULL,
    PRIMARY KEY (venture_id, version),
    CHECK (version >= 1)
);
