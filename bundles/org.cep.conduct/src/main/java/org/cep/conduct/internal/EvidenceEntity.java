package org.cep.conduct.internal;

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

/** A piece of evidence on an obligation, a check or a report (what and where it is kept, not its bytes). */
@Entity
@Table(name = "cd_evidence")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class EvidenceEntity {
    @Id
    @TableGenerator(name = "cd_evidence", table = "cd_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "cd", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_evidence")
    @Column(name = "id")
    public Long id;
    @Column(name = "obligation_id")
    public long obligationId;
    @Column(name = "attached_to")
    public String attachedTo;
    @Column(name = "attached_id")
    public Long attachedId;
    @Column(name = "evidence_type")
    public String evidenceType;
    @Column(name = "description")
    public String description;
    @Column(name = "ref_text")
    public String refText;
    @Column(name = "recorded_by")
    public String recordedBy;
}
