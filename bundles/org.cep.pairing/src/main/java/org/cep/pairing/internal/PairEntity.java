package org.cep.pairing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A pair's file, kept in the mentee court: period, goals and plan; activities, outcomes and help requests hang on it. */
@Entity
@Table(name = "pr_pair")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class PairEntity {
    /** The pair's id, as the high court's register gave it (scope {@code pair:<id>} of the grants). */
    @Id
    @Column(name = "id")
    public Long id;
    @Column(name = "issuer_court_id")
    public String issuerCourtId;
    @Column(name = "mentor_court_id")
    public String mentorCourtId;
    @Column(name = "mentee_court_id")
    public String menteeCourtId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "goals")
    public String goals;
    @Column(name = "plan_zh")
    public String planZh;
    @Column(name = "status")
    public String status;
    @Column(name = "ended_reason")
    public String endedReason;
    @Column(name = "created_micros")
    public long createdMicros;
    @Column(name = "training_shared")
    public boolean trainingShared;
    @Version
    @Column(name = "version")
    public long version;
}
