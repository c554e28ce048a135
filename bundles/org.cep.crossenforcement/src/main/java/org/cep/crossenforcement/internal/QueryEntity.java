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

/** A written query to the trial department about an unclear judgment. */
@Entity
@Table(name = "ce_query")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class QueryEntity {
    @Id
    @TableGenerator(name = "ce_query", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_query")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "question")
    public String question;
    @Column(name = "asked_by")
    public String askedBy;
    @Column(name = "asked_micros")
    public long askedMicros;
    @Column(name = "deadline")
    public LocalDate deadline;
    @Column(name = "status")
    public String status;
    @Column(name = "answer_kind")
    public String answerKind;
    @Column(name = "answer")
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_micros")
    public Long answeredMicros;
    @Version
    @Column(name = "version")
    public long version;
}
