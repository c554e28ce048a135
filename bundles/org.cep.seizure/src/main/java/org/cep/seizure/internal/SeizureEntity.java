package org.cep.seizure.internal;

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

/** A seizure over lots; the version column makes concurrent changes conflict instead of overwrite. */
@Entity
@Table(name = "seizure")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class SeizureEntity {
    @Id
    @TableGenerator(name = "seizure", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "asset_type")
    public String assetType;
    @Column(name = "state")
    public String state;
    @Column(name = "costs_fen")
    public long costsFen;
    @Column(name = "operating_minimum_fen")
    public long operatingMinimumFen;
    @Column(name = "seized_value_fen")
    public long seizedValueFen;
    @Column(name = "reason")
    public String reason;
    @Column(name = "custody_terms")
    public String custodyTerms;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "expiry_date")
    public LocalDate expiryDate;
    @Column(name = "renewals")
    public int renewals;
    @Column(name = "inspection_days")
    public int inspectionDays;
    @Column(name = "next_inspection_date")
    public LocalDate nextInspectionDate;
    @Column(name = "created_micros")
    public long createdMicros;
    @Column(name = "custodian")
    public String custodian;
    @Column(name = "custody_place")
    public String custodyPlace;
    /** JSON list of obligation lines. */
    @Column(name = "obligations")
    public String obligations;
    @Column(name = "notice_date")
    public LocalDate noticeDate;
    @Column(name = "notice_text")
    public String noticeText;
    @Column(name = "waits_for")
    public Long waitsFor;
    @Version
    @Column(name = "version")
    public long version;
}
