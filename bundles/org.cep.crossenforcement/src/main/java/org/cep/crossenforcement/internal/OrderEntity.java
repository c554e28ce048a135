package org.cep.crossenforcement.internal;

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

/** What a higher court ordered this court to do on one of its cases. */
@Entity
@Table(name = "ce_order")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class OrderEntity {
    @Id
    @TableGenerator(name = "ce_order", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_order")
    @Column(name = "id")
    public Long id;
    @Column(name = "from_court_id")
    public String fromCourtId;
    @Column(name = "application_id")
    public long applicationId;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "decision")
    public String decision;
    @Column(name = "named_court_id")
    public String namedCourtId;
    @Column(name = "grant_id")
    public Long grantId;
    @Column(name = "deadline")
    public LocalDate deadline;
    @Column(name = "reason")
    public String reason;
    @Column(name = "status")
    public String status;
    @Column(name = "done_micros")
    public Long doneMicros;
    /** 1 for the first decision on the application, one more for each decision after a refused transfer */
    @Column(name = "round_no")
    public int round;
    @Version
    @Column(name = "version")
    public long version;
}
