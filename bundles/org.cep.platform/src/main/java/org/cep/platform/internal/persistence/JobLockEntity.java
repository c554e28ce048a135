package org.cep.platform.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "court_job_lock")
@IdClass(JobLockEntity.Key.class)
public class JobLockEntity {
    @Id
    @Column(name = "job_name")
    public String jobName;
    @Id
    @Column(name = "court_id")
    public String courtId;
    @Column(name = "holder")
    public String holder;
    @Column(name = "until_micros")
    public long untilMicros;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String jobName;
        public String courtId;

        public Key() {
        }

        public Key(String jobName, String courtId) {
            this.jobName = jobName;
            this.courtId = courtId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jobName, k.jobName) && Objects.equals(courtId, k.courtId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobName, courtId);
        }
    }
}
