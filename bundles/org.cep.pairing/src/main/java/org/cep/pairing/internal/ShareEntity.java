package org.cep.pairing.internal;

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

/** A mentor's training module shared with the mentee for the pair (a SHARE grant), until revoked. */
@Entity
@Table(name = "pr_share")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ShareEntity {
    @Id
    @TableGenerator(name = "pr_share", table = "pr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "pr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_share")
    @Column(name = "id")
    public Long id;
    @Column(name = "pair_id")
    public long pairId;
    @Column(name = "module_id")
    public long moduleId;
    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "grant_id")
    public long grantId;
    @Column(name = "shared_micros")
    public long sharedMicros;
    @Column(name = "revoked_micros")
    public Long revokedMicros;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Version
    @Column(name = "version")
    public long version;
}
