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

/** A drill question on a module. */
@Entity
@Table(name = "tr_question")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class QuestionEntity {
    @Id
    @TableGenerator(name = "tr_question", table = "tr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "tr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tr_question")
    @Column(name = "id")
    public Long id;
    @Column(name = "module_id")
    public long moduleId;
    @Column(name = "kind")
    public String kind;
    @Column(name = "prompt")
    public String prompt;
    @Lob
    @Column(name = "options")
    public String options;
    @Column(name = "correct")
    public String correct;
    @Column(name = "explanation")
    public String explanation;
    @Column(name = "added_by")
    public String addedBy;
    @Version
    @Column(name = "version")
    public long version;
}
