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

/** An art. 237 application, kept by the higher court that received it. */
@Entity
@Table(name = "ce_application")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ApplicationEntity {
    @Id
    @TableGenerator(name = "ce_application", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_application")
    @Column(name = "id")
    public Long id;
    @Column(name = "original_court_id")
    public String originalCourtId;
    @Column(name = "original_case_id")
    public long originalCaseId;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "applicant")
    public String applicant;
    @Column(name = "grounds")
    public String grounds;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "entered_by")
    public String enteredBy;
    @Column(name = "status")
    public String status;
    @Column(name = "decision")
    public String decision;
    @Column(name = "named_court_id")
    public String namedCourtId;
    @Column(name = "deadline")
    public LocalDate deadline;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_micros")
    public Long decidedMicros;
    @Column(name = "order_id")
    public Long orderId;
    @Column(name = "grant_id")
    public Long grantId;
    @Column(name = "done_micros")
    public Long doneMicros;
    @Column(name = "done_note")
    public String doneNote;
    @Column(name = "receiving_case_id")
    public Long receivingCaseId;
    /** when the decision under way (status DECIDING) began; null otherwise */
    @Column(name = "claimed_micros")
    public Long claimedMicros;
    /** why the named court refused the transferred case (status REJECTED) */
    @Column(name = "rejected_note")
    public String rejectedNote;
    @Version
    @Column(name = "version")
    public long version;
}
