-- Pairing assistance (结对帮扶). The high court that makes a pair keeps it in its register (pr_register); the
-- pair's file (period, goals, activities, outcomes, help requests, shared modules) is kept in the mentee court;
-- each side keeps a link with the PAIRING grant that opens the partner court to it. Cross-court work goes through
-- the platform's crossing service only.
CREATE TABLE pr_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO pr_sequence (seq_name, seq_count) VALUES ('pr', 0);

CREATE TABLE pr_register (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    mentor_court_id VARCHAR(64)   NOT NULL,
    mentee_court_id VARCHAR(64)   NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    goals           VARCHAR(4000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    mentor_grant_id BIGINT,
    mentee_grant_id BIGINT,
    created_by      VARCHAR(200)  NOT NULL,
    created_micros  BIGINT        NOT NULL,
    ended_reason    VARCHAR(500),
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_pr_register_mentee ON pr_register (tenant_id, mentee_court_id);
CREATE INDEX ix_pr_register_mentor ON pr_register (tenant_id, mentor_court_id, status);

CREATE TABLE pr_pair (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    issuer_court_id VARCHAR(64)   NOT NULL,
    mentor_court_id VARCHAR(64)   NOT NULL,
    mentee_court_id VARCHAR(64)   NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    goals           VARCHAR(4000) NOT NULL,
    plan_zh         VARCHAR(4000),
    status          VARCHAR(16)   NOT NULL,
    ended_reason    VARCHAR(500),
    created_micros  BIGINT        NOT NULL,
    training_shared BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_pr_pair_tenant ON pr_pair (tenant_id);

CREATE TABLE pr_link (
    id               BIGINT       NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    pair_id          BIGINT       NOT NULL,
    side             VARCHAR(16)  NOT NULL,
    partner_court_id VARCHAR(64)  NOT NULL,
    issuer_court_id  VARCHAR(64)  NOT NULL,
    grant_id         BIGINT,
    start_date       DATE         NOT NULL,
    end_date         DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_pr_link_pair UNIQUE (tenant_id, pair_id)
);

CREATE TABLE pr_activity (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    pair_id         BIGINT        NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    details         VARCHAR(4000),
    staff_name      VARCHAR(100),
    from_court_id   VARCHAR(64),
    to_court_id     VARCHAR(64),
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    allocated_fen   BIGINT        NOT NULL,
    spent_fen       BIGINT        NOT NULL,
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_side   VARCHAR(16)   NOT NULL,
    recorded_micros BIGINT        NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_pr_activity_pair ON pr_activity (tenant_id, pair_id);

CREATE TABLE pr_outcome (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    pair_id         BIGINT        NOT NULL,
    goal_key        VARCHAR(40)   NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    achieved_on     DATE          NOT NULL,
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_micros BIGINT        NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_pr_outcome_pair ON pr_outcome (tenant_id, pair_id);

CREATE TABLE pr_help (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    pair_id         BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    deadline        DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    asked_by        VARCHAR(200)  NOT NULL,
    asked_micros    BIGINT        NOT NULL,
    answer          VARCHAR(4000),
    answered_by     VARCHAR(200),
    answered_micros BIGINT,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_pr_help_pair ON pr_help (tenant_id, pair_id);

CREATE TABLE pr_share (
    id             BIGINT       NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    pair_id        BIGINT       NOT NULL,
    module_id      BIGINT       NOT NULL,
    title_zh       VARCHAR(200) NOT NULL,
    grant_id       BIGINT       NOT NULL,
    shared_micros  BIGINT       NOT NULL,
    revoked_micros BIGINT,
    revoked_by     VARCHAR(200),
    version        BIGINT       NOT NULL
);
CREATE INDEX ix_pr_share_pair ON pr_share (tenant_id, pair_id);
