package org.cep.itest.capability;

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

/** A court's note: the smallest tenant-owned record, to prove isolation below the resources. */
@Entity
@Table(name = "test_note")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class TestNote {
    @Id
    @TableGenerator(name = "test_note", table = "test_note_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "test_note", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "test_note")
    @Column(name = "id")
    public Long id;

    @Column(name = "text")
    public String text;

    @Version
    @Column(name = "version")
    public long version;
}
