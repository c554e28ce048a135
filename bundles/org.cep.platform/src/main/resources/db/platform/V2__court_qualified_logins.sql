-- User names are unique per court, not across the province: a court admin must not be able to learn,
-- by a refused name, which names other courts use. Logins name the court (court id + user name).
ALTER TABLE app_user DROP CONSTRAINT uq_app_user_username;
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_court_username UNIQUE (court_id, username);

-- Failed logins are counted per (court, user name) whether or not such a user exists, so that a lock-out
-- tells nothing about which names exist. The row is removed by the next successful login.
CREATE TABLE login_attempt (
    court_id            VARCHAR(64) NOT NULL,
    username            VARCHAR(64) NOT NULL,
    failures            INT         NOT NULL,
    locked_until_micros BIGINT,
    last_failure_micros BIGINT      NOT NULL,
    PRIMARY KEY (court_id, username)
);
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until_micros;
