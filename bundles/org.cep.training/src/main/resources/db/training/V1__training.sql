-- Training (培训), per court. A module lives in the court that wrote it; another court reads it only
-- through the platform's crossing service under a SHARE grant. Drill results stay in the taker's court.
CREATE TABLE tr_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO tr_sequence (seq_name, seq_count) VALUES ('tr', 0);

-- A module: its current version number; the content of every version is in tr_module_version.
CREATE TABLE tr_module (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    current_version INT           NOT NULL,
    title_zh        VARCHAR(200)  NOT NULL,
    stages          VARCHAR(300)  NOT NULL,
    created_by      VARCHAR(200)  NOT NULL,
    created_micros  BIGINT        NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_tr_module_tenant ON tr_module (tenant_id);

-- Each published version, never changed afterwards: who published it, what changed and why.
CREATE TABLE tr_module_version (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    module_id      BIGINT        NOT NULL,
    number         INT           NOT NULL,
    title_zh       VARCHAR(200)  NOT NULL,
    title_en       VARCHAR(200),
    body_zh        LONGTEXT      NOT NULL,
    body_en        LONGTEXT,
    stages         VARCHAR(300)  NOT NULL,
    changed        VARCHAR(200)  NOT NULL,
    change_note    VARCHAR(500),
    author         VARCHAR(200)  NOT NULL,
    created_micros BIGINT        NOT NULL,
    CONSTRAINT uq_tr_version UNIQUE (tenant_id, module_id, number)
);

-- Drill questions on a module: options one per line, the correct ones as option indexes ("0,2").
CREATE TABLE tr_question (
    id          BIGINT        NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    module_id   BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    prompt      VARCHAR(1000) NOT NULL,
    options     LONGTEXT      NOT NULL,
    correct     VARCHAR(100)  NOT NULL,
    explanation VARCHAR(2000) NOT NULL,
    added_by    VARCHAR(200)  NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX ix_tr_question_module ON tr_question (tenant_id, module_id);

-- The owning court's record of each grant it issued to share a module (the grant itself is the platform's).
CREATE TABLE tr_share (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    module_id        BIGINT        NOT NULL,
    grantee_court_id VARCHAR(64)   NOT NULL,
    grant_id         BIGINT        NOT NULL,
    province_wide    BOOLEAN       NOT NULL,
    shared_by        VARCHAR(200)  NOT NULL,
    shared_micros    BIGINT        NOT NULL,
    valid_until      BIGINT        NOT NULL,
    revoked_by       VARCHAR(200),
    revoked_micros   BIGINT,
    version          BIGINT        NOT NULL
);
CREATE INDEX ix_tr_share_module ON tr_share (tenant_id, module_id);

-- A receiving court's adoption of another court's module, at one version.
CREATE TABLE tr_adoption (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    owner_court_id  VARCHAR(64)   NOT NULL,
    module_id       BIGINT        NOT NULL,
    grant_id        BIGINT        NOT NULL,
    title_zh        VARCHAR(200)  NOT NULL,
    adopted_version INT           NOT NULL,
    adopted_by      VARCHAR(200)  NOT NULL,
    adopted_micros  BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_tr_adoption UNIQUE (tenant_id, owner_court_id, module_id)
);

-- An officer's drill attempt, kept in the taker's court whichever court wrote the module.
CREATE TABLE tr_attempt (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    owner_court_id VARCHAR(64)   NOT NULL,
    module_id      BIGINT        NOT NULL,
    module_version INT           NOT NULL,
    module_title   VARCHAR(200)  NOT NULL,
    taker          VARCHAR(200)  NOT NULL,
    score          INT           NOT NULL,
    max_score      INT           NOT NULL,
    answers        VARCHAR(4000) NOT NULL,
    taken_micros   BIGINT        NOT NULL
);
CREATE INDEX ix_tr_attempt_taker ON tr_attempt (tenant_id, taker);

-- A court's unified procedure for one enforcement stage (one per stage, republished in place with a revision).
CREATE TABLE tr_standard (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    stage            VARCHAR(32)   NOT NULL,
    revision         INT           NOT NULL,
    title_zh         VARCHAR(200)  NOT NULL,
    steps            LONGTEXT      NOT NULL,
    documents        LONGTEXT      NOT NULL,
    deadlines        LONGTEXT      NOT NULL,
    published_by     VARCHAR(200)  NOT NULL,
    published_micros BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_tr_standard UNIQUE (tenant_id, stage)
);
