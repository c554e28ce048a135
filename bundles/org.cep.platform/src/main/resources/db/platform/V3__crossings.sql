-- Grants that open one court's data to another for one purpose, scope and period (跨院授权).
-- status: REQUESTED (asked for by the grantee, awaiting the owner), GRANTED, DENIED, REVOKED.
-- Not a tenant table: a grant belongs to two (or three) courts at once, and only the platform's
-- crossing service reads or writes it.
CREATE TABLE crossing_grant (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    purpose             VARCHAR(32)   NOT NULL,
    owner_court_id      VARCHAR(64)   NOT NULL,
    grantee_court_id    VARCHAR(64)   NOT NULL,
    issuer_court_id     VARCHAR(64)   NOT NULL,
    scope               VARCHAR(200)  NOT NULL,
    valid_from_micros   BIGINT        NOT NULL,
    valid_until_micros  BIGINT        NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    issued_by           VARCHAR(200)  NOT NULL,
    note                VARCHAR(500),
    decided_by          VARCHAR(200),
    decision_reason     VARCHAR(500),
    revoked_micros      BIGINT,
    revoked_by          VARCHAR(200),
    revoke_reason       VARCHAR(500),
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_grant_grantee ON crossing_grant (grantee_court_id, purpose);
CREATE INDEX ix_grant_owner ON crossing_grant (owner_court_id, purpose);

CREATE TABLE grant_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO grant_sequence (seq_name, seq_count) VALUES ('crossing_grant', 0);

-- One row per (job, court): the node that holds it runs that court's job until the lease ends.
CREATE TABLE court_job_lock (
    job_name     VARCHAR(64)  NOT NULL,
    court_id     VARCHAR(64)  NOT NULL,
    holder       VARCHAR(64)  NOT NULL,
    until_micros BIGINT       NOT NULL,
    PRIMARY KEY (job_name, court_id)
);

-- Parties' access codes, one per (court, case): only a salted hash is kept. Failures are counted here too,
-- also for cases that have no code, so a refusal tells nothing about which cases exist.
CREATE TABLE party_access (
    court_id             VARCHAR(64)  NOT NULL,
    case_ref             VARCHAR(64)  NOT NULL,
    code_hash            VARCHAR(64),
    salt                 VARCHAR(32),
    valid_until_micros   BIGINT,
    issued_by            VARCHAR(200),
    failures             INT          NOT NULL,
    locked_until_micros  BIGINT,
    PRIMARY KEY (court_id, case_ref)
);
