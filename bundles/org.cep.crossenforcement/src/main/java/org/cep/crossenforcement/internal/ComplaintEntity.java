package org.cep.crossenforcement.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A complaint about enforcement, kept by the supervising court. */
@Entity
@Table(name = "ce_complaint")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ComplaintEntity {
    @Id
    @TableGenerator(name = "ce_complaint", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_complaint")
    @Column(name = "id")
    public Long id;
    @Column(name = "court_id")
    public String courtId;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "kind")
    public String kind;
    @Column(name = "text")
    public String text;
    @Column(name = "contact")
    public String contact;
    @Column(name = "received_micros")
    public long receivedMicros;
    @Column(name = "deadline")
    public LocalDate deadline;
    @Column(name = "status")
    public String status;
    @Lob
    @Column(name = "notes")
    public String notes;
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
