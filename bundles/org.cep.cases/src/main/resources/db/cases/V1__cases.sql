-- Enforcement cases (执行案件), per court. Other capabilities hang their records on case ids.
CREATE TABLE case_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO case_sequence (seq_name, seq_count) VALUES ('enforcement_case', 0);

CREATE TABLE enforcement_case (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    case_number     VARCHAR(40)  NOT NULL,
    applicant       VARCHAR(200) NOT NULL,
    respondent      VARCHAR(200) NOT NULL,
    amount_owed_fen BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_micros  BIGINT       NOT NULL,
    closed_micros   BIGINT,
    close_reason    VARCHAR(500),
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_case_number UNIQUE (tenant_id, case_number)
);
