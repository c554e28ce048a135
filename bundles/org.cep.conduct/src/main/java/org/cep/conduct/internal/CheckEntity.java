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

/** A compliance check of an obligation, scheduled or ad hoc, with its finding. */
@Entity
@Table(name = "cd_check")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class CheckEntity {
    @Id
    @TableGenerator(name = "cd_check", table = "cd_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "cd", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_check")
    @Column(name = "id")
    public Long id;
    @Column(name = "obligation_id")
    public long obligationId;
    @Column(name = "checked_on")
    public LocalDate checkedOn;
    @Column(name = "scheduled")
    public boolean scheduled;
    @Column(name = "finding")
    public String finding;
    @Column(name = "state_after")
    public String stateAfter;
    @Column(name = "notes")
    public String notes;
    @Column(name = "checked_by")
    public String checkedBy;
}
