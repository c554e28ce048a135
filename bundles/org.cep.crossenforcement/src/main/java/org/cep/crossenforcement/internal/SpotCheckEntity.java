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

/** A spot check: the seed and size that reproduce its sample. */
@Entity
@Table(name = "ce_spot_check")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class SpotCheckEntity {
    @Id
    @TableGenerator(name = "ce_spot_check", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_spot_check")
    @Column(name = "id")
    public Long id;
    @Column(name = "seed")
    public long seed;
    @Column(name = "sample_size")
    public int sampleSize;
    @Column(name = "population")
    public int population;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_micros")
    public long createdMicros;
    @Version
    @Column(name = "version")
    public long version;
}
