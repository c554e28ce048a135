package org.cep.platform.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "party_access")
@IdClass(PartyAccessEntity.Key.class)
public class PartyAccessEntity {
    @Id
    @Column(name = "court_id")
    public String courtId;
    @Id
    @Column(name = "case_ref")
    public String caseRef;
    @Column(name = "code_hash")
    public String codeHash;
    @Column(name = "salt")
    public String salt;
    @Column(name = "valid_until_micros")
    public Long validUntilMicros;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "failures")
    public int failures;
    @Column(name = "locked_until_micros")
    public Long lockedUntilMicros;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String courtId;
        public String caseRef;

        public Key() {
        }

        public Key(String courtId, String caseRef) {
            this.courtId = courtId;
            this.caseRef = caseRef;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courtId, k.courtId) && Objects.equals(caseRef, k.caseRef);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courtId, caseRef);
        }
    }
}
