package org.cep.platform.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "court_capability")
@IdClass(CourtCapabilityEntity.Key.class)
public class CourtCapabilityEntity {
    @Id
    @Column(name = "court_id")
    public String courtId;
    @Id
    @Column(name = "capability_id")
    public String capabilityId;
    @Column(name = "enabled")
    public boolean enabled;
    @Column(name = "level_override")
    public boolean levelOverride;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_micros")
    public long changedMicros;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String courtId;
        public String capabilityId;

        public Key() {
        }

        public Key(String courtId, String capabilityId) {
            this.courtId = courtId;
            this.capabilityId = capabilityId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courtId, k.courtId) && Objects.equals(capabilityId, k.capabilityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courtId, capabilityId);
        }
    }
}
