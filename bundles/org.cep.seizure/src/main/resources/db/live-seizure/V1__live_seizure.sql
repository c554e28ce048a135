-- Live seizure (活查封): lots of the debtor's assets, seizures over lots, inspections, sales, the
-- proceeds ledger and the timeline. Every table is per court (tenant_id). Money in fen.
CREATE TABLE seizure_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_lot', 0);
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure', 0);
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_item', 0);
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_event', 0);
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_inspection', 0);
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_sale', 0);
INSERT INTO seizure_sequence (seq_name, seq_count) VALUES ('seizure_ledger', 0);

-- A lot of the debtor's assets found on site, e.g. "pen 3: 12 pigs, 3 months, healthy".
CREATE TABLE seizure_lot (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(64)   NOT NULL,
    case_id            BIGINT        NOT NULL,
    label              VARCHAR(100)  NOT NULL,
    description        VARCHAR(500),
    unit               VARCHAR(16)   NOT NULL,
    unit_count         BIGINT        NOT NULL,
    age_months         INT,
    avg_weight_kg      DECIMAL(12,2),
    market_age_months  INT,
    market_weight_kg   DECIMAL(12,2),
    value_per_unit_fen BIGINT        NOT NULL,
    identifiers        VARCHAR(2000),
    health             VARCHAR(200),
    created_micros     BIGINT        NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_seizure_lot_case ON seizure_lot (tenant_id, case_id);

CREATE TABLE seizure (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    tenant_id             VARCHAR(64)   NOT NULL,
    case_id               BIGINT        NOT NULL,
    asset_type            VARCHAR(32)   NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    costs_fen             BIGINT        NOT NULL,
    operating_minimum_fen BIGINT        NOT NULL,
    seized_value_fen      BIGINT        NOT NULL,
    reason                VARCHAR(1000),
    custody_terms         VARCHAR(2000),
    start_date            DATE,
    expiry_date           DATE,
    renewals              INT           NOT NULL,
    inspection_days       INT           NOT NULL,
    next_inspection_date  DATE,
    created_micros        BIGINT        NOT NULL,
    version               BIGINT        NOT NULL
);
-- the judge's "expiring soon" view: one court, open states, by expiry date
CREATE INDEX ix_seizure_expiry ON seizure (tenant_id, state, expiry_date);
CREATE INDEX ix_seizure_case ON seizure (tenant_id, case_id);

-- Units of a lot under one seizure; expected_count falls only with approved sales.
CREATE TABLE seizure_item (
    id             BIGINT      NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64) NOT NULL,
    seizure_id     BIGINT      NOT NULL,
    lot_id         BIGINT      NOT NULL,
    seized_count   BIGINT      NOT NULL,
    expected_count BIGINT      NOT NULL
);
CREATE INDEX ix_seizure_item ON seizure_item (tenant_id, seizure_id);

CREATE TABLE seizure_event (
    id         BIGINT        NOT NULL PRIMARY KEY,
    tenant_id  VARCHAR(64)   NOT NULL,
    seizure_id BIGINT        NOT NULL,
    at_micros  BIGINT        NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    label_zh   VARCHAR(100)  NOT NULL,
    label_en   VARCHAR(100)  NOT NULL,
    actor      VARCHAR(200)  NOT NULL,
    detail     VARCHAR(1000)
);
CREATE INDEX ix_seizure_event ON seizure_event (tenant_id, seizure_id, at_micros);

CREATE TABLE seizure_inspection (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL,
    seizure_id        BIGINT        NOT NULL,
    inspection_date   DATE          NOT NULL,
    inspectors        VARCHAR(300)  NOT NULL,
    applicant_present BOOLEAN       NOT NULL,
    counts            VARCHAR(2000) NOT NULL,
    weights           VARCHAR(2000),
    health            VARCHAR(500),
    notes             VARCHAR(2000),
    missing_count     BIGINT        NOT NULL,
    violation         BOOLEAN       NOT NULL,
    recorded_by       VARCHAR(200)  NOT NULL
);
CREATE INDEX ix_seizure_inspection ON seizure_inspection (tenant_id, seizure_id);

-- The debtor's advance sale report, the judge's decision and the supervised sale.
CREATE TABLE seizure_sale (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(64)   NOT NULL,
    seizure_id         BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    buyer              VARCHAR(200)  NOT NULL,
    expected_price_fen BIGINT        NOT NULL,
    expected_date      DATE          NOT NULL,
    decision_note      VARCHAR(500),
    sold_count         BIGINT,
    weight_kg          DECIMAL(12,2),
    price_fen          BIGINT,
    sold_date          DATE,
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_seizure_sale ON seizure_sale (tenant_id, seizure_id);

-- Money through the court's enforcement account. An idempotency key makes a repeated request a no-op.
CREATE TABLE seizure_ledger (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    seizure_id      BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    amount_fen      BIGINT       NOT NULL,
    party           VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    at_micros       BIGINT       NOT NULL,
    recorded_by     VARCHAR(200) NOT NULL,
    CONSTRAINT uq_seizure_ledger_key UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX ix_seizure_ledger ON seizure_ledger (tenant_id, seizure_id);
