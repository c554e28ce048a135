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

/** One line of a seizure's timeline. */
@Entity
@Table(name = "seizure_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class SeizureEventEntity {
    @Id
    @TableGenerator(name = "seizure_event", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_event", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_event")
    @Column(name = "id")
    public Long id;
    @Column(name = "seizure_id")
    public long seizureId;
    @Column(name = "at_micros")
    public long atMicros;
    @Column(name = "kind")
    public String kind;
    @Column(name = "label_zh")
    public String labelZh;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "actor")
    public String actor;
    @Column(name = "detail")
    public String detail;
}
