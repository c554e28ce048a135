package org.cep.training.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** This court's unified procedure for one enforcement stage; lists kept as JSON arrays. */
@Entity
@Table(name = "tr_standard")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class StandardEntity {
    @Id
    @TableGenerator(name = "tr_standard", table = "tr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "tr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tr_standard")
    @Column(name = "id")
    public Long id;
    @Column(name = "stage")
    public String stage;
    @Column(name = "revision")
    public int revision;
    @Column(name = "title_zh")
    public String titleZh;
    @Lob
    @Column(name = "steps")
    public String steps;
    @Lob
    @Column(name = "documents")
    public String documents;
    @Lob
    @Column(name = "deadlines")
    public String deadlines;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_micros")
    public long publishedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
