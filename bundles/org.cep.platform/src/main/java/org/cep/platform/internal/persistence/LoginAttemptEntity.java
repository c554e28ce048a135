package org.cep.platform.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Failed logins in a row for one (court, user name), whether or not that user exists. */
@Entity
@Table(name = "login_attempt")
@IdClass(LoginAttemptEntity.Key.class)
public class LoginAttemptEntity {
    @Id
    @Column(name = "court_id")
    public String courtId;
    @Id
    @Column(name = "username")
    public String username;
    @Column(name = "failures")
    public int failures;
    @Column(name = "locked_until_micros")
    public Long lockedUntilMicros;
    @Column(name = "last_failure_micros")
    public long lastFailureMicros;

    public static final class Key implements Serializable {
        public String courtId;
        public String username;

        public Key() {
        }

        public Key(String courtId, String username) {
            this.courtId = courtId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courtId, k.courtId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courtId, username);
        }
    }
}
