-- Cross-enforcement (交叉执行), per court. Each row lives in the court that owns it; another court
-- reaches it only through the platform's crossing service.
CREATE TABLE ce_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO ce_sequence (seq_name, seq_count) VALUES ('ce', 0);

-- Asset inquiry and control results (查控) on a case: what was found, and what was frozen or seized until when.
CREATE TABLE ce_asset (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(64)   NOT NULL,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    value_fen     BIGINT        NOT NULL,
    measure       VARCHAR(16)   NOT NULL,
    found_on      DATE          NOT NULL,
    measure_on    DATE,
    measure_until DATE,
    recorded_by   VARCHAR(200)  NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_ce_asset_case ON ce_asset (tenant_id, case_id);

-- The judge's flag that the respondent has local influence (one per case).
CREATE TABLE ce_flag (
    id         BIGINT        NOT NULL PRIMARY KEY,
    tenant_id  VARCHAR(64)   NOT NULL,
    case_id    BIGINT        NOT NULL,
    reason     VARCHAR(500)  NOT NULL,
    flagged_by VARCHAR(200)  NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT uq_ce_flag_case UNIQUE (tenant_id, case_id)
);

-- Art. 237 applications, kept by the higher court that received them.
CREATE TABLE ce_application (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(64)   NOT NULL,
    original_court_id   VARCHAR(64)   NOT NULL,
    original_case_id    BIGINT        NOT NULL,
    case_number         VARCHAR(40)   NOT NULL,
    applicant           VARCHAR(200)  NOT NULL,
    grounds             VARCHAR(2000) NOT NULL,
    received_on         DATE          NOT NULL,
    entered_by          VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    decision            VARCHAR(16),
    named_court_id      VARCHAR(64),
    deadline            DATE,
    decision_reason     VARCHAR(2000),
    decided_by          VARCHAR(200),
    decided_micros      BIGINT,
    order_id            BIGINT,
    grant_id            BIGINT,
    done_micros         BIGINT,
    done_note           VARCHAR(2000),
    receiving_case_id   BIGINT,
    version             BIGINT        NOT NULL
);

-- What a higher court ordered this court to do (delivered by the platform's DIRECTION crossing).
CREATE TABLE ce_order (
    id                BIGINT        NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL,
    from_court_id     VARCHAR(64)   NOT NULL,
    application_id    BIGINT        NOT NULL,
    case_id           BIGINT        NOT NULL,
    decision          VARCHAR(16)   NOT NULL,
    named_court_id    VARCHAR(64),
    grant_id          BIGINT,
    deadline          DATE          NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    done_micros       BIGINT,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_ce_order_application UNIQUE (tenant_id, from_court_id, application_id)
);

-- Case packages this court sent, with their delivery evidence. One transfer per order: a retried or
-- concurrent send finds the first.
CREATE TABLE ce_transfer (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    tenant_id              VARCHAR(64)   NOT NULL,
    order_id               BIGINT        NOT NULL,
    case_id                BIGINT        NOT NULL,
    to_court_id            VARCHAR(64)   NOT NULL,
    grant_id               BIGINT        NOT NULL,
    package_json           LONGTEXT      NOT NULL,
    package_sha256         VARCHAR(64)   NOT NULL,
    package_bytes          BIGINT        NOT NULL,
    documents              INT           NOT NULL,
    state                  VARCHAR(16)   NOT NULL,
    sent_micros            BIGINT        NOT NULL,
    delivered_micros       BIGINT,
    answered_micros        BIGINT,
    answered_by            VARCHAR(200),
    reject_reason          VARCHAR(2000),
    receiving_case_id      BIGINT,
    receiving_case_number  VARCHAR(40),
    readback_grant_id      BIGINT,
    version                BIGINT        NOT NULL,
    CONSTRAINT uq_ce_transfer_order UNIQUE (tenant_id, order_id)
);

-- Packages this court accepted: one local case per (sending court, transfer), whatever the retries.
CREATE TABLE ce_received (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(64)   NOT NULL,
    source_court_id     VARCHAR(64)   NOT NULL,
    source_transfer_id  BIGINT        NOT NULL,
    source_case_id      BIGINT        NOT NULL,
    source_case_number  VARCHAR(40)   NOT NULL,
    local_case_id       BIGINT        NOT NULL,
    package_sha256      VARCHAR(64)   NOT NULL,
    accepted_micros     BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_ce_received_source UNIQUE (tenant_id, source_court_id, source_transfer_id)
);

-- Case documents, with their checksums; a package carries them to the receiving court.
CREATE TABLE ce_document (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    case_id     BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     LONGBLOB      NOT NULL,
    added_by    VARCHAR(200)  NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX ix_ce_document_case ON ce_document (tenant_id, case_id);

-- Money recovered from the respondent and paid out to the applicant on a case (integer fen).
CREATE TABLE ce_money (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    case_id     BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    amount_fen  BIGINT        NOT NULL,
    on_date     DATE          NOT NULL,
    note        VARCHAR(500),
    recorded_by VARCHAR(200)  NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX ix_ce_money_case ON ce_money (tenant_id, case_id);

-- A higher court's spot checks: a reproducible sample of its cross-enforcement applications, with findings.
CREATE TABLE ce_spot_check (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    seed        BIGINT        NOT NULL,
    sample_size INT           NOT NULL,
    population  INT           NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    created_micros BIGINT     NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE TABLE ce_spot_item (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    spot_check_id   BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    finding         VARCHAR(2000),
    verdict         VARCHAR(16),
    recorded_by     VARCHAR(200),
    version         BIGINT        NOT NULL
);

-- Written queries from the enforcement department to the trial department when a judgment is unclear.
CREATE TABLE ce_query (
    id            BIGINT        NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(64)   NOT NULL,
    case_id       BIGINT        NOT NULL,
    question      VARCHAR(4000) NOT NULL,
    asked_by      VARCHAR(200)  NOT NULL,
    asked_micros  BIGINT        NOT NULL,
    deadline      DATE          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    answer_kind   VARCHAR(24),
    answer        VARCHAR(4000),
    answered_by   VARCHAR(200),
    answered_micros BIGINT,
    version       BIGINT        NOT NULL
);

-- Complaints about enforcement, kept by the supervising (higher) court.
CREATE TABLE ce_complaint (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    court_id         VARCHAR(64)   NOT NULL,
    case_number      VARCHAR(40)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    text             VARCHAR(4000) NOT NULL,
    contact          VARCHAR(200),
    received_micros  BIGINT        NOT NULL,
    deadline         DATE          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    notes            LONGTEXT,
    answer           VARCHAR(4000),
    answered_by      VARCHAR(200),
    answered_micros  BIGINT,
    version          BIGINT        NOT NULL
);

-- Eligibility counts of each court below, kept by the higher court (refreshed nightly and on demand through
-- REPORT crossings), so that a high court's view over its whole jurisdiction is one local read.
CREATE TABLE ce_eligibility_count (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    court_id        VARCHAR(64)  NOT NULL,
    as_of_micros    BIGINT       NOT NULL,
    cases           INT          NOT NULL,
    unexecuted      INT          NOT NULL,
    stalled         INT          NOT NULL,
    flagged         INT          NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_ce_eligibility_court UNIQUE (tenant_id, court_id)
);
