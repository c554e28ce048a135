-- Photos and documents move into the database: written in the same transaction as their record, so a crash leaves
-- neither an orphan file nor a record without bytes, and every node reads them without shared storage.
-- A separate table so that listing attachments never reads their bytes. Attachments stored before this
-- migration keep their bytes in the attachments folder and are still read from there.
CREATE TABLE seizure_attachment_content (
    id        BIGINT      NOT NULL PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    content   LONGBLOB    NOT NULL
);
