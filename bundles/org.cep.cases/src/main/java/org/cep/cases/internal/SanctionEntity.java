package org.cep.cases.internal;

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

/** One step of the sanctions ladder on a case (妨害执行 measures and credit sanctions). */
@Entity
@Table(name = "case_sanction")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class SanctionEntity {
    @Id
    @TableGenerator(name = "case_sanction", table = "case_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "case_sanction", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_sanction")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "respondent")
    public String respondent;
    @Column(name = "party_type")
    public String partyType;
    @Column(name = "kind")
    public String kind;
    @Column(name = "state")
    public String state;
    @Column(name = "basis")
    public String basis;
    @Column(name = "reason")
    public String reason;
    @Column(name = "amount_fen")
    public Long amountFen;
    @Column(name = "days")
    public Integer days;
    @Column(name = "term_months")
    public Integer termMonths;
    /** Comma-separated {@code BlacklistGround} names. */
    @Column(name = "grounds")
    public String grounds;
    @Column(name = "source")
    public String source;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_micros")
    public long proposedMicros;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_micros")
    public Long decidedMicros;
    @Column(name = "decision_document")
    public String decisionDocument;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "executed_by")
    public String executedBy;
    @Column(name = "executed_micros")
    public Long executedMicros;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "publication")
    public String publication;
    @Column(name = "lift_reason")
    public String liftReason;
    @Column(name = "lift_note")
    public String liftNote;
    @Column(name = "lifted_by")
    public String liftedBy;
    @Column(name = "lifted_micros")
    public Long liftedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
