package org.cep.seizure.internal;

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

/** A follow-up visit. */
@Entity
@Table(name = "seizure_inspection")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class InspectionEntity {
    @Id
    @TableGenerator(name = "seizure_inspection", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_inspection", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_inspection")
    @Column(name = "id")
    public Long id;
    @Column(name = "seizure_id")
    public long seizureId;
    @Column(name = "inspection_date")
    public LocalDate inspectionDate;
    @Column(name = "inspectors")
    public String inspectors;
    @Column(name = "applicant_present")
    public boolean applicantPresent;
    @Column(name = "counts")
    public String counts;
    @Column(name = "weights")
    public String weights;
    @Column(name = "health")
    public String health;
    @Column(name = "notes")
    public String notes;
    @Column(name = "missing_count")
    public long missingCount;
    @Column(name = "violation")
    public boolean violation;
    @Column(name = "recorded_by")
    public String recordedBy;
    /** JSON list of {obligation, kept, note}. */
    @Column(name = "obligation_checks")
    public String obligationChecks;
}
