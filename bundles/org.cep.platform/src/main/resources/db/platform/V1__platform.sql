-- Platform tables. Portable between H2 and MariaDB: no identity columns (ids come from cep_sequence),
-- instants as BIGINT UTC epoch microseconds.

CREATE TABLE cep_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO cep_sequence (seq_name, seq_count) VALUES ('app_user', 0);

-- A court (tenant). Never deleted: a court whose file is removed becomes inactive and keeps its data.
CREATE TABLE court (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_zh         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    court_level     VARCHAR(16)  NOT NULL,
    parent_id       VARCHAR(64),
    region          VARCHAR(200) NOT NULL,
    region_en       VARCHAR(200),
    computerization VARCHAR(16)  NOT NULL,
    active          BOOLEAN      NOT NULL,
    source_file     VARCHAR(255),
    config_hash     VARCHAR(64),
    updated_micros  BIGINT       NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_court_parent ON court (parent_id);

-- Whether a court has a capability switched on. Switching off keeps the row (and all data).
CREATE TABLE court_capability (
    court_id       VARCHAR(64)  NOT NULL,
    capability_id  VARCHAR(64)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    level_override BOOLEAN      NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    changed_micros BIGINT       NOT NULL,
    PRIMARY KEY (court_id, capability_id)
);

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    court_id            VARCHAR(64)  NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    roles               VARCHAR(200) NOT NULL,
    active              BOOLEAN      NOT NULL,
    failed_logins       INT          NOT NULL,
    locked_until_micros BIGINT,
    created_micros      BIGINT       NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);
CREATE INDEX ix_app_user_court ON app_user (court_id);

-- Login tokens: only their SHA-256 is stored, so a copy of the table cannot be used to log in.
CREATE TABLE user_session (
    token_hash     VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id        BIGINT      NOT NULL,
    created_micros BIGINT      NOT NULL,
    expires_micros BIGINT      NOT NULL
);
CREATE INDEX ix_user_session_user ON user_session (user_id);

-- Append-only audit log, hash-chained per court.
CREATE TABLE audit_entry (
    court_id   VARCHAR(64)   NOT NULL,
    seq        BIGINT        NOT NULL,
    at_micros  BIGINT        NOT NULL,
    actor      VARCHAR(200)  NOT NULL,
    action     VARCHAR(100)  NOT NULL,
    target     VARCHAR(255),
    request_id VARCHAR(64),
    detail     VARCHAR(2000),
    prev_hash  VARCHAR(64)   NOT NULL,
    entry_hash VARCHAR(64)   NOT NULL,
    PRIMARY KEY (court_id, seq)
);

-- Last seq and hash per court: appends lock this row, and it reveals deletion of the newest entries.
CREATE TABLE audit_head (
    court_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
