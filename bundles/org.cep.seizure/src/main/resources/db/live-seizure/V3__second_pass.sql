-- Second pass: violations that can be dealt with, waiting seizures, batch sales with four eyes,
-- payouts that need a second person, structured custody terms and obligations checked at visits.
ALTER TABLE seizure ADD COLUMN custodian VARCHAR(200);
ALTER TABLE seizure ADD COLUMN custody_place VARCHAR(300);
ALTER TABLE seizure ADD COLUMN obligations VARCHAR(4000);
ALTER TABLE seizure ADD COLUMN notice_date DATE;
ALTER TABLE seizure ADD COLUMN notice_text VARCHAR(1000);
-- 轮候查封: the seizure of another case this one waits behind (not in force until that one ends)
ALTER TABLE seizure ADD COLUMN waits_for BIGINT;

ALTER TABLE seizure_inspection ADD COLUMN obligation_checks VARCHAR(4000);

ALTER TABLE seizure_sale ADD COLUMN reported_by VARCHAR(200);
ALTER TABLE seizure_sale ADD COLUMN decided_by VARCHAR(200);
ALTER TABLE seizure_sale ADD COLUMN sold_by VARCHAR(200);

-- BOOKED, or PENDING (a payout above the configured amount waits for a second person), or REJECTED
ALTER TABLE seizure_ledger ADD COLUMN status VARCHAR(16) DEFAULT 'BOOKED' NOT NULL;
ALTER TABLE seizure_ledger ADD COLUMN reason VARCHAR(500);
ALTER TABLE seizure_ledger ADD COLUMN flagged BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE seizure_ledger ADD COLUMN decided_by VARCHAR(200);

INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_violation', 0);

-- A shortfall found at a visit, and how the court dealt with it: the explanation, the adjusted
-- count, the consequence (warning or sanction for obstruction, 妨害执行) and the resolution.
CREATE TABLE seizure_violation (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(64)   NOT NULL,
    seizure_id          BIGINT        NOT NULL,
    inspection_id       BIGINT        NOT NULL,
    found_date          DATE          NOT NULL,
    missing_count       BIGINT        NOT NULL,
    findings            VARCHAR(2000),
    status              VARCHAR(16)   NOT NULL,
    explanation_kind    VARCHAR(24),
    explanation         VARCHAR(2000),
    evidence            VARCHAR(1000),
    buyer               VARCHAR(200),
    price_fen           BIGINT,
    explained_by        VARCHAR(200),
    adjusted_counts     VARCHAR(2000),
    adjust_reason       VARCHAR(1000),
    adjust_evidence     VARCHAR(1000),
    adjusted_by         VARCHAR(200),
    consequence         VARCHAR(16),
    sanction_kind       VARCHAR(24),
    sanction_amount_fen BIGINT,
    sanction_days       INT,
    legal_basis         VARCHAR(500),
    consequence_note    VARCHAR(1000),
    decided_by          VARCHAR(200),
    resolution_note     VARCHAR(1000),
    resolved_by         VARCHAR(200),
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_seizure_violation ON seizure_violation (tenant_id, seizure_id);
