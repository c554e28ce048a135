package org.cep.crossenforcement.internal;

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

/** The judge's local-influence flag on a case. */
@Entity
@Table(name = "ce_flag")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class FlagEntity {
    @Id
    @TableGenerator(name = "ce_flag", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_flag")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "reason")
    public String reason;
    @Column(name = "flagged_by")
    public String flaggedBy;
    @Version
    @Column(name = "version")
    public long version;
}
