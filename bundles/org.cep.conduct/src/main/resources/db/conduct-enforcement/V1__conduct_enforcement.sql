-- 行为执行: a judgment's conduct obligations item by item, compliance checks, repeat-infringement reports,
-- evidence, and the money claims substitute performance (代履行) puts on the case. Per court (tenant_id).
CREATE TABLE cd_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO cd_sequence (seq_name, seq_count) VALUES ('cd', 0);

CREATE TABLE cd_obligation (
    id                BIGINT        NOT NULL,
    tenant_id         VARCHAR(64)   NOT NULL,
    case_id           BIGINT        NOT NULL,
    item_no           INT           NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    obligor           VARCHAR(200)  NOT NULL,
    deadline          DATE          NOT NULL,
    source_document   VARCHAR(200)  NOT NULL,
    check_every_days  INT,
    daily_late_fen    BIGINT,
    loss_fen          BIGINT,
    state             VARCHAR(16)   NOT NULL,
    open_since        DATE,
    banked_days       BIGINT        NOT NULL,
    last_checked_on   DATE,
    next_check_on     DATE,
    recorded_by       VARCHAR(200)  NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uq_cd_obligation_id UNIQUE (id),
    CONSTRAINT uq_cd_obligation_item UNIQUE (tenant_id, case_id, item_no)
);
CREATE INDEX ix_cd_obligation_due ON cd_obligation (tenant_id, next_check_on);

CREATE TABLE cd_check (
    id            BIGINT        NOT NULL,
    tenant_id     VARCHAR(64)   NOT NULL,
    obligation_id BIGINT        NOT NULL,
    checked_on    DATE          NOT NULL,
    scheduled     BOOLEAN       NOT NULL,
    finding       VARCHAR(16)   NOT NULL,
    state_after   VARCHAR(16)   NOT NULL,
    notes         VARCHAR(1000),
    checked_by    VARCHAR(200)  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_cd_check_obligation ON cd_check (tenant_id, obligation_id);

CREATE TABLE cd_report (
    id            BIGINT        NOT NULL,
    tenant_id     VARCHAR(64)   NOT NULL,
    obligation_id BIGINT        NOT NULL,
    reported_on   DATE          NOT NULL,
    reporter      VARCHAR(200)  NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    reopened      BOOLEAN       NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_cd_report_obligation ON cd_report (tenant_id, obligation_id);

CREATE TABLE cd_evidence (
    id            BIGINT        NOT NULL,
    tenant_id     VARCHAR(64)   NOT NULL,
    obligation_id BIGINT        NOT NULL,
    attached_to   VARCHAR(16)   NOT NULL,
    attached_id   BIGINT,
    evidence_type VARCHAR(32)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    ref_text      VARCHAR(500),
    recorded_by   VARCHAR(200)  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_cd_evidence_obligation ON cd_evidence (tenant_id, obligation_id);

CREATE TABLE cd_claim (
    id            BIGINT        NOT NULL,
    tenant_id     VARCHAR(64)   NOT NULL,
    case_id       BIGINT        NOT NULL,
    obligation_id BIGINT        NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    performer     VARCHAR(200)  NOT NULL,
    amount_fen    BIGINT        NOT NULL,
    performed_on  DATE          NOT NULL,
    note          VARCHAR(500),
    recorded_by   VARCHAR(200)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uq_cd_claim_obligation UNIQUE (tenant_id, obligation_id, kind)
);
CREATE INDEX ix_cd_claim_case ON cd_claim (tenant_id, case_id);
