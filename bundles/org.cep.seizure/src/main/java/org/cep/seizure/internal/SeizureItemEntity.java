package org.cep.seizure.internal;


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

/** How many units of one lot a seizure holds, and how many should still be there. */
@Entity
@Table(name = "seizure_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class SeizureItemEntity {
    @Id
    @TableGenerator(name = "seizure_item", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_item", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_item")
    @Column(name = "id")
    public Long id;
    @Column(name = "seizure_id")
    public long seizureId;
    @Column(name = "lot_id")
    public long lotId;
    @Column(name = "seized_count")
    public long seizedCount;
    @Column(name = "expected_count")
    public long expectedCount;
}
