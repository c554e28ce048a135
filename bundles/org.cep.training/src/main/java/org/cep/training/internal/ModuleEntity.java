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

/** A training module of this court; its content is in its versions. */
@Entity
@Table(name = "tr_module")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ModuleEntity {
    @Id
    @TableGenerator(name = "tr_module", table = "tr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "tr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tr_module")
    @Column(name = "id")
    public Long id;
    @Column(name = "current_version")
    public int currentVersion;
    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "stages")
    public String stages;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_micros")
    public long createdMicros;
    @Version
    @Column(name = "version")
    public long version;
}
