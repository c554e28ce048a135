package org.cep.training.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One published version of a module, never changed afterwards. */
@Entity
@Table(name = "tr_module_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ModuleVersionEntity {
    @Id
    @TableGenerator(name = "tr_module_version", table = "tr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "tr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tr_module_version")
    @Column(name = "id")
    public Long id;
    @Column(name = "module_id")
    public long moduleId;
    @Column(name = "number")
    public int number;
    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "title_en")
    public String titleEn;
    @Lob
    @Column(name = "body_zh")
    public String bodyZh;
    @Lob
    @Column(name = "body_en")
    public String bodyEn;
    @Column(name = "stages")
    public String stages;
    @Column(name = "changed")
    public String changed;
    @Column(name = "change_note")
    public String changeNote;
    @Column(name = "author")
    public String author;
    @Column(name = "created_micros")
    public long createdMicros;
}
