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

/** This court's adoption of another court's module at one version. */
@Entity
@Table(name = "tr_adoption")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class AdoptionEntity {
    @Id
    @TableGenerator(name = "tr_adoption", table = "tr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "tr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tr_adoption")
    @Column(name = "id")
    public Long id;
    @Column(name = "owner_court_id")
    public String ownerCourtId;
    @Column(name = "module_id")
    public long moduleId;
    @Column(name = "grant_id")
    public long grantId;
    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "adopted_version")
    public int adoptedVersion;
    @Column(name = "adopted_by")
    public String adoptedBy;
    @Column(name = "adopted_micros")
    public long adoptedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
