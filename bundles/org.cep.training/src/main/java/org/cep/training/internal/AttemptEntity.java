package org.cep.training.internal;

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

/** An officer's drill attempt, kept in the taker's court. */
@Entity
@Table(name = "tr_attempt")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class AttemptEntity {
    @Id
    @TableGenerator(name = "tr_attempt", table = "tr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "tr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "tr_attempt")
    @Column(name = "id")
    public Long id;
    @Column(name = "owner_court_id")
    public String ownerCourtId;
    @Column(name = "module_id")
    public long moduleId;
    @Column(name = "module_version")
    public int moduleVersion;
    @Column(name = "module_title")
    public String moduleTitle;
    @Column(name = "taker")
    public String taker;
    @Column(name = "score")
    public int score;
    @Column(name = "max_score")
    public int maxScore;
    @Column(name = "answers")
    public String answers;
    @Column(name = "taken_micros")
    public long takenMicros;
}
