package org.cep.training.internal;

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

/** This court's record of a grant it issued to share a module. */
@Entity
@Table(name = "tr_share")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ShareEntity {
    @Id
    @TableGenerator(name = "tr_share", table = "tr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "tr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tr_share")
    @Column(name = "id")
    public Long id;
    @Column(name = "module_id")
    public long moduleId;
    @Column(name = "grantee_court_id")
    public String granteeCourtId;
    @Column(name = "grant_id")
    public long grantId;
    @Column(name = "province_wide")
    public boolean provinceWide;
    @Column(name = "shared_by")
    public String sharedBy;
    @Column(name = "shared_micros")
    public long sharedMicros;
    @Column(name = "valid_until")
    public long validUntil;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoked_micros")
    public Long revokedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
