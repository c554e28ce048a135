package org.cep.pairing.internal;

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

/** A help request of the mentee to its mentor, with the deadline and the answer. */
@Entity
@Table(name = "pr_help")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class HelpEntity {
    @Id
    @TableGenerator(name = "pr_help", table = "pr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "pr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_help")
    @Column(name = "id")
    public Long id;
    @Column(name = "pair_id")
    public long pairId;
    @Column(name = "title")
    public String title;
    @Column(name = "body")
    public String body;
    @Column(name = "deadline")
    public LocalDate deadline;
    @Column(name = "status")
    public String status;
    @Column(name = "asked_by")
    public String askedBy;
    @Column(name = "asked_micros")
    public long askedMicros;
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
