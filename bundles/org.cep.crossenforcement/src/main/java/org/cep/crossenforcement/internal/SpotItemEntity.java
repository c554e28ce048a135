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

/** One sampled application of a spot check, with its finding. */
@Entity
@Table(name = "ce_spot_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class SpotItemEntity {
    @Id
    @TableGenerator(name = "ce_spot_item", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_spot_item")
    @Column(name = "id")
    public Long id;
    @Column(name = "spot_check_id")
    public long spotCheckId;
    @Column(name = "application_id")
    public long applicationId;
    @Column(name = "finding")
    public String finding;
    @Column(name = "verdict")
    public String verdict;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    @Column(name = "version")
    public long version;
}
