-- Photos and documents of lots and inspections. The bytes live in the attachments folder
-- (content-addressed by SHA-256); this row says whose they are.
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_attachment', 0);

CREATE TABLE seizure_attachment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    owner_kind     VARCHAR(16)  NOT NULL,
    owner_id       BIGINT       NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    created_micros BIGINT       NOT NULL,
    recorded_by    VARCHAR(200) NOT NULL
);
CREATE INDEX ix_seizure_attachment ON seizure_attachment (tenant_id, owner_kind, owner_id);
