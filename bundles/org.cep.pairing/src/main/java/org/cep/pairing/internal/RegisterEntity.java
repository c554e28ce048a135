package org.cep.pairing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The high court's register of the pairs it made: the one place that knows every pair, its load and overlaps. */
@Entity
@Table(name = "pr_register")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class RegisterEntity {
    @Id
    @TableGenerator(name = "pr_register", table = "pr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "pr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_register")
    @Column(name = "id")
    public Long id;
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
    @Column(name = "status")
    public String status;
    @Column(name = "mentor_grant_id")
    public Long mentorGrantId;
    @Column(name = "mentee_grant_id")
    public Long menteeGrantId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_micros")
    public long createdMicros;
    @Column(name = "ended_reason")
    public String endedReason;
    @Version
    @Column(name = "version")
    public long version;
}
