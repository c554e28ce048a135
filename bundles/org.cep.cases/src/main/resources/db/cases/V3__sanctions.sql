-- The sanctions ladder on every case (warning, consumption restriction, blacklist, fine, detention, referral).
-- A respondent's history is read by (tenant_id, respondent): the index keeps that one range scan however
-- many sanctions the court holds.
INSERT INTO case_sequence (seq_name, seq_count) VALUES ('case_sanction', 0);

CREATE TABLE case_sanction (
    id                BIGINT        NOT NULL,
    tenant_id         VARCHAR(64)   NOT NULL,
    case_id           BIGINT        NOT NULL,
    case_number       VARCHAR(40)   NOT NULL,
    respondent        VARCHAR(200)  NOT NULL,
    party_type        VARCHAR(16)   NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    basis             VARCHAR(500)  NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    amount_fen        BIGINT,
    days              INT,
    term_months       INT,
    grounds           VARCHAR(300),
    source            VARCHAR(200),
    proposed_by       VARCHAR(200)  NOT NULL,
    proposed_micros   BIGINT        NOT NULL,
    decided_by        VARCHAR(200),
    decided_micros    BIGINT,
    decision_document VARCHAR(100),
    decision_note     VARCHAR(500),
    executed_by       VARCHAR(200),
    executed_micros   BIGINT,
    ends_on           DATE,
    publication       VARCHAR(16),
    lift_reason       VARCHAR(16),
    lift_note         VARCHAR(500),
    lifted_by         VARCHAR(200),
    lifted_micros     BIGINT,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uq_case_sanction_id UNIQUE (id)
);
CREATE INDEX ix_case_sanction_respondent ON case_sanction (tenant_id, respondent, id);
CREATE INDEX ix_case_sanction_case ON case_sanction (tenant_id, case_id, id);
