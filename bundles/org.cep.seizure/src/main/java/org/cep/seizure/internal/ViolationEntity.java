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

/** A shortfall found at a visit and how the court dealt with it. */
@Entity
@Table(name = "seizure_violation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ViolationEntity {
    @Id
    @TableGenerator(name = "seizure_violation", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_violation", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_violation")
    @Column(name = "id")
    public Long id;
    @Column(name = "seizure_id")
    public long seizureId;
    @Column(name = "inspection_id")
    public long inspectionId;
    @Column(name = "found_date")
    public LocalDate foundDate;
    @Column(name = "missing_count")
    public long missingCount;
    @Column(name = "findings")
    public String findings;
    /** OPEN or RESOLVED. */
    @Column(name = "status")
    public String status;
    @Column(name = "explanation_kind")
    public String explanationKind;
    @Column(name = "explanation")
    public String explanation;
    @Column(name = "evidence")
    public String evidence;
    @Column(name = "buyer")
    public String buyer;
    @Column(name = "price_fen")
    public Long priceFen;
    @Column(name = "explained_by")
    public String explainedBy;
    /** JSON object lot id → the count expected from now on. */
    @Column(name = "adjusted_counts")
    public String adjustedCounts;
    @Column(name = "adjust_reason")
    public String adjustReason;
    @Column(name = "adjust_evidence")
    public String adjustEvidence;
    @Column(name = "adjusted_by")
    public String adjustedBy;
    @Column(name = "consequence")
    public String consequence;
    @Column(name = "sanction_kind")
    public String sanctionKind;
    @Column(name = "sanction_amount_fen")
    public Long sanctionAmountFen;
    @Column(name = "sanction_days")
    public Integer sanctionDays;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "consequence_note")
    public String consequenceNote;
    @Column(name = "decided_by")
    public String decidedBy;
    /** The entry on the case's sanctions ladder that a SANCTION decision proposed. */
    @Column(name = "sanction_id")
    public Long sanctionId;
    @Column(name = "resolution_note")
    public String resolutionNote;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Version
    @Column(name = "version")
    public long version;
}
