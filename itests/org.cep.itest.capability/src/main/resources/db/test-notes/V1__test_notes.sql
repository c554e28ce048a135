CREATE TABLE test_note_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO test_note_sequence (seq_name, seq_count) VALUES ('test_note', 0);

CREATE TABLE test_note (
    id        BIGINT        NOT NULL PRIMARY KEY,
    tenant_id VARCHAR(64)   NOT NULL,
    text      VARCHAR(1000) NOT NULL,
    version   BIGINT        NOT NULL
);
CREATE INDEX ix_test_note_tenant ON test_note (tenant_id);
