package org.cep.platform.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "audit_entry")
@IdClass(AuditEntryEntity.Key.class)
public class AuditEntryEntity {
    @Id
    @Column(name = "court_id")
    public String courtId;
    @Id
    @Column(name = "seq")
    public long seq;
    @Column(name = "at_micros")
    public long atMicros;
    @Column(name = "actor")
    public String actor;
    @Column(name = "action")
    public String action;
    @Column(name = "target")
    public String target;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "detail")
    public String detail;
    @Column(name = "prev_hash")
    public String prevHash;
    @Column(name = "entry_hash")
    public String hash;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String courtId;
        public long seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courtId, k.courtId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(courtId, seq);
        }
    }
}
