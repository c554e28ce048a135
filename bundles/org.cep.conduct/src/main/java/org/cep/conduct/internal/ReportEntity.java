package org.cep.conduct.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A repeat-infringement report by the applicant. */
@Entity
@Table(name = "cd_report")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ReportEntity {
    @Id
    @TableGenerator(name = "cd_report", table = "cd_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "cd", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_report")
    @Column(name = "id")
    public Long id;
    @Column(name = "obligation_id")
    public long obligationId;
    @Column(name = "reported_on")
    public LocalDate reportedOn;
    @Column(name = "reporter")
    public String reporter;
    @Column(name = "description")
    public String description;
    @Column(name = "reopened")
    public boolean reopened;
    @Column(name = "recorded_by")
    public String recordedBy;
}
